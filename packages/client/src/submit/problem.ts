/**
 * Reads an error response of a submission: `application/problem+json` (RFC 9457) with
 * field-level `errors[]` whose paths are the schema package's JSON paths (docs/design.md §5).
 */
import type { LocalizedText, ValidationIssue } from '@gongkai/schema';
import { isObject } from '../sources/http.js';
import { SourceError, type ProblemDetails } from '../sources/source-error.js';

/** The server answers in one language (Accept-Language); an object with all three is accepted too. */
function localizedFrom(message: unknown): LocalizedText {
  if (isObject(message) && typeof message['zh-Hans'] === 'string') {
    const zhHans = message['zh-Hans'];
    return { 'zh-Hans': zhHans, 'zh-Hant': String(message['zh-Hant'] ?? zhHans), en: String(message['en'] ?? zhHans) };
  }
  const text = typeof message === 'string' ? message : '';
  return { 'zh-Hans': text, 'zh-Hant': text, en: text };
}

export function problemIssues(errors: unknown): ValidationIssue[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(isObject).map((error) => ({
    path: typeof error['path'] === 'string' ? error['path'] : '',
    code: typeof error['code'] === 'string' ? error['code'] : 'server',
    message: localizedFrom(error['message']),
    severity: error['severity'] === 'warning' ? 'warning' : 'error',
  }));
}

/** A SourceError('http') carrying the status, the problem's title/detail and its field issues. */
export async function submissionHttpError(url: string, response: Response): Promise<SourceError> {
  let body: unknown;
  try {
    const text = await response.text();
    if (/json/i.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text);
  } catch {
    // An unreadable body still leaves the status.
  }
  const problem: ProblemDetails | undefined = isObject(body)
    ? {
        ...(typeof body['type'] === 'string' ? { type: body['type'] } : {}),
        ...(typeof body['title'] === 'string' ? { title: body['title'] } : {}),
        ...(typeof body['detail'] === 'string' ? { detail: body['detail'] } : {}),
        ...(typeof body['status'] === 'number' ? { status: body['status'] } : {}),
      }
    : undefined;
  return new SourceError('http', {
    url,
    status: response.status,
    issues: problemIssues(isObject(body) ? body['errors'] : undefined),
    ...(problem ? { problem } : {}),
  });
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), if present and sensible. */
export function retryAfterMs(response: Response, now: number): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
