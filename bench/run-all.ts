/**
 * Runs every bench/*.bench.ts in its own Node process (one after another, each with a 10-minute
 * limit), collects the section each one writes, and assembles docs/benchmarks.md with the machine,
 * the versions and the date. `npm run bench` builds first, then runs this.
 *
 *   npx tsx bench/run-all.ts [name-filter]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { packageVersion, repoRoot } from './lib.js';
import type { Section, Table } from './lib.js';

const LIMIT_MS = 10 * 60 * 1000;
/** Scripts that need longer: the server reads at 1M letters run `main`'s full-table reads too. */
const LIMITS_MS: Record<string, number> = { 'server-reads.bench.ts': 60 * 60 * 1000 };
const filter = process.argv[2];
const scripts = readdirSync(join(repoRoot, 'bench')).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
const tmp = mkdtempSync(join(tmpdir(), 'gk-bench-all-'));

function runScript(file: string, out: string): Promise<{ code: number | null; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    // 100,000 documents with their search indexes need more than Node's default heap.
    const child = spawn(process.execPath, ['--max-old-space-size=6144', '--import', 'tsx', join('bench', file)], {
      cwd: repoRoot, stdio: 'inherit', env: { ...process.env, BENCH_JSON: out },
    });
    const limit = LIMITS_MS[file] ?? LIMIT_MS;
    const timer = setTimeout(() => {
      console.error(`${file}: over ${limit / 60000} minutes, stopping it`);
      child.kill('SIGTERM');
    }, limit);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000 });
    });
  });
}

const loadBefore = loadavg();
const sections: Section[] = [];
const durations: string[] = [];
const failures: string[] = [];
for (const file of scripts) {
  console.log(`\n#### ${file}`);
  const out = join(tmp, `${file}.json`);
  const { code, seconds } = await runScript(file, out);
  durations.push(`${file} ${seconds.toFixed(0)} s`);
  if (code === 0 && existsSync(out)) sections.push(JSON.parse(readFileSync(out, 'utf8')) as Section);
  else failures.push(`${file} (exit ${code})`);
}
const loadAfter = loadavg();
rmSync(tmp, { recursive: true, force: true });

// ---- markdown ----------------------------------------------------------------------------------

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function markdownTable(t: Table): string {
  const lines = [`| ${t.headers.map(cell).join(' | ')} |`, `|${t.headers.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
  const body = lines.join('\n');
  if (t.collapsed) return `<details><summary>${t.caption ?? 'Details'}</summary>\n\n${body}\n\n</details>`;
  return `${t.caption ? `*${t.caption}*\n\n` : ''}${body}`;
}

const cpu = cpus();
const versions: Record<string, string> = {
  Node: process.version,
  Gongkai: (JSON.parse(readFileSync(join(repoRoot, 'packages/gongkai/package.json'), 'utf8')) as { version: string }).version,
  playwright: packageVersion('playwright'),
  jquery: packageVersion('jquery'),
  'datatables.net': packageVersion('datatables.net'),
  minisearch: packageVersion('minisearch'),
  'fuse.js': packageVersion('fuse.js'),
};
for (const s of sections) Object.assign(versions, s.versions ?? {});

sections.sort((a, b) => a.order - b.order);

const sectionMarkdown = (s: Section) =>
  [`## ${s.title}`, '', ...s.intro.flatMap((p) => [p, '']), ...s.tables.flatMap((t) => [markdownTable(t), '']), ...s.notes.flatMap((p) => [p, ''])].join('\n');

/**
 * A filtered run (`run-all.ts lighthouse`) updates only its own sections in the existing
 * document — replacing a section of the same title, appending a new one — so one benchmark can
 * be re-run without the hour the full set takes; the note under the title says so.
 */
function spliceSections(existing: string, fresh: Section[]): string {
  const parts = existing.split(/\n(?=## )/);
  for (const section of fresh) {
    const text = sectionMarkdown(section).trimEnd();
    const at = parts.findIndex((part) => part.startsWith(`## ${section.title}\n`));
    if (at >= 0) parts[at] = text + '\n';
    else parts.push(text + '\n');
  }
  const updated = `Sections ${fresh.map((s) => `“${s.title}”`).join(', ')} re-run alone on ${new Date().toISOString().slice(0, 10)} (\`bench/run-all.ts ${filter}\`).`;
  parts[0] = parts[0]!.replace(/\n+(Sections .* re-run alone on .*\n)?$/s, '\n') + `\n${updated}\n`;
  return parts.join('\n');
}
const md = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` (bench/run-all.ts) on ${new Date().toISOString().slice(0, 10)}. Every timing is the median of several runs with min–max in brackets; the peers' figures come from the same run, in the same browser or process, on the same data. Scripts: \`bench/*.bench.ts\`; each can also be run alone (see its header).`,
  '',
  '## Machine and versions',
  '',
  `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ${platform()} ${release()}`,
  `- Load average (1 min) before / after: ${loadBefore[0]!.toFixed(2)} / ${loadAfter[0]!.toFixed(2)}. Other work (builds and test runs) may share the machine; treat small differences as noise.`,
  `- Versions: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `- Script durations: ${durations.join(', ')}`,
  ...(failures.length ? [`- **Failed or stopped:** ${failures.join(', ')}`] : []),
  '',
  ...sections.map(sectionMarkdown),
].join('\n');

const target = join(repoRoot, 'docs/benchmarks.md');
writeFileSync(target, filter && existsSync(target) ? spliceSections(readFileSync(target, 'utf8'), sections) : md);
console.log(`\nwrote docs/benchmarks.md (${sections.length} sections${failures.length ? `; failed: ${failures.join(', ')}` : ''})`);
if (failures.length) process.exit(1);
