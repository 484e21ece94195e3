#!/usr/bin/env node
// Prints the min+gzip size of every built entry's first load (the entry plus
// every chunk it imports statically, transitively) and of each lazy chunk,
// and exits non-zero when an entry is over its budget in scripts/entries.mjs.
// measureSizes() is exported for bench/size.bench.ts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { budgets } from './entries.mjs';

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const staticImports = (file) => {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  // Static imports and re-exports: `import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"`.
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(join(dirname(file), m[1]));
  }
  return [...found];
};
// Dynamic imports with a literal relative path: import("./x.js") or import(`./x.js`).
const dynamicImports = (file) =>
  [...new Set([...readFileSync(file, 'utf8').matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`$]+)["'`]\s*\)/g)].map((m) => join(dirname(file), m[1])))];
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

/** Chunks an entry can load on demand (transitively), excluding those in its first load. */
const lazyChunks = (entry, firstLoad) => {
  const first = new Set(firstLoad);
  const lazy = new Set();
  const queue = [...firstLoad];
  while (queue.length) {
    const file = queue.pop();
    for (const target of dynamicImports(file)) {
      for (const f of closure(target)) {
        if (first.has(f) || lazy.has(f)) continue;
        lazy.add(f);
        queue.push(f);
      }
    }
  }
  return [...lazy].sort();
};

/**
 * Sizes of every entry in `dist`: { entries: [{ name, size, budget, over, files, lazy: [{ name, size }] }],
 * unreferencedChunks: [{ name, size }] } with sizes in bytes (min+gzip, level 9). `lazy` lists the chunks
 * the entry's code can import on demand; unreferencedChunks are files in chunks/ that no entry
 * loads statically (what the CLI lists, including leftovers of earlier builds).
 */
export function measureSizes(dist = 'packages/gongkai/dist') {
  const entries = [];
  const firstLoad = new Set();
  for (const name of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
    const files = closure(join(dist, name));
    files.forEach((f) => firstLoad.add(f));
    const size = files.reduce((sum, f) => sum + gzipSize(f), 0);
    const budget = budgets[name];
    entries.push({
      name, size, budget, over: budget !== undefined && size > budget, files: files.length,
      lazy: lazyChunks(join(dist, name), files).map((f) => ({ name: relative(dist, f), size: gzipSize(f) })),
    });
  }
  const chunkDir = join(dist, 'chunks');
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).map((f) => join(chunkDir, f)) : [];
  const unreferencedChunks = chunks.filter((f) => !firstLoad.has(f)).map((f) => ({ name: relative(dist, f), size: gzipSize(f) }));
  return { entries, unreferencedChunks };
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

function main(dist) {
  const { entries, unreferencedChunks } = measureSizes(dist);
  console.log('\nBundle sizes (min+gzip, first load = entry + static imports)');
  console.log(['entry', 'first load', 'budget', 'status', 'files'].join('\t'));
  for (const e of entries) {
    console.log([e.name, kB(e.size), e.budget === undefined ? '—' : kB(e.budget), e.over ? 'OVER BUDGET' : 'ok', `${e.files} file(s)`].join('\t'));
  }
  if (unreferencedChunks.length) {
    console.log('\nChunks loaded on demand by some entry (not in a first load):');
    for (const c of unreferencedChunks) console.log(`${c.name}\t${kB(c.size)}`);
  }
  if (entries.some((e) => e.over)) {
    console.error('\nAt least one entry is over its size budget.');
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv[2] ?? 'packages/gongkai/dist');
