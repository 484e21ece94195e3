/**
 * Durable submissions per second and latency of `POST mailbox/letters` over loopback HTTP
 * (issue #10 §4), for SQLite (WAL, synchronous FULL) and, when GONGKAI_TEST_PG_URL is set,
 * PostgreSQL, with 1, 8 and 64 concurrent clients. Each run is bounded in count and time (whichever
 * comes first); every figure is the median of RUNS runs (min–max). Each 201 means the letter, its
 * Idempotency-Key record and audit entry were committed.
 *
 *   npx tsx bench/server-intake.bench.ts        BENCH_RUNS=3 BENCH_SERVER_MAX=2000 BENCH_SERVER_SECONDS=6
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startServer } from '../packages/server/src/index.js';
import { emit, fmtRuns, packageVersion, percentile } from './lib.js';
import type { Table } from './lib.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const MAX_COUNT = Number(process.env['BENCH_SERVER_MAX'] ?? 2000);
const MAX_SECONDS = Number(process.env['BENCH_SERVER_SECONDS'] ?? 6);
const CONCURRENCY = [1, 8, 64];

const body = JSON.stringify({
  type: 'consult',
  subject: '关于公积金提取的咨询',
  content: '请问租房提取公积金需要哪些材料？'.repeat(5),
  name: '张三',
  phone: '13812345678',
  mayPublish: false,
});

interface Run { perSecond: number; p50: number; p99: number; count: number }

async function post(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomBytes(16).toString('hex') }, body });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`status ${res.status}`);
  return performance.now() - started;
}

/** `clients` loops posting one letter after another until MAX_COUNT are sent or MAX_SECONDS pass. */
async function runOnce(url: string, clients: number): Promise<Run> {
  const latencies: number[] = [];
  let sent = 0;
  const t0 = performance.now();
  const deadline = t0 + MAX_SECONDS * 1000;
  const worker = async () => {
    while (sent < MAX_COUNT && performance.now() < deadline) {
      sent++;
      latencies.push(await post(url));
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const seconds = (performance.now() - t0) / 1000;
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), count: latencies.length };
}

async function benchDatabase(label: string, db: string): Promise<string[][]> {
  const rows: string[][] = [];
  for (const clients of CONCURRENCY) {
    const server = await startServer({ port: 0, db, intakeRateLimit: { max: 0, windowMs: 1 } });
    try {
      const url = `${server.url}api/mailbox/letters`;
      for (let i = 0; i < 20; i++) await post(url); // warm-up, untimed
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(url, clients));
      console.log(`  ${label} ×${clients}: ${runs.map((r) => `${r.count} in ${(r.count / r.perSecond).toFixed(1)} s`).join(', ')}`);
      rows.push([label, String(clients), fmtRuns(runs.map((r) => r.perSecond), '/s', 1, 0), fmtRuns(runs.map((r) => r.p50)), fmtRuns(runs.map((r) => r.p99)), fmtRuns(runs.map((r) => r.count), '', 1, 0)]);
    } finally {
      await server.close();
    }
  }
  return rows;
}

const rows: string[][] = [];
const notes: string[] = [];
const versions: Record<string, string> = { 'better-sqlite3': packageVersion('better-sqlite3'), pg: packageVersion('pg') };

const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
try {
  rows.push(...(await benchDatabase('SQLite', join(dir, 'bench.db'))));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = process.env['GONGKAI_TEST_PG_URL'];
if (pgUrl) {
  const name = `gongkai_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const server = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;
  if (server) versions['PostgreSQL server'] = server;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    rows.push(...(await benchDatabase('PostgreSQL', url.href)));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  notes.push('PostgreSQL skipped: GONGKAI_TEST_PG_URL was not set.');
}

const table: Table = {
  caption: `median of ${RUNS} runs (min–max); each run stops after ${MAX_COUNT} submissions or ${MAX_SECONDS} s`,
  headers: ['database', 'clients', 'durable submissions/s', 'latency p50', 'latency p99', 'submissions per run'],
  rows,
};
emit({
  order: 40,
  title: 'Server: durable intake',
  intro: [
    '`POST /api/mailbox/letters` (a consultation letter, Idempotency-Key per request) against @gongkai/server started in-process on 127.0.0.1, with the intake rate limit off. A 201 is counted only after the letter, its idempotency record and its audit entry are committed (SQLite: WAL, synchronous FULL; PostgreSQL: default durability). Clients are concurrent fetch loops in the same Node process, each sending its next letter when the previous one is answered; 20 untimed warm-up letters per server.',
  ],
  tables: [table],
  notes: [...notes, 'Client and server share the same 2 cores, so at 64 clients part of the latency is the client queueing, not the database.'],
  versions,
});
