/**
 * problem+json for the errors Fastify and Node's HTTP parser answer before any route runs
 * (docs/design.md §5: every error is application/problem+json):
 *  - `frameworkErrors`: a URL that is not valid percent-encoding (400) and a path parameter over
 *    the router's length limit (414);
 *  - `clientErrorHandler`: what Node's parser refuses on the socket — headers too large (431), a
 *    request that did not arrive within `requestTimeout` / `headersTimeout` (408), anything else
 *    malformed (400). There is no request object there, so the answer is written by hand.
 * And the method table behind 405 with `Allow` (unknown method on a known path).
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { sendProblem } from './http-helpers.js';
import { HttpProblem, problemBody, t, TITLES } from './problem.js';

export const PROTOCOL_TITLES = {
  badUrl: t('网址编码有误', '網址編碼有誤', 'The URL is not validly encoded'),
  uriTooLong: t('网址过长', '網址過長', 'The URL is too long'),
  headersTooLarge: t('请求头过大', '請求標頭過大', 'The request headers are too large'),
  timeout: t('请求发送超时', '請求傳送逾時', 'The request took too long to arrive'),
  badRequest: t('无法解析的请求', '無法解析的請求', 'The request could not be parsed'),
} as const;

export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendProblem(request, reply, new HttpProblem(414, 'uri-too-long', PROTOCOL_TITLES.uriTooLong));
  if (error.code === 'FST_ERR_BAD_URL') return sendProblem(request, reply, new HttpProblem(400, 'bad-url', PROTOCOL_TITLES.badUrl));
  return sendProblem(request, reply, new HttpProblem(400, 'bad-request', PROTOCOL_TITLES.badRequest));
}

/** Node's `clientError`: answer in problem+json (zh-Hans: no headers were parsed) and close. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, kind, title] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'timeout', PROTOCOL_TITLES.timeout]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers-too-large', PROTOCOL_TITLES.headersTooLarge]
        : error.code === 'HPE_URI_TOO_LONG'
          ? [414, 'uri-too-long', PROTOCOL_TITLES.uriTooLong]
          : [400, 'bad-request', PROTOCOL_TITLES.badRequest];
  if (socket.writable) {
    const body = JSON.stringify(problemBody(new HttpProblem(status, kind, title), 'zh-Hans'));
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Language: zh-Hans\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * The methods routed for each path pattern, so a known path asked with another method answers
 * 405 with `Allow` instead of 404. Patterns use Fastify's `:param` segments.
 */
export class MethodTable {
  readonly #routes: Array<{ url: string; pattern: RegExp; methods: Set<string> }> = [];

  add(route: Pick<RouteOptions, 'method' | 'url'>): void {
    const pattern = new RegExp(`^${route.url.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
    let entry = this.#routes.find((candidate) => candidate.pattern.source === pattern.source);
    if (!entry) this.#routes.push((entry = { url: route.url, pattern, methods: new Set() }));
    for (const method of [route.method].flat()) entry.methods.add(method);
  }

  /** Every route as registered (`url` with its `:param` segments). */
  routes(): Array<{ method: string; url: string }> {
    return this.#routes.flatMap(({ url, methods }) => [...methods].map((method) => ({ method, url })));
  }

  /** The methods allowed at a concrete path (no query), or none when the path is unknown. */
  allowed(path: string): string[] {
    const methods = new Set<string>();
    for (const { pattern, methods: m } of this.#routes) if (pattern.test(path)) m.forEach((method) => methods.add(method));
    return [...methods].sort();
  }
}

export function methodNotAllowed(allowed: readonly string[]): HttpProblem {
  return new HttpProblem(405, 'method-not-allowed', TITLES.methodNotAllowed, [], { Allow: allowed.join(', ') });
}
