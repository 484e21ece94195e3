/**
 * The letter form's values, what a draft of them keeps, and the field of a contract path. Their
 * checks and the request body are in letter-checks.ts, which loads with sending (the lazy chunk).
 * Kept free of rendering so the rules can be read and tested alone.
 */
import { findPersonalData } from './pii.js';
import type { PersonalDataKind } from './pii.js';

/** The contract's limits (LETTER_SUBJECT_MAX_LENGTH, LETTER_CONTENT_MAX_LENGTH in @gongkai/schema). */
export const SUBJECT_MAX = 100;
export const CONTENT_MAX = 5000;

export interface LetterValues {
  type: string;
  subject: string;
  content: string;
  name: string;
  phone: string;
  email: string;
  address: string;
  /** The writer lets the letter be published (masked) once answered; off unless they tick it. */
  mayPublish: boolean;
  privacyAccepted: boolean;
}

export type LetterField = keyof LetterValues;

/** Page order: the error summary lists problems in this order. */
export const FIELD_ORDER: readonly LetterField[] = ['type', 'subject', 'content', 'name', 'phone', 'email', 'address', 'mayPublish', 'privacyAccepted'];

/**
 * Fields a draft may keep. Name, phone, e-mail and address are personal and never reach browser
 * storage; subject and content are dropped from a draft when they contain personal data (pii.ts).
 */
export const DRAFT_FIELDS = ['type', 'subject', 'content', 'mayPublish'] as const;

/** Personal data in the parts of the letter that would be published. */
export function personalDataIn(values: LetterValues): PersonalDataKind[] {
  return findPersonalData(`${values.subject}\n${values.content}`);
}

/** What of a letter a draft keeps: subject and content only while they hold no personal data (docs/design.md §6). */
export function letterDraft(v: LetterValues): Partial<Record<(typeof DRAFT_FIELDS)[number], unknown>> {
  const clean = personalDataIn(v).length === 0;
  return { type: v.type, mayPublish: v.mayPublish, ...(clean ? { subject: v.subject, content: v.content } : {}) };
}

/** A stored draft back into an empty letter, keeping only well-formed entries. */
export function letterFromDraft(draft: Readonly<Record<string, unknown>>): LetterValues {
  return {
    ...emptyLetter(),
    ...(typeof draft['type'] === 'string' ? { type: draft['type'] } : {}),
    ...(typeof draft['subject'] === 'string' ? { subject: draft['subject'] } : {}),
    ...(typeof draft['content'] === 'string' ? { content: draft['content'] } : {}),
    ...(typeof draft['mayPublish'] === 'boolean' ? { mayPublish: draft['mayPublish'] } : {}),
  };
}

export function emptyLetter(): LetterValues {
  return { type: '', subject: '', content: '', name: '', phone: '', email: '', address: '', mayPublish: false, privacyAccepted: false };
}

/** Number of characters as a reader counts them (a CJK character or an emoji is one). */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The form field a server error path (`phone`, `content`…) belongs to. */
export function fieldForPath(path: string): LetterField | undefined {
  const head = path.split(/[.[]/)[0] ?? '';
  return (FIELD_ORDER as readonly string[]).includes(head) ? (head as LetterField) : undefined;
}
