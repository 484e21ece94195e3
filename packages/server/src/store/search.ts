/**
 * Queue search (docs/staff.md "Queues"): `q` finds an application or letter by its number
 * (exact), by the applicant's or writer's full name (exact, through `person_key`: a hash of the
 * normalized name, so the index holds no name), or by words that must all occur in its text.
 * The searchable text is stored masked (`search_text`): the free text's own phone numbers and
 * names are no search key, and the lists still answer masked views only.
 */
import { createHash } from 'node:crypto';
import type { DisclosureRequest, LetterSubmission } from '@gongkai/schema';
import { maskText } from '../masking.js';
import type { SqlValue } from '../storage/db.js';

/** Case and character width do not matter (`ＺＨＡＮＧ San` ≈ `zhang san`); for a name, spacing neither (`张 三` ≈ `张三`). */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The index key of a person's name: never the name itself. */
export function personKey(name: string): string {
  return createHash('sha256').update(`gongkai:person:${fold(name).replace(/\s+/g, '')}`).digest('hex');
}

/** The stored searchable text (already masked by the caller), folded like the query words. */
export function searchText(masked: string): string {
  return fold(masked);
}

/** The search columns of an application: the natural person's name (the applicant, or an organization's contact person); its masked description, and an organization's name (public register data). */
export function requestSearchColumns(request: DisclosureRequest): { person_key: string; search_text: string } {
  const { applicant } = request;
  const person = applicant.type === 'person' ? applicant.name : applicant.contactPerson;
  const masked = maskText(request.description, { name: person, ...(applicant.type === 'person' && applicant.address ? { address: applicant.address } : {}) });
  return { person_key: personKey(person), search_text: searchText(applicant.type === 'organization' ? `${applicant.name}\n${masked}` : masked) };
}

/** The search columns of a letter: the writer's name; subject and content, masked. */
export function letterSearchColumns(letter: LetterSubmission): { person_key: string; search_text: string } {
  const writer = { name: letter.name, ...(letter.address ? { address: letter.address } : {}) };
  return { person_key: personKey(letter.name), search_text: searchText(maskText(`${letter.subject}\n${letter.content}`, writer)) };
}

/** At most this many words take part (the rest are ignored, so a pasted paragraph cannot build a huge query). */
const MAX_WORDS = 8;

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface QueueSearch {
  /** Number, full name or words. */
  q?: string | undefined;
  /** Received (arrived) on or after this civil date (Asia/Shanghai), YYYY-MM-DD. */
  receivedFrom?: string | undefined;
  /** Received on or before this civil date. */
  receivedTo?: string | undefined;
}

/** Adds the `q` and received-range conditions to a WHERE list (indexed: number, person_key, agency and submitted_at). */
export function searchConditions(search: QueueSearch, numberColumn: string, where: string[], params: SqlValue[]): void {
  const q = search.q?.trim();
  if (q) {
    const words = fold(q).split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
    where.push(`(${numberColumn} = ? OR person_key = ? OR (${words.map(() => "search_text LIKE ? ESCAPE '\\'").join(' AND ')}))`);
    params.push(q, personKey(q), ...words.map(likePattern));
  }
  // submitted_at is an ISO instant written with +08:00, so its first ten characters are the Shanghai date.
  if (search.receivedFrom) {
    where.push('submitted_at >= ?');
    params.push(search.receivedFrom);
  }
  if (search.receivedTo) {
    where.push('submitted_at < ?');
    params.push(nextDay(search.receivedTo));
  }
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
