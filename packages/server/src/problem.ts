/**
 * `application/problem+json` (RFC 9457) with field-level `errors[]` in the schema package's
 * JSON paths. Messages are LocalizedText internally; the response carries one language, chosen
 * from Accept-Language (zh-Hans by default, docs/design.md §6).
 */
import type { LocalizedText, Locale, ValidationIssue } from '@gongkai/schema';
import type { CharacterProblem } from './text-characters.js';

export interface FieldError {
  path: string;
  code: string;
  message: LocalizedText;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    /** Short machine name; the problem `type` is `urn:gongkai:problem:{kind}`. */
    readonly kind: string,
    readonly title: LocalizedText,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(title.en);
    this.name = 'HttpProblem';
  }
}

export const t = (zhHans: string, zhHant: string, en: string): LocalizedText => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

/**
 * Picks zh-Hans, zh-Hant or en from an Accept-Language header, by quality. zh-TW, zh-HK,
 * zh-MO and zh-Hant* are Traditional; any other zh is Simplified; en* is English.
 */
export function chooseLocale(header: string | undefined): Locale {
  if (!header) return 'zh-Hans';
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((range) => range.tag !== '' && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-Hans';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh-Hans';
}

export function problemBody(problem: HttpProblem, locale: Locale, instance?: string): Record<string, unknown> {
  return {
    type: `urn:gongkai:problem:${problem.kind}`,
    title: problem.title[locale],
    status: problem.status,
    ...(instance ? { instance } : {}),
    ...(problem.errors.length > 0
      ? { errors: problem.errors.map((error) => ({ path: error.path, message: error.message[locale], code: error.code })) }
      : {}),
  };
}

export function fromValidationIssues(issues: readonly ValidationIssue[]): FieldError[] {
  return issues.filter((issue) => issue.severity === 'error').map(({ path, code, message }) => ({ path, code, message }));
}

export const TITLES = {
  invalidBody: t('提交的内容有误，请按提示修改', '提交的內容有誤，請按提示修改', 'The submitted data is invalid; correct the fields listed'),
  malformedJson: t('请求体不是有效的 JSON', '請求內容不是有效的 JSON', 'The request body is not valid JSON'),
  unsupportedMediaType: t('请以 application/json 提交', '請以 application/json 提交', 'Send the body as application/json'),
  bodyTooLarge: t('提交的内容过大', '提交的內容過大', 'The request body is too large'),
  missingIdempotencyKey: t('缺少 Idempotency-Key 请求头', '缺少 Idempotency-Key 請求標頭', 'The Idempotency-Key header is required'),
  badIdempotencyKey: t('Idempotency-Key 格式不正确（8–200 个可见 ASCII 字符）', 'Idempotency-Key 格式不正確（8–200 個可見 ASCII 字元）', 'Idempotency-Key must be 8–200 visible ASCII characters'),
  keyReused: t('该 Idempotency-Key 已用于另一份不同的提交', '該 Idempotency-Key 已用於另一份不同的提交', 'This Idempotency-Key was already used with a different body'),
  inFlight: t('相同的提交正在处理中，请稍后重试', '相同的提交正在處理中，請稍後重試', 'The same submission is still being processed; retry shortly'),
  notFound: t('未找到', '未找到', 'Not found'),
  wrongQueryCode: t('编号或查询码不正确', '編號或查詢碼不正確', 'The number or the query code is wrong'),
  rateLimited: t('提交过于频繁，请稍后再试', '提交過於頻繁，請稍後再試', 'Too many submissions; try again later'),
  spam: t('提交未被接受', '提交未被接受', 'The submission was not accepted'),
  unauthorized: t('请先登录，或提供有效的工作人员令牌', '請先登入，或提供有效的工作人員權杖', 'Sign in or give a valid staff token'),
  signInFailed: t('用户名或密码错误', '使用者名稱或密碼錯誤', 'Wrong user name or password'),
  forbidden: t('您的角色无权进行此操作', '您的角色無權進行此操作', 'Your role does not allow this'),
  csrf: t('请求缺少有效的 X-CSRF-Token，请刷新页面后重试', '請求缺少有效的 X-CSRF-Token，請重新整理頁面後重試', 'The X-CSRF-Token header is missing or wrong; reload the page and try again'),
  conflict: t('当前状态下不能进行此操作', '目前狀態下不能進行此操作', 'This action is not allowed in the current state'),
  badQuery: t('查询参数有误', '查詢參數有誤', 'Invalid query parameters'),
  methodNotAllowed: t('不支持该请求方法', '不支援該請求方法', 'Method not allowed'),
  serverError: t('服务器内部错误，请稍后再试', '伺服器內部錯誤，請稍後再試', 'Internal server error; try again later'),
  overloaded: t('服务器繁忙，请稍后再试，您的内容尚未提交', '伺服器忙碌，請稍後再試，您的內容尚未送出', 'The server is busy; try again shortly — nothing was submitted'),
} as const;

/** One message per rule of text-characters.ts. */
export const CHARACTER_MESSAGES: Readonly<Record<CharacterProblem, LocalizedText>> = {
  'control-character': t('含有不允许的控制字符', '含有不允許的控制字元', 'contains control characters that are not allowed'),
  'line-separator': t('含有不允许的行分隔符（U+2028/U+2029）', '含有不允許的行分隔符（U+2028/U+2029）', 'contains a line or paragraph separator (U+2028/U+2029)'),
  'bidi-control': t('含有改变文字方向的控制字符', '含有改變文字方向的控制字元', 'contains bidirectional control characters'),
  'unpaired-surrogate': t('含有无效的字符（孤立的代理项）', '含有無效的字元（孤立的代理項）', 'contains an invalid character (unpaired surrogate)'),
  'zero-width': t('含有不可见的零宽字符', '含有不可見的零寬字元', 'contains invisible zero-width characters'),
};

export const MESSAGES = {
  unknownField: (name: string) =>
    t(`不接受的字段“${name}”`, `不接受的欄位「${name}」`, `unknown field "${name}" is not accepted`),
  tooLong: (max: number, length: number) =>
    t(`最多 ${max} 个字符，当前 ${length} 个`, `最多 ${max} 個字元，目前 ${length} 個`, `at most ${max} characters (found ${length})`),
  unknownAgency: (id: string) =>
    t(`没有编号为“${id}”且受理依申请公开的机关`, `沒有編號為「${id}」且受理依申請公開的機關`, `no agency with id "${id}" accepts disclosure applications`),
  integer: (min: number, max: number) =>
    t(`应为 ${min} 到 ${max} 之间的整数`, `應為 ${min} 到 ${max} 之間的整數`, `expected an integer from ${min} to ${max}`),
  single: t('只能出现一次', '只能出現一次', 'may appear only once'),
  required: t('必填', '必填', 'required'),
} as const;
