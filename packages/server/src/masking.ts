/**
 * Masking of personal data before a letter is published (docs/domain.md §5): phone `138****1234`, ID
 * numbers keep the first 3 and last 3 characters, e-mail keeps its first character and domain,
 * the writer's name becomes `张*`, the writer's address is cut to street level. Staff review the
 * result (preview) and may edit it; their edit is masked again before it is stored.
 */
import type { LetterSubmission, PublicLetter } from '@gongkai/schema';

export function maskMobile(digits: string): string {
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskIdNumber(id: string): string {
  return `${id.slice(0, 3)}${'*'.repeat(Math.max(0, id.length - 6))}${id.slice(-3)}`;
}

/** `张三` → `张*`, `欧阳修文` → `欧***`; Latin names keep their first letter. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}

/**
 * Keeps an address up to its street-level part: the text through the last 路/街/道/巷/弄/镇/乡/村
 * before the first digit (house numbers, buildings and rooms go). Without such a marker only the
 * district level (区/县/市) is kept.
 */
export function maskAddress(address: string): string {
  const firstDigit = address.search(/[0-9０-９]/);
  const head = firstDigit >= 0 ? address.slice(0, firstDigit) : address;
  const street = Math.max(...['路', '街', '道', '巷', '弄', '镇', '乡', '村'].map((marker) => head.lastIndexOf(marker)));
  const cut = street >= 0 ? street + 1 : Math.max(...['区', '县', '市'].map((marker) => head.lastIndexOf(marker))) + 1;
  const kept = address.slice(0, cut);
  return cut < address.length ? `${kept}***` : kept;
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at > 0 ? `${email[0]}***${email.slice(at)}` : '***';
}

const ID_PATTERN = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_PATTERN = /(?<!\d)(?:\+?86[-\s]?)?(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?!\d)/g;
const LANDLINE_PATTERN = /(?<!\d)(0\d{2,3})[-\s]?(\d{3,4})(\d{4})(?!\d)/g;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Masks personal data found in free text, plus the writer's own name and address wherever they occur. */
export function maskText(text: string, writer: { name?: string; address?: string } = {}): string {
  let out = text
    .replace(ID_PATTERN, (id) => maskIdNumber(id))
    .replace(MOBILE_PATTERN, (_, a: string, b: string, c: string) => maskMobile(`${a}${b}${c}`))
    .replace(LANDLINE_PATTERN, (_, area: string, _mid: string, last: string) => `${area}-****${last}`)
    .replace(EMAIL_PATTERN, (email) => maskEmail(email));
  const address = writer.address?.trim();
  if (address && address.length >= 4) out = out.replace(new RegExp(escapeRegExp(address), 'g'), maskAddress(address));
  const name = writer.name?.trim();
  if (name && [...name].length >= 2) out = out.replace(new RegExp(escapeRegExp(name), 'g'), maskName(name));
  return out;
}

/** The public form of a letter as it would be published; the writer's contact fields are never included. */
export function publicLetterFrom(
  letterNumber: string,
  letter: LetterSubmission,
  state: { submittedAt: string; status: PublicLetter['status']; replies: PublicLetter['replies']; handlingUnit?: string; satisfaction?: PublicLetter['satisfaction'] },
  edited: { subject?: string; content?: string } = {},
): PublicLetter {
  const writer = { name: letter.name, ...(letter.address ? { address: letter.address } : {}) };
  return {
    letterNumber,
    type: letter.type,
    subject: maskText(edited.subject ?? letter.subject, writer),
    content: maskText(edited.content ?? letter.content, writer),
    submittedAt: state.submittedAt,
    status: state.status,
    replies: state.replies.map((reply) => ({ ...reply, content: maskText(reply.content, writer) })),
    ...(state.handlingUnit ? { handlingUnit: state.handlingUnit } : {}),
    ...(state.satisfaction ? { satisfaction: state.satisfaction } : {}),
  };
}
