import { issue } from '../issues.js';
import { messages } from '../messages.js';
import { foldFullWidth, type IdentifierOptions, type IdentifierResult } from './normalize.js';

/**
 * The 2008 national guideline's 索引号 — organization part / year - serial (`000014349/2008-00001`) —
 * with the variants most sites use (docs/domain.md §2): the organization part is the 9-character
 * organization code, a 10-character local code (`6107280000/2024-001005`) or the 18-character
 * unified social credit code that replaced organization codes (`11441700007280420Y/2021-00050`);
 * the serial has 5 or 6 digits. Other formats need a per-site pattern.
 */
export const DEFAULT_INDEX_NUMBER_PATTERN = /^(?:[0-9A-Z]{9,10}|[0-9A-Z]{18})\/\d{4}-\d{5,6}$/;

/**
 * 索引号. Real sites use many formats (docs/domain.md §2), so each site passes its own pattern and a
 * mismatch only warns (`valid` stays true). An empty value is an error.
 */
export function validateIndexNumber(
  input: string,
  options: IdentifierOptions & { pattern?: RegExp } = {},
): IdentifierResult {
  const normalized = foldFullWidth(input).trim();
  const path = options.path ?? '';
  if (normalized === '') return { valid: false, normalized, issue: issue(path, 'required', messages.required()) };
  const pattern = options.pattern ?? DEFAULT_INDEX_NUMBER_PATTERN;
  pattern.lastIndex = 0; // a /g or /y pattern would otherwise remember the last match
  if (!pattern.test(normalized)) {
    return { valid: true, normalized, issue: issue(path, 'index-number-pattern', messages.indexNumberPattern(pattern.source), 'warning') };
  }
  return { valid: true, normalized };
}
