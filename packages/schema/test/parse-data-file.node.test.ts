import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examples, exampleDisclosureDirectory, examplePowerCatalog } from '../src/examples.js';
import { FILE_KINDS, parseDataFile, type ParseFileResult, type ValidationIssue } from '../src/index.js';

const clone = <T>(value: T): T => structuredClone(value);

function assertOk(result: ParseFileResult): asserts result is Extract<ParseFileResult, { ok: true }> {
  assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.errors, null, 2));
}
function assertFail(result: ParseFileResult): asserts result is Extract<ParseFileResult, { ok: false }> {
  assert.equal(result.ok, false);
}

function assertLocalized(issue: ValidationIssue): void {
  for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    assert.equal(typeof issue.message[locale], 'string', `${locale} message for ${issue.path}`);
    assert.ok(issue.message[locale].length > 0, `${locale} message for ${issue.path} is empty`);
  }
  assert.notEqual(issue.message['zh-Hans'], issue.message.en);
}

/** A power catalog with five distinct items copied from the example. */
function catalogWithItems(count: number) {
  const file = clone(examplePowerCatalog);
  file.items = Array.from({ length: count }, (_, i) => ({ ...clone(examplePowerCatalog.items[0]!), id: `item-${i}` }));
  return file;
}

describe('parseDataFile', () => {
  for (const kind of FILE_KINDS) {
    it(`accepts the ${kind} example without warnings`, () => {
      const result = parseDataFile(clone(examples[kind]), { expectedKind: kind });
      assertOk(result);
      assert.equal(result.kind, kind);
      assert.equal(result.skippedCount, 0);
      assert.deepEqual(result.skipped, []);
      assert.deepEqual(result.warnings, []);
      assert.deepEqual(result.file, examples[kind]);
    });
  }

  it('skips a broken item with its path and keeps the others', () => {
    const file = catalogWithItems(5);
    delete (file.items[2]!.legalBasis![0] as { title?: string }).title;
    const result = parseDataFile(file);
    assertOk(result);
    assert.equal(result.skippedCount, 1);
    assert.deepEqual(result.skipped.map((i) => [i.path, i.code, i.severity]), [['items[2].legalBasis[0].title', 'required', 'error']]);
    assert.equal(result.skipped[0]!.message['zh-Hans'], '必填字段缺失');
    assert.equal(result.skipped[0]!.message['zh-Hant'], '必填欄位缺失');
    assert.equal(result.skipped[0]!.message.en, 'Required field is missing');
    const items = (result.file as typeof file).items;
    assert.deepEqual(items.map((i) => i.id), ['item-0', 'item-1', 'item-3', 'item-4']);
  });

  it('reports every problem of a skipped item, localized, and lists allowed enum values', () => {
    const file = catalogWithItems(3);
    const bad = file.items[1] as Record<string, unknown>;
    bad['type'] = 'xuke';
    bad['legalBasis'] = [];
    bad['updatedAt'] = '2026-02-30';
    bad['name'] = 42;
    const result = parseDataFile(file);
    assertOk(result);
    assert.equal(result.skippedCount, 1);
    const byPath = new Map(result.skipped.map((i) => [i.path, i]));
    assert.deepEqual([...byPath.keys()].sort(), ['items[1].legalBasis', 'items[1].name', 'items[1].type', 'items[1].updatedAt']);
    const type = byPath.get('items[1].type')!;
    assert.equal(type.code, 'invalid-value');
    assert.match(type.message['zh-Hans'], /licensing、penalty/);
    assert.match(type.message.en, /allowed values: licensing, penalty/);
    assert.match(type.message.en, /"xuke"/);
    assert.equal(byPath.get('items[1].legalBasis')!.code, 'too-small');
    assert.equal(byPath.get('items[1].updatedAt')!.code, 'invalid-date');
    assert.equal(byPath.get('items[1].name')!.code, 'invalid-type');
    assert.match(byPath.get('items[1].name')!.message['zh-Hans'], /应为文本，当前为数字/);
    result.skipped.forEach(assertLocalized);
  });

  it('needs a legal basis unless the item is marked incomplete for it (issue #17 item 12)', () => {
    const file = catalogWithItems(4);
    const items = file.items as Record<string, unknown>[];
    delete items[0]!['legalBasis'];
    delete items[1]!['legalBasis'];
    items[1]!['incomplete'] = ['legalBasis'];
    items[2]!['incomplete'] = ['conditions'];
    delete items[3]!['legalBasis'];
    items[3]!['type'] = 'nonsense';
    const result = parseDataFile(file);
    assertOk(result);
    assert.equal(result.skippedCount, 3);
    const byPath = result.skipped.map((i) => [i.path, i.code]);
    assert.deepEqual(byPath, [
      ['items[0].legalBasis', 'required'],
      ['items[2].incomplete[0]', 'invalid-value'],
      // Every problem of an item at once: the missing legal basis beside the bad type.
      ['items[3].type', 'invalid-value'],
      ['items[3].legalBasis', 'required'],
    ]);
    result.skipped.forEach(assertLocalized);
    assert.deepEqual((result.file.items as Record<string, unknown>[]).map((i) => i['id']), ['item-1']);
  });

  it('is ok with zero items when every item is invalid', () => {
    const file = catalogWithItems(2);
    for (const item of file.items) (item as Record<string, unknown>)['type'] = 'nope';
    const result = parseDataFile(file);
    assertOk(result);
    assert.equal(result.skippedCount, 2);
    assert.equal((result.file as typeof file).items.length, 0);
  });

  it('fails the file when the items array itself is missing', () => {
    const file = clone(examplePowerCatalog) as Record<string, unknown>;
    delete file['items'];
    const result = parseDataFile(file);
    assertFail(result);
    assert.equal(result.code, 'invalid');
    assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['items', 'required']]);
  });

  it('fails on envelope problems with bare root paths', () => {
    const file = clone(examplePowerCatalog) as Record<string, unknown>;
    file['publisher'] = { id: 'x' };
    file['updatedAt'] = 'yesterday';
    const result = parseDataFile(file);
    assertFail(result);
    assert.equal(result.code, 'invalid');
    assert.deepEqual(result.errors.map((e) => e.path).sort(), ['publisher.name', 'updatedAt']);
    result.errors.forEach(assertLocalized);
  });

  it('rejects a newer major schemaVersion with a clear message', () => {
    for (const version of [2, 2.1, '3']) {
      const result = parseDataFile({ ...clone(examplePowerCatalog), schemaVersion: version, kind: 'future-kind' });
      assertFail(result);
      assert.equal(result.code, 'newer-version');
      assert.equal(result.errors[0]!.path, 'schemaVersion');
    }
    const result = parseDataFile({ ...clone(examplePowerCatalog), schemaVersion: 2 });
    assertFail(result);
    assert.equal(result.errors[0]!.message['zh-Hans'], '此文件需要更新版本的 Gongkai（文件版本 2，当前支持 1）');
    assertLocalized(result.errors[0]!);
  });

  it('rejects a wrong kind when a kind is expected', () => {
    const result = parseDataFile(clone(examplePowerCatalog), { expectedKind: 'disclosure-directory' });
    assertFail(result);
    assert.equal(result.code, 'wrong-kind');
    assert.equal(result.errors[0]!.path, 'kind');
    assertLocalized(result.errors[0]!);
  });

  it('rejects an unknown or missing kind', () => {
    const unknown = parseDataFile({ ...clone(examplePowerCatalog), kind: 'power-list' });
    assertFail(unknown);
    assert.equal(unknown.code, 'unknown-kind');
    assert.match(unknown.errors[0]!.message.en, /power-catalog, disclosure-directory, agency-directory, mailbox-letters/);
    const missing = parseDataFile({ schemaVersion: 1 });
    assertFail(missing);
    assert.equal(missing.code, 'unknown-kind');
    assert.equal(missing.errors[0]!.code, 'required');
  });

  it('rejects input that is not an object', () => {
    for (const input of [null, undefined, 'text', 42, [examplePowerCatalog]]) {
      const result = parseDataFile(input);
      assertFail(result);
      assert.equal(result.code, 'not-object');
      assertLocalized(result.errors[0]!);
    }
  });

  it('rejects schemaVersion 0 as invalid, not as newer', () => {
    const result = parseDataFile({ ...clone(examplePowerCatalog), schemaVersion: 0 });
    assertFail(result);
    assert.equal(result.code, 'invalid');
    assert.equal(result.errors[0]!.path, 'schemaVersion');
  });

  it('keeps unknown members at every level', () => {
    const file = clone(examplePowerCatalog) as Record<string, unknown> & typeof examplePowerCatalog;
    file['$schema'] = './power-catalog.schema.json';
    file['x-local'] = { note: 1 };
    (file.items[0] as Record<string, unknown>)['x-region'] = '620524';
    (file.items[0]!.legalBasis![0] as Record<string, unknown>)['effectiveFrom'] = '2015-10-01';
    const result = parseDataFile(file);
    assertOk(result);
    const out = result.file as Record<string, unknown> & typeof examplePowerCatalog;
    assert.equal(out['$schema'], './power-catalog.schema.json');
    assert.deepEqual(out['x-local'], { note: 1 });
    assert.equal((out.items[0] as Record<string, unknown>)['x-region'], '620524');
    assert.equal((out.items[0]!.legalBasis![0] as Record<string, unknown>)['effectiveFrom'], '2015-10-01');
  });

  it('keeps the first of two items with the same id and warns about the second', () => {
    const file = catalogWithItems(3);
    file.items[2]!.id = 'item-0';
    const result = parseDataFile(file);
    assertOk(result);
    assert.equal(result.skippedCount, 1);
    assert.deepEqual(result.skipped.map((i) => [i.path, i.code, i.severity]), [['items[2].id', 'duplicate-id', 'warning']]);
    assert.match(result.skipped[0]!.message['zh-Hans'], /items\[0\]/);
    assert.deepEqual((result.file as typeof file).items.map((i) => i.id), ['item-0', 'item-1']);
  });

  it('validates categories one by one and uses letterNumber as the letter id', () => {
    const directory = clone(exampleDisclosureDirectory);
    directory.categories.push({ id: '', name: '空编号' });
    const result = parseDataFile(directory);
    assertOk(result);
    assert.deepEqual(result.skipped.map((i) => i.path), ['categories[2].id']);

    const mailbox = clone(examples['mailbox-letters']);
    mailbox.letters.push(clone(mailbox.letters[0]!));
    const letters = parseDataFile(mailbox);
    assertOk(letters);
    assert.deepEqual(letters.skipped.map((i) => [i.path, i.code]), [['letters[1].letterNumber', 'duplicate-id']]);
  });

  it('warns without skipping: unsafe links, long summaries, unknown categories, index number pattern, promised > statutory', () => {
    const directory = clone(exampleDisclosureDirectory);
    const doc = directory.documents[0]!;
    doc.url = 'javascript:alert(1)';
    doc.summary = '文'.repeat(101);
    doc.categoryIds.push('missing');
    doc.indexNumber = '01527918X-2020-153077';
    directory.guide!.onlineUrl = 'data:text/html,x';
    const result = parseDataFile(directory, { indexNumberPattern: /^[0-9A-Z]{9}\/\d{4}-\d{5}$/ });
    assertOk(result);
    assert.equal(result.skippedCount, 0);
    assert.deepEqual(
      result.warnings.map((w) => [w.path, w.code, w.severity]).sort(),
      [
        ['documents[0].categoryIds[2]', 'unknown-category', 'warning'],
        ['documents[0].indexNumber', 'index-number-pattern', 'warning'],
        ['documents[0].summary', 'summary-too-long', 'warning'],
        ['documents[0].url', 'unsafe-url', 'warning'],
        ['guide.onlineUrl', 'unsafe-url', 'warning'],
      ],
    );
    result.warnings.forEach(assertLocalized);
    // Without a site pattern the index number is not checked.
    const noPattern = parseDataFile(directory);
    assertOk(noPattern);
    assert.ok(!noPattern.warnings.some((w) => w.code === 'index-number-pattern'));

    const catalog = clone(examplePowerCatalog);
    catalog.items[0]!.timeLimits!.promised = { value: 30, unit: 'workingDay' };
    const limits = parseDataFile(catalog);
    assertOk(limits);
    assert.deepEqual(limits.warnings.map((w) => [w.path, w.code]), [['items[0].timeLimits.promised.value', 'promised-exceeds-statutory']]);
  });

  it('points warnings at the original index after earlier items were skipped', () => {
    const file = catalogWithItems(3);
    (file.items[0] as Record<string, unknown>)['type'] = 'bad';
    file.items[2]!.onlineUrl = 'vbscript:x';
    const result = parseDataFile(file);
    assertOk(result);
    assert.deepEqual(result.warnings.map((w) => w.path), ['items[2].onlineUrl']);
  });

  it('does not modify its input', () => {
    const file = catalogWithItems(3);
    (file.items[1] as Record<string, unknown>)['type'] = 'bad';
    const before = clone(file);
    parseDataFile(file);
    assert.deepEqual(file, before);
  });
});
