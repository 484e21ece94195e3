/**
 * The ordered explanation of a due date, as data, and its rendering into readable text in
 * Simplified Chinese, Traditional Chinese and English.
 */
import type { HolidayKey } from './calendar-types.js';
import { parseCivilDate, type CivilDate } from './civil-date.js';
import { holidayNames, type Locale } from './holiday-names.js';

export type PauseKind = 'thirdParty' | 'interAgency';

export type ExplanationStep =
  | { readonly kind: 'received'; readonly date: string }
  /** Sent back for correction (补正). */
  | { readonly kind: 'correctionRequested'; readonly date: string }
  /** The corrected application arrived; the limit counts from here. */
  | { readonly kind: 'restarted'; readonly date: string }
  | { readonly kind: 'limit'; readonly days: number }
  /** Days off inside the counted span; weekends between two holiday days are bridged. */
  | { readonly kind: 'holidayPeriod'; readonly from: string; readonly to: string; readonly holidays: readonly HolidayKey[] }
  /** Weekend days inside the counted span that were working days (调休上班). */
  | { readonly kind: 'makeUpWorkdays'; readonly dates: readonly string[] }
  | {
      readonly kind: 'pause';
      readonly pauseKind: PauseKind;
      readonly from: string;
      readonly until: string;
      /** Working days this pause kept out of the count. */
      readonly pausedWorkingDays: number;
    }
  /** Due date before the extension. */
  | { readonly kind: 'originalDueDate'; readonly date: string }
  | { readonly kind: 'extension'; readonly days: number; readonly grantedAt: string }
  /** Years without State Council data, counted Monday–Friday. */
  | { readonly kind: 'provisional'; readonly years: readonly number[] }
  | { readonly kind: 'dueDate'; readonly date: string; readonly provisional: boolean };

export type LocalizedText = { readonly [locale in Locale]: string };

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2月15日至23日", with the year only where it differs from the year of receipt. */
function zhRange(fromText: string, toText: string, referenceYear: number): string {
  const from = parseCivilDate(fromText);
  const to = parseCivilDate(toText);
  const start = `${from.year === referenceYear ? '' : `${from.year}年`}${from.month}月${from.day}日`;
  if (fromText === toText) return start;
  if (to.year !== from.year) return `${start}至${to.year}年${to.month}月${to.day}日`;
  return `${start}至${to.month === from.month ? '' : `${to.month}月`}${to.day}日`;
}

/** "2月14日、28日": month and year are written only when they change. */
function zhList(datesText: readonly string[], referenceYear: number): string {
  let year = referenceYear;
  let month = 0;
  return datesText
    .map((text) => {
      const date = parseCivilDate(text);
      let label = '';
      if (date.year !== year) label += `${date.year}年`;
      if (date.year !== year || date.month !== month) label += `${date.month}月`;
      year = date.year;
      month = date.month;
      return `${label}${date.day}日`;
    })
    .join('、');
}

function enDate(date: CivilDate, withMonth: boolean, withYear: boolean): string {
  return `${date.day}${withMonth ? ` ${EN_MONTHS[date.month - 1] ?? ''}` : ''}${withYear ? ` ${date.year}` : ''}`;
}

/** "15–23 February", "28 January – 4 February", "1–3 January 2026". */
function enRange(fromText: string, toText: string, referenceYear: number): string {
  const from = parseCivilDate(fromText);
  const to = parseCivilDate(toText);
  const showYear = from.year !== referenceYear || to.year !== referenceYear;
  if (fromText === toText) return enDate(from, true, showYear);
  if (from.year !== to.year) return `${enDate(from, true, true)} – ${enDate(to, true, true)}`;
  if (from.month !== to.month) return `${enDate(from, true, false)} – ${enDate(to, true, showYear)}`;
  return `${from.day}–${enDate(to, true, showYear)}`;
}

function enJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function names(holidays: readonly HolidayKey[], locale: Locale): string[] {
  return holidays.map((holiday) => holidayNames[holiday][locale]);
}

