/**
 * A calendar from a `holiday-calendar` file (@gongkai/schema): the bundled years plus the years
 * the file adds, so an agency can load the State Council's notice for a new year the day it is
 * published. A year the file and the bundled data both cover must agree day by day; where they
 * do not, the disagreement is reported and the bundled year is kept — never merged silently,
 * since either could be the typo that moves a legal deadline.
 */
import { holidayCalendarFileSchema, validate, type HolidayCalendarFile, type ValidationIssue } from '@gongkai/schema';
import { bundledCalendar, HolidayCalendar, type Coverage } from './calendar.js';
import type { CalendarData, CalendarYear, HolidayKey, HolidayRange, MakeUpWorkday } from './calendar-types.js';
import { civilDateOf, isWeekend, toDayNumber, formatDayNumber, type DayNumber } from './civil-date.js';
import { computeDueDate, type DueDateInput, type DueDateResult } from './due-date.js';
import type { Locale } from './holiday-names.js';
import { addWorkingDays, addWorkingDaysProvisional, workingDaysBetween, type ProvisionalDate } from './working-days.js';

/** The file could not be used: its problems, with paths into the file. */
export class CalendarFileError extends Error {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super(`holiday-calendar file refused: ${issues.map((i) => `${i.path}: ${i.message.en}`).join('; ')}`);
    this.name = 'CalendarFileError';
    this.issues = issues;
  }
}

/** One day on which the file and the bundled data disagree. */
export interface CalendarConflict {
  year: number;
  date: string;
  /** What each says of the day: `holiday:springFestival`, `workday:nationalDay` (make-up), `weekday`, `weekend`. */
  bundled: string;
  file: string;
}

/** A calendar bound to the functions that count in it. */
export interface BoundCalendar {
  readonly calendar: HolidayCalendar;
  coverage(): Coverage;
  isYearCovered(year: number): boolean;
  isWorkingDay(date: string): boolean;
  isMakeUpWorkday(date: string): boolean;
  holidayName(date: string, locale?: Locale): string | undefined;
  addWorkingDays(date: string, days: number): string;
  addWorkingDaysProvisional(date: string, days: number): ProvisionalDate;
  workingDaysBetween(from: string, to: string): number;
  computeDueDate(input: DueDateInput): DueDateResult;
}

export interface CalendarFromFile {
  calendar: BoundCalendar;
  /** Years the file adds to the bundled ones: no longer provisional. */
  addedYears: number[];
  /** Years both cover and agree on. */
  confirmedYears: number[];
  /** Days of years both cover on which they disagree (those years keep the bundled data). */
  conflicts: CalendarConflict[];
}

export function bindCalendar(calendar: HolidayCalendar): BoundCalendar {
  return {
    calendar,
    coverage: () => calendar.coverage(),
    isYearCovered: (year) => calendar.isYearCovered(year),
    isWorkingDay: (date) => calendar.isWorkingDay(date),
    isMakeUpWorkday: (date) => calendar.isMakeUpWorkday(date),
    holidayName: (date, locale) => calendar.holidayName(date, locale),
    addWorkingDays: (date, days) => addWorkingDays(date, days, calendar),
    addWorkingDaysProvisional: (date, days) => addWorkingDaysProvisional(date, days, calendar),
    workingDaysBetween: (from, to) => workingDaysBetween(from, to, calendar),
    computeDueDate: (input) => computeDueDate(input, calendar),
  };
}

const problem = (path: string, code: string, zh: string, hant: string, en: string): ValidationIssue => ({
  path, code, severity: 'error', message: { 'zh-Hans': zh, 'zh-Hant': hant, en },
});

/** Day-level overrides of one notice year, checked: ranges in order, make-up days on weekends, nothing twice. */
function expandYear(entry: HolidayCalendarFile['years'][number], index: number, issues: ValidationIssue[]): Map<DayNumber, string> {
  const days = new Map<DayNumber, string>();
  const inReach = (day: DayNumber) => Math.abs(civilDateOf(day).year - entry.year) <= 1;
  entry.holidays.forEach((range, i) => {
    const path = `years[${index}].holidays[${i}]`;
    const from = toDayNumber(range.from);
    const to = toDayNumber(range.to);
    if (to < from) return void issues.push(problem(path, 'range-reversed', `结束日期 ${range.to} 早于开始日期 ${range.from}`, `結束日期 ${range.to} 早於開始日期 ${range.from}`, `ends ${range.to} before it starts ${range.from}`));
    if (!inReach(from) || !inReach(to) || to - from > 15) return void issues.push(problem(path, 'range-out-of-year', `放假日期 ${range.from} 至 ${range.to} 不在 ${entry.year} 年的通知范围内`, `放假日期 ${range.from} 至 ${range.to} 不在 ${entry.year} 年的通知範圍內`, `${range.from} to ${range.to} is not within the ${entry.year} notice`));
    for (let day = from; day <= to; day++) {
      if (days.has(day)) issues.push(problem(path, 'day-twice', `${formatDayNumber(day)} 出现了两次`, `${formatDayNumber(day)} 出現了兩次`, `${formatDayNumber(day)} appears twice`));
      days.set(day, `holiday:${range.holiday}`);
    }
  });
  entry.makeUpWorkdays.forEach((makeUp, i) => {
    const path = `years[${index}].makeUpWorkdays[${i}]`;
    const day = toDayNumber(makeUp.date);
    if (!isWeekend(day)) return void issues.push(problem(path, 'make-up-not-weekend', `调休上班日 ${makeUp.date} 不是周六或周日`, `調休上班日 ${makeUp.date} 不是週六或週日`, `make-up working day ${makeUp.date} is not a Saturday or Sunday`));
    if (!inReach(day)) return void issues.push(problem(path, 'day-out-of-year', `${makeUp.date} 不在 ${entry.year} 年的通知范围内`, `${makeUp.date} 不在 ${entry.year} 年的通知範圍內`, `${makeUp.date} is not within the ${entry.year} notice`));
    if (days.has(day)) issues.push(problem(path, 'day-twice', `${makeUp.date} 既是放假日又是上班日`, `${makeUp.date} 既是放假日又是上班日`, `${makeUp.date} is both a day off and a working day`));
    days.set(day, `workday:${makeUp.holiday}`);
  });
  return days;
}

