import * as z from 'zod/mini';

/*
 * Field building blocks shared by the file kinds and the API bodies. Dates are strings in
 * the JSON (ISO 8601) and stay strings after parsing: a date without time is a civil date in
 * Asia/Shanghai (docs/domain.md §4), which a JavaScript Date would shift by the machine's time zone.
 */

/** Any text that must not be empty. */
export const text = () => z.string().check(z.minLength(1));

/**
 * Text a person must fill in (a name, a subject, a description): not empty and not only
 * whitespace — a clerk cannot answer "   " (docs/design.md §5 "Text in bodies").
 */
// '' is reported once, by text()'s minLength.
export const filledText = () => text().check(z.refine((value) => value === '' || value.trim() !== '', { error: 'blank' }));

/** Text that may be empty (free-text notes). */
export const anyText = () => z.string();

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DATE_OR_DATE_TIME = new RegExp(`${DATE_TIME.source}|${DATE.source}`);

/** True when the YYYY-MM-DD prefix names a day that exists (no 2026-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

function hasRealDatePart(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  // Strings without a date prefix are reported by the pattern check; do not report twice.
  return m === null || isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Civil date `YYYY-MM-DD`. */
export const isoDate = () =>
  z.string().check(z.regex(DATE, { error: 'date' }), z.refine(hasRealDatePart, { error: 'date' }));

/** Date-time with an explicit offset: `2026-11-01T08:00:00+08:00` or `…Z`. */
export const isoDateTime = () =>
  z.string().check(z.regex(DATE_TIME, { error: 'dateTime' }), z.refine(hasRealDatePart, { error: 'dateTime' }));

/** Either of the two, for file fields where some publishers only know the day. */
export const isoDateOrDateTime = () =>
  z.string().check(z.regex(DATE_OR_DATE_TIME, { error: 'dateOrDateTime' }), z.refine(hasRealDatePart, { error: 'dateOrDateTime' }));

/**
 * A URL as written in the file. The scheme is not enforced here: an unsafe link is dropped by
 * the element and reported as a warning, so one bad link does not hide a whole item.
 */
export const urlString = () => z.string().check(z.minLength(1));

/** An absolute http(s) URL with a host, as a server stores for a link it hands out (attachments). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}
export const httpUrl = () => text().check(z.refine(isHttpUrl, { error: 'httpUrl' }));

export const nonNegativeInt = () => z.int().check(z.minimum(0));

export const email = () => z.email({ error: 'email' });
