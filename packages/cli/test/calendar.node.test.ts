/**
 * `gongkai calendar import` and the holiday-calendar file (issue #18 item 7): the 2025 and 2026
 * notices' arrangement text reproduces the bundled calendar exactly, the wording variations of
 * other years parse alike, and the command prints, writes, refuses and reports as an agency
 * needs. Fixtures: the notices' title and numbered arrangements as published (number, date and
 * closing lines left out).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { bundledCalendar, calendarFromFile } from '@gongkai/workdays';
import { parseHolidayNotice, NoticeParseError } from '../src/calendar/parse-notice.js';
import { runCli } from './run-cli.js';

const FIXTURES = new URL('./fixtures/notices/', import.meta.url);
const notice = (year: number) => readFileSync(new URL(`${year}.txt`, FIXTURES), 'utf8');

/** The bundled year in the file's form, for an exact comparison. */
function bundledYear(year: number) {
  const data = bundledCalendar.data.years[year]!;
  return {
    holidays: data.holidays.map(([from, to, holiday]) => ({ holiday, from: `${year}-${from}`, to: `${year}-${to}` })),
    makeUpWorkdays: data.makeUpWorkdays.map(([day, holiday]) => ({ date: `${year}-${day}`, holiday })),
  };
}

describe('parseHolidayNotice', () => {
  for (const year of [2025, 2026]) {
    it(`the ${year} notice reproduces the bundled ${year} calendar exactly`, () => {
      const parsed = parseHolidayNotice(notice(year));
      assert.equal(parsed.year, year);
      assert.equal(parsed.notice.title, `国务院办公厅关于${year}年部分节假日安排的通知`);
      assert.deepEqual({ holidays: parsed.holidays, makeUpWorkdays: parsed.makeUpWorkdays }, bundledYear(year));
      const checked = calendarFromFile({ schemaVersion: 1, kind: 'holiday-calendar', years: [parsed] });
      assert.deepEqual(checked.conflicts, []);
      assert.deepEqual(checked.confirmedYears, [year]);
    });
  }

  it('tolerates the wording of other years: half-width punctuation, 星期, no weekdays, 放假 without 调休, an explicit neighbouring year', () => {
    const variants = [
      notice(2026).replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ','),
      notice(2026).replace(/周([一二三四五六日])/g, '星期$1'),
      notice(2026).replace(/（[^）]*）/g, ''),
      notice(2026).replace(/放假调休/g, '放假'),
      notice(2026).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
      notice(2026).replace('2月28日（周六）上班', '2026年2月28日（周六）上班').replace(/\n/g, '\r\n'),
    ];
    const expected = parseHolidayNotice(notice(2026));
    for (const [i, text] of variants.entries()) assert.deepEqual(parseHolidayNotice(text), expected, `variant ${i}`);
  });

  it('splits 国庆节、中秋节 at the day of 中秋 unless it is one of 国庆节\'s own days, and gives the make-up days to 国庆节', () => {
    // 2023: 中秋 on 29 September, before 国庆; 2020: 中秋 on 1 October itself.
    const y2023 = parseHolidayNotice('国务院办公厅关于2023年部分节假日安排的通知\n六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。');
    assert.deepEqual(y2023.holidays, [{ holiday: 'midAutumn', from: '2023-09-29', to: '2023-09-29' }, { holiday: 'nationalDay', from: '2023-09-30', to: '2023-10-06' }]);
    assert.deepEqual(y2023.makeUpWorkdays.map((m) => m.holiday), ['nationalDay', 'nationalDay']);
    const y2020 = parseHolidayNotice('国务院办公厅关于2020年部分节假日安排的通知\n六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。');
    assert.deepEqual(y2020.holidays, [{ holiday: 'nationalDay', from: '2020-10-01', to: '2020-10-08' }]);
    for (const year of [2020, 2023]) {
      const entry = year === 2020 ? y2020 : y2023;
      const bundled = bundledYear(year);
      assert.deepEqual(entry.holidays, bundled.holidays.filter((h) => h.from >= `${year}-09-20`), String(year));
    }
  });

  it('reads the notice number and date when the text carries them', () => {
    const text = `国务院办公厅关于2026年部分节假日安排的通知\n国办发明电〔2099〕１号\n${notice(2026).split('\n').slice(1).join('\n')}\n国务院办公厅\n2025年11月4日`;
    const parsed = parseHolidayNotice(text);
    assert.equal(parsed.notice.number, '国办发明电〔2099〕1号');
    assert.equal(parsed.notice.date, '2025-11-04');
  });

  it('refuses text that is not a holiday notice, saying what is missing', () => {
    assert.throws(() => parseHolidayNotice('关于做好节日期间安全工作的通知'), (e: NoticeParseError) => e instanceof NoticeParseError && /通知标题/.test(e.reason['zh-Hans']));
    assert.throws(() => parseHolidayNotice('国务院办公厅关于2026年部分节假日安排的通知\n请各单位做好值班工作。'), (e: NoticeParseError) => /放假安排/.test(e.reason['zh-Hans']));
  });
});

