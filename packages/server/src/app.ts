/**
 * `createServer(options)`: the Fastify application — REST contract under `apiPrefix`, the data
 * folder at `/data/`, other static mounts, CORS allow-list, security headers, problem+json for
 * every error. `startServer(options)` also listens and returns the URL.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { resolve } from 'node:path';
import { coverage } from '@gongkai/workdays';
import { civilDateInShanghai, isoInShanghai, systemClock } from './clock.js';
import { purgeIdempotencyKeys } from './intake.js';
import { DataCollections, readDataFolder, type DataFolderReport } from './data-folder.js';
import { sendProblem } from './http-helpers.js';
import { buildOpenApi } from './openapi.js';
import type { ServerOptions } from './options.js';
import { LetterList } from './letter-list.js';
import { registerLoadShedding, type LoadSheddingStats } from './load-shedding.js';
import { HttpProblem, TITLES } from './problem.js';
import { RateLimiter } from './rate-limit.js';
import { registerPublicRoutes } from './routes/public.js';
import { registerStaffRoutes } from './routes/staff.js';
import { StaffService } from './staff/service.js';
import { locate, normalizeMounts, openFile, type Mount } from './static-files.js';
import type { Db } from './storage/db.js';
import { openDb } from './storage/open.js';
import { Store } from './store.js';

export interface GongkaiServer {
  app: FastifyInstance;
  db: Db;
  store: Store;
  /** Staff accounts, API tokens, sessions (what the `gongkai-server staff` CLI drives, for programmatic set-up). */
  staff: StaffService;
  /** The data folder's collections (agency directory, archive…). */
  data: DataCollections;
  /** The agency whose mailbox this server runs (its letters belong to it). */
  publisher: { id: string; name: string };
  dataReport: DataFolderReport;
  warnings: string[];
  /** The load-shedding gate's counts (undefined when turned off). */
  loadShedding(): LoadSheddingStats | undefined;
  /** Deletes Idempotency-Key records older than `idempotencyDays` now (also run hourly); returns how many. */
  purgeExpiredKeys(): Promise<number>;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};
const CORS_ALLOWED_HEADERS = 'Content-Type, Accept, Accept-Language, Idempotency-Key, X-Query-Code';

