import { localized, type LocalizedText } from './locale.js';

/*
 * Every user-visible message of the package, in one place so wording stays consistent and a
 * translator can review it. Messages are written for an agency clerk fixing a JSON or Excel
 * export: they say what was expected, never how the validator works.
 */

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: localized('文本', '文字', 'text'),
  number: localized('数字', '數字', 'a number'),
  int: localized('整数', '整數', 'a whole number'),
  boolean: localized('true 或 false', 'true 或 false', 'true or false'),
  array: localized('列表（数组）', '列表（陣列）', 'a list (array)'),
  object: localized('对象（{…}）', '物件（{…}）', 'an object ({…})'),
  null: localized('空值（null）', '空值（null）', 'null'),
};

function typeName(name: string): LocalizedText {
  return TYPE_NAMES[name] ?? localized(name, name, name);
}

/** The JSON type of a value, in the names used by TYPE_NAMES. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Applies a function to all three locales at once. */
function each(fn: (locale: 0 | 1 | 2) => string): LocalizedText {
  return localized(fn(0), fn(1), fn(2));
}

function pick(text: LocalizedText, i: 0 | 1 | 2): string {
  return i === 0 ? text['zh-Hans'] : i === 1 ? text['zh-Hant'] : text.en;
}

function list(values: readonly unknown[], i: 0 | 1 | 2): string {
  return values.map((v) => String(v)).join(i === 2 ? ', ' : '、');
}

/** ` (found "xk")` when the offending value is short enough to show. */
function currentValue(value: unknown, i: 0 | 1 | 2): string {
  let shown: string;
  if (typeof value === 'string' && value.length <= 40) shown = i === 2 ? ` "${value}"` : i === 1 ? `「${value}」` : `“${value}”`;
  else if (typeof value === 'number' || typeof value === 'boolean') shown = ` ${String(value)}`;
  else return '';
  return i === 2 ? ` (found${shown})` : i === 1 ? `（目前為${shown}）` : `（当前为${shown}）`;
}

