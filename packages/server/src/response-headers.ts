/**
 * Response headers that depend on what a response is (docs/security.md §Headers):
 *  - every response: nosniff, same-origin referrers, and a CSP; the public static pages keep
 *    `default-src 'self'` *without* frame-ancestors, because portals embed them;
 *  - the API and the staff workbench (`/staff/`) may not be framed by anyone (clickjacking a
 *    staff action, reading a receipt in a hidden frame): `frame-ancestors 'none'` and
 *    `X-Frame-Options: DENY` for browsers that predate CSP 2;
 *  - what carries personal data or a query code is never stored by a browser or proxy cache:
 *    receipts and other POST answers, lookups with X-Query-Code, application status, all staff
 *    answers (`Cache-Control: no-store`). Public catalog reads stay cacheable.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

/** The workbench's mount (docs/staff.md); its pages get the API's framing rules. */
export const STAFF_PAGES_PREFIX = '/staff/';

export function applyResponseHeaders(request: FastifyRequest, reply: FastifyReply, apiPrefix: string): void {
  const url = request.url;
  const isApi = url.startsWith(apiPrefix);
  if (isApi) {
    void reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'").header('X-Frame-Options', 'DENY');
  } else if (url.startsWith(STAFF_PAGES_PREFIX)) {
    void reply.header('Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'").header('X-Frame-Options', 'DENY');
  }
  if (isApi && carriesPersonalData(request, apiPrefix)) void reply.header('Cache-Control', 'no-store');
}

function carriesPersonalData(request: FastifyRequest, apiPrefix: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return true;
  if (request.headers['x-query-code'] !== undefined) return true;
  const path = request.url.slice(apiPrefix.length);
  return path.startsWith('staff/') || path.startsWith('disclosure/requests');
}
