/**
 * Builds the demo portal's four data files in demo/data/:
 *   power-catalog.json, disclosure-directory.json, agency-directory.json, mailbox-letters.json
 *
 * Run from the repository root: npm run demo-data (npx tsx scripts/build-demo-data.ts)
 *
 * Each file kind has its module under scripts/demo-data/. The disclosure directory carries the
 * real source documents of demo/sources/ (verbatim, with their encoding damage) next to generated
 * documents of the fictional 示例市人民政府. Everything else is generated with a seeded PRNG, so
 * every run writes the same bytes (test/demo-data.node.test.ts checks the committed files against
 * a fresh build). Each file is checked with parseDataFile before anything is written; the script
 * exits non-zero and lists the JSON paths if a file fails, skips an element or raises a warning.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildDemoFiles, demoFileProblems } from './demo-data/build.js';

const OUT_DIR = new URL('../demo/data/', import.meta.url);

function main(): void {
  const files = buildDemoFiles();
  const problems = files.flatMap(demoFileProblems);
  if (problems.length > 0) {
    console.error(`demo data not written: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  ${p}`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { name, text } of files) {
    writeFileSync(new URL(name, OUT_DIR), text);
    console.log(`wrote demo/data/${name} (${(Buffer.byteLength(text, 'utf8') / 1024).toFixed(0)} kB)`);
  }
}

main();
