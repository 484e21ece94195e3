/**
 * Counting working days forward. The start day is never counted: Art. 31 of the Regulations starts
 * the count on the day after receipt.
 */
import { bundledCalendar, type HolidayCalendar } from './calendar.js';
import { civilDateOf, formatDayNumber, toDayNumber, type DayNumber } from './civil-date.js';

export interface ProvisionalDate {
  readonly date: string;
  /** True when some counted day lies in a year without data and Monday–Friday was assumed for it. */
  readonly provisional: boolean;
  /** Years assumed Monday–Friday, ascending; empty when not provisional. */
  readonly uncoveredYears: readonly number[];
}

export interface WalkOptions {
  /** Working days for which this returns true are passed over without counting (pauses). */
  readonly skip?: (day: DayNumber) => boolean;
  /** Assume Monday–Friday in years without data instead of throwing. */
  readonly allowUncovered: boolean;
  /** The calendar to count in (default: the bundled one). */
  readonly calendar?: HolidayCalendar;
}

export interface WalkResult {
  readonly day: DayNumber;
  readonly uncoveredYears: ReadonlySet<number>;
}

function checkDayCount(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`Invalid number of working days ${String(days)}: expected a whole number ≥ 0`);
  }
}

/** The day on which the `count`-th counted working day after `start` falls. */
export function walkWorkingDays(start: DayNumber, count: number, options: WalkOptions): WalkResult {
  checkDayCount(count);
  const uncoveredYears = new Set<number>();
  const calendar = options.calendar ?? bundledCalendar;
  let day = start;
  for (let counted = 0; counted < count; ) {
    day++;
    const info = options.allowUncovered ? calendar.dayInfo(day) : calendar.coveredDayInfo(day);
    if (!info.covered) uncoveredYears.add(civilDateOf(day).year);
    if (info.working && !(options.skip?.(day) ?? false)) counted++;
  }
  return { day, uncoveredYears };
}

/**
 * The date `days` working days after `date`, the start day not counted
 * (`addWorkingDays('2026-02-06', 20) === '2026-03-12'`).
 * @throws InvalidDateError, RangeError for a bad day count
 * @throws CalendarDataMissingError when the count reaches a year without data
 */
export function addWorkingDays(date: string, days: number, calendar: HolidayCalendar = bundledCalendar): string {
  return formatDayNumber(walkWorkingDays(toDayNumber(date), days, { allowUncovered: false, calendar }).day);
}

/**
 * Like {@link addWorkingDays} but never throws for missing years: it assumes Monday–Friday there and
 * says so with `provisional: true`. For showing an estimate that must be labelled as one.
 */
export function addWorkingDaysProvisional(date: string, days: number, calendar: HolidayCalendar = bundledCalendar): ProvisionalDate {
  const { day, uncoveredYears } = walkWorkingDays(toDayNumber(date), days, { allowUncovered: true, calendar });
  const years = [...uncoveredYears].sort((a, b) => a - b);
  return { date: formatDayNumber(day), provisional: years.length > 0, uncoveredYears: years };
}

/**
 * Working days in the span after `from` up to and including `to` (so
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`); negative when `to` is before `from`.
 * @throws CalendarDataMissingError when the span touches a year without data
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar = bundledCalendar): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (calendar.coveredDayInfo(day).working) count++;
  return sign * count;
}
