/**
 * Reads that scale and load shedding (issue #16, docs/design.md §5): p50/p99 of `GET
 * mailbox/stats`, the published list (page 1, and a search), one published letter, an
 * application lookup with its query code, and the intake POST, at 10k, 100k and 1M letters —
 * this branch beside `main`'s server in the same run, on the same generated SQLite file — then
 * the intake while 8 clients poll the statistics, and a load run at 1/8/32/128/512 clients
 * (throughput, p50/p99 of accepted requests, shed 503s, errors, and acknowledged letters
 * missing from the database afterwards).
 *
 * `main`'s server is `git archive main packages/server` in a temporary folder, sharing this
 * tree's node_modules. Each server runs in its own process (bench/server-reads-child.ts); the
 * clients are keep-alive node:http loops in this one. The data are written in bulk
 * transactions straight into a version-4 database (what `main` uses); this branch's server
 * migrates a copy to version 8 at start (time reported).
 *
 *   npx tsx bench/server-reads.bench.ts
 *   BENCH_READS_SIZES=10000,100000 BENCH_READS_LOAD_AT=100000 BENCH_READS_BASE=main BENCH_LOAD_SECONDS=5 npx tsx bench/server-reads.bench.ts
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate, SqliteDb } from '../packages/server/src/index.js';
import { hashQueryCode, newQueryCode } from '../packages/server/src/secrets.js';
import { emit, packageVersion, percentile, repoRoot } from './lib.js';
import type { Table } from './lib.js';

const SIZES = (process.env['BENCH_READS_SIZES'] ?? '10000,100000,1000000').split(',').map(Number);
const LOAD_AT = Number(process.env['BENCH_READS_LOAD_AT'] ?? 100_000);
const BASE_REF = process.env['BENCH_READS_BASE'] ?? 'main';
const LOAD_SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 5);
/** `base,new` (default) or one of them, to rerun a part. */
const SERVERS = (process.env['BENCH_READS_SERVERS'] ?? 'base,new').split(',') as Array<'base' | 'new'>;
const CLIENTS = [1, 8, 32, 128, 512];
const PUBLISHED_SHARE = 0.25; // issue #16 measured 52k published of 208k
const GOAL_READ_P99 = 20;
const GOAL_INTAKE_P99 = 50;
const GOAL_LOAD_P99 = 200;

// ---- data ---------------------------------------------------------------------------------

const SUBJECTS = ['建设路路灯不亮', '夜间施工噪音扰民', '小区停车难', '公交线路调整建议', '学校门口拥堵', '关于公积金提取的咨询', '感谢环卫工人', '老旧小区加装电梯', '菜市场占道经营', '供暖温度不达标'];
const CONTENTS = ['路灯已坏一周，晚上很黑，老人出行不便。', '工地每晚十一点后仍在施工，噪音很大，影响休息。', '小区停车位不足，车辆乱停堵塞消防通道。', '建议公交线路延长到新区，方便上班。', '学校门口早晚高峰拥堵严重，存在安全隐患。', '请问租房提取公积金需要哪些材料？'];
const TYPES = ['consult', 'suggestion', 'complaint', 'help', 'report', 'praise', 'other'];
const UNITS = ['示例市城市管理局', '示例市交通运输局', '示例市教育局', '示例市住房和城乡建设局', '示例市生态环境局'];

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00');

interface Generated {
  published: string[];
  requests: string[];
  code: string;
}

