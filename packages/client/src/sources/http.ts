/**
 * The project's only HTTP code: fetch a JSON resource with streamed progress, and turn every way
 * it can fail into a SourceError.
 */
import type { ValidationIssue } from '@gongkai/schema';
import { SourceError, type ProblemDetails } from './source-error.js';
import type { LoadProgress } from './types.js';

export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  headers?: Record<string, string> | undefined;
  /** Defaults to globalThis.fetch; injectable for a portal's own transport or tests. */
  fetch?: FetchFunction | undefined;
  /** Resolve to NOT_FOUND instead of throwing on 404 (REST `GET …/{id}`). */
  notFoundIsUndefined?: boolean;
}

export const NOT_FOUND = Symbol('not found');

/**
 * Resolves a possibly relative URL against `base` (elements pass document.baseURI), else the
 * document's base URL when there is a document.
 */
export function resolveUrl(url: string, base?: string): string {
  const fallback = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  try {
    return new URL(url, base ?? fallback).href;
  } catch (cause) {
    throw new TypeError(`Gongkai: cannot resolve the URL "${url}" without a base URL; pass one.`, { cause });
  }
}

function abortedError(url: string, cause?: unknown): SourceError {
  return new SourceError('aborted', { url, cause });
}

export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal } = options;
  if (signal?.aborted) throw abortedError(url, signal.reason);
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { Accept: 'application/json, application/problem+json;q=0.9', ...options.headers },
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw abortedError(url, cause);
    throw new SourceError('network', { url, cause });
  }

  if (!response.ok) {
    if (response.status === 404 && options.notFoundIsUndefined) {
      await response.body?.cancel().catch(() => undefined);
      return NOT_FOUND;
    }
    throw await httpError(url, response, signal);
  }

  const bytes = await readBody(url, response, options);
  let text: string;
  try {
    // fatal: a file saved in GBK is reported as not-JSON rather than shown as mojibake. The
    // decoder drops a leading byte-order mark, which Excel-exported files often have.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return JSON.parse(text);
  } catch (cause) {
    throw new SourceError('not-json', { url, cause });
  }
}

/** Reads the body chunk by chunk so progress can be reported for multi-megabyte files. */
async function readBody(url: string, response: Response, options: FetchJsonOptions): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  const length = Number(response.headers.get('content-length'));
  const encoding = response.headers.get('content-encoding');
  // With Content-Encoding the length counts compressed bytes while we count decoded ones: unknown.
  const total = Number.isFinite(length) && length > 0 && (!encoding || encoding === 'identity') ? length : undefined;
  const report = (loaded: number): void => {
    onProgress?.(total === undefined || loaded > total ? { loaded } : { loaded, total });
  };

  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    report(buffer.byteLength);
    return buffer;
  }

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  report(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      report(loaded);
    }
  } catch (cause) {
    if (signal?.aborted) throw abortedError(url, cause);
    throw new SourceError('network', { url, cause });
  }
  if (signal?.aborted) throw abortedError(url, signal.reason);

  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** An error status, with the application/problem+json body (title, detail, errors[]) when sent. */
async function httpError(url: string, response: Response, signal: AbortSignal | undefined): Promise<SourceError> {
  const status = response.status;
  let body: unknown;
  try {
    const text = await response.text();
    if (/json/i.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text);
  } catch {
    if (signal?.aborted) return abortedError(url);
    // An unreadable error body still leaves a useful status.
  }
  const problem = isObject(body) ? body : undefined;
  const details: ProblemDetails | undefined = problem
    ? {
        ...(typeof problem.type === 'string' ? { type: problem.type } : {}),
        ...(typeof problem.title === 'string' ? { title: problem.title } : {}),
        ...(typeof problem.detail === 'string' ? { detail: problem.detail } : {}),
        ...(typeof problem.status === 'number' ? { status: problem.status } : {}),
      }
    : undefined;
  const issues = problemIssues(problem?.errors);
  return new SourceError('http', { url, status, issues, ...(details ? { problem: details } : {}) });
}

/** docs/design.md §5: `errors[]` of `{path, message}` with the same JSON paths as file validation. */
function problemIssues(errors: unknown): ValidationIssue[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(isObject).map((error) => {
    const message = error.message;
    const localized =
      isObject(message) && typeof message['zh-Hans'] === 'string'
        ? { 'zh-Hans': String(message['zh-Hans']), 'zh-Hant': String(message['zh-Hant'] ?? message['zh-Hans']), en: String(message.en ?? message['zh-Hans']) }
        : { 'zh-Hans': String(message ?? ''), 'zh-Hant': String(message ?? ''), en: String(message ?? '') };
    return {
      path: typeof error.path === 'string' ? error.path : '',
      code: typeof error.code === 'string' ? error.code : 'server',
      message: localized,
      severity: error.severity === 'warning' ? 'warning' : 'error',
    };
  });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
