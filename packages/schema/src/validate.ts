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
