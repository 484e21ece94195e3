/**
 * parseDataFile keeps each valid element itself rather than zod's output (zod's copies cost
 * memory). That is only right while the data-file schemas check without transforming: this
 * test parses every element of real and generated files and requires zod's output to equal the
 * element. A schema that gains a transform, a default or a stripping object fails here first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { examples } from '../src/examples.js';
import { FILE_KIND_SPECS } from '../src/files/data-file.js';
import { parseDataFile, type FileKind } from '../src/index.js';
import { generatePowerItems, powerCatalogFile } from '../../../test/fixtures/power-items.js';
import { benchDirectoryFile, generateBenchDocuments } from '../../../test/fixtures/disclosure-documents.js';
import { hostileFile } from '../../disclosure-directory/test/fixtures/hostile.js';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const files: Array<[string, Record<string, unknown>]> = [
  ...Object.entries(examples).map(([kind, file]) => [`example ${kind}`, structuredClone(file) as Record<string, unknown>] as [string, Record<string, unknown>]),
  ...['power-catalog', 'disclosure-directory', 'agency-directory', 'mailbox-letters'].map(
    (kind) => [`demo/data/${kind}.json`, readJson(`demo/data/${kind}.json`)] as [string, Record<string, unknown>],
  ),
  ['generated power items', powerCatalogFile(generatePowerItems(300, 5)) as unknown as Record<string, unknown>],
  ['generated documents', benchDirectoryFile(generateBenchDocuments(300, 5)) as unknown as Record<string, unknown>],
  ['hostile documents', hostileFile() as unknown as Record<string, unknown>],
  ['unknown members kept', {
    ...(structuredClone(examples['power-catalog']) as Record<string, unknown>),
    items: (examples['power-catalog'] as { items: Array<Record<string, unknown>> }).items.map((item) => ({
      ...structuredClone(item),
      localExtension: { nested: [1, 2, { deep: true }] },
      legalBasis: (item['legalBasis'] as Array<Record<string, unknown>>).map((b) => ({ ...b, localNote: '本地备注' })),
    })),
  }],
];

describe('data-file schemas check without transforming', () => {
  for (const [name, file] of files) {
    it(name, () => {
      const kind = file['kind'] as FileKind;
      let checked = 0;
      for (const collection of FILE_KIND_SPECS[kind].collections) {
        for (const element of (file[collection.key] as unknown[] | undefined) ?? []) {
          const result = collection.item.safeParse(element);
          if (!result.success) continue; // skipped by parseDataFile: nothing is kept
          assert.deepStrictEqual(result.data, element, `${collection.key}: zod's output differs from the element`);
          checked++;
        }
      }
      assert.ok(checked > 0, 'some elements were checked');
      // And parseDataFile hands back the very elements it was given.
      const parsed = parseDataFile(file, { expectedKind: kind });
      assert.ok(parsed.ok);
      const key = FILE_KIND_SPECS[kind].collections[0]!.key;
      const kept = (parsed.file as unknown as Record<string, unknown[]>)[key]!;
      assert.ok(kept.every((element) => (file[key] as unknown[]).includes(element)));
    });
  }
});
