import { isRealDate } from '../fields.js';
import { issue } from '../issues.js';
import { identifierMessages } from './messages.js';
import { normalizeIdentifier, type IdentifierOptions, type IdentifierResult } from './normalize.js';

/** GB 11643-1999 weights for the first 17 characters. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character for the first 17 digits of a resident ID number. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Birth dates before this year are not plausible for a living applicant's number format. */
const EARLIEST_BIRTH_YEAR = 1800;

/**
 * 居民身份证号码 (18 characters: area, birth date, sequence, check). Normalizes spaces, hyphens,
 * full-width characters and a lower-case x first. The birth date must exist and not lie in the
 * future (`today` is a parameter so tests do not depend on the clock).
 */
export function validateResidentId(input: string, options: IdentifierOptions & { today?: Date } = {}): IdentifierResult {
  const normalized = normalizeIdentifier(input);
  const path = options.path ?? '';
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return { valid: false, normalized, issue: issue(path, 'resident-id-format', identifierMessages.residentIdFormat()) };
  }
  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  const today = options.today ?? new Date();
  const birth = year * 10000 + month * 100 + day;
  const todayNumber = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (year < EARLIEST_BIRTH_YEAR || !isRealDate(year, month, day) || birth > todayNumber) {
    return { valid: false, normalized, issue: issue(path, 'resident-id-date', identifierMessages.residentIdDate()) };
  }
  if (residentIdCheckCharacter(normalized) !== normalized[17]) {
    return { valid: false, normalized, issue: issue(path, 'resident-id-checksum', identifierMessages.residentIdChecksum()) };
  }
  return { valid: true, normalized };
}
