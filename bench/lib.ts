/**
 * Small helpers the benchmark scripts share: statistics, a loopback static server, headless
 * Chromium, and the section format every script prints and (when BENCH_JSON names a file) writes
 * for bench/run-all.ts to assemble docs/benchmarks.md.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import type { Browser } from 'playwright';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// ---- statistics ---------------------------------------------------------------------------

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** "median (min–max)" with the given number of decimals, unit and divisor. */
export function fmtRuns(values: readonly number[], unit = 'ms', scale = 1, digits = 1): string {
  if (values.length === 0) return '—';
  const f = (v: number) => (v / scale).toFixed(digits);
  const u = unit ? ` ${unit}` : '';
  if (values.length === 1) return `${f(values[0]!)}${u}`;
  return `${f(median(values))}${u} (${f(Math.min(...values))}–${f(Math.max(...values))})`;
}

export const pct = (ratio: number) => `${(ratio * 100).toFixed(ratio === 1 || ratio === 0 ? 0 : 1)}%`;

// ---- sections -----------------------------------------------------------------------------

export interface Table {
  caption?: string;
  headers: string[];
  rows: string[][];
  /** Long tables go into a collapsed <details> block in the markdown. */
  collapsed?: boolean;
}

export interface Section {
  /** Order in docs/benchmarks.md. */
  order: number;
  title: string;
  /** Paragraphs before the tables (method, data, peers). */
  intro: string[];
  tables: Table[];
  /** Paragraphs after the tables (bounds, caveats). */
  notes: string[];
  /** Versions this script saw (e.g. Chromium, PostgreSQL), merged into the versions list. */
  versions?: Record<string, string>;
}

function printTable(table: Table): void {
  const widths = table.headers.map((h, i) => Math.max(width(h), ...table.rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - width(c)))).join('  ');
  if (table.caption) console.log(`\n${table.caption}`);
  console.log(line(table.headers));
  for (const row of table.rows) console.log(line(row));
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** Prints the section as text tables, and writes it as JSON when BENCH_JSON is set. */
export function emit(section: Section): void {
  console.log(`\n== ${section.title}`);
  for (const p of section.intro) console.log(p);
  for (const t of section.tables) printTable(t);
  if (section.notes.length) console.log('');
  for (const p of section.notes) console.log(p);
  const out = process.env['BENCH_JSON'];
  if (out) writeFileSync(out, JSON.stringify(section));
}

// ---- serving and browsing -----------------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.css': 'text/css',
};

/** Serves the repository at / and `tmpDir` at /bench-tmp/ on 127.0.0.1 (random port). */
export async function serveStatic(tmpDir: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.startsWith('/bench-tmp/') ? join(tmpDir, path.slice('/bench-tmp/'.length)) : normalize(join(repoRoot, path));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

/** Resolves in the page after the next frame has been painted, with performance.now(). */
export const AFTER_PAINT = 'new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))';

/** JS heap of the page after a full GC (Chromium with --expose-gc and precise memory info). */
export const HEAP_AFTER_GC = '(() => { globalThis.gc?.(); return performance.memory.usedJSHeapSize; })()';

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}
