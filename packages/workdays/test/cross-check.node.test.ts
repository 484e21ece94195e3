/**
 * Checks the vendored calendar (from chinese-days) against a second, independently maintained
 * source, holiday-calendar (github.com/cg-zhou/holiday-calendar, its own JSON per year transcribed
 * from the State Council notices), for every year both cover: 2010–2026.
 *
 * chinese-workday was the other candidate but is not usable as a reference: it disagrees with the
 * notices on more than twenty days (it has 2018-01-01 as a working day, 2014-06-03 as a holiday,
 * 2011-01-29 instead of 01-30 as a make-up day …).
 *
 * Every disagreement is listed below with the notice text that settles it; the test fails if a new
 * one appears or a listed one goes away, so a data refresh cannot change the calendar unnoticed.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { calendarData } from '../src/calendar-data.generated.js';
import { coverage, dayInfo } from '../src/calendar.js';
import { dayNumberOf, formatDayNumber, isWeekend, toDayNumber } from '../src/civil-date.js';
import { holidayNames } from '../src/holiday-names.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Where the two sources give a different working / not-working answer. */
const WORKING_STATUS_DISAGREEMENTS: Record<string, { vendored: boolean; holidayCalendar: boolean; why: string }> = {
  '2011-12-31': {
    vendored: true,
    holidayCalendar: false,
    why: '2012 notice (www.gov.cn/zwgk/2011-12/06/content_2012097.htm): 元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班. Missing from holiday-calendar.',
  },
  '2015-01-04': {
    vendored: true,
    holidayCalendar: false,
    why: '2015 notice (www.gov.cn/zhengce/content/2014-12/16/content_9302.htm): 元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班. Missing from holiday-calendar.',
  },
  '2016-04-02': {
    vendored: false,
    holidayCalendar: true,
    why: '2016 notice (www.gov.cn/zhengce/content/2015-12/10/content_10394.htm): 清明节：4月4日放假，与周末连休 — no make-up day. holiday-calendar wrongly marks Saturday 2 April 清明节补班.',
  },
  '2018-06-16': {
    vendored: false,
    holidayCalendar: true,
    why: '2018 notice (www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm): 端午节：6月18日放假，与周末连休 — no make-up day. holiday-calendar wrongly marks Saturday 16 June 端午节补班.',
  },
  '2018-09-22': {
    vendored: false,
    holidayCalendar: true,
    why: '2018 notice: 中秋节：9月24日放假，与周末连休 — no make-up day. holiday-calendar wrongly marks Saturday 22 September 中秋节补班.',
  },
};

/**
 * Weekend days inside a holiday period that only one source lists as a holiday. Both agree they are
 * days off, so working days are unaffected; only holidayName() differs on them.
 */
const LISTING_ONLY_DIFFERENCES: Record<string, 'holiday-calendar only' | 'vendored only'> = {
  '2011-06-05': 'holiday-calendar only', // 端午节 6月4日至6日; chinese-days skips the Sunday
  '2012-06-23': 'holiday-calendar only', // 端午节 6月22日至24日; chinese-days skips the Saturday
  '2015-05-02': 'holiday-calendar only', // 劳动节 5月1日放假，与周末连休
  '2015-05-03': 'holiday-calendar only',
  '2015-06-21': 'holiday-calendar only', // 端午节 6月20日放假，6月22日补休
  '2015-09-05': 'holiday-calendar only', // 纪念日 9月3日至5日
  '2016-01-02': 'holiday-calendar only', // 元旦 1月1日放假，与周末连休
  '2016-01-03': 'holiday-calendar only',
  '2016-04-30': 'holiday-calendar only', // 劳动节 5月1日放假，5月2日补休
  '2020-02-02': 'vendored only', // 春节 extended to Sunday 2 February 2020 (www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm)
};

interface HolidayCalendarYear {
  dates: { date: string; name: string; type: 'public_holiday' | 'transfer_workday' }[];
}

function loadHolidayCalendar() {
  const dir = join(packageDir('holiday-calendar'), 'data', 'CN');
  const days = new Map<string, { type: HolidayCalendarYear['dates'][number]['type']; name: string }>();
  // Files are by notice year, so 2018-12-29 sits in 2019.json: read them all and key by date.
  for (const file of readdirSync(dir).filter((name) => /^\d{4}\.json$/.test(name))) {
    const year = JSON.parse(readFileSync(join(dir, file), 'utf8')) as HolidayCalendarYear;
    for (const { date, name, type } of year.dates) days.set(date, { type, name });
  }
  return days;
}

