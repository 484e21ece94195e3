import { POWER_TYPES, type PowerType } from '@gongkai/schema';
import { localized, type LocalizedText } from '../locale.js';
import { foldWidth, parseChineseNumber } from './chinese-number.js';
import { isBlankCell, type Cell } from './table.js';

/*
 * Cell → JSON value conversions for `gongkai import`. Each converter returns `undefined` for
 * a blank cell (the member is left out), a value, or a localized reason why the cell cannot
 * be read; the reason is shown with the row number, so it quotes the cell.
 */

export type Converted = { value: unknown } | { reason: LocalizedText } | undefined;

export interface ConvertContext {
  /** Text in brackets in the column heading, e.g. 工作日 in 法定时限（工作日）. */
  headingHint: string;
}

export type Converter = (cell: Cell, context: ConvertContext) => Converted;

function quote(cell: Cell): [string, string, string] {
  const shown = cellText(cell).slice(0, 40);
  return [`“${shown}”`, `「${shown}」`, `"${shown}"`];
}

function because(cell: Cell, zhHans: string, zhHant: string, en: string): Converted {
  const [s, t, e] = quote(cell);
  return { reason: localized(`${s}${zhHans}`, `${t}${zhHant}`, `${e} ${en}`) };
}

/** The text of a cell. Dates become ISO dates, so they survive a text column too. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoFromDate(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return String(cell).trim();
}

/** Plain text, trimmed; line breaks inside the cell are kept. */
export const text: Converter = (cell) => {
  if (isBlankCell(cell)) return undefined;
  return { value: cellText(cell).replace(/\r\n?/g, '\n') };
};

/** Several values in one cell, one per line or separated by ；/; (the separators catalogs use). */
export const lines: Converter = (cell) => {
  if (isBlankCell(cell)) return undefined;
  const parts = splitList(cellText(cell));
  return parts.length === 0 ? undefined : { value: parts };
};

/** Keywords (主题词): also separated by spaces, commas and 、. */
export const words: Converter = (cell) => {
  if (isBlankCell(cell)) return undefined;
  const parts = cellText(cell).split(/[\s,，;；、]+/).filter((part) => part !== '');
  return parts.length === 0 ? undefined : { value: parts };
};

