import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { examples } from '../src/examples.js';
import { FILE_KINDS, type FileKind } from '../src/index.js';
import { writeJsonSchemas } from '../scripts/write-json-schema.js';

describe('generated JSON Schema', () => {
  let dir: string;
  const schemas = new Map<FileKind, Record<string, unknown>>();
  let ajv: InstanceType<typeof Ajv2020>;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongkai-json-schema-'));
    await writeJsonSchemas(dir);
    // ajv and ajv-formats are CommonJS; under ESM their default export may be wrapped once more.
    const AjvClass = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
    const withFormats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
    ajv = new AjvClass({ allErrors: true, strict: true });
    withFormats(ajv);
    for (const kind of FILE_KINDS) {
      schemas.set(kind, JSON.parse(await readFile(join(dir, `${kind}.schema.json`), 'utf8')) as Record<string, unknown>);
    }
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one file per kind with $id, title and Chinese descriptions', async () => {
    assert.deepEqual((await readdir(dir)).sort(), [...FILE_KINDS, 'holiday-calendar'].map((k) => `${k}.schema.json`).sort());
    for (const kind of FILE_KINDS) {
      const schema = schemas.get(kind)!;
      assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
      assert.match(String(schema['$id']), new RegExp(`${kind}\\.schema\\.json$`));
      assert.match(String(schema['title']), /Gongkai/);
      const properties = schema['properties'] as Record<string, { description?: string }>;
      assert.equal(properties['updatedAt']?.description?.startsWith('更新时间'), true);
    }
    const catalog = schemas.get('power-catalog')!;
    const item = (catalog['properties'] as Record<string, { items: { properties: Record<string, { description?: string }> } }>)['items']!.items;
    assert.match(item.properties['type']!.description!, /licensing 行政许可/);
    assert.equal(item.properties['name']!.description, '事项名称');
  });

  for (const kind of FILE_KINDS) {
    it(`accepts the ${kind} example and keeps unknown members allowed`, () => {
      const validateFile = ajv.compile(schemas.get(kind)!);
      const example = { $schema: `./${kind}.schema.json`, ...structuredClone(examples[kind]), 'x-local': 1 };
      assert.equal(validateFile(example), true, JSON.stringify(validateFile.errors, null, 2));
    });
  }

  it('rejects invalid files with the failing location', () => {
    const validateCatalog = ajv.compile(schemas.get('power-catalog')!);
    const catalog = structuredClone(examples['power-catalog']) as unknown as { items: Record<string, unknown>[] };
    catalog.items[0]!['type'] = 'xuke';
    catalog.items[0]!['legalBasis'] = [];
    assert.equal(validateCatalog(catalog), false);
    const where = (validateCatalog.errors ?? []).map((e) => e.instancePath).sort();
    assert.deepEqual(where, ['/items/0/legalBasis', '/items/0/type']);

    const validateDirectory = ajv.compile(schemas.get('disclosure-directory')!);
    const directory = structuredClone(examples['disclosure-directory']) as unknown as Record<string, unknown>;
    directory['schemaVersion'] = 2;
    directory['updatedAt'] = '1 Nov 2026';
    delete directory['categories'];
    assert.equal(validateDirectory(directory), false);
    assert.ok((validateDirectory.errors ?? []).some((e) => e.instancePath === '/updatedAt'));
    assert.ok((validateDirectory.errors ?? []).some((e) => e.params && (e.params as { missingProperty?: string }).missingProperty === 'categories'));

    const validateLetters = ajv.compile(schemas.get('mailbox-letters')!);
    const letters = structuredClone(examples['mailbox-letters']) as unknown as { letters: Record<string, unknown>[] };
    letters.letters[0]!['satisfaction'] = 'happy';
    assert.equal(validateLetters(letters), false);
  });

  it('publishes the holiday-calendar schema: accepts a notice year, refuses an unknown holiday and a bad date', async () => {
    const schema = JSON.parse(await readFile(join(dir, 'holiday-calendar.schema.json'), 'utf8')) as Record<string, unknown>;
    assert.match(String(schema['title']), /节假日安排/);
    const validateCalendar = ajv.compile(schema);
    const file = {
      schemaVersion: 1,
      kind: 'holiday-calendar',
      years: [{
        year: 2026,
        notice: { title: '国务院办公厅关于2026年部分节假日安排的通知' },
        holidays: [{ holiday: 'newYear', from: '2026-01-01', to: '2026-01-03' }],
        makeUpWorkdays: [{ date: '2026-01-04', holiday: 'newYear' }],
      }],
    };
    assert.equal(validateCalendar(file), true, JSON.stringify(validateCalendar.errors, null, 2));
    const bad = structuredClone(file);
    (bad.years[0]!.holidays[0] as Record<string, unknown>)['holiday'] = 'christmas';
    bad.years[0]!.makeUpWorkdays[0]!.date = '4 Jan';
    assert.equal(validateCalendar(bad), false);
    assert.deepEqual((validateCalendar.errors ?? []).map((e) => e.instancePath).sort(), ['/years/0/holidays/0/holiday', '/years/0/makeUpWorkdays/0/date']);
  });
});
