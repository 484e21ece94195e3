/**
 * Page experience (issue #17 item 30): Lighthouse (mobile profile, its default simulated slow 4G
 * and 4× CPU slowdown) on every demo page as `npm start` serves it — the reference server on
 * the embedded demo data, pages, assets and the bundle — beside the same pages with the Gongkai
 * script removed (the host page alone: what the portal scores before embedding anything). Goal:
 * ≥ 95 in every category on every page, LCP ≤ 2.5 s, CLS ≤ 0.05.
 *
 *   npx tsx bench/lighthouse.bench.ts      (after npm run build; LH_RUNS=3 for medians of 3)
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '@gongkai/server';
import { emit, median, packageVersion, repoRoot } from './lib.js';

const PAGES: Array<[string, string]> = [['power list', '/'], ['directory', '/directory.html'], ['request', '/request.html'], ['mailbox', '/mailbox.html']];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Math.max(1, Number(process.env['LH_RUNS'] ?? 1));

// The host pages alone: the demo pages with the bundle's script tag taken out (fallback content stays).
const bare = mkdtempSync(join(tmpdir(), 'gk-lh-bare-'));
cpSync(join(repoRoot, 'demo/pages'), bare, { recursive: true });
for (const file of readdirSync(bare).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(join(bare, file), 'utf8').replace(/<script type="module" src="\/gongkai\/[^"]+"><\/script>\s*/g, '');
  writeFileSync(join(bare, file), html);
}

const db = join(mkdtempSync(join(tmpdir(), 'gk-lh-db-')), 'demo.db');
const server = await startServer({
  port: 0,
  db,
  data: join(repoRoot, 'demo/data'),
  mounts: [
    { prefix: '/assets/', dir: join(repoRoot, 'demo/assets') },
    { prefix: '/gongkai/', dir: join(repoRoot, 'packages/gongkai/dist') },
    { prefix: '/bare/', dir: bare },
    { prefix: '/', dir: join(repoRoot, 'demo/pages') },
  ],
});
const origin = server.url.replace(/\/$/, '');
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

interface Measure { scores: Record<string, number>; fcp: number; lcp: number; cls: number; tbt: number; failing: string[] }

async function audit(url: string): Promise<Measure> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = Object.values(lhr.categories).flatMap((c) => c.auditRefs)
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
    .map((ref) => ref.id);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), cls: num('cumulative-layout-shift'), tbt: num('total-blocking-time'),
    failing: [...new Set(failing)],
  };
}

async function medianOf(url: string): Promise<Measure> {
  const runs: Measure[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(url));
  const m = (pick: (r: Measure) => number) => median(runs.map(pick));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((r) => r.scores[c]!)])),
    fcp: m((r) => r.fcp), lcp: m((r) => r.lcp), cls: m((r) => r.cls), tbt: m((r) => r.tbt),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

const rows: string[][] = [];
const below: string[] = [];
try {
  for (const [name, path] of PAGES) {
    for (const [variant, prefix] of [['Gongkai', ''], ['host page alone', '/bare']] as const) {
      const r = await medianOf(`${origin}${prefix}${path === '/' ? '/index.html' : path}`);
      rows.push([name, variant, ...CATEGORIES.map((c) => String(r.scores[c])), `${(r.fcp / 1000).toFixed(1)} s`, `${(r.lcp / 1000).toFixed(1)} s`, r.cls.toFixed(3), `${Math.round(r.tbt)} ms`, r.failing.join(', ') || '—']);
      if (variant === 'Gongkai' && CATEGORIES.some((c) => r.scores[c]! < 95)) below.push(name);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
  rmSync(bare, { recursive: true, force: true });
}

emit({
  order: 60,
  title: 'Page experience (Lighthouse)',
  intro: [
    `Lighthouse ${packageVersion('lighthouse')}, mobile profile (simulated slow 4G, 4× CPU slowdown), headless Chromium, on the demo pages served by the reference server as \`npm start\` serves them, ${RUNS === 1 ? 'one run each' : `median of ${RUNS} runs`}. Beside each page: the same host page with the Gongkai script removed (its fallback content stays), so the cost of embedding is the difference. Goal: ≥ 95 in every category, LCP ≤ 2.5 s, CLS ≤ 0.05.`,
  ],
  tables: [{
    headers: ['page', 'variant', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'CLS', 'TBT', 'audits below 0.9'],
    rows,
  }],
  notes: [below.length ? `Below 95 in some category: ${below.join(', ')}.` : 'Every page at 95 or more in every category.', 'Lighthouse simulates throttling from one unthrottled load, so scores move by a few points between runs on a busy machine; LH_RUNS=3 gives medians.'],
  versions: { lighthouse: packageVersion('lighthouse') },
});
