/**
 * One `POST` of a small JSON body that is NOT protected by an Idempotency-Key, such as a letter's
 * satisfaction rating (`POST mailbox/letters/{n}/rating`, docs/design.md §5).
 *
 * Unlike Submission it makes exactly one attempt and never retries on its own: without a key, a
 * retry after a lost answer could act twice, and a `409` here means "this action is no longer
 * allowed" (the letter was already rated), not "still in flight". The caller shows the outcome
 * and lets the person try again. Errors are SourceErrors: `network` (also on timeout), `http`
 * with the status and the problem's field issues, `not-json`, `invalid` (parse threw).
 */
import { resolveUrl, type FetchFunction } from '../sources/http.js';
import { SourceError } from '../sources/source-error.js';
import { submissionHttpError } from './problem.js';

export interface PostJsonOptions<R> {
  /** Base URL of the server (the element's `api` attribute). */
  api: string;
  /** Contract path under `api`; encode path segments (letter numbers) yourself. */
  path: string;
  body: unknown;
  headers?: Record<string, string>;
  /** Elements pass document.baseURI. */
  baseUrl?: string;
  signal?: AbortSignal;
  fetch?: FetchFunction;
  /** The attempt is abandoned after this long (default 15 s). */
  timeoutMs?: number;
  /** Checks and types the success body; throwing rejects with SourceError('invalid'). */
  parse?: (value: unknown) => R;
}

export async function postJson<R = unknown>(options: PostJsonOptions<R>): Promise<R> {
  const base = resolveUrl(options.api, options.baseUrl);
  const url = new URL(options.path, base.endsWith('/') ? base : `${base}/`).href;
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  try {
    let response: Response;
    let text = '';
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { Accept: 'application/json, application/problem+json;q=0.9', 'Content-Type': 'application/json', ...options.headers },
        body: JSON.stringify(options.body),
        signal: controller.signal,
      });
      if (response.ok) text = await response.text();
    } catch (cause) {
      if (options.signal?.aborted) throw new SourceError('aborted', { url, cause });
      throw new SourceError('network', { url, cause });
    }
    if (!response.ok) throw await submissionHttpError(url, response).catch((error: unknown) => (error instanceof SourceError ? error : new SourceError('http', { url, status: response.status })));
    let value: unknown;
    try {
      value = text === '' ? undefined : JSON.parse(text);
    } catch (cause) {
      throw new SourceError('not-json', { url, cause });
    }
    if (!options.parse) return value as R;
    try {
      return options.parse(value);
    } catch (cause) {
      throw cause instanceof SourceError ? cause : new SourceError('invalid', { url, cause });
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
