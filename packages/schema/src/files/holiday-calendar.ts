/**
 * `holiday-calendar`: the State Council's yearly holiday notice (国务院办公厅关于20XX年部分节假日
 * 安排的通知) as data, so an agency can load a new year the day it is published instead of waiting
 * for a library release (docs/domain.md §Working days). One entry per notice year: the notice's
 * title, number and date, the holiday ranges (放假) and the weekend days declared working days
 * (调休上班). @gongkai/workdays turns it into a calendar (`calendarFromFile`); `gongkai calendar
 * import` writes it from the notice's text; `gongkai validate` checks it. Not element data: the
 * elements never load it, so it is not one of FILE_KINDS.
 */
import * as z from 'zod/mini';
import { isoDate, isoDateOrDateTime, text } from '../fields.js';
import { publisherSchema, SCHEMA_VERSION } from './envelope.js';

export const HOLIDAY_CALENDAR_KIND = 'holiday-calendar';

/** The holidays the notices name (2015 once also named the 70th anniversary of victory, 胜利纪念日). */
export const HOLIDAY_KEYS = ['newYear', 'springFestival', 'tombSweeping', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay', 'victoryDay70'] as const;

const holidayKey = () => z.enum(HOLIDAY_KEYS);

export const holidayNoticeSchema = z.looseObject({
  /** 国务院办公厅关于2026年部分节假日安排的通知 */
  title: text(),
  /** 国办发明电〔2025〕7号 */
  number: z.optional(text()),
  /** The day the notice was issued (成文日期). */
  date: z.optional(isoDate()),
});

export const holidayRangeSchema = z.looseObject({
  holiday: holidayKey(),
  /** First and last day off, inclusive. */
  from: isoDate(),
  to: isoDate(),
});

export const makeUpWorkdaySchema = z.looseObject({
  /** A Saturday or Sunday declared a working day. */
  date: isoDate(),
  /** The holiday it makes up for. */
  holiday: holidayKey(),
});

export const holidayCalendarYearSchema = z.looseObject({
  year: z.number().check(z.int(), z.gte(1999), z.lte(2200)),
  notice: holidayNoticeSchema,
  holidays: z.array(holidayRangeSchema),
  makeUpWorkdays: z.array(makeUpWorkdaySchema),
});

export const holidayCalendarFileSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal(HOLIDAY_CALENDAR_KIND),
  publisher: z.optional(publisherSchema),
  updatedAt: z.optional(isoDateOrDateTime()),
  years: z.array(holidayCalendarYearSchema).check(z.minLength(1)),
});

export type HolidayKeyName = (typeof HOLIDAY_KEYS)[number];
export type HolidayCalendarYear = z.infer<typeof holidayCalendarYearSchema>;
export type HolidayCalendarFile = z.infer<typeof holidayCalendarFileSchema>;
