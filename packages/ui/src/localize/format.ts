/**
 * Dates and numbers in the reader's locale. Civil dates (`YYYY-MM-DD`) are
 * shown as written, whatever the machine's time zone; date-times with an
 * offset are shown in China Standard Time, the time of the publishing agency.
 */
import type { Locale } from './locale.js';

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const intlLocale: Record<Locale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { year: 'numeric', month: locale === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** 2026年11月22日 in Chinese, Nov 22, 2026 in English; unparseable input is shown as given. */
export function formatDate(value: string | undefined, locale: Locale): string {
  if (!value) return '';
  const civil = CIVIL_DATE.exec(value);
  let utc: number;
  if (civil) {
    utc = Date.UTC(Number(civil[1]), Number(civil[2]) - 1, Number(civil[3]));
  } else {
    const instant = Date.parse(value);
    if (Number.isNaN(instant)) return value;
    utc = instant + 8 * 3600_000; // shift to Asia/Shanghai, which has no daylight saving
  }
  const date = new Date(utc);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(locale).format(date);
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * 14:05 (or 14:05:09) on the reader's own clock: for moments in this visit — when a submission
 * was sent, when the next attempt is — not for the agency's dates.
 */
export function formatClockTime(epochMs: number, locale: Locale, options: { seconds?: boolean } = {}): string {
  const key = `${locale}${options.seconds ? ':s' : ''}`;
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { hour: '2-digit', minute: '2-digit', ...(options.seconds ? { second: '2-digit' } : {}), hour12: false });
    clockFormats.set(key, format);
  }
  return format.format(new Date(epochMs));
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** Byte counts as readers expect them: 1.2 MB, 350 KB. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
