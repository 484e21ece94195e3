import { issue } from '../issues.js';
import { identifierMessages } from './messages.js';
import { foldFullWidth, stripSeparators, type IdentifierOptions, type IdentifierResult } from './normalize.js';

/** 邮政编码: six digits. */
export function validatePostcode(input: string, options: IdentifierOptions = {}): IdentifierResult {
  const normalized = stripSeparators(foldFullWidth(input));
  if (/^\d{6}$/.test(normalized)) return { valid: true, normalized };
  return { valid: false, normalized, issue: issue(options.path ?? '', 'postcode-format', identifierMessages.postcode()) };
}
