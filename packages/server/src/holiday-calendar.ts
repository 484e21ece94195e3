/**
 * The working-day calendar the server counts in: the one bundled with @gongkai/workdays, or that
 * plus a `holiday-calendar` file — `--calendar FILE`, else the first such file in the data folder
 * — so an agency loads the State Council's notice for a new year the day it is published
 * (docs/domain.md §4). A file that is not a valid calendar stops the start: counting a legal
 * deadline on a calendar half read would be worse than not starting. Days on which the file
 * contradicts the bundled data are start-up warnings; those years keep the bundled data.
 */
import { readFileSync } from 'node:fs';
import { bundledCalendar, calendarFromFile, CalendarFileError, type HolidayCalendar } from '@gongkai/workdays';
import { ServerConfigError } from './server-config.js';

export interface LoadedCalendar {
  calendar: HolidayCalendar;
  /** Where the file came from, when one was loaded. */
  file?: string;
  addedYears: number[];
  warnings: string[];
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ServerConfigError(`--calendar ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON (${(error as Error).message})`}`);
  }
}

/** `calendar`: the `--calendar` path; `inDataFolder`: the data folder's calendar file as readDataFolder found it. */
export function loadHolidayCalendar(options: { calendar?: string; inDataFolder?: { file: string; json: unknown } }): LoadedCalendar {
  const source = options.calendar ? { file: options.calendar, json: readJson(options.calendar) } : options.inDataFolder;
  if (!source) return { calendar: bundledCalendar, addedYears: [], warnings: [] };
  const { file } = source;
  let loaded;
  try {
    loaded = calendarFromFile(source.json);
  } catch (error) {
    if (!(error instanceof CalendarFileError)) throw error;
    const first = error.issues.slice(0, 3).map((i) => `${i.path}: ${i.message.en}`).join('; ');
    throw new ServerConfigError(`the holiday calendar ${file} is not valid (${first}${error.issues.length > 3 ? '; …' : ''}); check it with gongkai validate`);
  }
  const warnings = loaded.conflicts.map((c) => `holiday calendar ${file}: ${c.date} is ${c.file} there but ${c.bundled} in the bundled data; ${c.year} keeps the bundled data`);
  return { calendar: loaded.calendar.calendar, file, addedYears: loaded.addedYears, warnings };
}