/** `letters` letters over three years (a quarter published) and a tenth as many applications, in bulk transactions. */
async function generate(file: string, letters: number): Promise<Generated> {
  const schema = new SqliteDb(file);
  await migrate(schema, MIGRATIONS.filter((m) => m.version <= 4));
  await schema.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const next = random(letters);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const insert = db.prepare(`INSERT INTO letters (letter_number, query_salt, query_hash, body, type, status, may_publish, submitted_at, due_date, lead_unit,
    assisting_units, replies, satisfaction, rating_comment, published, published_at, first_replied_at, updated_at, agency_id)
    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, 'gongkai-server')`);
  const published: string[] = [];
  const start = Date.parse('2023-12-01T00:00:00Z');
  const step = (3 * 365 * 86_400_000) / letters;
  const perDay = new Map<string, number>();
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const at = start + i * step;
      const submitted = iso(at);
      const day = submitted.slice(0, 10);
      const serial = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, serial);
      const number = `XJ-${day.replaceAll('-', '')}-${String(serial).padStart(6, '0')}`;
      const type = pick(TYPES);
      const subject = pick(SUBJECTS);
      const content = `${pick(CONTENTS)}${pick(CONTENTS)}`;
      const roll = next();
      const answered = roll < 0.55;
      const status = answered ? pick(['replied', 'rated', 'closed']) : roll < 0.65 ? 'rejected' : pick(['received', 'accepted', 'assigned', 'inProgress']);
      const unit = status === 'received' || status === 'accepted' || status === 'rejected' ? null : pick(UNITS);
      const repliedAt = answered ? iso(at + (next() < 0.8 ? 5 : 30) * 86_400_000) : null;
      const replies = answered ? JSON.stringify([{ unit, content: '已转相关部门处理。', repliedAt }]) : '[]';
      const satisfaction = status === 'rated' || (status === 'closed' && next() < 0.5) ? pick(['satisfied', 'basicallySatisfied', 'unsatisfied']) : null;
      const isPublished = answered && next() < PUBLISHED_SHARE / 0.55;
      const body = JSON.stringify({ type, subject, content, name: '张三', phone: '13812345678', address: '示例市东城区建设路88号', mayPublish: true });
      const pub = isPublished
        ? JSON.stringify({ letterNumber: number, type, subject, content: content.replace(/1\d{10}/g, '138****5678'), submittedAt: submitted, status, replies: JSON.parse(replies), ...(unit ? { handlingUnit: unit } : {}) })
        : null;
      if (isPublished) published.push(number);
      insert.run(number, 's', 'h', body, type, status, submitted, iso(at + 21 * 86_400_000).slice(0, 10), unit, replies, satisfaction, pub, pub ? repliedAt : null, repliedAt, repliedAt ?? submitted);
    }
  });
  for (let from = 0; from < letters; from += 20_000) write(from, Math.min(letters, from + 20_000));

  const code = newQueryCode();
  const requests: string[] = [];
  const insertRequest = db.prepare(`INSERT INTO disclosure_requests (tracking_number, query_salt, query_hash, agency_id, body, status, submitted_at, received_date,
    deadline, due_date, due_provisional, due_explanation, updated_at) VALUES (?, ?, ?, 'gov-office', ?, 'received', ?, ?, ?, ?, 0, ?, ?)`);
  const explanation = JSON.stringify({ 'zh-Hans': '自收到申请之日起20个工作日内答复', 'zh-Hant': '自收到申請之日起20個工作日內答覆', en: 'Within 20 working days of receipt' });
  const writeRequests = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) {
      const at = iso(start + i * step * 10);
      const number = `YSQ-${at.slice(0, 10).replaceAll('-', '')}-${String(i).padStart(6, '0')}`;
      const salt = randomBytes(8).toString('hex');
      insertRequest.run(number, salt, hashQueryCode(code, salt), JSON.stringify({ description: '老旧小区改造项目清单', agencyId: 'gov-office' }), at, at.slice(0, 10), JSON.stringify({ pauses: [], receivedAt: at.slice(0, 10) }), at.slice(0, 10), explanation, at);
      if (i % 97 === 0) requests.push(number);
    }
  });
  writeRequests(Math.max(1000, Math.floor(letters / 10)));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { published, requests, code };
}

// ---- servers ------------------------------------------------------------------------------

interface Running {
  child: ChildProcess;
  url: string;
  startMs: number;
}

