#!/usr/bin/env node
// Extracts and builds one package's translations:
//   node scripts/localize.mjs packages/<name> [translations.json]
// lit-localize follows imports, so an element package's extraction also picks up the
// shared views' `ui.*` messages. Those belong to @gongkai/ui (whose catalog every element
// loads too), so they are dropped from other packages' XLIFF files before building: each
// message is translated, and shipped, once. An optional JSON file of
// { "<locale>": { "<id>": "text with {0}" } } fills missing targets (scripts/xliff-fill.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [pkgArg, translations] = process.argv.slice(2);
if (!pkgArg) {
  console.error('usage: node scripts/localize.mjs packages/<name> [translations.json]');
  process.exit(2);
}
const pkg = resolve(pkgArg);
const cli = resolve('node_modules/.bin/lit-localize');
const run = (...args) => execFileSync(cli, args, { cwd: pkg, stdio: ['ignore', 'ignore', 'inherit'] });

run('extract');
const xliffDir = join(pkg, 'xliff');
if (basename(pkg) !== 'ui') {
  for (const file of readdirSync(xliffDir).filter((f) => f.endsWith('.xlf'))) {
    const path = join(xliffDir, file);
    const xml = readFileSync(path, 'utf8').replace(/<trans-unit id="ui\.[^"]*">[\s\S]*?<\/trans-unit>\n?/g, '');
    writeFileSync(path, xml);
  }
}
if (translations) execFileSync('node', [resolve('scripts/xliff-fill.mjs'), xliffDir, resolve(translations)], { stdio: 'inherit' });
run('build');
if (basename(pkg) !== 'ui') {
  // The build writes every message it finds, untranslated ones with their Chinese source:
  // left in, those would override @gongkai/ui's own translations of its views.
  const localesDir = join(pkg, 'src', 'locales');
  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.ts'))) {
    const path = join(localesDir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^'ui\.[^\n]*\n/gm, ''));
  }
}
console.log(`translations built: ${pkgArg}`);
