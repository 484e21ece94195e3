import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  civilDateOf,
  dayNumberOf,
  formatDayNumber,
  parseCivilDate,
  toDayNumber,
  weekdayOf,
} from '../src/civil-date.js';
import { InvalidDateError } from '../src/errors.js';

describe('civil dates', () => {
  it('agrees with UTC Date arithmetic day by day, 1900–2100', () => {
    // Date.UTC is time-zone free, so it is a fair oracle here.
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += 86_400_000) {
      const day = ms / 86_400_000;
      const date = new Date(ms);
      const civil = civilDateOf(day);
      assert.deepEqual(civil, { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      assert.equal(dayNumberOf(civil), day);
      assert.equal(weekdayOf(day), date.getUTCDay());
      assert.equal(formatDayNumber(day), date.toISOString().slice(0, 10));
    }
  });

  it('knows leap days', () => {
    assert.deepEqual(parseCivilDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(parseCivilDate('2000-02-29'), { year: 2000, month: 2, day: 29 });
    assert.throws(() => parseCivilDate('2100-02-29'), InvalidDateError);
    assert.throws(() => parseCivilDate('2025-02-29'), InvalidDateError);
  });

  it('rejects malformed and non-existent dates, naming the input', () => {
    const bad: unknown[] = [
      '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-01-00',
      '2025-1-5', '25-01-05', '2025/01/05', '20250105', '2025-01-05T00:00:00', ' 2025-01-05', '2025-01-05 ',
      '', '0000-01-01', '２０２５-01-05', 20250105, null, undefined, new Date(0),
    ];
    for (const input of bad) {
      assert.throws(
        () => toDayNumber(input),
        (error: unknown) =>
          error instanceof InvalidDateError &&
          error instanceof RangeError &&
          error.input === input &&
          error.message.includes(JSON.stringify(input) ?? 'undefined'),
        `expected InvalidDateError for ${String(input)}`,
      );
    }
  });
});
