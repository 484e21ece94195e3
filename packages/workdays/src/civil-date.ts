/**
 * Civil dates (a year, month and day with no time and no time zone) as integer day numbers.
 *
 * Deadlines are counted in Asia/Shanghai civil dates. Going through `Date` would tie the result to
 * the machine's time zone (`new Date('2026-02-06')` is UTC midnight, the evening before in Los Angeles),
 * so all arithmetic here is integer arithmetic on days since 1970-01-01.
 */
import { InvalidDateError } from './errors.js';

/** Days since 1970-01-01 (day 0); negative before. */
export type DayNumber = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses `YYYY-MM-DD`, rejecting other shapes and dates that do not exist (2025-02-29). */
export function parseCivilDate(input: unknown): CivilDate {
  if (typeof input !== 'string') throw new InvalidDateError(input, 'expected a string in YYYY-MM-DD form');
  const match = DATE_PATTERN.exec(input);
  if (match === null) throw new InvalidDateError(input, 'expected YYYY-MM-DD, e.g. 2026-02-06');
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) throw new InvalidDateError(input, 'year must be 0001 or later');
  if (month < 1 || month > 12) throw new InvalidDateError(input, `month ${match[2]} does not exist`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(input, `day ${match[3]} does not exist in ${match[1]}-${match[2]}`);
  }
  return { year, month, day };
}

/** Day number of a civil date (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function dayNumberOf({ year, month, day }: CivilDate): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Civil date of a day number (inverse of {@link dayNumberOf}). */
export function civilDateOf(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses and converts in one step: the usual entry point for public functions. */
export function toDayNumber(input: unknown): DayNumber {
  return dayNumberOf(parseCivilDate(input));
}

export function formatCivilDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function formatDayNumber(dayNumber: DayNumber): string {
  return formatCivilDate(civilDateOf(dayNumber));
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay` but without a time zone. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}
