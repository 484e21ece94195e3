/**
 * The working-day calendar the server counts in: the one bundled with @gongkai/workdays, or that
 * plus a `holiday-calendar` file — `--calendar FILE`, else the first such file in the data folder
 * — so an agency loads the State Council's notice for a new year the day it is published
 * (docs/domain.md §4). A file that is not a valid calendar stops the start: counting a legal
 * deadline on a calendar half read would be worse than not starting. Days on which the file
 * contradicts the bundled data are start-up warnings; those years keep the bundled data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** The first `*.json` of the data folder whose kind is holiday-calendar (by name order, as the other kinds). */
function calendarInDataFolder(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      if ((JSON.parse(readFileSync(join(dir, name), 'utf8')) as { kind?: unknown } | null)?.kind === 'holiday-calendar') return join(dir, name);
    } catch {
      // not JSON: readDataFolder reports it
    }
  }
  return undefined;
}

export function loadHolidayCalendar(options: { calendar?: string; data?: string }): LoadedCalendar {
  const file = options.calendar ?? calendarInDataFolder(options.data);
  if (!file) return { calendar: bundledCalendar, addedYears: [], warnings: [] };
  let loaded;
  try {
    loaded = calendarFromFile(readJson(file));
  } catch (error) {
    if (!(error instanceof CalendarFileError)) throw error;
    const first = error.issues.slice(0, 3).map((i) => `${i.path}: ${i.message.en}`).join('; ');
    throw new ServerConfigError(`the holiday calendar ${file} is not valid (${first}${error.issues.length > 3 ? '; …' : ''}); check it with gongkai validate`);
  }
  const warnings = loaded.conflicts.map((c) => `holiday calendar ${file}: ${c.date} is ${c.file} there but ${c.bundled} in the bundled data; ${c.year} keeps the bundled data`);
  return { calendar: loaded.calendar.calendar, file, addedYears: loaded.addedYears, warnings };
}
