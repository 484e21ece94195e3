/**
 * The HTTP plumbing both REST stubs share (rest-contract-stub.mjs, mailbox-stub.mjs): reading a
 * JSON body, answering JSON or problem+json the way packages/server does, the locale from
 * Accept-Language, times in Asia/Shanghai and query codes.
 */

export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** zh-Hans, zh-Hant or en from the first Accept-Language tag, as the reference server chooses. */
export function chooseLocale(header) {
  const tag = String(header ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  if (/^zh-(hant|tw|hk|mo)/.test(tag)) return 'zh-Hant';
  if (tag.startsWith('en')) return 'en';
  return 'zh-Hans';
}

/** The request body: `{ ok, text, value }`, or `{ ok: false, text }` when it is not JSON. */
export async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return { ok: true, text, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

export function reply(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.type = status >= 400 ? 'application/problem+json' : 'application/json';
  ctx.body = JSON.stringify(body);
}

export function problem(ctx, status, title, errors, headers) {
  reply(ctx, status, { type: `urn:gongkai:problem:${status}`, title, status, ...(errors ? { errors } : {}) }, headers);
}

/** Today as a civil date in Asia/Shanghai, and now with the +08:00 offset. */
export function shanghaiNow() {
  const shifted = new Date(Date.now() + 8 * 3600_000).toISOString();
  return { date: shifted.slice(0, 10), dateTime: `${shifted.slice(0, 19)}+08:00` };
}

/** A query code: 8 characters without look-alikes (no I, O, 0, 1). */
export function randomCode() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 8 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
}
