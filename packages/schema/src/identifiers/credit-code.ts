import { issue } from '../issues.js';
import { identifierMessages } from './messages.js';
import { normalizeIdentifier, type IdentifierOptions, type IdentifierResult } from './normalize.js';

/** GB 32100-2015 character set; a character's value is its index (no I, O, Z, S, V). */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights 3^i mod 31 for the first 17 characters. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * 统一社会信用代码. Wrong length or characters is an error. A wrong check character is only a
 * warning (`valid` stays true): some genuine early codes fail it (docs/domain.md §6), and blocking a
 * real organization from applying would be worse than a typo slipping through.
 */
export function validateCreditCode(input: string, options: IdentifierOptions = {}): IdentifierResult {
  const normalized = normalizeIdentifier(input);
  const path = options.path ?? '';
  if (normalized.length !== 18) {
    return { valid: false, normalized, issue: issue(path, 'credit-code-length', identifierMessages.creditCodeLength()) };
  }
  for (const ch of normalized) {
    if (!CHARSET.includes(ch)) {
      return { valid: false, normalized, issue: issue(path, 'credit-code-charset', identifierMessages.creditCodeCharset()) };
    }
  }
  if (creditCodeCheckCharacter(normalized) !== normalized[17]) {
    return { valid: true, normalized, issue: issue(path, 'credit-code-checksum', identifierMessages.creditCodeChecksum(), 'warning') };
  }
  return { valid: true, normalized };
}
