import * as z from 'zod/mini';
import type { ValidationIssue } from '../issues.js';
import { nonNegativeInt, text } from '../fields.js';
import type { IdentifierResult } from '../identifiers/normalize.js';
import type { CarriedIssue } from '../zod-issues.js';

/** `{items, page, pageSize, total}`: every list endpoint of docs/design.md §5. Pages count from 1. */
export function pagedListSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    items: z.array(item),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
    total: nonNegativeInt(),
  });
}
export interface PagedList<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** One field error inside a problem document; `path` uses the same JavaScript-style paths. */
export const problemFieldErrorSchema = z.looseObject({
  path: z.string(),
  message: text(),
  code: z.optional(text()),
});

/** RFC 9457 `application/problem+json`, with field-level `errors`. */
export const problemSchema = z.looseObject({
  type: text(),
  title: text(),
  status: z.int().check(z.minimum(100), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(problemFieldErrorSchema)),
});
export type Problem = z.infer<typeof problemSchema>;

/**
 * A text field checked by one of the identifier validators (src/identifiers): the value is
 * normalized (full-width folded, separators removed) and the validator's own localized
 * message is reported. Warnings (credit-code checksum) do not fail the field.
 */
export function identifierField(validator: (input: string) => IdentifierResult) {
  return z.string().check(
    z.minLength(1),
    z.overwrite((value) => (value === '' ? value : validator(value).normalized)),
    z.superRefine((value, ctx) => {
      if (value === '') return; // reported as empty by minLength
      const result = validator(value);
      if (!result.valid && result.issue !== undefined) carryIssue(ctx, [], result.issue);
    }),
  );
}

/** Reports a pre-localized issue from a refinement, so validate() keeps its code and message. */
export function carryIssue(
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  found: Pick<ValidationIssue, 'code' | 'message'>,
): void {
  const carried: CarriedIssue = { code: found.code, message: found.message };
  ctx.addIssue({ code: 'custom', message: found.code, path, input: ctx.value, params: { issue: carried } });
}
