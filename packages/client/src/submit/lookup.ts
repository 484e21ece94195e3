/**
 * Reading back one's own submission: `GET {api}/{path}` with a secret header (the query code,
 * `X-Query-Code`). A 404 resolves to `undefined` so the caller can show one "not found" message
 * whatever was wrong — the number or the code — without hinting which.
 */
import { fetchJson, NOT_FOUND, resolveUrl, type FetchFunction } from '../sources/http.js';

export interface LookupOptions<R> {
  api: string;
  /** Contract path under `api`, e.g. `disclosure/requests/YSQ2026000001` (encode the number). */
  path: string;
  headers?: Record<string, string>;
  baseUrl?: string;
  signal?: AbortSignal;
  fetch?: FetchFunction;
  /** Checks and types the body; throwing rejects the lookup. */
  parse?: (value: unknown) => R;
}

export async function lookupRecord<R = unknown>(options: LookupOptions<R>): Promise<R | undefined> {
  const base = resolveUrl(options.api, options.baseUrl);
  const url = new URL(options.path, base.endsWith('/') ? base : `${base}/`).href;
  const body = await fetchJson(url, {
    headers: options.headers,
    signal: options.signal,
    fetch: options.fetch,
    notFoundIsUndefined: true,
  });
  if (body === NOT_FOUND) return undefined;
  return options.parse ? options.parse(body) : (body as R);
}