function launch(serverIndex: string, db: string, cwd: string): Promise<Running> {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', join(repoRoot, 'bench/server-reads-child.ts'), serverIndex, db], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, ...(JSON.parse(line) as { url: string; startMs: number }) });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out.slice(-2000)}`)));
  });
}

function stop(running: Running): Promise<void> {
  return new Promise((resolve) => {
    running.child.removeAllListeners('exit');
    running.child.once('exit', () => resolve());
    running.child.kill('SIGTERM');
    setTimeout(() => running.child.kill('SIGKILL'), 10_000).unref();
  });
}

/** `main`'s server sources in a temporary folder, resolving packages through this tree's node_modules. */
function baseTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gk-bench-base-'));
  const archive = execFileSync('git', ['archive', BASE_REF, 'packages/server', 'tsconfig.json'], { cwd: repoRoot, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// ---- clients ------------------------------------------------------------------------------

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

interface Answer {
  status: number;
  ms: number;
  body: string;
}

function call(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string, timeoutMs = 30_000): Promise<Answer> {
  const url = new URL(path, base);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest(url, { method, agent, headers: { ...headers, ...(body ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } : {}) }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString() }));
      res.on('error', () => resolve({ status: 0, ms: performance.now() - started, body: '' }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, body: '' }));
    if (body) req.write(body);
    req.end();
  });
}

const LETTER = JSON.stringify({ type: 'consult', subject: '关于公积金提取的咨询', content: '请问租房提取公积金需要哪些材料？'.repeat(5), name: '张三', phone: '13812345678', mayPublish: false });

type Operation = (base: string) => Promise<Answer>;

function operations(data: Generated): Record<string, Operation> {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return {
    'GET mailbox/stats': (base) => call(base, 'GET', 'api/mailbox/stats'),
    'GET mailbox/letters': (base) => call(base, 'GET', 'api/mailbox/letters?page=1&pageSize=20'),
    'GET mailbox/letters?q=': (base) => call(base, 'GET', `api/mailbox/letters?q=${encodeURIComponent('噪音')}&page=1&pageSize=20`),
    'GET mailbox/letters/{n}': (base) => call(base, 'GET', `api/mailbox/letters/${pick(data.published)}`),
    'GET disclosure/requests/{n}': (base) => call(base, 'GET', `api/disclosure/requests/${pick(data.requests)}`, { 'X-Query-Code': data.code }),
    'POST mailbox/letters': (base) => call(base, 'POST', 'api/mailbox/letters', { 'Idempotency-Key': randomBytes(16).toString('hex') }, LETTER),
  };
}

interface Latencies {
  p50: number;
  p99: number;
  count: number;
  failed: number;
}

function summarize(latencies: number[], failed = 0): Latencies {
  return latencies.length ? { p50: percentile(latencies, 50), p99: percentile(latencies, 99), count: latencies.length, failed } : { p50: Number.NaN, p99: Number.NaN, count: 0, failed };
}

/** One client, one request after another: up to 300 requests or 8 s (at least 3, unless they take over 2 minutes). */
async function sequential(base: string, op: Operation): Promise<Latencies> {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + 8000;
  // Warm-up: a few requests, or one when it is slow (main's full-table reads at 1M letters).
  for (let i = 0; i < 5 && performance.now() - started < 1000; i++) await op(base);
  const hardDeadline = performance.now() + 120_000;
  while (latencies.length < 300 && (latencies.length < 3 || performance.now() < deadline) && performance.now() < hardDeadline) {
    const answer = await op(base);
    if (answer.status >= 200 && answer.status < 300) latencies.push(answer.ms);
    else failed++;
    if (failed > 20) break;
  }
  return summarize(latencies, failed);
}

