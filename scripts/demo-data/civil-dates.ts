/** Civil dates as ISO strings (YYYY-MM-DD), computed in UTC so the machine's time zone never matters. */
import { coverage, isWorkingDay } from '@gongkai/workdays';
import type { Random } from './random.js';

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a civil date (computed in UTC, so the machine's time zone never matters). */
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const isoFromDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoFromDay(dayNumber(iso) + days);
export const weekday = (iso: string): number => new Date(dayNumber(iso) * DAY_MS).getUTCDay();
/**
 * Whether offices work that day: the State Council's holiday calendar (@gongkai/workdays, with its
 * make-up working weekends) for the years it covers, Monday to Friday before them. Weekdays alone
 * let the demo publish on 除夕 and on National Day (issue #17 item 17).
 */
export function isOfficeDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const { firstYear, lastYear } = coverage();
  if (year >= firstYear && year <= lastYear) return isWorkingDay(iso);
  return weekday(iso) !== 0 && weekday(iso) !== 6;
}
/** The day itself if offices work on it, else the next day they do (offices publish on working days). */
export function onWorkingDay(iso: string): string {
  let day = iso;
  while (!isOfficeDay(day)) day = addDays(day, 1);
  return day;
}
export const addYears = (iso: string, years: number): string => {
  const year = Number(iso.slice(0, 4)) + years;
  const rest = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${year}${rest}`;
};
export const randomDate = (random: Random, from: string, until: string): string => isoFromDay(random.int(dayNumber(from), dayNumber(until)));
export const cnDate = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
export const dateTime = (iso: string, hour: number, minute: number): string =>
  `${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** The last working day on or before the date. */
export function onOrBeforeWorkingDay(iso: string): string {
  let day = iso;
  while (!isOfficeDay(day)) day = addDays(day, -1);
  return day;
}
