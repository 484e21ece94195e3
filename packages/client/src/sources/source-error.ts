/**
 * The one error type sources throw. `code` is for programs (the element's gk-error detail),
 * `messages` is for people: what happened and what to do, in the three page languages.
 */
import type { Locale, LocalizedText, ValidationIssue } from '@gongkai/schema';

export type SourceErrorCode =
  | 'network'
  | 'http'
  | 'not-json'
  | 'invalid'
  | 'newer-version'
  | 'wrong-kind'
  | 'unknown-kind'
  | 'aborted';

export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
}

export interface SourceErrorInit {
  url: string;
  status?: number;
  issues?: ValidationIssue[];
  /** The expected file kind, for 'wrong-kind'. */
  expectedKind?: string;
  /** An application/problem+json body from the server. */
  problem?: ProblemDetails;
  cause?: unknown;
}

export class SourceError extends Error {
  readonly code: SourceErrorCode;
  readonly url: string;
  /** HTTP status for 'http'. */
  readonly status: number | undefined;
  /** Field-level problems with JSON paths ('invalid', and 'http' when the server sent errors[]). */
  readonly issues: ValidationIssue[];
  readonly messages: LocalizedText;
  readonly problem: ProblemDetails | undefined;

  constructor(code: SourceErrorCode, init: SourceErrorInit) {
    const messages = describe(code, init);
    super(messages.en, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'SourceError';
    this.code = code;
    this.url = init.url;
    this.status = init.status;
    this.issues = init.issues ?? [];
    this.messages = messages;
    this.problem = init.problem;
  }
}

/** What a `gk-error` or `gk-submit-failed` event carries (docs/design.md §2), in the element's locale. */
export interface ErrorDetail {
  /** SourceError code, or 'unknown' for anything else. */
  code: string;
  /** JSON path of the first problem, when the error is about data or fields. */
  path?: string;
  status?: number;
  issues: Array<{ path: string; message: string }>;
  message: string;
}

/** The event detail for any error an element reports, with messages in `locale`. */
export function errorDetail(error: unknown, locale: Locale): ErrorDetail {
  const pick = (localized: LocalizedText) => localized[locale] ?? localized['zh-Hans'];
  if (!(error instanceof SourceError)) {
    return { code: 'unknown', issues: [], message: String((error as Error | undefined)?.message ?? error) };
  }
  return {
    code: error.code,
    ...(error.issues[0] ? { path: error.issues[0].path } : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
    issues: error.issues.map((issue) => ({ path: issue.path, message: pick(issue.message) })),
    message: pick(error.messages),
  };
}

/**
 * A refused submission's field problems (400/422 `errors[]`), placed on the form's fields by
 * `fieldForPath`; what no field takes is kept to be shown with the failure. The first message
 * per field wins. `failure` is the problem's title, else the error's own message.
 */
export function placeFieldErrors<F extends string>(
  error: unknown,
  locale: Locale,
  fieldForPath: (path: string) => F | undefined,
): { errors: Partial<Record<F, string>>; unplaced: string[]; failure: string } {
  const detail = errorDetail(error, locale);
  const errors: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const issue of detail.issues) {
    const field = fieldForPath(issue.path);
    if (field) errors[field] ??= issue.message;
    else unplaced.push(issue.message);
  }
  const title = error instanceof SourceError ? error.problem?.title : undefined;
  return { errors, unplaced, failure: title ?? detail.message };
}

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof SourceError && error.code === 'aborted') ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError')
  );
}

