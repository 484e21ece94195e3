#!/usr/bin/env node
// Points citations of the design, domain and toolchain documents, which used to live outside the
// repository, at their copies in docs/: the documents' upper-case names, with or without ".md" and
// with or without a section number, become docs/design.md, docs/domain.md and docs/toolchain.md
// (section numbers kept: the copies keep the numbering), and paths to the shared seed texts become
// demo/sources. The exact patterns are RULES below.
//
//   node scripts/fix-doc-refs.mjs           rewrite every tracked file outside docs/ that needs it
//   node scripts/fix-doc-refs.mjs --check   list them and exit 1 instead (nothing is written)
//
// Idempotent: what it writes never matches its own patterns (those are upper-case names), so it can
// be re-run after other branches merge. test/doc-refs.node.test.ts fails on anything left over.
// The names are spelled with escapes here, so that this file does not cite them itself.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DESIGN = 'DE\u0053IGN';
const DOMAIN = 'DO\u004dAIN';
const TOOLCHAIN = 'TOOL\u0043HAIN';
const SECTION = '\u00a7';

/** [pattern, replacement] in the order they are applied. */
export const RULES = [
  // A section citation, with or without ".md": the section list after it stays as written.
  [new RegExp(`\\b${DESIGN}(?:\\.md)?(?=\\s*${SECTION})`, 'g'), 'docs/design.md'],
  [new RegExp(`\\b${DOMAIN}(?:\\.md)?(?=\\s*${SECTION})`, 'g'), 'docs/domain.md'],
  // The domain document's "vectors" (received → due dates) are those of docs/domain.md §4.
  [new RegExp(`\\b${DOMAIN} vectors\\b`, 'g'), `docs/domain.md ${SECTION}4 vectors`],
  // A whole document.
  [new RegExp(`(?<![\\w/.])${DESIGN}\\.md\\b`, 'g'), 'docs/design.md'],
  [new RegExp(`(?<![\\w/.])${DOMAIN}\\.md\\b`, 'g'), 'docs/domain.md'],
  [new RegExp(`(?<![\\w/.])${TOOLCHAIN}\\.md\\b`, 'g'), 'docs/toolchain.md'],
  // The source documents of the demo data.
  [new RegExp('(?:\\.\\.\\/)+shared\\/seeds\\b|\\/work\\/shared\\/seeds\\b', 'g'), 'demo/sources'],
];

/** The text with every rule applied. */
export function fixDocRefs(text) {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** Tracked text files outside docs/ (the documents themselves may name what they replace). */
export function filesToFix() {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter((path) => !path.startsWith('docs/') && path !== 'package-lock.json' && !/\.(png|jpe?g|gif|webp|ico|woff2?|db)$/i.test(path));
}

function main() {
  const check = process.argv.includes('--check');
  const changed = [];
  for (const path of filesToFix()) {
    const file = join(repoRoot, path);
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // deleted in the work tree
    }
    const fixed = fixDocRefs(text);
    if (fixed === text) continue;
    changed.push(path);
    if (!check) writeFileSync(file, fixed);
  }
  for (const path of changed) console.log(`${check ? 'cites a document outside the repository' : 'fixed'}: ${path}`);
  console.log(`${changed.length} file(s) ${check ? 'to fix' : 'fixed'}`);
  if (check && changed.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