export async function createServer(options: ServerOptions = {}): Promise<GongkaiServer> {
  const clock = options.clock ?? systemClock;
  const apiPrefix = normalizePrefix(options.apiPrefix ?? '/api/');
  const idempotencyDays = options.idempotencyDays ?? 30;
  if (!(Number.isFinite(idempotencyDays) && idempotencyDays >= 0)) throw new Error(`idempotencyDays must be a number ≥ 0, got ${idempotencyDays}`);
  const db = await openDb(options.db ?? './gongkai.db');
  const { files, report } = readDataFolder(options.data);
  const publisher = options.publisher ?? firstPublisher(files) ?? { id: 'gongkai-server', name: 'Gongkai' };
  const data = new DataCollections(files, publisher);
  const store = new Store(db, { clock, receipt: options.receipt ?? 'onSubmit', letterReplyDays: options.letterReplyDays ?? 15, mailboxAgencyId: publisher.id });
  await store.letters.adoptUnownedLetters();
  await store.published.backfill();
  const staff = new StaffService(db, clock, {
    sessionTimeouts: {
      idleMs: (options.sessionIdleMinutes ?? 30) * 60_000,
      absoluteMs: (options.sessionAbsoluteHours ?? 12) * 3600_000,
    },
    ...(options.signInLimits ? { signInLimits: options.signInLimits } : {}),
    ...(options.passwordHashing ? { passwordHashing: options.passwordHashing } : {}),
  });
  const mounts: Mount[] = normalizeMounts([...(options.data ? [{ prefix: '/data/', dir: options.data }] : []), ...(options.mounts ?? [])]);
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const warnings: string[] = [];
  const year = Number(civilDateInShanghai(clock()).slice(0, 4));
  if (coverage().lastYear < year + 1) {
    warnings.push(`working-day data ends with ${coverage().lastYear}: due dates reaching ${coverage().lastYear + 1} are provisional (update @gongkai/workdays)`);
  }
  for (const rejected of report.rejected) warnings.push(`data file ${rejected.file} not used: ${rejected.reason}`);

  const purgeExpiredKeys = async (): Promise<number> =>
    idempotencyDays === 0 ? 0 : purgeIdempotencyKeys(db, isoInShanghai(new Date(clock().getTime() - idempotencyDays * 86_400_000)));
  await purgeExpiredKeys();
  await staff.sessions.purgeExpired();
  const purging = setInterval(() => void Promise.all([purgeExpiredKeys(), staff.sessions.purgeExpired()]).catch(() => undefined), 3600_000);
  purging.unref();

  let lettersVersion = 0;
  // Other server processes may publish letters too: look again every few seconds which archive
  // letters a published one replaces (letter-list.ts).
  const refresh = setInterval(() => (lettersVersion += 1), 5000);
  refresh.unref();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Paths are case-sensitive and `/api/x/` ≠ `/api/x`, as in the contract.
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });

  // Bodies are JSON only: Fastify's built-in text/plain parser would let a string through to
  // validation; without it, anything but application/json is 415.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    const origin = request.headers.origin;
    const isApi = request.url.startsWith(apiPrefix) && !request.url.startsWith(`${apiPrefix}staff/`);
    if (isApi && typeof origin === 'string' && corsOrigins.has(origin)) {
      // No Access-Control-Allow-Credentials: the public API never uses cookies.
      void reply.header('Access-Control-Allow-Origin', origin).header('Vary', 'Origin').header('Access-Control-Expose-Headers', 'Idempotency-Replayed, Retry-After, Content-Language');
      if (request.method === 'OPTIONS') {
        return reply
          .code(204)
          .header('Access-Control-Allow-Methods', 'GET, POST')
          .header('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS)
          .header('Access-Control-Max-Age', '600')
          .send();
      }
    }
    return undefined;
  });
  const gate = registerLoadShedding(app, options.loadShedding);

  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(request, reply, error);
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(request, reply, new HttpProblem(413, 'body-too-large', TITLES.bodyTooLarge));
    if (status === 415) return sendProblem(request, reply, new HttpProblem(415, 'unsupported-media-type', TITLES.unsupportedMediaType));
    if (status >= 400 && status < 500) {
      const kind = error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError ? 'malformed-json' : 'bad-request';
      return sendProblem(request, reply, new HttpProblem(status, kind, kind === 'malformed-json' ? TITLES.malformedJson : TITLES.badQuery));
    }
    request.log.error(error);
    return sendProblem(request, reply, new HttpProblem(500, 'server-error', TITLES.serverError));
  });

  app.setNotFoundHandler((request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith(apiPrefix)) {
      let path: string;
      try {
        path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      } catch {
        return sendProblem(request, reply, new HttpProblem(400, 'bad-request', TITLES.badQuery));
      }
      const found = locate(mounts, path);
      if (found) {
        const { stream, type } = openFile(found.file);
        void reply.type(type).header('Content-Length', found.size).header('Cache-Control', 'no-cache');
        if (request.method === 'HEAD') {
          stream.destroy();
          return reply.send();
        }
        return reply.send(stream);
      }
    }
    return sendProblem(request, reply, new HttpProblem(404, 'not-found', TITLES.notFound));
  });

  await app.register(
    async (api) => {
      api.get('openapi.json', async (request) => buildOpenApi(`${request.protocol}://${request.host}${apiPrefix.replace(/\/$/, '')}`));
      registerPublicRoutes(api, {
        store,
        data,
        intakeLimiter: new RateLimiter(options.intakeRateLimit ?? { max: 20, windowMs: 10 * 60_000 }),
        lookupLimiter: new RateLimiter(options.lookupRateLimit ?? { max: 120, windowMs: 10 * 60_000 }),
        honeypotField: options.honeypotField ?? 'website',
        letterList: new LetterList(store.published, data.envelope('mailbox-letters'), () => lettersVersion),
      });
      registerStaffRoutes(api, {
        store,
        staff,
        apiPrefix,
        agencyName: (id) => data.agencyName(id),
        agencies: async (ids) => Promise.all(ids.map(async (id) => ({ id, name: data.agencyName(id), units: await staff.accounts.units(id) }))),
        onPublish: () => (lettersVersion += 1),
      });
    },
    { prefix: apiPrefix },
  );

  return {
    app,
    db,
    store,
    staff,
    data,
    publisher,
    dataReport: report,
    warnings,
    purgeExpiredKeys,
    loadShedding: () => gate?.stats(),
    async close() {
      clearInterval(refresh);
      clearInterval(purging);
      await app.close();
      await db.close();
    },
  };
}

export interface StartedServer extends GongkaiServer {
  url: string;
}

export async function startServer(options: ServerOptions & { port?: number; host?: string } = {}): Promise<StartedServer> {
  const server = await createServer(options);
  try {
    const address = await server.app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
    return { ...server, url: `${address}/` };
  } catch (error) {
    await server.close();
    throw error;
  }
}

function normalizePrefix(prefix: string): string {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

function firstPublisher(files: ReturnType<typeof readDataFolder>['files']): { id: string; name: string } | undefined {
  for (const file of files.values()) {
    const publisher = file.json.publisher as { id?: unknown; name?: unknown } | undefined;
    if (typeof publisher?.id === 'string' && typeof publisher.name === 'string') return { id: publisher.id, name: publisher.name };
  }
  return undefined;
}

export { resolve as resolvePath };
