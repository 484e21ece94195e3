import type * as z from 'zod/mini';
import { formatPath, issue, type PathSegment, type ValidationIssue } from './issues.js';
import { FORMAT_CODES, messages, type FormatMessageKey } from './messages.js';

/*
 * Turns zod's issues into Gongkai's localized ValidationIssues. zod/mini ships no message
 * locale (that keeps it small), so every message is produced here from the issue's structured
 * fields. Schemas that need a specific message pass a FormatMessageKey as zod's `error`
 * option; refinements that already have a localized issue pass it as `params.issue`.
 */

type ZodIssue = z.core.$ZodIssue;

/** The value at a zod path inside the input, to tell "missing" from "wrong type". */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isFormatKey(message: string): message is FormatMessageKey {
  return Object.prototype.hasOwnProperty.call(FORMAT_CODES, message);
}

/** Shape of `params.issue` on custom issues raised by refinements in this package. */
export interface CarriedIssue {
  code: string;
  message: ValidationIssue['message'];
}

function isCarriedIssue(value: unknown): value is CarriedIssue {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

function localize(zi: ZodIssue, input: unknown, path: string): ValidationIssue {
  const value = valueAt(input, zi.path);
  switch (zi.code) {
    case 'invalid_type':
      return value === undefined
        ? issue(path, 'required', messages.required())
        : issue(path, 'invalid-type', messages.invalidType(zi.expected, value));
    case 'invalid_value':
      return issue(path, 'invalid-value', messages.invalidValue(zi.values, value));
    case 'too_small':
      return issue(path, 'too-small', messages.tooSmall(zi.origin, Number(zi.minimum)));
    case 'too_big':
      return issue(path, 'too-big', messages.tooBig(zi.origin, Number(zi.maximum)));
    case 'invalid_format': {
      if (isFormatKey(zi.message)) return issue(path, FORMAT_CODES[zi.message], messages[zi.message]());
      if (zi.format === 'email') return issue(path, 'invalid-email', messages.email());
      return issue(path, 'invalid-format', messages.pattern());
    }
    case 'invalid_union': {
      // A discriminated union whose tag (e.g. applicant.type) matched no option carries the
      // allowed tags in `options` (not in zod's declared type, so read it defensively).
      const options: unknown = (zi as unknown as Record<string, unknown>)['options'];
      if (Array.isArray(options)) {
        return value === undefined
          ? issue(path, 'required', messages.required())
          : issue(path, 'invalid-value', messages.invalidValue(options, value));
      }
      return issue(path, 'invalid', messages.invalid());
    }
    case 'custom': {
      const carried: unknown = zi.params?.['issue'];
      if (isCarriedIssue(carried)) return issue(path, carried.code, carried.message);
      if (isFormatKey(zi.message)) return issue(path, FORMAT_CODES[zi.message], messages[zi.message]());
      return issue(path, 'invalid', messages.invalid());
    }
    default:
      return issue(path, 'invalid', messages.invalid());
  }
}

/**
 * Localizes zod issues. `prefix` is prepended to every path (used when one array element is
 * validated on its own and its issues must still point into the whole file).
 */
export function toValidationIssues(
  zodIssues: readonly ZodIssue[],
  input: unknown,
  prefix: readonly PathSegment[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const zi of zodIssues) {
    const path = formatPath([...prefix, ...zi.path]);
    const localizedIssue = localize(zi, input, path);
    // A regex check and a refinement on the same field can both fail: report the field once.
    const key = `${path}\u0000${localizedIssue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(localizedIssue);
  }
  return out;
}
