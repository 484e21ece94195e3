#!/usr/bin/env node
// Prints the min+gzip size of every built entry's first load (the entry plus
// every chunk it imports statically, transitively) and of each lazy chunk,
// and exits non-zero when an entry is over its budget in scripts/entries.mjs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from './entries.mjs';

const dist = process.argv[2] ?? 'packages/gongkai/dist';
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const staticImports = (file) => {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  // Static imports and re-exports: `import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"`.
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(join(dirname(file), m[1]));
  }
  return [...found];
};
const closure = (entry) => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
};

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [];
let failed = false;
const entries = readdirSync(dist).filter((f) => f.endsWith('.js'));
const firstLoad = new Set();
for (const name of entries) {
  const files = closure(join(dist, name));
  files.forEach((f) => firstLoad.add(f));
  const size = files.reduce((sum, f) => sum + gz(f), 0);
  const budget = budgets[name];
  const over = budget !== undefined && size > budget;
  failed ||= over;
  rows.push([name, kB(size), budget === undefined ? '—' : kB(budget), over ? 'OVER BUDGET' : 'ok', `${files.length} file(s)`]);
}
const chunkDir = join(dist, 'chunks');
const lazy = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).map((f) => join(chunkDir, f)) : [];
console.log('\nBundle sizes (min+gzip, first load = entry + static imports)');
console.log(['entry', 'first load', 'budget', 'status', 'files'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
const lazyOnly = lazy.filter((f) => ![...firstLoad].includes(f));
if (lazyOnly.length) {
  console.log('\nChunks loaded on demand by some entry (not in a first load):');
  for (const f of lazyOnly) console.log(`${relative(dist, f)}\t${kB(gz(f))}`);
}
if (failed) {
  console.error('\nAt least one entry is over its size budget.');
  process.exit(1);
}
