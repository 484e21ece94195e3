/**
 * The `application/json` body parser: Fastify's own (prototype-poisoning checks on, docs/security.md
 * §Input) behind two refusals it does not make itself —
 *  - bytes that are not valid UTF-8 are refused (400 `invalid-utf8`) instead of being replaced by
 *    U+FFFD and stored as if the writer had typed them;
 *  - bodies nested deeper than `maxDepth` are refused (400 `too-deep`) before JSON.parse, so the
 *    recursive walks after it (unknown members, string rules, zod, canonical JSON) cannot
 *    overflow the stack. Every contract body is at most four levels deep.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem, t } from './problem.js';

export const MAX_JSON_DEPTH = 32;

export const JSON_TITLES = {
  invalidUtf8: t('请求体不是有效的 UTF-8 文本', '請求內容不是有效的 UTF-8 文字', 'The request body is not valid UTF-8'),
  tooDeep: t('请求体嵌套层级过深', '請求內容巢狀層級過深', 'The request body is nested too deeply'),
} as const;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Deepest `{`/`[` nesting outside strings; stops counting once `limit` is passed. Linear. */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

export function registerJsonBodyParser(app: FastifyInstance, maxDepth = MAX_JSON_DEPTH): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request: FastifyRequest, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new HttpProblem(400, 'invalid-utf8', JSON_TITLES.invalidUtf8), undefined);
      return;
    }
    if (jsonDepth(text, maxDepth) > maxDepth) {
      done(new HttpProblem(400, 'too-deep', JSON_TITLES.tooDeep), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
