/**
 * The repository explains itself: no tracked file outside docs/ cites a document that is not in
 * the repository (the design, domain, toolchain and style documents by their old upper-case names,
 * paths under ../shared or the build machine's /work), and every "docs/design.md §N" or
 * "docs/domain.md §N" names a section the document has. scripts/fix-doc-refs.mjs rewrites the old
 * citations. Run: node --import tsx --test test/doc-refs.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { filesToFix, fixDocRefs } from '../scripts/fix-doc-refs.mjs';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
/** Spelled with escapes so that this file does not cite the documents it looks for. */
const OLD_NAMES = '(?:DE\\u0053IGN|DO\\u004dAIN|TOOL\\u0043HAIN|ST\\u0059LE)';

/** Citations of documents outside the repository, each with why it is one. */
const OUTSIDE: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`\\b${OLD_NAMES}(?:\\.md\\b|\\s*\\u00a7)`, 'g'), 'an old design document'],
  [new RegExp(`\\b${OLD_NAMES} vectors\\b`, 'g'), 'an old design document'],
  [/(?:\.\.\/)+shared\//g, 'a path outside the repository'],
  [/(?<![\w.])\/work\//g, 'a path on the build machine'],
];

const files = filesToFix().map((path) => ({ path, text: read(path) }));

/** `§4`, `§4–§5`, `§3, §4, §6` after a document name → the section numbers cited. */
function citedSections(text: string, documentName: RegExp): Array<{ section: number; at: string }> {
  const found: Array<{ section: number; at: string }> = [];
  const pattern = new RegExp(`${documentName.source}((?:\\s*(?:,|and|or|–|-)?\\s*\\u00a7\\d+)+)`, 'g');
  for (const match of text.matchAll(pattern)) {
    for (const [, n] of match[1]!.matchAll(/\u00a7(\d+)/g)) found.push({ section: Number(n), at: match[0] });
  }
  return found;
}

function sectionsOf(path: string): Set<number> {
  return new Set([...read(path).matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));
}

describe('documentation references', () => {
  it('scans the repository (tracked files outside docs/)', () => {
    assert.ok(files.length > 300, `${files.length} files`);
    assert.ok(files.some((f) => f.path === 'packages/server/src/store.ts'));
    assert.ok(!files.some((f) => f.path.startsWith('docs/')));
  });

  it('no tracked file outside docs/ cites a document outside the repository', () => {
    const problems: string[] = [];
    for (const { path, text } of files) {
      for (const [pattern, why] of OUTSIDE) {
        for (const match of text.matchAll(pattern)) {
          const line = text.slice(0, match.index).split('\n').length;
          problems.push(`${path}:${line}: ${why}: ${JSON.stringify(match[0])}`);
        }
      }
    }
    assert.deepEqual(problems, [], 'run node scripts/fix-doc-refs.mjs, or cite docs/ instead');
  });

  it('scripts/fix-doc-refs.mjs has nothing left to rewrite', () => {
    assert.deepEqual(files.filter(({ text }) => fixDocRefs(text) !== text).map((f) => f.path), []);
  });

  // The sections the old documents had: comments citing them keep their numbers.
  for (const [document, name, kept] of [['docs/design.md', 'design', 6], ['docs/domain.md', 'domain', 8]] as const) {
    it(`${document} keeps sections 1–${kept}, and every section cited exists`, () => {
      const sections = sectionsOf(document);
      for (let n = 1; n <= kept; n++) assert.ok(sections.has(n), `${document} has no "## ${n}." section`);
      // From outside docs/ the path is written from the root; inside docs/ beside each other.
      const fromRoot = new RegExp(`docs/${name}\\.md`);
      const fromDocs = new RegExp(`(?<![\\w/])${name}\\.md`);
      const problems: string[] = [];
      for (const { path, text } of files) {
        for (const { section, at } of citedSections(text, fromRoot)) if (!sections.has(section)) problems.push(`${path}: ${at}`);
      }
      for (const path of ['docs/design.md', 'docs/domain.md', 'docs/toolchain.md']) {
        for (const { section, at } of citedSections(read(path), fromDocs)) if (!sections.has(section)) problems.push(`${path}: ${at}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('fixDocRefs', () => {
  const D = 'DE\u0053IGN';
  const M = 'DO\u004dAIN';
  const T = 'TOOL\u0043HAIN';

  it('rewrites section citations, whole documents and seed paths', () => {
    assert.equal(fixDocRefs(`(${D} \u00a74–\u00a75)`), '(docs/design.md \u00a74–\u00a75)');
    assert.equal(fixDocRefs(`${M}.md \u00a78 and ${M} \u00a73, \u00a74`), 'docs/domain.md \u00a78 and docs/domain.md \u00a73, \u00a74');
    assert.equal(fixDocRefs(`see ${T}.md; ${D}.md`), 'see docs/toolchain.md; docs/design.md');
    assert.equal(fixDocRefs(`the ${M} vectors`), 'the docs/domain.md \u00a74 vectors');
    assert.equal(fixDocRefs("new URL('../../shar\u0065d/seeds/', import.meta.url)"), "new URL('demo/sources/', import.meta.url)");
  });

  it('leaves identifiers and text that merely contains the names alone', () => {
    for (const text of [`${M}_VECTORS`, `${D}_TOKENS`, `the ${M.toLowerCase()} facts`, 'docs/design.md \u00a75', 'DOMAINS']) {
      assert.equal(fixDocRefs(text), text);
    }
  });

  it('is idempotent', () => {
    const once = fixDocRefs(`${D} \u00a72, ${M} \u00a73 and ${T}.md, /wor\u006b/shared/seeds`);
    assert.equal(once, 'docs/design.md \u00a72, docs/domain.md \u00a73 and docs/toolchain.md, demo/sources');
    assert.equal(fixDocRefs(once), once);
  });
});
