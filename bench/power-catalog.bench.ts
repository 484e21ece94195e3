/**
 * Power catalog, 10,000 generated items, in headless Chromium (issue #3):
 *   - load to first results painted,
 *   - search keystroke to paint, p50 / p95 over 50 fixed queries,
 *   - JS heap after load,
 * for <gk-power-catalog> (built bundle), for jQuery DataTables with its built-in
 * search on the same data in the same run, and the first paint of the same
 * first page as plain static HTML. Every figure is the median of RUNS runs
 * (min–max beside it). Loopback only; stops by itself.
 *
 *   npx tsx bench/power-catalog.bench.ts        (after npm run build)
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import type { Page } from 'playwright';
import { InMemorySource } from '@gongkai/client';
import type { PowerItem } from '@gongkai/schema';
import { generatePowerItems, powerCatalogFile, DEPARTMENTS } from '../test/fixtures/power-items.js';
import { emit, fmtRuns, median, packageVersion, pct } from './lib.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const COUNT = 10_000;
const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'packages/gongkai/dist/gongkai.js'))) throw new Error('Run npm run build first.');

/** Chinese words, partial words, Traditional script, 文号 with the other bracket style, codes, misses. */
export const QUERIES = [
  '许可', '处罚', '食品', '食品经营', '建设工程', '道路运输', '排污', '医疗机构', '民办学校', '养老', '取水', '种子',
  '娱乐场所', '危险化学品', '户外广告', '绿地', '律师', '社会团体', '房地产', '出租汽车', '药品', '特种设备', '人力资源',
  '文物', '动物诊疗', '林木', '公共场所', '燃气', '给付', '裁决', '行政许可法', '食品安全法', '第三十五条',
  '許可', '處罰', '醫療機構', '養老機構', '藥品零售', '燃氣經營', '道路運輸',
  '示政发[2023]5号', '示政发（2023）5号', '主席令第7号', '国务院令第406号',
  '3701SC', 'XK-00', 'CF-0042', '市场监督', '不存在的事项', '公安局',
];

const items = generatePowerItems(COUNT, 42);
const file = powerCatalogFile(items);
const deptName = new Map<string, string>(DEPARTMENTS.map(([id, name]) => [id, name]));
const limit = (i: PowerItem) => { const l = i.timeLimits?.promised; return l ? `${l.value} 个工作日` : '—'; };
const rows = items.map((i) => [i.name, i.type, deptName.get(i.department) ?? i.department, limit(i), i.fees?.charged ? '收费' : '不收费']);

