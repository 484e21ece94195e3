/**
 * Power items as real lists publish them (issue #17): statutory limits in months and years,
 * and items whose legal basis the list does not give.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examplePowerCatalog } from '../src/examples.js';
import { parseDataFile, TIME_UNITS, type ParseFileResult, type PowerItem } from '../src/index.js';

function assertOk(result: ParseFileResult): asserts result is Extract<ParseFileResult, { ok: true }> {
  assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.errors, null, 2));
}

/** The example catalog with its one item changed by `edit`. */
function catalogWith(edit: (item: Record<string, unknown>) => void) {
  const file = structuredClone(examplePowerCatalog);
  edit(file.items[0] as unknown as Record<string, unknown>);
  return file;
}

describe('time limits in months and years', () => {
  it('keeps 6个月 and 1年 with their unit', () => {
    const file = catalogWith((item) => {
      item['timeLimits'] = { statutory: { value: 1, unit: 'year' }, promised: { value: 6, unit: 'month' } };
    });
    const result = parseDataFile(file);
    assertOk(result);
    assert.equal(result.skippedCount, 0);
    assert.deepEqual(result.warnings, []);
    const item = (result.file as { items: PowerItem[] }).items[0]!;
    assert.deepEqual(item.timeLimits, { statutory: { value: 1, unit: 'year' }, promised: { value: 6, unit: 'month' } });
  });

  it('lists the four units in the enum message, and still refuses an unknown unit', () => {
    assert.deepEqual([...TIME_UNITS], ['workingDay', 'calendarDay', 'month', 'year']);
    const result = parseDataFile(catalogWith((item) => {
      item['timeLimits'] = { statutory: { value: 2, unit: 'week' } };
    }));
    assertOk(result);
    assert.equal(result.skippedCount, 1);
    assert.equal(result.skipped[0]!.path, 'items[0].timeLimits.statutory.unit');
    assert.match(result.skipped[0]!.message['zh-Hans'], /workingDay、calendarDay、month、year/);
  });

  for (const [statutory, promised, warns] of [
    [{ value: 1, unit: 'year' }, { value: 18, unit: 'month' }, true],
    [{ value: 1, unit: 'year' }, { value: 12, unit: 'month' }, false],
    [{ value: 6, unit: 'month' }, { value: 1, unit: 'year' }, true],
    [{ value: 3, unit: 'month' }, { value: 2, unit: 'month' }, false],
    // Days against months need a calendar: not compared.
    [{ value: 3, unit: 'month' }, { value: 200, unit: 'calendarDay' }, false],
  ] as const) {
    it(`${warns ? 'warns' : 'does not warn'} when ${promised.value} ${promised.unit} are promised against ${statutory.value} ${statutory.unit}`, () => {
      const result = parseDataFile(catalogWith((item) => {
        item['timeLimits'] = { statutory, promised };
      }));
      assertOk(result);
      assert.deepEqual(result.warnings.map((w) => w.code), warns ? ['promised-exceeds-statutory'] : []);
    });
  }
});