function text(zhHans: string, zhHant: string, en: string): LocalizedText {
  return { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
}

/** Distinct wording per code; the URL is named so a webmaster can find the file. */
function describe(code: SourceErrorCode, init: SourceErrorInit): LocalizedText {
  const { url } = init;
  switch (code) {
    case 'network':
      return text(
        `无法连接到数据地址 ${url}。请检查网络连接后刷新页面重试；如果一直如此，请联系网站管理员。`,
        `無法連線到資料位址 ${url}。請檢查網路連線後重新整理頁面再試；如果一直如此，請聯絡網站管理員。`,
        `Could not reach ${url}. Check your connection and reload the page; if it keeps happening, contact the site's webmaster.`,
      );
    case 'http':
      return describeHttp(init);
    case 'not-json':
      return text(
        `${url} 返回的内容不是 JSON 数据（可能地址有误，返回了网页，或文件不完整）。请网站管理员检查数据文件的地址和内容。`,
        `${url} 傳回的內容不是 JSON 資料（可能位址有誤，傳回了網頁，或檔案不完整）。請網站管理員檢查資料檔案的位址和內容。`,
        `${url} did not return JSON (wrong address, an HTML page instead of the file, or a truncated file). The webmaster should check the data file's address and content.`,
      );
    case 'invalid': {
      const count = init.issues?.length ?? 0;
      const first = init.issues?.[0];
      const where = first ? `${first.path || '(根)'}` : '';
      return text(
        `数据文件 ${url} 不符合格式要求，共 ${count} 处问题${where ? `，第一处在 ${where}` : ''}。请发布单位按问题清单修改后重新上传（可用 gongkai validate 检查）。`,
        `資料檔案 ${url} 不符合格式要求，共 ${count} 處問題${where ? `，第一處在 ${where}` : ''}。請發布單位依問題清單修改後重新上傳（可用 gongkai validate 檢查）。`,
        `The data file ${url} does not match the format: ${count} problem(s)${first ? `, the first at ${first.path || '(root)'}` : ''}. The publisher should fix them and upload it again (gongkai validate checks a file).`,
      );
    }
    case 'newer-version':
      return text(
        `数据文件 ${url} 使用了更新的格式版本，当前的 Gongkai 组件无法读取。请网站管理员升级 Gongkai。`,
        `資料檔案 ${url} 使用了較新的格式版本，目前的 Gongkai 元件無法讀取。請網站管理員升級 Gongkai。`,
        `The data file ${url} uses a newer format version than this Gongkai can read. The webmaster should upgrade Gongkai.`,
      );
    case 'wrong-kind':
      return text(
        `数据文件 ${url} 的类型与此组件不符${init.expectedKind ? `（需要 ${init.expectedKind}）` : ''}。请检查组件的 src 属性是否指向了正确的文件。`,
        `資料檔案 ${url} 的類型與此元件不符${init.expectedKind ? `（需要 ${init.expectedKind}）` : ''}。請檢查元件的 src 屬性是否指向了正確的檔案。`,
        `The data file ${url} is of another kind than this component shows${init.expectedKind ? ` (expected ${init.expectedKind})` : ''}. Check that the component's src attribute points at the right file.`,
      );
    case 'unknown-kind':
      return text(
        `数据文件 ${url} 没有可识别的 kind（文件类型）。请发布单位在文件中填写正确的 kind，例如 "power-catalog"。`,
        `資料檔案 ${url} 沒有可識別的 kind（檔案類型）。請發布單位在檔案中填寫正確的 kind，例如 "power-catalog"。`,
        `The data file ${url} has no recognised "kind". The publisher should set the file's kind, for example "power-catalog".`,
      );
    case 'aborted':
      return text(
        `已取消加载 ${url}。如需查看内容，请重新打开或刷新页面。`,
        `已取消載入 ${url}。如需檢視內容，請重新開啟或重新整理頁面。`,
        `Loading ${url} was cancelled. Reopen or reload the page to see the content.`,
      );
  }
}

function describeHttp({ url, status, problem }: SourceErrorInit): LocalizedText {
  const detail = problem?.detail ?? problem?.title;
  const suffix = detail ? ` (${detail})` : '';
  if (status === 404) {
    return text(
      `找不到 ${url}（404）。请网站管理员检查地址是否正确、文件是否已上传。`,
      `找不到 ${url}（404）。請網站管理員檢查位址是否正確、檔案是否已上傳。`,
      `${url} was not found (404). The webmaster should check the address and that the file was uploaded.`,
    );
  }
  if (status === 401 || status === 403) {
    return text(
      `没有访问 ${url} 的权限（${status}）。请网站管理员检查服务器的访问设置。`,
      `沒有存取 ${url} 的權限（${status}）。請網站管理員檢查伺服器的存取設定。`,
      `Access to ${url} was refused (${status}). The webmaster should check the server's access settings.`,
    );
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return text(
      `服务器拒绝了请求（${status}）${suffix}。请检查填写的内容后重试。`,
      `伺服器拒絕了請求（${status}）${suffix}。請檢查填寫的內容後再試。`,
      `The server refused the request (${status})${suffix}. Check what was entered and try again.`,
    );
  }
  return text(
    `服务器暂时出错（${status ?? '?'}），请稍后重试。如果一直如此，请联系网站管理员。`,
    `伺服器暫時出錯（${status ?? '?'}），請稍後再試。如果一直如此，請聯絡網站管理員。`,
    `The server had a problem (${status ?? '?'}). Try again later; if it keeps happening, contact the webmaster.`,
  );
}