/** The intake POST, one client, while 8 clients poll the statistics as fast as they are answered. */
async function intakeWhilePolling(base: string, ops: Record<string, Operation>): Promise<{ intake: Latencies; polls: number }> {
  let running = true;
  let polls = 0;
  const pollers = Array.from({ length: 8 }, async () => {
    while (running) {
      await ops['GET mailbox/stats']!(base);
      polls++;
    }
  });
  const latencies: number[] = [];
  let failed = 0;
  const deadline = performance.now() + 8000;
  const hardDeadline = performance.now() + 60_000;
  while (latencies.length < 200 && (latencies.length < 3 || performance.now() < deadline) && performance.now() < hardDeadline) {
    const answer = await ops['POST mailbox/letters']!(base);
    if (answer.status === 201) latencies.push(answer.ms);
    else failed++;
    if (failed > 20) break;
  }
  running = false;
  await Promise.all(pollers);
  return { intake: summarize(latencies, failed), polls };
}

const LOAD_MIX: Array<[string, number]> = [
  ['GET mailbox/stats', 0.35],
  ['GET mailbox/letters', 0.25],
  ['GET mailbox/letters/{n}', 0.15],
  ['GET disclosure/requests/{n}', 0.15],
  ['POST mailbox/letters', 0.1],
];

interface LoadRow {
  clients: number;
  perSecond: number;
  accepted: Latencies;
  shed: number;
  errors: number;
  lost: number;
  /** p99 delay of this (the clients') event loop: latency the clients add themselves. */
  clientDelay: number;
}

/** `clients` closed loops over the mix for LOAD_SECONDS; a shed client waits 100 ms. Then: every acknowledged letter is in the file. */
async function loadRun(base: string, db: string, ops: Record<string, Operation>, clients: number): Promise<LoadRow> {
  const next = random(clients);
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  let shed = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + LOAD_SECONDS * 1000;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        let roll = next();
        const name = LOAD_MIX.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'GET mailbox/stats';
        const answer = await ops[name]!(base);
        if (answer.status === 503) {
          shed++;
          await new Promise((resolve) => setTimeout(resolve, 100));
        } else if (answer.status >= 200 && answer.status < 300) {
          latencies.push(answer.ms);
          if (answer.status === 201) acknowledged.push((JSON.parse(answer.body) as { letterNumber: string }).letterNumber);
        } else errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  const has = reader.prepare('SELECT 1 FROM letters WHERE letter_number = ?');
  const lost = acknowledged.filter((n) => !has.get(n)).length;
  reader.close();
  return { clients, perSecond: latencies.length / seconds, accepted: summarize(latencies), shed, errors, lost, clientDelay: Math.max(0, delay.percentile(99) / 1e6 - 10) };
}

// ---- run ----------------------------------------------------------------------------------

const ms = (v: number) => (Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(0));
const lat = (l: Latencies) => (l.count === 0 ? `— (${l.failed} failed)` : `${ms(l.p50)} / ${ms(l.p99)} ms (n=${l.count}${l.failed ? `, ${l.failed} failed` : ''})`);

