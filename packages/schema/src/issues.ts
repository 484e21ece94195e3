import type { LocalizedText } from './locale.js';

/**
 * One problem found in a data file, an API body or an identifier. `path` is JavaScript-style
 * (`items[412].legalBasis[0].title`, root members bare) so a clerk can find the row and field;
 * `code` is stable and machine-readable; `message` is written for a non-programmer.
 */
export interface ValidationIssue {
  path: string;
  code: string;
  message: LocalizedText;
  severity: 'error' | 'warning';
}

export type PathSegment = string | number | symbol;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** `['items', 412, 'legalBasis', 0, 'title']` → `items[412].legalBasis[0].title`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      // Keys that are not identifiers (`$schema` is one; `a-b` is not) are quoted, as JavaScript would.
      if (PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

export function issue(
  path: string,
  code: string,
  message: LocalizedText,
  severity: ValidationIssue['severity'] = 'error',
): ValidationIssue {
  return { path, code, message, severity };
}