const dir = mkdtempSync(join(tmpdir(), 'gk-bench-'));
writeFileSync(join(dir, 'power-catalog.json'), JSON.stringify(file));
writeFileSync(join(dir, 'rows.js'), `window.ROWS = ${JSON.stringify(rows)};`);
// In-page measuring code as a plain script (tsx would add helpers to functions passed to evaluate).
writeFileSync(join(dir, 'measure.js'), `
window.measureSearch = async function (q, total, first) {
  const root = document.querySelector('gk-power-catalog').shadowRoot;
  const input = root.querySelector('input[type="search"]');
  const countText = '找到 ' + total.toLocaleString('zh-CN') + ' 项';
  function done() {
    const count = root.querySelector('.result-count');
    if (!count || count.textContent.trim() !== countText) return false;
    if (first === undefined || first === null) return root.querySelector('.result') === null;
    const name = root.querySelector('.result__name');
    return Boolean(name) && name.textContent.trim() === first;
  }
  const t0 = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise(function (resolve) {
    if (done()) return resolve();
    const mo = new MutationObserver(function () { if (done()) { mo.disconnect(); resolve(); } });
    mo.observe(root, { subtree: true, childList: true, characterData: true });
  });
  await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); });
  return performance.now() - t0;
};`);
writeFileSync(join(dir, 'gongkai.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>gk</title>
<script src="/bench-tmp/measure.js"></script>
<script type="module" src="/packages/gongkai/dist/gongkai.js"></script>
<gk-power-catalog src="/bench-tmp/power-catalog.json" url-state="none"></gk-power-catalog>`);
writeFileSync(join(dir, 'datatables.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>dt</title>
<script src="/node_modules/jquery/dist/jquery.min.js"></script>
<script src="/node_modules/datatables.net/js/dataTables.min.js"></script>
<table id="t"><thead><tr><th>事项名称</th><th>类型</th><th>实施主体</th><th>承诺时限</th><th>收费</th></tr></thead></table>
<script src="/bench-tmp/rows.js"></script>
<script>
  fetch('/bench-tmp/power-catalog.json').then((r) => r.json()).then(() => {
    window.dt = new DataTable('#t', { data: window.ROWS, deferRender: true, pageLength: 20 });
    window.dtReady = true;
  });
</script>`);
// The data itself: the same JSON fetched and kept, nothing else (what any page showing every field holds).
writeFileSync(join(dir, 'json.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>json</title>
<script>fetch('/bench-tmp/power-catalog.json').then((r) => r.json()).then((data) => { window.DATA = data; window.jsonReady = true; });</script>`);
const staticRows = rows.slice(0, 20).map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
writeFileSync(join(dir, 'static.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>static</title><table>${staticRows}</table>`);

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path.startsWith('/bench-tmp/') ? join(dir, path.slice('/bench-tmp/'.length)) : normalize(join(root, path));
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// Expected result of each query (count and first name), from the same engine the element uses.
const source = new InMemorySource(file, 'power-catalog');
const expected = new Map<string, { total: number; first?: string }>();
for (const q of QUERIES) {
  const r = await source.query({ q, pageSize: 20 });
  expected.set(q, { total: r.total, first: r.items[0]?.name });
}

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const afterPaint = 'new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))';

async function heap(page: Page): Promise<number> {
  return page.evaluate(() => {
    (globalThis as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Run { load: number; p50: number; p95: number; heap: number }

async function runGongkai(): Promise<Run> {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench-tmp/gongkai.html`);
  await page.waitForFunction(() => Boolean(document.querySelector('gk-power-catalog')?.shadowRoot?.querySelector('.result')), undefined, { polling: 'raf', timeout: 60_000 });
  const load = (await page.evaluate(afterPaint)) as number;
  const mb = await heap(page);
  const times: number[] = [];
  for (const q of QUERIES) {
    const want = expected.get(q)!;
    times.push(await page.evaluate(([q, total, first]) => (window as unknown as { measureSearch(q: string, total: number, first?: string): Promise<number> }).measureSearch(q, total, first), [q, want.total, want.first] as const));
  }
  await page.close();
  return { load, p50: percentile(times, 50), p95: percentile(times, 95), heap: mb };
}

async function runDataTables(): Promise<Run & { recall: number }> {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench-tmp/datatables.html`);
  await page.waitForFunction(() => (window as unknown as { dtReady?: boolean }).dtReady === true, undefined, { polling: 'raf', timeout: 60_000 });
  const load = (await page.evaluate(afterPaint)) as number;
  const mb = await heap(page);
  const times: number[] = [];
  let found = 0;
  let wanted = 0;
  for (const q of QUERIES) {
    const r = await page.evaluate(async (q) => {
      const dt = (window as unknown as { dt: { search(q: string): { draw(): void }; page: { info(): { recordsDisplay: number } } } }).dt;
      const t0 = performance.now();
      dt.search(q).draw();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { ms: performance.now() - t0, count: dt.page.info().recordsDisplay };
    }, q);
    times.push(r.ms);
    const want = expected.get(q)!.total;
    wanted += want;
    found += Math.min(want, r.count);
  }
  await page.close();
  return { load, p50: percentile(times, 50), p95: percentile(times, 95), heap: mb, recall: wanted ? found / wanted : 1 };
}

async function runStatic(): Promise<{ fcp: number; heap: number }> {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench-tmp/static.html`);
  const fcp = await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now();
  });
  await page.close();
  const json = await browser.newPage();
  await json.goto(`${origin}/bench-tmp/json.html`);
  await json.waitForFunction(() => (window as unknown as { jsonReady?: boolean }).jsonReady === true, undefined, { timeout: 60_000 });
  const mb = await heap(json);
  await json.close();
  return { fcp, heap: mb };
}


const g: Run[] = [];
const d: Array<Run & { recall: number }> = [];
const s: Array<{ fcp: number; heap: number }> = [];
let browserVersion = '';
try {
  for (let i = 0; i < RUNS; i++) {
    g.push(await runGongkai());
    d.push(await runDataTables());
    s.push(await runStatic());
  }
} finally {
  browserVersion = browser.version();
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

emit({
  order: 20,
  title: `Power catalog: ${COUNT.toLocaleString('en')} items`,
  intro: [
    `Generated items (test/fixtures/power-items.ts, seed 42), ${QUERIES.length} fixed queries (Chinese words, partial words, Traditional script, 文号 with the other bracket style, codes, misses), each typed in one input event; the time runs until the frame after the expected count and first name (from the client's engine in Node) are on screen.`,
    `Gongkai: \`<gk-power-catalog src>\` from packages/gongkai/dist/gongkai.js. Peer: jQuery ${packageVersion('jquery')} + DataTables ${packageVersion('datatables.net')} (deferRender, 20 per page, built-in search) on the same rows, after fetching the same JSON. Plain page: the same first 20 rows as static HTML (first contentful paint), and for the heap the same JSON fetched and kept by a page with no script library — the data itself.`,
    `Heap: DataTables keeps only the five displayed columns (its rows are built from the JSON, which is then dropped); Gongkai keeps every field of every item so that an item opens without another request, so its reference is the plain page holding the JSON.`,
  ],
  tables: [{
    caption: `median of ${RUNS} runs (min–max)`,
    headers: ['', 'Gongkai', 'DataTables', 'plain page'],
    rows: [
      ['load → first results painted', fmtRuns(g.map((r) => r.load)), fmtRuns(d.map((r) => r.load)), fmtRuns(s.map((r) => r.fcp))],
      ['search keystroke → paint p50', fmtRuns(g.map((r) => r.p50)), fmtRuns(d.map((r) => r.p50)), '—'],
      ['search keystroke → paint p95', fmtRuns(g.map((r) => r.p95)), fmtRuns(d.map((r) => r.p95)), '—'],
      ['JS heap after load', fmtRuns(g.map((r) => r.heap), 'MB', 1e6), fmtRuns(d.map((r) => r.heap), 'MB', 1e6), fmtRuns(s.map((r) => r.heap), 'MB', 1e6)],
      ['result count vs Gongkai\'s (recall)', '100%', pct(median(d.map((r) => r.recall))), '—'],
    ],
  }],
  notes: ['DataTables\' "recall" here is its result count over Gongkai\'s, per query capped at Gongkai\'s count, summed over the queries; the directory section below measures recall against a truth set.'],
  versions: { Chromium: browserVersion },
});