const work = mkdtempSync(join(tmpdir(), 'gk-bench-reads-'));
const base = baseTree();
const readRows: string[][] = [];
const loadRows: string[][] = [];
const startRows: string[][] = [];
const notes: string[] = [];
try {
  for (const size of SIZES) {
    const t0 = performance.now();
    mkdirSync(join(work, String(size)));
    const baseDb = join(work, String(size), 'base.db');
    const data = await generate(baseDb, size);
    const newDb = join(work, String(size), 'new.db');
    copyFileSync(baseDb, newDb);
    console.log(`${size} letters (${data.published.length} published): generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const ops = operations(data);
    const results: Record<'base' | 'new', Record<string, Latencies>> = { base: {}, new: {} };
    for (const which of SERVERS) {
      const server = await launch(which === 'base' ? join(base, 'packages/server/src/index.ts') : join(repoRoot, 'packages/server/src/index.ts'), which === 'base' ? baseDb : newDb, which === 'base' ? base : repoRoot);
      try {
        startRows.push([String(size), which === 'base' ? BASE_REF : 'this branch', `${(server.startMs / 1000).toFixed(1)} s`]);
        for (const [name, op] of Object.entries(ops)) {
          results[which][name] = await sequential(server.url, op);
          console.log(`  ${which} ${name}: ${lat(results[which][name]!)}`);
        }
        const polled = await intakeWhilePolling(server.url, ops);
        results[which]['POST mailbox/letters while 8 clients poll stats'] = polled.intake;
        console.log(`  ${which} intake while polling: ${lat(polled.intake)}; ${polled.polls} polls`);
        if (size === LOAD_AT) {
          for (const clients of CLIENTS) {
            const row = await loadRun(server.url, which === 'base' ? baseDb : newDb, ops, clients);
            console.log(`  ${which} load ×${clients}: ${row.perSecond.toFixed(0)}/s, ${lat(row.accepted)}, shed ${row.shed}, errors ${row.errors}, lost ${row.lost}, client loop delay p99 ${ms(row.clientDelay)} ms`);
            loadRows.push([which === 'base' ? BASE_REF : 'this branch', String(clients), row.perSecond.toFixed(0), ms(row.accepted.p50), ms(row.accepted.p99), String(row.shed), String(row.errors), String(row.lost), ms(row.clientDelay), clients === 512 ? `p99 < ${GOAL_LOAD_P99} ms, 0 lost` : '']);
          }
        }
      } finally {
        await stop(server);
      }
    }
    for (const name of Object.keys(results.new)) {
      const polling = name.includes('while');
      const goal = size === 1_000_000 || size === SIZES[SIZES.length - 1] ? (polling ? `p99 < ${GOAL_INTAKE_P99} ms` : name.startsWith('GET') ? `p99 < ${GOAL_READ_P99} ms` : '') : '';
      const met = goal ? (results.new[name]!.p99 < (polling ? GOAL_INTAKE_P99 : GOAL_READ_P99) ? ' ✓' : ' ✗') : '';
      readRows.push([size.toLocaleString('en'), name, results.base[name] ? lat(results.base[name]!) : '—', lat(results.new[name]!), `${goal}${met}`]);
    }
    rmSync(join(work, String(size)), { recursive: true, force: true });
  }
} finally {
  agent.destroy();
  rmSync(work, { recursive: true, force: true });
  rmSync(base, { recursive: true, force: true });
}

const tables: Table[] = [
  { caption: 'p50 / p99 of one client, request after request (up to 300 requests or 8 s each), same data file', headers: ['letters', 'request', `${BASE_REF} p50 / p99`, 'this branch p50 / p99', 'goal (at the largest size)'], rows: readRows },
  { caption: `load: closed loops for ${LOAD_SECONDS} s at ${LOAD_AT.toLocaleString('en')} letters; mix 35% stats, 25% list, 15% letter, 15% lookup, 10% intake; a shed client waits 100 ms`, headers: ['server', 'clients', 'accepted/s', 'p50 ms', 'p99 ms', 'shed (503)', 'errors', 'acknowledged but lost', 'client loop delay p99 ms', 'goal'], rows: loadRows },
  { caption: 'server start on the generated file (this branch: migration 8 and the search-column backfill the first time)', headers: ['letters', 'server', 'start'], rows: startRows },
];
notes.push(`Data: ${PUBLISHED_SHARE * 100}% of letters published, a tenth as many applications; search term 噪音 (in one subject of ten). Lookups use a random application and its query code; letters a random published one.`);
notes.push('Clients and servers share the machine (2 cores, other engineers\' builds and tests): at 128 and 512 clients much of the latency is this process scheduling its own clients.');
emit({
  order: 45,
  title: 'Server: reads that scale and load shedding',
  intro: [
    `\`main\` (\`${BASE_REF}\`) against this branch on the same generated SQLite file (WAL, synchronous FULL), each server in its own process on 127.0.0.1 with the rate limits off and load shedding at its defaults (this branch: 32 at once, 256 waiting at most 100 ms). Script: bench/server-reads.bench.ts.`,
  ],
  tables,
  notes,
  versions: { 'better-sqlite3': packageVersion('better-sqlite3') },
});
