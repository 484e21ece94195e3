/**
 * Durable submissions per second and latency of `POST mailbox/letters` over loopback HTTP, for
 * SQLite (WAL, synchronous FULL) and, when GONGKAI_TEST_PG_URL is set, PostgreSQL.
 *
 *   npx tsx bench/server-intake.bench.ts [count=2000] [concurrency=32]
 *
 * Each 201 means the letter, its Idempotency-Key record and audit entry were committed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startServer } from '../packages/server/src/index.js';

const COUNT = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 32);

const body = JSON.stringify({
  type: 'consult',
  subject: '关于公积金提取的咨询',
  content: '请问租房提取公积金需要哪些材料？'.repeat(5),
  name: '张三',
  phone: '13812345678',
  mayPublish: false,
});

async function run(label: string, db: string): Promise<void> {
  const server = await startServer({ port: 0, db, intakeRateLimit: { max: 0, windowMs: 1 } });
  const url = `${server.url}api/mailbox/letters`;
  const latencies: number[] = [];
  let sent = 0;
  const worker = async () => {
    while (sent < COUNT) {
      sent++;
      const started = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomBytes(16).toString('hex') }, body });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`status ${res.status}`);
      latencies.push(performance.now() - started);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  await server.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  console.log(`${label.padEnd(10)} ${String(latencies.length).padStart(6)} submissions  ${(latencies.length / seconds).toFixed(0).padStart(6)}/s  p50 ${pct(50)} ms  p99 ${pct(99)} ms  (concurrency ${CONCURRENCY})`);
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
try {
  await run('sqlite', join(dir, 'bench.db'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = process.env.GONGKAI_TEST_PG_URL;
if (pgUrl) {
  const name = `gongkai_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    await run('postgres', url.href);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('postgres   skipped (set GONGKAI_TEST_PG_URL)');
}