/** What the bundled data says of a day, in the same words as expandYear. */
function bundledWord(day: DayNumber): string {
  const info = bundledCalendar.dayInfo(day);
  if (info.holiday) return `holiday:${info.holiday}`;
  if (info.makeUpFor) return `workday:${info.makeUpFor}`;
  return isWeekend(day) ? 'weekend' : 'weekday';
}

function addToYears(years: Record<number, { holidays: HolidayRange[]; makeUpWorkdays: MakeUpWorkday[] }>, days: Map<DayNumber, string>): void {
  const sorted = [...days.entries()].sort(([a], [b]) => a - b);
  for (const [day, word] of sorted) {
    const { year } = civilDateOf(day);
    const bucket = (years[year] ??= { holidays: [], makeUpWorkdays: [] });
    const monthDay = formatDayNumber(day).slice(5);
    const [kind, holiday] = word.split(':') as ['holiday' | 'workday', HolidayKey];
    if (kind === 'workday') {
      bucket.makeUpWorkdays.push([monthDay, holiday]);
      continue;
    }
    const last = bucket.holidays.at(-1);
    // Extend the previous range when this day follows it for the same holiday.
    if (last && last[2] === holiday && toDayNumber(`${year}-${last[1]}`) === day - 1) bucket.holidays[bucket.holidays.length - 1] = [last[0], monthDay, holiday];
    else bucket.holidays.push([monthDay, monthDay, holiday]);
  }
}

/**
 * The bundled calendar with the years of a `holiday-calendar` file (parsed JSON) added.
 * @throws CalendarFileError when the file is not a valid holiday-calendar file
 */
export function calendarFromFile(json: unknown): CalendarFromFile {
  const parsed = validate(holidayCalendarFileSchema, json);
  if (!parsed.ok) throw new CalendarFileError(parsed.issues);
  const file = parsed.value;
  const issues: ValidationIssue[] = [];
  const seen = new Set<number>();
  const expanded = file.years.map((entry, index) => {
    if (seen.has(entry.year)) issues.push(problem(`years[${index}].year`, 'year-twice', `${entry.year} 年出现了两次`, `${entry.year} 年出現了兩次`, `year ${entry.year} appears twice`));
    seen.add(entry.year);
    return { entry, days: expandYear(entry, index, issues) };
  });
  if (issues.length > 0) throw new CalendarFileError(issues);

  const years: Record<number, { holidays: HolidayRange[]; makeUpWorkdays: MakeUpWorkday[] }> = {};
  for (const [year, data] of Object.entries(bundledCalendar.data.years) as Array<[string, CalendarYear]>) {
    years[Number(year)] = { holidays: [...data.holidays], makeUpWorkdays: [...data.makeUpWorkdays] };
  }
  const addedYears: number[] = [];
  const confirmedYears: number[] = [];
  const conflicts: CalendarConflict[] = [];
  for (const { entry, days } of expanded) {
    if (!bundledCalendar.isYearCovered(entry.year)) {
      addToYears(years, days);
      addedYears.push(entry.year);
      continue;
    }
    // Compare every day of the notice year the file or the bundled data marks.
    const first = toDayNumber(`${entry.year}-01-01`);
    const last = toDayNumber(`${entry.year}-12-31`);
    const found: CalendarConflict[] = [];
    for (let day = first; day <= last; day++) {
      const bundled = bundledWord(day);
      const inFile = days.get(day) ?? (isWeekend(day) ? 'weekend' : 'weekday');
      if (bundled !== inFile) found.push({ year: entry.year, date: formatDayNumber(day), bundled, file: inFile });
    }
    if (found.length === 0) confirmedYears.push(entry.year);
    conflicts.push(...found);
  }
  const data: CalendarData = {
    source: { ...bundledCalendar.data.source, name: `${bundledCalendar.data.source.name} + holiday-calendar file` },
    years,
  };
  return { calendar: bindCalendar(new HolidayCalendar(data)), addedYears: addedYears.sort(), confirmedYears: confirmedYears.sort(), conflicts };
}