const holidayCalendar = loadHolidayCalendar();
const { firstYear, lastYear } = coverage();
const holidayCalendarYears = new Set([...holidayCalendar.keys()].map((date) => Number(date.slice(0, 4))));
const overlap: number[] = [];
for (let year = firstYear; year <= lastYear; year++) if (holidayCalendarYears.has(year)) overlap.push(year);
const overlapDays = () => {
  const days = [];
  const first = dayNumberOf({ year: overlap[0] ?? 0, month: 1, day: 1 });
  const last = dayNumberOf({ year: overlap.at(-1) ?? 0, month: 12, day: 31 });
  for (let day = first; day <= last; day++) days.push(day);
  return days;
};

describe('cross-check against holiday-calendar', () => {
  it('overlaps on every vendored year, 2010–2026', () => {
    assert.deepEqual(overlap, Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index));
    assert.equal(overlap[0], 2010);
    assert.equal(overlap.at(-1), 2026);
  });

  it('agrees on whether each day is a working day, except the five explained disagreements', () => {
    const found: Record<string, { vendored: boolean; holidayCalendar: boolean }> = {};
    for (const day of overlapDays()) {
      const date = formatDayNumber(day);
      const other = holidayCalendar.get(date);
      const otherWorking = other?.type === 'transfer_workday' ? true : other?.type === 'public_holiday' ? false : !isWeekend(day);
      const vendored = dayInfo(day).working;
      if (vendored !== otherWorking) found[date] = { vendored, holidayCalendar: otherWorking };
    }
    const expected = Object.fromEntries(
      Object.entries(WORKING_STATUS_DISAGREEMENTS).map(([date, { vendored, holidayCalendar: other }]) => [
        date,
        { vendored, holidayCalendar: other },
      ]),
    );
    assert.deepEqual(found, expected);
  });

  it('lists the same holiday days, except weekend days inside a holiday period', () => {
    const found: Record<string, string> = {};
    for (const day of overlapDays()) {
      const date = formatDayNumber(day);
      const vendored = dayInfo(day).holiday !== undefined;
      const other = holidayCalendar.get(date)?.type === 'public_holiday';
      if (vendored !== other) found[date] = vendored ? 'vendored only' : 'holiday-calendar only';
    }
    assert.deepEqual(found, LISTING_ONLY_DIFFERENCES);
    for (const date of Object.keys(LISTING_ONLY_DIFFERENCES)) {
      assert.ok(isWeekend(toDayNumber(date)), `${date} should be a weekend day`);
    }
  });

  it('names the same holiday where both list one', () => {
    for (const day of overlapDays()) {
      const holiday = dayInfo(day).holiday;
      const other = holidayCalendar.get(formatDayNumber(day));
      if (holiday === undefined || other?.type !== 'public_holiday') continue;
      // holiday-calendar joins coinciding holidays ("国庆节、中秋节") and shortens the 2015 one.
      const name = holiday === 'victoryDay70' ? '抗战胜利纪念日' : holidayNames[holiday]['zh-Hans'];
      assert.ok(other.name.includes(name), `${formatDayNumber(day)}: ${name} vs ${other.name}`);
    }
  });
});

describe('vendored data matches the installed chinese-days', () => {
  it('has the version of the installed package and the same days for every covered year', () => {
    const dir = packageDir('chinese-days');
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    assert.equal(calendarData.source.version, version, 'run npm run vendor -w @gongkai/workdays');
    const source = JSON.parse(readFileSync(join(dir, 'dist', 'chinese-days.json'), 'utf8')) as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    const inRange = (date: string) => Number(date.slice(0, 4)) >= firstYear && Number(date.slice(0, 4)) <= lastYear;
    const days = overlapDays();
    assert.deepEqual(
      days.filter((day) => dayInfo(day).holiday !== undefined).map(formatDayNumber),
      Object.keys(source.holidays).filter(inRange).sort(),
    );
    assert.deepEqual(
      days.filter((day) => dayInfo(day).makeUpFor !== undefined).map(formatDayNumber),
      Object.keys(source.workdays).filter(inRange).sort(),
    );
  });
});
