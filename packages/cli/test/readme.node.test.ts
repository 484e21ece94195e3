/** The README's default column mapping is the documentation agencies rely on: it must list every heading the code knows. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_MAPPING } from '../src/import/default-mapping.js';

it('README lists every default heading, in the section of its kind', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const [kind, specs] of Object.entries(DEFAULT_MAPPING)) {
    const start = readme.indexOf(`#### ${kind}`);
    assert.notEqual(start, -1, kind);
    const end = readme.indexOf('\n#', start + 5);
    const section = readme.slice(start, end === -1 ? undefined : end);
    for (const spec of specs) {
      const row = section.split('\n').find((line) => spec.headings.every((h) => line.includes(`${h}、`) || line.includes(`${h} |`)));
      assert.ok(row !== undefined, `${kind}: ${spec.target} (${spec.headings.join('、')})`);
    }
  }
});
