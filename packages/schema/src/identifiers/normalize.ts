import type { ValidationIssue } from '../issues.js';

/** What every identifier validator returns. `normalized` is the form to store and compare. */
export interface IdentifierResult {
  valid: boolean;
  normalized: string;
  issue?: ValidationIssue;
}

export interface IdentifierOptions {
  /** Path reported in `issue.path` (e.g. `applicant.idNumber`); empty by default. */
  path?: string;
}

/**
 * Full-width forms (ＡＢＣ１２３, typed with a Chinese input method) → ASCII, ideographic
 * space → space. Identifiers are ASCII, so folding never changes a correct entry.
 */
export function foldFullWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Removes the spaces and dashes people type to group digits (all Unicode dash forms). */
export function stripSeparators(value: string): string {
  return value.replace(/[\s\-\u2010-\u2015\u2212\u30FC]/g, '');
}

/** The common first step: fold, strip, upper-case. */
export function normalizeIdentifier(value: string): string {
  return stripSeparators(foldFullWidth(value)).toUpperCase();
}
