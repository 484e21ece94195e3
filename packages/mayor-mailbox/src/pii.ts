/**
 * Finds what looks like personal data in a letter's text: a resident ID number, a mobile or
 * landline number, an e-mail address (docs/domain.md §6). Used to warn a writer who lets the letter be
 * published, and to keep such text out of drafts in browser storage (docs/design.md §6).
 *
 * The patterns are deliberately loose (no checksum): a warning that fires on a mistyped ID
 * number is still a useful warning. Full-width digits and letters, typed with a Chinese input
 * method, are folded first; spaces and hyphens inside numbers are allowed.
 */

export type PersonalDataKind = 'idNumber' | 'phone' | 'email';

/** Full-width ASCII (０-９, Ａ-Ｚ, ＠, －) → ASCII, so the patterns see what the reader sees. */
function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{5}(?:[\s-]?\d){8}(?:[\s-]?\d){3}[\s-]?[\dXx](?![0-9A-Za-z])|(?<!\d)[1-9]\d{14}(?!\d)/g;
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/;
const LANDLINE = /(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The kinds of personal data found in `text`, in a fixed order; empty when none. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const folded = fold(text);
  // ID numbers are taken out before looking for phone numbers: the digits of a birth date
  // inside an ID number can read like a mobile number.
  const withoutIds = folded.replace(ID_NUMBER, ' ');
  const found: PersonalDataKind[] = [];
  if (withoutIds !== folded) found.push('idNumber');
  if (MOBILE.test(withoutIds) || LANDLINE.test(withoutIds)) found.push('phone');
  if (EMAIL.test(withoutIds)) found.push('email');
  return found;
}
