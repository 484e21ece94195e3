/**
 * A server for bench/server-reads.bench.ts in its own process: `startServer` imported from the
 * tree given (this branch's packages/server/src/index.ts, or a copy of `main`'s for the
 * baseline), rate limits off, load shedding at its defaults. Prints one JSON line with the URL.
 *
 *   node --import tsx bench/server-reads-child.ts <server index.ts> <sqlite file>
 */
import { pathToFileURL } from 'node:url';

const [serverIndex, db] = process.argv.slice(2);
if (!serverIndex || !db) throw new Error('usage: server-reads-child.ts <server index.ts> <db>');
const { startServer } = (await import(pathToFileURL(serverIndex).href)) as typeof import('../packages/server/src/index.js');
const started = performance.now();
const server = await startServer({
  port: 0,
  db,
  intakeRateLimit: { max: 0, windowMs: 1 },
  lookupRateLimit: { max: 0, windowMs: 1 },
});
process.stdout.write(`${JSON.stringify({ url: server.url, startMs: performance.now() - started })}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.env['BENCH_GATE_DEBUG']) setInterval(() => process.stderr.write(`gate ${JSON.stringify((server as { loadShedding?: () => unknown }).loadShedding?.())}\n`), 500).unref();
