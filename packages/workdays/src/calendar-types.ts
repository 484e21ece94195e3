/**
 * Shapes of the vendored holiday calendar. Kept apart from the generated data so the generator's
 * output stays data only and the runtime code can be read without it.
 */

/** Holidays named in the State Council's yearly notice (国务院办公厅关于部分节假日安排的通知). */
export type HolidayKey =
  | 'newYear'
  | 'springFestival'
  | 'tombSweeping'
  | 'labourDay'
  | 'dragonBoat'
  | 'midAutumn'
  | 'nationalDay'
  /** 2015 only: 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日. */
  | 'victoryDay70';

/** `MM-DD` within the year the entry is filed under. */
export type MonthDay = string;

/** Consecutive days off of one holiday, inclusive: `[first, last, holiday]`. */
export type HolidayRange = readonly [first: MonthDay, last: MonthDay, holiday: HolidayKey];

/** A weekend day declared a working day (调休上班), with the holiday it makes up for. */
export type MakeUpWorkday = readonly [day: MonthDay, holiday: HolidayKey];

export interface CalendarYear {
  readonly holidays: readonly HolidayRange[];
  readonly makeUpWorkdays: readonly MakeUpWorkday[];
}

export interface CalendarSource {
  /** npm package the data was taken from. */
  readonly name: string;
  readonly version: string;
  /** Civil date the data module was generated, `YYYY-MM-DD`. */
  readonly generatedOn: string;
}

export interface CalendarData {
  readonly source: CalendarSource;
  /** Filed by the calendar year of the date, not the year of the notice (2011-12-31 is a 2012 make-up day). */
  readonly years: Readonly<Record<number, CalendarYear>>;
}