export function splitList(value: string): string[] {
  return value
    .split(/\r?\n|\r|[;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const TRUE_WORDS = new Set(['是', '有', '收费', '收', '需要', '受理', 'y', 'yes', 'true', '1', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['否', '无', '無', '不收费', '不收費', '免费', '免費', '不', '不需要', '不受理', 'n', 'no', 'false', '0', '×', '✗', '✘']);

/** 是/否 and the other ways a yes/no column is filled in. */
export const boolean: Converter = (cell) => {
  if (isBlankCell(cell)) return undefined;
  if (typeof cell === 'boolean') return { value: cell };
  const word = foldWidth(cellText(cell)).toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return because(cell, '不是“是”或“否”', '不是「是」或「否」', 'is not yes (是) or no (否)');
};

/* ---------- dates ---------- */

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** ExcelJS gives date cells as UTC midnight of the civil date; read the UTC fields. */
function isoFromDate(date: Date): string {
  const base = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0 || date.getUTCSeconds() !== 0;
  return hasTime ? `${base}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}+08:00` : base;
}

const DATE_TEXT =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** Excel day 1 is 1900-01-01, with the 1900 leap-year bug: serial 60 does not exist, so count from 1899-12-30. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date in any of the usual spellings → `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss+08:00` when a time is given. */
export function parseDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoFromDate(cell);
  if (typeof cell === 'number') {
    // A date column Excel did not format as a date shows its serial number.
    if (!Number.isFinite(cell) || cell < 1 || cell > 73050) return undefined; // up to 2099-12-31
    return isoFromDate(new Date(EXCEL_EPOCH_MS + Math.round(cell * 86400) * 1000));
  }
  if (typeof cell !== 'string') return undefined;
  const value = foldWidth(cell.trim());
  const match = DATE_TEXT.exec(value) ?? COMPACT_DATE.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (match[4] === undefined) return date;
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // Times in Chinese government records are Beijing time.
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}

/** A date or date-time (公布日期 may carry a time). */
export const dateOrDateTime: Converter = (cell) => {
  if (isBlankCell(cell)) return undefined;
  const value = parseDate(cell);
  return value === undefined
    ? because(cell, '不是可识别的日期（如 2014-05-08、2014/5/8、2014年5月8日）', '不是可辨識的日期（如 2014-05-08、2014/5/8、2014年5月8日）', 'is not a date (e.g. 2014-05-08, 2014/5/8, 2014年5月8日)')
    : { value };
};

/** A civil date only (成文日期, 有效期): a time, if given, is dropped. */
export const date: Converter = (cell, context) => {
  const converted = dateOrDateTime(cell, context);
  return converted !== undefined && 'value' in converted ? { value: (converted.value as string).slice(0, 10) } : converted;
};

/* ---------- time limits ---------- */

const IMMEDIATE = new Set(['即办', '即辦', '即时办结', '即時辦結', '当场办结', '當場辦結', '即办件', '即辦件', '立即办理', '当场', '當場', '即时', '即時']);
const NONE = new Set(['无', '無', '-', '—', '——', '/', '／', '不适用', '不適用', '无规定', '無規定', '无法定时限', '無法定時限']);

type TimeUnit = 'workingDay' | 'calendarDay' | 'month' | 'year';

/** The unit a word names: 工作日; 自然日, 天, 日; 月 (个月); 年. */
function unitFrom(text: string): TimeUnit | undefined {
  if (/工作日/.test(text)) return 'workingDay';
  if (/自然日|日历日|日曆日|天|日/.test(text)) return 'calendarDay';
  if (/月/.test(text)) return 'month';
  if (/年/.test(text)) return 'year';
  return undefined;
}

const NUMBER = '(\\d+(?:\\.\\d+)?|[零〇一二两兩三四五六七八九十百千]+)';
/**
 * A number, then a day unit (个 optional: 20个工作日, 30日) or 个月 / 年. A month needs its 个:
 * "6月" reads as June. 内 / 以内 after the unit ("20个工作日内") is how many lists write it.
 */
const LIMIT_TEXT = new RegExp(`^${NUMBER}(?:个?(工作日|自然日|日历日|日曆日|天|日)|(个月|年))?(?:以内|之内|内)?$`);
/** 半年 is six months, as statutes use it. */
const HALF_YEAR = /^半年(?:以内|之内|内)?$/;

/**
 * 法定时限 / 承诺时限 → `{ value, unit }`. "20个工作日" and "二十个工作日" are working days,
 * "30日", "30天" and "30个自然日" calendar days, "6个月" / "三个月" months, "1年" years (kept in
 * the unit the law uses, never turned into days); a bare number takes the unit from the
 * heading (法定时限（工作日）, 法定时限（月）) and otherwise counts working days, the unit the
 * Administrative Licensing Law uses. 即办 is 0 working days. "无" and dashes leave the limit out.
 */
export const timeLimit: Converter = (cell, context) => {
  if (isBlankCell(cell)) return undefined;
  const hintUnit = unitFrom(context.headingHint) ?? 'workingDay';
  if (typeof cell === 'number') return cell >= 0 ? { value: { value: cell, unit: hintUnit } } : because(cell, '不是有效的时限', '不是有效的時限', 'is not a valid time limit');
  const value = foldWidth(cellText(cell)).replace(/\s+/g, '').replace(/個/g, '个');
  if (NONE.has(value)) return undefined;
  if (IMMEDIATE.has(value)) return { value: { value: 0, unit: 'workingDay' } };
  if (HALF_YEAR.test(value)) return { value: { value: 6, unit: 'month' } };
  const match = LIMIT_TEXT.exec(value);
  if (match !== null) {
    const amount = /^\d/.test(match[1]!) ? Number(match[1]) : parseChineseNumber(match[1]!);
    const word = match[2] ?? match[3];
    if (amount !== undefined) return { value: { value: amount, unit: word === undefined ? hintUnit : unitFrom(word)! } };
  }
  return because(
    cell,
    '不是可识别的时限（如“20个工作日”“30日”“6个月”“1年”“即办”）',
    '不是可辨識的時限（如「20個工作日」「30日」「6個月」「1年」「即辦」）',
    'is not a time limit (e.g. 20个工作日, 30日, 6个月, 1年, 即办)',
  );
};

/* ---------- enumerations ---------- */

/** Power type names (docs/domain.md §1), both scripts, with and without the 类 suffix. */
const POWER_TYPE_NAMES: Record<string, PowerType> = {
  行政许可: 'licensing', 行政許可: 'licensing',
  行政处罚: 'penalty', 行政處罰: 'penalty',
  行政强制: 'coercion', 行政強制: 'coercion', 行政强制措施: 'coercion', 行政强制执行: 'coercion',
  行政征收: 'levy', 行政徵收: 'levy', 行政征用: 'levy',
  行政给付: 'benefit', 行政給付: 'benefit',
  行政检查: 'inspection', 行政檢查: 'inspection',
  行政确认: 'confirmation', 行政確認: 'confirmation',
  行政奖励: 'reward', 行政獎勵: 'reward',
  行政裁决: 'adjudication', 行政裁決: 'adjudication',
  其他行政权力: 'other', 其他行政權力: 'other', 其他权力: 'other', 其他權力: 'other', 其他: 'other',
  公共服务: 'publicService', 公共服務: 'publicService', 公共服务事项: 'publicService',
};

/** 事项类型: 行政许可 → licensing; the canonical keys are accepted too. */
export const powerType: Converter = (cell) => {
  if (isBlankCell(cell)) return undefined;
  const value = cellText(cell).replace(/\s+/g, '');
  if ((POWER_TYPES as readonly string[]).includes(value)) return { value };
  const type = POWER_TYPE_NAMES[value] ?? POWER_TYPE_NAMES[value.replace(/类$|類$|事项$/, '')];
  if (type !== undefined) return { value: type };
  return because(
    cell,
    '不是可识别的事项类型（行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务）',
    '不是可辨識的事項類型（行政許可、行政處罰、行政強制、行政徵收、行政給付、行政檢查、行政確認、行政獎勵、行政裁決、其他行政權力、公共服務）',
    'is not a known power type (行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力, 公共服务)',
  );
};

/** A converter for a closed list of Chinese words (有效性, 公开属性, 行使层级 …). */
export function oneOf(words: Record<string, string>): Converter {
  const allowed = [...new Set(Object.keys(words))].filter((w) => /[\u4e00-\u9fff]/.test(w));
  return (cell) => {
    if (isBlankCell(cell)) return undefined;
    const value = cellText(cell).replace(/\s+/g, '');
    const mapped = words[value] ?? (Object.values(words).includes(value) ? value : undefined);
    if (mapped !== undefined) return { value: mapped };
    return because(cell, `不在可选值之内（${allowed.join('、')}）`, `不在可選值之內（${allowed.join('、')}）`, `is not one of ${allowed.join(', ')}`);
  };
}

/* ---------- legal bases ---------- */

const ARTICLE = /第[零〇一二两三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?(?:第[零〇一二两三四五六七八九十百千\d]+款)?(?:第[零〇一二两三四五六七八九十百千\d]+项)?/g;
const LEADING_NUMBER = /^(?:\d+[.、．)）]|[（(]\d+[）)]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]+、)\s*/;

/**
 * One 设定依据 entry: `《中华人民共和国食品安全法》（主席令第21号）第三十五条……` →
 * title《…》, docNumber from a bracket that holds a 号, article(s), and the full text when the
 * cell says more than the title. Text without 《》 becomes the title as written.
 */
export function parseLegalBasis(entry: string): Record<string, string> {
  const source = entry.replace(LEADING_NUMBER, '').trim();
  const basis: Record<string, string> = {};
  const title = /《[^》]+》/.exec(source);
  basis['title'] = title === null ? source : title[0];
  const afterTitle = title === null ? '' : source.slice(title.index + title[0].length);
  const docNumber = /^\s*[（(]([^）)]*号)[）)]/.exec(afterTitle);
  if (docNumber !== null) basis['docNumber'] = docNumber[1]!;
  const articles = afterTitle.match(ARTICLE);
  if (articles !== null) basis['article'] = [...new Set(articles)].join('、');
  const rest = afterTitle.replace(/^\s*[（(][^）)]*号[）)]/, '').replace(ARTICLE, '').replace(/[\s，,：:、。.]/g, '');
  if (title !== null && rest !== '') basis['text'] = source;
  return basis;
}

/**
 * Splits a 设定依据 cell into laws: at line breaks, and at ；/; — but when the cell names its
 * laws in 《》, only at a ； that starts a new 《…》 (quoted article text often contains ；).
 */
export function splitLegalBases(value: string): string[] {
  const separator = value.includes('《') ? /\r?\n|\r|[;；](?=\s*(?:\d+[.、．)）]|[（(]\d+[）)]|[①-⑩])?\s*《)/ : /\r?\n|\r|[;；]/;
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** 设定依据: several laws per cell, one per line or separated by ；. */
export const legalBasis: Converter = (cell) => {
  if (isBlankCell(cell)) return undefined;
  const entries = splitLegalBases(cellText(cell));
  return entries.length === 0 ? undefined : { value: entries.map(parseLegalBasis) };
};
