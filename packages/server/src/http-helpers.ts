import type { FastifyReply, FastifyRequest } from 'fastify';
import { validate } from '@gongkai/schema';
import { chooseLocale, fromValidationIssues, HttpProblem, MESSAGES, problemBody, TITLES, type FieldError } from './problem.js';
import { stringProblems, unknownFields } from './input-guards.js';
import { withFreeTextCleaned } from './text-characters.js';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: HttpProblem) {
  const locale = chooseLocale(request.headers['accept-language']);
  for (const [name, value] of Object.entries(problem.headers)) void reply.header(name, value);
  return reply
    .code(problem.status)
    .header('Content-Language', locale)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problemBody(problem, locale, request.url)));
}

/**
 * Validates a body against a schema with the server's extra guards: unknown members, string
 * lengths, refused characters (text-characters.ts). Errors at a path the guards already reported are not repeated.
 */
export function validateBody<T>(schema: Parameters<typeof validate>[0], body: unknown): T {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [
      { path: '', code: 'type', message: { 'zh-Hans': '应为 JSON 对象', 'zh-Hant': '應為 JSON 物件', en: 'expected a JSON object' } },
    ]);
  }
  // Zero-width characters leave free text before anything looks at it (text-characters.ts).
  const cleaned = withFreeTextCleaned(body);
  const errors: FieldError[] = [...unknownFields(schema as never, cleaned), ...stringProblems(cleaned)];
  const result = validate(schema, cleaned);
  if (!result.ok) {
    const seen = new Set(errors.map((error) => error.path));
    errors.push(...fromValidationIssues(result.issues).filter((issue) => !seen.has(issue.path)));
  }
  if (errors.length > 0 || !result.ok) throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, errors);
  return result.value as T;
}

/** One query parameter that must not repeat. */
export function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: name, code: 'repeated', message: MESSAGES.single }]);
  return String(value);
}

export function list(query: Record<string, unknown>, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

export function intParam(query: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const raw = single(query, name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: name, code: 'integer', message: MESSAGES.integer(min, max) }]);
  }
  return value;
}

export function notFound(): HttpProblem {
  return new HttpProblem(404, 'not-found', TITLES.notFound);
}
