import type * as z from 'zod/mini';
import type { ValidationIssue } from './issues.js';
import { toValidationIssues } from './zod-issues.js';

export type ValidateResult<T> = { ok: true; value: T; issues: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates any value against any schema of this package (API bodies, single items) and
 * reports problems in the same localized, path-addressed form as parseDataFile. On success
 * `value` is zod's output (unknown members of loose objects kept, of strict ones dropped).
 */
export function validate<S extends z.core.$ZodType>(schema: S, value: unknown): ValidateResult<z.output<S>> {
  const result = (schema as unknown as z.ZodMiniType<z.output<S>>).safeParse(value);
  if (result.success) return { ok: true, value: result.data, issues: [] };
  return { ok: false, issues: toValidationIssues(result.error.issues, value) };
}

/**
 * A server's answer checked against its schema before anything of it is shown: zod's output, or
 * a TypeError naming the first problem's path (the elements' lookups and receipts treat it as an
 * unusable answer).
 */
export function parseAnswer<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = validate(schema, value);
  if (!result.ok) {
    const first = result.issues[0];
    throw new TypeError(`unexpected server answer${first ? ` at ${first.path}: ${first.message.en}` : ''}`);
  }
  return result.value;
}
