import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addWorkingDays,
  addWorkingDaysProvisional,
  CalendarDataMissingError,
  coverage,
  holidayName,
  InvalidDateError,
  isMakeUpWorkday,
  isWorkingDay,
  workingDaysBetween,
} from '../src/index.js';
import { dayInfo } from '../src/calendar.js';
import { dayNumberOf, formatDayNumber, toDayNumber } from '../src/civil-date.js';
import { DOMAIN_CALENDAR } from './fixtures/vectors.js';

function daysOfYear(year: number): number[] {
  const days = [];
  for (let day = dayNumberOf({ year, month: 1, day: 1 }); day <= dayNumberOf({ year, month: 12, day: 31 }); day++) {
    days.push(day);
  }
  return days;
}

describe('vendored calendar', () => {
  it('covers 2010–2026 from chinese-days', () => {
    const { firstYear, lastYear, source } = coverage();
    assert.equal(firstYear, 2010);
    assert.equal(lastYear, 2026);
    assert.equal(source.name, 'chinese-days');
    assert.match(source.version, /^\d+\.\d+\.\d+$/);
    assert.match(source.generatedOn, /^\d{4}-\d{2}-\d{2}$/);
  });

  for (const [yearText, expected] of Object.entries(DOMAIN_CALENDAR)) {
    const year = Number(yearText);
    it(`${year}: holidays and make-up workdays are exactly those of docs/domain.md §4`, () => {
      const expectedHolidays = expected.holidays.flatMap(([first, last]) => {
        const days = [];
        for (let day = toDayNumber(`${year}-${first}`); day <= toDayNumber(`${year}-${last}`); day++) {
          days.push(formatDayNumber(day));
        }
        return days;
      });
      const expectedMakeUp = expected.makeUpWorkdays.map((monthDay) => `${year}-${monthDay}`);
      const days = daysOfYear(year);
      assert.deepEqual(days.filter((day) => dayInfo(day).holiday !== undefined).map(formatDayNumber), expectedHolidays);
      assert.deepEqual(days.filter((day) => dayInfo(day).makeUpFor !== undefined).map(formatDayNumber), expectedMakeUp);
      for (const date of expectedHolidays) assert.equal(isWorkingDay(date), false, date);
      for (const date of expectedMakeUp) {
        assert.equal(isWorkingDay(date), true, date);
        assert.equal(isMakeUpWorkday(date), true, date);
      }
    });
  }

  it('plain weekdays and weekends follow Monday–Friday', () => {
    assert.equal(isWorkingDay('2026-03-10'), true); // Tuesday
    assert.equal(isWorkingDay('2026-03-14'), false); // Saturday
    assert.equal(isWorkingDay('2026-03-15'), false); // Sunday
    assert.equal(isMakeUpWorkday('2026-03-10'), false);
  });

  it('names holidays in three scripts, and nothing on other days', () => {
    assert.equal(holidayName('2026-02-17'), '春节');
    assert.equal(holidayName('2026-02-17', 'zh-Hant'), '春節');
    assert.equal(holidayName('2026-02-17', 'en'), 'Spring Festival');
    assert.equal(holidayName('2025-10-06'), '中秋节'); // 2025: 国庆节 and 中秋节 share 10-01–10-08
    assert.equal(holidayName('2025-10-07'), '国庆节');
    assert.equal(holidayName('2015-09-03'), '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日');
    assert.equal(holidayName('2026-02-14'), undefined); // make-up working day
    assert.equal(holidayName('2026-03-14'), undefined); // plain weekend
  });

  it('refuses years without data instead of guessing Monday–Friday', () => {
    for (const date of ['2009-12-31', '2027-01-04', '1999-06-01']) {
      assert.throws(() => isWorkingDay(date), CalendarDataMissingError);
      assert.throws(() => holidayName(date), CalendarDataMissingError);
    }
    assert.throws(
      () => addWorkingDays('2026-12-15', 20),
      (error: unknown) => error instanceof CalendarDataMissingError && error.year === 2027 && /2010–2026/.test(error.message),
    );
    assert.throws(() => workingDaysBetween('2026-12-01', '2027-01-10'), CalendarDataMissingError);
  });

  it('counts into an uncovered year only provisionally, and says which year', () => {
    assert.deepEqual(addWorkingDaysProvisional('2026-12-15', 20), {
      date: '2027-01-12',
      provisional: true,
      uncoveredYears: [2027],
    });
    assert.deepEqual(addWorkingDaysProvisional('2026-02-06', 20), {
      date: '2026-03-12',
      provisional: false,
      uncoveredYears: [],
    });
    // Stopping before the year ends needs no 2027 data.
    assert.equal(addWorkingDays('2026-12-15', 12), '2026-12-31');
  });
});

describe('addWorkingDays / workingDaysBetween', () => {
  it('does not count the start day', () => {
    assert.equal(addWorkingDays('2026-03-09', 1), '2026-03-10');
    assert.equal(addWorkingDays('2026-03-13', 1), '2026-03-16'); // Friday → Monday
    assert.equal(addWorkingDays('2026-02-13', 1), '2026-02-14'); // Saturday make-up day counts
    assert.equal(addWorkingDays('2026-03-14', 0), '2026-03-14');
    assert.equal(workingDaysBetween('2026-03-09', '2026-03-09'), 0);
    assert.equal(workingDaysBetween('2026-03-10', '2026-03-09'), -1);
  });

  it('crosses year boundaries with the new year holiday and a December make-up day', () => {
    assert.equal(addWorkingDays('2025-12-31', 1), '2026-01-04'); // 1–3 Jan off, Sunday 4 Jan worked
    assert.equal(addWorkingDays('2018-12-28', 1), '2018-12-29'); // Saturday make-up for 2019 元旦
    assert.equal(addWorkingDays('2018-12-29', 1), '2019-01-02'); // 30 Dec – 1 Jan off
    assert.equal(addWorkingDays('2011-12-30', 1), '2011-12-31'); // Saturday make-up for 2012 元旦
    assert.equal(addWorkingDays('2023-12-29', 1), '2024-01-02');
    assert.equal(workingDaysBetween('2025-12-25', '2026-01-05'), 6); // 26, 29, 30, 31 Dec; 4, 5 Jan
  });

  it('rejects bad input with a clear error', () => {
    assert.throws(() => addWorkingDays('2026-02-30', 1), InvalidDateError);
    assert.throws(() => addWorkingDays('2026-2-6', 1), /Invalid date "2026-2-6"/);
    assert.throws(() => isWorkingDay('06/02/2026'), InvalidDateError);
    for (const days of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => addWorkingDays('2026-02-06', days), RangeError);
    }
  });
});
