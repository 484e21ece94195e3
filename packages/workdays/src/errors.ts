/** A string that is not a real civil date in `YYYY-MM-DD` form. */
export class InvalidDateError extends RangeError {
  readonly input: unknown;
  constructor(input: unknown, reason: string) {
    super(`Invalid date ${JSON.stringify(input)}: ${reason}`);
    this.name = 'InvalidDateError';
    this.input = input;
  }
}

/**
 * The calendar has no State Council holiday data for a year the computation needs. Thrown instead of
 * guessing Monday–Friday, because a guess could put a legal deadline on a public holiday.
 */
export class CalendarDataMissingError extends Error {
  readonly year: number;
  readonly firstYear: number;
  readonly lastYear: number;
  constructor(year: number, firstYear: number, lastYear: number) {
    super(
      `No holiday calendar data for ${year} (covered: ${firstYear}–${lastYear}). ` +
        'Refresh the data (npm run vendor -w @gongkai/workdays) or use the provisional functions.',
    );
    this.name = 'CalendarDataMissingError';
    this.year = year;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }
}

/** Input to the due-date engine that the Regulations do not allow or that is self-contradictory. */
export class DueDateInputError extends RangeError {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'DueDateInputError';
    this.field = field;
  }
}
