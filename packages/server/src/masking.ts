/**
 * Masking of personal data before a letter is published (docs/domain.md §5): phone `138****1234`, ID
 * numbers keep the first 3 and last 3 characters, e-mail keeps its first character and domain,
 * the writer's name becomes `张*`, the writer's address is cut to street level. Staff review the
 * result (preview) and may edit it; their edit is masked again before it is stored.
 */
import type { LetterSubmission, PublicLetter } from '@gongkai/schema';
import { originalSpan, normalizeForMatching } from './masking/normalize.js';
import { findNumbers, type NumberFormats } from './masking/numbers.js';
import { resolveOverlaps, type Candidate, type MaskKind } from './masking/spans.js';
import { findAddresses, findCarPlates, findEmails, findLoose, findWechatIds } from './masking/text-rules.js';

export type { MaskKind } from './masking/spans.js';

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

/** A masked span: offsets into the ORIGINAL text (UTF-16 code units, as JavaScript strings count) and into the masked text. */
export interface MaskedSpan {
  kind: MaskKind;
  start: number;
  end: number;
  maskedStart: number;
  maskedEnd: number;
}

export interface MaskResult {
  text: string;
  spans: MaskedSpan[];
}

/** What the writer gave in their own fields: masked wherever it appears in the text, however it is written. */
export interface WriterFields {
  name?: string;
  address?: string;
  phone?: string;
}

const NUMBER_FORMATS: NumberFormats = {
  mobile: maskMobile,
  landline: (area, local) => `${area}-****${local.slice(-4)}`,
  idNumber: maskIdNumber,
  tail: (digits) => `****${digits.slice(-4)}`,
  hidden: () => '***',
};

/**
 * Finds personal data in free text (docs/domain.md §5) and masks it: rules run on a normalized copy
 * (full-width folded, invisible characters dropped, separators tolerated) and their findings are
 * mapped back to the original, which is rebuilt around them. Linear in the text's length (the
 * writer's name and address cost O(text × field)).
 */
export function maskPersonalData(text: string, writer: WriterFields = {}): MaskResult {
  const normalized = normalizeForMatching(text);
  const n = normalized.text;
  const phoneDigits = writer.phone ? normalizeForMatching(writer.phone).text.replace(/\D/g, '') : '';
  const known = new Set(phoneDigits.length >= 5 ? [phoneDigits] : []);
  const candidates: Candidate[] = [
    ...findEmails(n, maskEmail),
    ...findNumbers(n, known, NUMBER_FORMATS),
    ...findWechatIds(n),
    ...findCarPlates(n),
    ...findAddresses(n),
  ];
  const address = writer.address ? normalizeForMatching(writer.address.trim()).text : '';
  if ([...address].length >= 4) candidates.push(...findLoose(n, address, 'address', maskAddress(address)));
  const name = writer.name ? normalizeForMatching(writer.name.trim()).text : '';
  if ([...name.replace(/\s/g, '')].length >= 2) candidates.push(...findLoose(n, name, 'name', maskName(name)));

  const spans: MaskedSpan[] = [];
  let out = '';
  let copied = 0;
  for (const candidate of resolveOverlaps(candidates)) {
    const { start, end } = originalSpan(normalized, candidate.start, candidate.end);
    out += text.slice(copied, start);
    const maskedStart = out.length;
    out += candidate.replacement;
    spans.push({ kind: candidate.kind, start, end, maskedStart, maskedEnd: out.length });
    copied = end;
  }
  out += text.slice(copied);
  return { text: out, spans };
}

/** Masks personal data found in free text, plus the writer's own name and address wherever they occur. */
export function maskText(text: string, writer: WriterFields = {}): string {
  return maskPersonalData(text, writer).text;
}

/** The public form of a letter as it would be published; the writer's contact fields are never included. */
export function publicLetterFrom(
  letterNumber: string,
  letter: LetterSubmission,
  state: { submittedAt: string; status: PublicLetter['status']; replies: PublicLetter['replies']; handlingUnit?: string; satisfaction?: PublicLetter['satisfaction'] },
  edited: { subject?: string; content?: string } = {},
): PublicLetter {
  const writer: WriterFields = { name: letter.name, phone: letter.phone, ...(letter.address ? { address: letter.address } : {}) };
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