describe('calendarFromFile', () => {
  const parsed2026 = () => parseHolidayNotice(notice(2026));

  it('adds a year the bundled data lacks, which then counts without being provisional', () => {
    const y2027 = { ...parsed2026(), year: 2027, notice: { title: '测试用：2027 年安排（虚构）' }, holidays: [{ holiday: 'newYear' as const, from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] };
    const { calendar, addedYears, conflicts } = calendarFromFile({ schemaVersion: 1, kind: 'holiday-calendar', years: [y2027] });
    assert.deepEqual(addedYears, [2027]);
    assert.deepEqual(conflicts, []);
    assert.equal(calendar.isYearCovered(2027), true);
    assert.equal(calendar.isWorkingDay('2027-01-01'), false);
    assert.equal(calendar.holidayName('2027-01-02'), '元旦');
    assert.equal(calendar.addWorkingDaysProvisional('2026-12-15', 20).provisional, false);
    assert.equal(calendar.computeDueDate({ receivedAt: '2026-12-15' }).provisional, false);
    // The bundled functions still say 2027 is unknown.
    assert.equal(bundledCalendar.isYearCovered(2027), false);
  });

  it('reports a contradiction with the bundled data day by day and keeps the bundled year', () => {
    const wrong = parsed2026();
    wrong.makeUpWorkdays = wrong.makeUpWorkdays.filter((m) => m.date !== '2026-02-28');
    const { calendar, conflicts, confirmedYears } = calendarFromFile({ schemaVersion: 1, kind: 'holiday-calendar', years: [wrong] });
    assert.deepEqual(conflicts, [{ year: 2026, date: '2026-02-28', bundled: 'workday:springFestival', file: 'weekend' }]);
    assert.deepEqual(confirmedYears, []);
    assert.equal(calendar.isWorkingDay('2026-02-28'), true, 'the bundled year is kept');
  });

  it('refuses a file that breaks the rules, with the path of each problem', () => {
    const bad = parsed2026();
    bad.holidays[0] = { holiday: 'newYear', from: '2026-01-03', to: '2026-01-01' };
    bad.makeUpWorkdays[0] = { date: '2026-01-05', holiday: 'newYear' };
    const cases: Array<[unknown, RegExp]> = [
      [{ schemaVersion: 1, kind: 'holiday-calendar', years: [bad] }, /years\[0\]\.holidays\[0\].*years\[0\]\.makeUpWorkdays\[0\]/s],
      [{ schemaVersion: 1, kind: 'holiday-calendar', years: [parsed2026(), parsed2026()] }, /years\[1\]\.year/],
      [{ schemaVersion: 1, kind: 'holiday-calendar', years: [] }, /years/],
      [{ schemaVersion: 1, kind: 'power-catalog', years: [parsed2026()] }, /kind/],
      [{ schemaVersion: 1, kind: 'holiday-calendar', years: [{ ...parsed2026(), holidays: [{ holiday: 'christmas', from: '2026-12-25', to: '2026-12-25' }] }] }, /holiday/],
      [{ schemaVersion: 1, kind: 'holiday-calendar', years: [{ ...parsed2026(), holidays: [{ holiday: 'newYear', from: '2026-02-30', to: '2026-03-01' }] }] }, /from/],
      [{ schemaVersion: 1, kind: 'holiday-calendar', years: [{ ...parsed2026(), holidays: [{ holiday: 'newYear', from: '2031-01-01', to: '2031-01-02' }] }] }, /holidays\[0\]/],
    ];
    for (const [json, pattern] of cases) {
      assert.throws(() => calendarFromFile(json), (e: Error) => e.name === 'CalendarFileError' && pattern.test(e.message), JSON.stringify(json).slice(0, 80));
    }
  });
});

describe('gongkai calendar import and validate', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
    writeFileSync(join(dir, '2025.txt'), notice(2025));
    // A notice saved by a Windows editor in GBK.
    writeFileSync(join(dir, '2026-gbk.txt'), iconv.encode(notice(2026), 'gb18030'));
    writeFileSync(join(dir, 'not-a-notice.txt'), '关于做好节日期间安全工作的通知');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the file on standard output and says which years agree with the bundled data', async () => {
    const run = await runCli(['calendar', 'import', '2025.txt', '2026-gbk.txt'], dir);
    assert.equal(run.code, 0, run.stderr);
    const file = JSON.parse(run.stdout) as { kind: string; years: Array<{ year: number }> };
    assert.equal(file.kind, 'holiday-calendar');
    assert.deepEqual(file.years.map((y) => y.year), [2025, 2026]);
    assert.match(run.stderr, /2025、2026 年与内置数据一致/);
  });

  it('writes --out, refuses to overwrite without --force, and gongkai validate accepts the result', async () => {
    assert.equal((await runCli(['calendar', 'import', '2026-gbk.txt', '--out', 'calendar.json'], dir)).code, 0);
    const again = await runCli(['calendar', 'import', '2025.txt', '--out', 'calendar.json'], dir);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /已存在/);
    assert.equal((await runCli(['calendar', 'import', '2025.txt', '--out', 'calendar.json', '--force'], dir)).code, 0);
    const validated = await runCli(['validate', 'calendar.json'], dir);
    assert.equal(validated.code, 0, validated.stdout + validated.stderr);
    assert.match(validated.stdout, /节假日安排（holiday-calendar）/);
  });

  it('validate warns of each day a file disagrees with the bundled data, and fails on a broken file', async () => {
    const file = JSON.parse((await runCli(['calendar', 'import', '2026-gbk.txt'], dir)).stdout) as { years: Array<{ makeUpWorkdays: Array<{ date: string }> }> };
    file.years[0]!.makeUpWorkdays = file.years[0]!.makeUpWorkdays.filter((m) => m.date !== '2026-10-10');
    writeFileSync(join(dir, 'disagrees.json'), JSON.stringify(file));
    const warned = await runCli(['validate', 'disagrees.json', '--lang', 'en'], dir);
    assert.equal(warned.code, 0, warned.stdout);
    assert.match(warned.stdout, /2026-10-10: this file says weekend, the bundled data make-up working day \(nationalDay\)/);
    file.years[0]!.makeUpWorkdays.push({ date: '2026-10-12' });
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(file));
    const broken = await runCli(['validate', 'broken.json'], dir);
    assert.equal(broken.code, 1);
  });

  it('says why a text is not a notice, and usage errors exit 2', async () => {
    const run = await runCli(['calendar', 'import', 'not-a-notice.txt'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /not-a-notice\.txt：找不到通知标题/);
    assert.equal((await runCli(['calendar'], dir)).code, 2);
    assert.equal((await runCli(['calendar', 'import'], dir)).code, 2);
    assert.equal((await runCli(['calendar', 'import', 'missing.txt'], dir)).code, 1);
  });
});