/** One step in one language; for the two due-date steps just the date, which the caller puts after an arrow. */
function stepText(step: ExplanationStep, locale: Locale, referenceYear: number): string {
  const hans = locale === 'zh-Hans';
  const zh = locale !== 'en';
  switch (step.kind) {
    case 'received':
      return zh ? `${hans ? '收到申请' : '收到申請'} ${step.date}` : `Application received ${step.date}`;
    case 'correctionRequested':
      return zh ? `${hans ? '要求补正' : '要求補正'} ${step.date}` : `correction requested ${step.date}`;
    case 'restarted':
      return zh
        ? `${hans ? '收到补正后的申请' : '收到補正後的申請'} ${step.date}，重新起算`
        : `corrected application received ${step.date}, counting restarts`;
    case 'limit':
      return zh ? `${step.days}${hans ? '个' : '個'}工作日` : `${step.days} working days`;
    case 'holidayPeriod':
      return zh
        ? `${zhRange(step.from, step.to, referenceYear)}${names(step.holidays, locale).join('、')}放假`
        : `${enJoin(names(step.holidays, locale))} holiday ${enRange(step.from, step.to, referenceYear)}`;
    case 'makeUpWorkdays':
      return zh
        ? `${zhList(step.dates, referenceYear)}${hans ? '调休上班' : '調休上班'}`
        : `make-up working ${step.dates.length === 1 ? 'day' : 'days'} ` +
            enJoin(step.dates.map((date) => enRange(date, date, referenceYear)));
    case 'pause': {
      if (zh) {
        const thirdParty = step.pauseKind === 'thirdParty';
        const who = hans ? (thirdParty ? '征求第三方意见' : '征求其他机关意见') : thirdParty ? '徵求第三方意見' : '徵求其他機關意見';
        const when = zhRange(step.from, step.until, referenceYear);
        return `${when}${who}，${step.pausedWorkingDays}${hans ? '个工作日不计入' : '個工作日不計入'}`;
      }
      const who = step.pauseKind === 'thirdParty' ? 'third-party consultation' : 'consultation with another agency';
      const plural = step.pausedWorkingDays === 1 ? 'day' : 'days';
      return `${who} ${enRange(step.from, step.until, referenceYear)} (${step.pausedWorkingDays} working ${plural} not counted)`;
    }
    case 'extension':
      return zh
        ? `${hans ? '延长' : '延長'}${step.days}${hans ? '个' : '個'}工作日（${step.grantedAt} 批准）`
        : `extended by ${step.days} working days (approved ${step.grantedAt})`;
    case 'provisional': {
      const years = step.years.join(zh ? '、' : ', ');
      if (locale === 'zh-Hans') return `${years}年节假日安排尚无数据，暂按周一至周五计算`;
      if (locale === 'zh-Hant') return `${years}年節假日安排尚無資料，暫按週一至週五計算`;
      return `no holiday data for ${years} yet, Monday to Friday assumed`;
    }
    case 'originalDueDate':
      return step.date;
    case 'dueDate':
      if (!step.provisional) return step.date;
      return `${step.date}${locale === 'en' ? ' (provisional)' : locale === 'zh-Hans' ? '（暂定）' : '（暫定）'}`;
  }
}

/**
 * Joins the steps: "；" between steps, " → " before a due date
 * (`收到申请 2026-02-06；20个工作日；2月15日至23日春节放假；2月14日、28日调休上班 → 2026-03-12`).
 */
export function renderExplanation(steps: readonly ExplanationStep[], locale: Locale): string {
  const received = steps.find((step) => step.kind === 'received');
  const referenceYear = received === undefined ? Number.NaN : parseCivilDate(received.date).year;
  const separator = locale === 'en' ? '; ' : '；';
  let text = '';
  for (const step of steps) {
    const part = stepText(step, locale, referenceYear);
    if (step.kind === 'originalDueDate' || step.kind === 'dueDate') text += ` → ${part}`;
    else text += text === '' ? part : `${separator}${part}`;
  }
  return text;
}

export function renderAll(steps: readonly ExplanationStep[]): LocalizedText {
  return {
    'zh-Hans': renderExplanation(steps, 'zh-Hans'),
    'zh-Hant': renderExplanation(steps, 'zh-Hant'),
    en: renderExplanation(steps, 'en'),
  };
}
