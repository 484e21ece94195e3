#!/usr/bin/env node
// Adds <target> elements to XLIFF trans-units from a JSON map of
// { "<locale>": { "<id>": "target with {0} placeholders" } }, keeping targets that
// already exist. Placeholders {n} become the <x id="n"/> of the source.
// Usage: node scripts/xliff-fill.mjs <xliff-dir> <translations.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, mapFile] = process.argv.slice(2);
const map = JSON.parse(readFileSync(mapFile, 'utf8'));
let missing = 0;
for (const [locale, entries] of Object.entries(map)) {
  const file = join(dir, `${locale}.xlf`);
  let xml = readFileSync(file, 'utf8');
  xml = xml.replace(/<trans-unit id="([^"]+)">\n  <source>([\s\S]*?)<\/source>\n(  <target>[\s\S]*?<\/target>\n)?/g, (whole, id, source, target) => {
    if (target) return whole;
    const text = entries[id];
    if (text === undefined) { missing++; console.error(`missing ${locale} ${id}`); return whole; }
    const placeholders = [...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)];
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const filled = escaped.replace(/\{(\d+)\}/g, (_, n) => placeholders.find((p) => p[1] === n)?.[0] ?? `{${n}}`);
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${filled}</target>\n`;
  });
  writeFileSync(file, xml);
}
process.exitCode = missing ? 1 : 0;