export const messages = {
  required: (): LocalizedText => localized('必填字段缺失', '必填欄位缺失', 'Required field is missing'),

  invalidType: (expected: string, received: unknown): LocalizedText =>
    each((i) => {
      const want = pick(typeName(expected), i);
      const got = pick(typeName(jsonTypeOf(received)), i);
      return i === 2 ? `Expected ${want}, found ${got}` : i === 1 ? `應為${want}，目前為${got}` : `应为${want}，当前为${got}`;
    }),

  invalidValue: (values: readonly unknown[], received: unknown): LocalizedText =>
    each((i) => {
      const now = currentValue(received, i);
      if (values.length === 1) {
        const v = String(values[0]);
        return i === 2 ? `Must be ${v}${now}` : i === 1 ? `應為 ${v}${now}` : `应为 ${v}${now}`;
      }
      const allowed = list(values, i);
      return i === 2
        ? `Value not allowed${now}; allowed values: ${allowed}`
        : i === 1
          ? `取值無效${now}，允許的值：${allowed}`
          : `取值无效${now}，允许的值：${allowed}`;
    }),

  tooSmall: (origin: string, minimum: number): LocalizedText => {
    if (origin === 'string') {
      return minimum <= 1
        ? localized('不能为空', '不能為空', 'Must not be empty')
        : localized(`至少需要 ${minimum} 个字符`, `至少需要 ${minimum} 個字元`, `Must have at least ${minimum} characters`);
    }
    if (origin === 'array') {
      return localized(`至少需要 ${minimum} 项`, `至少需要 ${minimum} 項`, `Must have at least ${minimum} ${minimum === 1 ? 'entry' : 'entries'}`);
    }
    return localized(`不能小于 ${minimum}`, `不能小於 ${minimum}`, `Must be at least ${minimum}`);
  },

  tooBig: (origin: string, maximum: number): LocalizedText => {
    if (origin === 'string') {
      return localized(`不能超过 ${maximum} 个字符`, `不能超過 ${maximum} 個字元`, `Must have at most ${maximum} characters`);
    }
    if (origin === 'array') {
      return localized(`最多 ${maximum} 项`, `最多 ${maximum} 項`, `Must have at most ${maximum} entries`);
    }
    return localized(`不能大于 ${maximum}`, `不能大於 ${maximum}`, `Must be at most ${maximum}`);
  },

  date: (): LocalizedText =>
    localized('应为真实存在的日期，格式 YYYY-MM-DD（如 2026-11-01）', '應為真實存在的日期，格式 YYYY-MM-DD（如 2026-11-01）', 'Must be a real date written YYYY-MM-DD (e.g. 2026-11-01)'),
  dateTime: (): LocalizedText =>
    localized(
      '应为带时区的日期时间，如 2026-11-01T08:00:00+08:00',
      '應為帶時區的日期時間，如 2026-11-01T08:00:00+08:00',
      'Must be a date and time with time zone, e.g. 2026-11-01T08:00:00+08:00',
    ),
  dateOrDateTime: (): LocalizedText =>
    localized(
      '应为日期 YYYY-MM-DD 或带时区的日期时间（如 2026-11-01T08:00:00+08:00）',
      '應為日期 YYYY-MM-DD 或帶時區的日期時間（如 2026-11-01T08:00:00+08:00）',
      'Must be a date YYYY-MM-DD or a date and time with time zone (e.g. 2026-11-01T08:00:00+08:00)',
    ),
  email: (): LocalizedText => localized('应为有效的电子邮箱地址', '應為有效的電子郵件地址', 'Must be a valid e-mail address'),
  pattern: (): LocalizedText => localized('格式不正确', '格式不正確', 'The format is not correct'),
  invalid: (): LocalizedText => localized('内容无效', '內容無效', 'This value is not valid'),

  notObject: (): LocalizedText =>
    localized(
      '文件内容应为一个 JSON 对象（以 { 开头）',
      '檔案內容應為一個 JSON 物件（以 { 開頭）',
      'The file must contain one JSON object (starting with {)',
    ),
  unknownKind: (kinds: readonly string[], received: unknown): LocalizedText =>
    each((i) => {
      const now = currentValue(received, i);
      const allowed = list(kinds, i);
      return i === 2
        ? `Unknown file kind${now}; "kind" must be one of: ${allowed}`
        : i === 1
          ? `無法識別的檔案類型${now}，"kind" 應為：${allowed}`
          : `无法识别的文件类型${now}，"kind" 应为：${allowed}`;
    }),
  wrongKind: (expected: string, received: string): LocalizedText =>
    localized(
      `此处需要 ${expected} 类型的文件，但该文件是 ${received}`,
      `此處需要 ${expected} 類型的檔案，但該檔案是 ${received}`,
      `This place needs a ${expected} file, but this file is ${received}`,
    ),
  newerVersion: (fileVersion: unknown, supported: number): LocalizedText =>
    localized(
      `此文件需要更新版本的 Gongkai（文件版本 ${String(fileVersion)}，当前支持 ${supported}）`,
      `此檔案需要更新版本的 Gongkai（檔案版本 ${String(fileVersion)}，目前支援 ${supported}）`,
      `This file needs a newer version of Gongkai (file version ${String(fileVersion)}, supported ${supported})`,
    ),

  duplicateId: (id: string, firstPath: string): LocalizedText =>
    localized(
      `编号“${id}”与 ${firstPath} 重复，已跳过此项`,
      `編號「${id}」與 ${firstPath} 重複，已略過此項`,
      `The id "${id}" repeats ${firstPath}; this entry was skipped`,
    ),
  blank: (): LocalizedText => localized('不能只填空格', '不能只填空白', 'Must not be only spaces'),
  httpUrl: (): LocalizedText => localized('应为 http:// 或 https:// 开头的网址', '應為 http:// 或 https:// 開頭的網址', 'Expected an http:// or https:// address'),
  unsafeUrl: (): LocalizedText =>
    localized(
      '链接只能以 http://、https://、mailto: 或 tel: 开头（或为相对地址），此链接不会显示',
      '連結只能以 http://、https://、mailto: 或 tel: 開頭（或為相對位址），此連結不會顯示',
      'Links may only start with http://, https://, mailto: or tel: (or be relative); this link will not be shown',
    ),
  summaryTooLong: (max: number, length: number): LocalizedText =>
    localized(
      `内容概述建议不超过 ${max} 个字，当前 ${length} 个字`,
      `內容概述建議不超過 ${max} 個字，目前 ${length} 個字`,
      `The summary should be at most ${max} characters; it has ${length}`,
    ),
  unknownCategory: (id: string): LocalizedText =>
    localized(`分类“${id}”在 categories 中不存在`, `分類「${id}」在 categories 中不存在`, `Category "${id}" is not listed in categories`),
  promisedExceedsStatutory: (): LocalizedText =>
    localized('承诺时限不应超过法定时限', '承諾時限不應超過法定時限', 'The promised time limit should not exceed the statutory one'),
  indexNumberPattern: (pattern: string): LocalizedText =>
    localized(
      `索引号与本站格式不符（应符合 ${pattern}）`,
      `索引號與本站格式不符（應符合 ${pattern}）`,
      `The index number does not follow this site's format (${pattern})`,
    ),

};

/** Messages that schemas name through zod's `error` option (the option's string is the key). */
export type FormatMessageKey = 'date' | 'dateTime' | 'dateOrDateTime' | 'email' | 'pattern' | 'invalid' | 'blank' | 'httpUrl';

export const FORMAT_CODES: Record<FormatMessageKey, string> = {
  date: 'invalid-date',
  dateTime: 'invalid-date-time',
  dateOrDateTime: 'invalid-date',
  email: 'invalid-email',
  pattern: 'invalid-format',
  invalid: 'invalid',
  blank: 'blank',
  httpUrl: 'http-url',
};
