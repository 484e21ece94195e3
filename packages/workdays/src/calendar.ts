/**
 * The holiday calendar: which civil dates are working days (工作日) under the State Council notices.
 * `isWorkingDay(d) = override(d) ?? Monday–Friday`, where the override is a holiday (放假) or a
 * make-up working day (调休上班). Years without data are refused, never guessed.
 */
import { calendarData } from './calendar-data.generated.js';
import type { CalendarData, CalendarSource, HolidayKey } from './calendar-types.js';
import { civilDateOf, dayNumberOf, isWeekend, toDayNumber, type DayNumber } from './civil-date.js';
import { CalendarDataMissingError } from './errors.js';
import { holidayNames, type Locale } from './holiday-names.js';

type Override = { readonly kind: 'holiday' | 'makeUpWorkday'; readonly holiday: HolidayKey };

export interface DayInfo {
  /** False when the year has no data; `working` is then the Monday–Friday guess, to be marked provisional. */
  readonly covered: boolean;
  readonly working: boolean;
  /** Set on a statutory holiday day off. */
  readonly holiday?: HolidayKey;
  /** Set on a weekend day declared a working day; names the holiday it makes up for. */
  readonly makeUpFor?: HolidayKey;
}

export interface Coverage {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly source: CalendarSource;
}

/**
 * A holiday calendar over a set of years: the bundled data, or the bundled data with years a
 * `holiday-calendar` file adds (calendar-file.ts). Years without data are refused, never guessed.
 */
export class HolidayCalendar {
  readonly #data: CalendarData;
  readonly #years: readonly number[];
  #overrides: Map<DayNumber, Override> | undefined;

  constructor(data: CalendarData) {
    this.#data = data;
    this.#years = Object.keys(data.years).map(Number).sort((a, b) => a - b);
  }

  /** Expands the compact ranges once, on first use, into one entry per day. */
  #overrideTable(): Map<DayNumber, Override> {
    if (this.#overrides !== undefined) return this.#overrides;
    const table = new Map<DayNumber, Override>();
    const dayOf = (year: number, monthDay: string) =>
      dayNumberOf({ year, month: Number(monthDay.slice(0, 2)), day: Number(monthDay.slice(3, 5)) });
    for (const year of this.#years) {
      const entry = this.#data.years[year];
      if (entry === undefined) continue;
      for (const [first, last, holiday] of entry.holidays) {
        for (let day = dayOf(year, first); day <= dayOf(year, last); day++) table.set(day, { kind: 'holiday', holiday });
      }
      for (const [monthDay, holiday] of entry.makeUpWorkdays) {
        table.set(dayOf(year, monthDay), { kind: 'makeUpWorkday', holiday });
      }
    }
    return (this.#overrides = table);
  }

  get data(): CalendarData {
    return this.#data;
  }

  isYearCovered(year: number): boolean {
    return this.#data.years[year] !== undefined;
  }

  /** First and last year with State Council data, and where the data came from. */
  coverage(): Coverage {
    return { firstYear: this.#years[0] ?? Number.NaN, lastYear: this.#years.at(-1) ?? Number.NaN, source: this.#data.source };
  }

  /** Everything the calendar knows about one day; never throws for a missing year (see `covered`). */
  dayInfo(dayNumber: DayNumber): DayInfo {
    const covered = this.isYearCovered(civilDateOf(dayNumber).year);
    const override = covered ? this.#overrideTable().get(dayNumber) : undefined;
    if (override?.kind === 'holiday') return { covered, working: false, holiday: override.holiday };
    if (override?.kind === 'makeUpWorkday') return { covered, working: true, makeUpFor: override.holiday };
    return { covered, working: !isWeekend(dayNumber) };
  }

  /** Like {@link dayInfo} but throws {@link CalendarDataMissingError} for a year without data. */
  coveredDayInfo(dayNumber: DayNumber): DayInfo {
    const info = this.dayInfo(dayNumber);
    if (!info.covered) {
      const { firstYear, lastYear } = this.coverage();
      throw new CalendarDataMissingError(civilDateOf(dayNumber).year, firstYear, lastYear);
    }
    return info;
  }

  /** Whether `date` (`YYYY-MM-DD`) is a working day; throws for a malformed date or a year without data. */
  isWorkingDay(date: string): boolean {
    return this.coveredDayInfo(toDayNumber(date)).working;
  }

  /** Whether `date` is a weekend day declared a working day (调休上班). */
  isMakeUpWorkday(date: string): boolean {
    return this.coveredDayInfo(toDayNumber(date)).makeUpFor !== undefined;
  }

  /** Name of the statutory holiday `date` is a day off for, or undefined. */
  holidayName(date: string, locale: Locale = 'zh-Hans'): string | undefined {
    const holiday = this.coveredDayInfo(toDayNumber(date)).holiday;
    return holiday === undefined ? undefined : holidayNames[holiday][locale];
  }
}

/** The calendar the package ships (the State Council notices up to its release). */
export const bundledCalendar = new HolidayCalendar(calendarData);

export function isYearCovered(year: number): boolean {
  return bundledCalendar.isYearCovered(year);
}

/** First and last year with State Council data, and where the data came from. */
export function coverage(): Coverage {
  return bundledCalendar.coverage();
}

/** Everything the bundled calendar knows about one day; never throws for a missing year (see `covered`). */
export function dayInfo(dayNumber: DayNumber): DayInfo {
  return bundledCalendar.dayInfo(dayNumber);
}

/** Like {@link dayInfo} but throws {@link CalendarDataMissingError} for a year without data. */
export function coveredDayInfo(dayNumber: DayNumber): DayInfo {
  return bundledCalendar.coveredDayInfo(dayNumber);
}

/**
 * Whether `date` (`YYYY-MM-DD`, Asia/Shanghai civil date) is a working day.
 * @throws InvalidDateError for a malformed or non-existent date
 * @throws CalendarDataMissingError for a year without State Council data
 */
export function isWorkingDay(date: string): boolean {
  return bundledCalendar.isWorkingDay(date);
}

/** Whether `date` is a weekend day declared a working day (调休上班). Throws like {@link isWorkingDay}. */
export function isMakeUpWorkday(date: string): boolean {
  return bundledCalendar.isMakeUpWorkday(date);
}

/**
 * Name of the statutory holiday `date` is a day off for (春节, 国庆节 …), or undefined on other days,
 * including make-up working days. Throws like {@link isWorkingDay}.
 */
export function holidayName(date: string, locale: Locale = 'zh-Hans'): string | undefined {
  return bundledCalendar.holidayName(date, locale);
}
