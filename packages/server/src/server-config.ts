/**
 * Start-up checks of ServerOptions that createServer cannot leave to chance: the OpenAPI server
 * URL, the connection limits, whether `db` is a SQLite file (which must not lie in a served
 * folder). A refusal is a ServerConfigError, which the CLI prints without a stack trace (exit 2).
 */
import type { ServerOptions } from './options.js';

/** A start-up refusal with a message for the operator. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

/** Not `:memory:`, not a `postgres://` URL, not a `file:` URI: a path on disk. */
export function isSqliteFile(target: string): boolean {
  return !/^postgres(ql)?:\/\//i.test(target) && target !== ':memory:' && !target.startsWith('file:');
}

/** `servers[0].url` of the OpenAPI document: `publicUrl` + the API prefix, or the prefix alone (relative). */
export function openApiServerUrl(publicUrl: string | undefined, apiPrefix: string): string {
  if (publicUrl === undefined) return apiPrefix.replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new ServerConfigError(`publicUrl must be an absolute http(s) URL, got "${publicUrl}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ServerConfigError(`publicUrl must be an http(s) URL without query, fragment or credentials, got "${publicUrl}"`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return new URL(apiPrefix.slice(1), url).href.replace(/\/$/, '');
}

/** Timeouts and the connection cap (docs/security.md §Protocol), and how often Node checks them. */
export function connectionLimits(options: ServerOptions) {
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const headersTimeoutMs = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeoutMs);
  const maxConnections = options.maxConnections ?? 1024;
  for (const [name, value] of Object.entries({ requestTimeoutMs, headersTimeoutMs, maxConnections })) {
    if (!(Number.isInteger(value) && value > 0)) throw new ServerConfigError(`${name} must be a whole number > 0, got ${value}`);
  }
  return { requestTimeoutMs, headersTimeoutMs, maxConnections, checkEveryMs: Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 4))) };
}
