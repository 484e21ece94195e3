import { issue } from '../issues.js';
import { identifierMessages } from './messages.js';
import { foldFullWidth, stripSeparators, type IdentifierOptions, type IdentifierResult } from './normalize.js';

const MOBILE = /^1[3-9]\d{9}$/;
/** 0 + area code (2–3 more digits) + 7–8 digit local number. */
const LANDLINE = /^0\d{9,11}$/;
/** China's country code as typed: +86, 0086, or a bare 86 (numbers never start with 86 nationally). */
const COUNTRY_CODE = /^(?:\+|00)?86/;

/**
 * The national number: separators and brackets removed, full-width folded, country code
 * dropped. After +86 a landline loses its leading 0 (+86 10 1234 5678), so it is put back.
 */
function nationalNumber(input: string): string {
  const compact = stripSeparators(foldFullWidth(input)).replace(/[()]/g, '');
  const country = COUNTRY_CODE.exec(compact);
  if (country === null) return compact;
  const rest = compact.slice(country[0].length);
  return /^[2-9]/.test(rest) || (rest.startsWith('10') && !MOBILE.test(rest)) ? `0${rest}` : rest;
}

/** Area codes starting 01 or 02 have 3 digits (010, 020–029); all others have 4. */
function formatLandline(digits: string): string | undefined {
  const areaLength = digits[1] === '1' || digits[1] === '2' ? 3 : 4;
  const local = digits.slice(areaLength);
  return local.length >= 7 && local.length <= 8 ? `${digits.slice(0, areaLength)}-${local}` : undefined;
}

/** 手机号码 only; normalized to 11 digits. */
export function validateMobile(input: string, options: IdentifierOptions = {}): IdentifierResult {
  const normalized = nationalNumber(input);
  if (MOBILE.test(normalized)) return { valid: true, normalized };
  return { valid: false, normalized, issue: issue(options.path ?? '', 'mobile-format', identifierMessages.mobile()) };
}

/**
 * A contact number: mobile, or landline with area code. Mobiles normalize to 11 digits,
 * landlines to `area-local` (`010-12345678`, `0755-1234567`).
 */
export function validatePhone(input: string, options: IdentifierOptions = {}): IdentifierResult {
  const digits = nationalNumber(input);
  if (MOBILE.test(digits)) return { valid: true, normalized: digits };
  const landline = LANDLINE.test(digits) ? formatLandline(digits) : undefined;
  if (landline !== undefined) return { valid: true, normalized: landline };
  return { valid: false, normalized: digits, issue: issue(options.path ?? '', 'phone-format', identifierMessages.phone()) };
}
