/**
 * The published letters as indexed SQL (docs/design.md §5 "Reads that scale"): the public list's
 * search, facet filters, sorts and paging run in the database over columns written at
 * publication — the masked subject, and subject and content passed through the client's
 * normalizeForSearch (Simplified/Traditional, width, case, brackets), so a search here matches
 * exactly what the in-memory engine of @gongkai/client matches in a file. Nothing here reads or
 * parses more published rows than the page shown.
 *
 * Search is substring search (docs/domain.md §8): each term is looked for with instr/strpos in
 * the normalized columns. That is a scan of the published rows' search columns (native code,
 * no JSON), done only for requests with `q`; lists without text, the counts and single letters
 * are index reads.
 */
import { kindConfig, normalizeForSearch, queryTerms } from '@gongkai/client';
import type { PublicLetter } from '@gongkai/schema';
import type { SqlValue, Tx } from '../storage/db.js';
import type { StoreContext } from './context.js';
import { readTallies } from './letter-tallies.js';

/** The columns written with `published` (migration 8). */
export function publishedSearchColumns(published: string | null): { published_subject: string | null; search_subject: string | null; search_content: string | null } {
  if (published === null) return { published_subject: null, search_subject: null, search_content: null };
  const letter = JSON.parse(published) as Partial<PublicLetter>;
  const subject = letter.subject == null ? '' : String(letter.subject);
  const content = letter.content == null ? '' : String(letter.content);
  return { published_subject: subject, search_subject: normalizeForSearch(subject), search_content: normalizeForSearch(content) };
}

/** The sorts of the mailbox-letters kind (kinds.ts), by name; anything else is the default order. */
export type LetterSort = { by: 'submittedAt' | 'subject'; descending: boolean } | 'relevance';

export interface PublishedLetterQuery {
  /** Normalized search terms (queryTerms); empty: no text condition. */
  terms: string[];
  type: readonly string[];
  status: readonly string[];
  sort: LetterSort;
}

/** A letter's place in the list order, enough to merge it with the archive's (letter-list.ts). */
export interface LetterOrderKey {
  letterNumber: string;
  submittedAt: string;
  subject: string;
  score: number;
  position: number;
}

/** One (type, status) cell of the matching letters: totals and facet counts are sums of cells. */
export interface LetterCell {
  type: string;
  status: string;
  n: number;
}

const FIELDS = kindConfig('mailbox-letters').searchFields();
const SUBJECT_WEIGHT = FIELDS.find((field) => field.name === 'subject')?.weight ?? 3;
const CONTENT_WEIGHT = FIELDS.find((field) => field.name === 'content')?.weight ?? 1;

interface PublishedRow {
  letter_number: string;
  published: string;
  status: string;
  satisfaction: string | null;
}

export class PublishedLetters {
  constructor(private readonly ctx: StoreContext) {}

  private get find(): string {
    return this.ctx.db.dialect === 'postgres' ? 'strpos' : 'instr';
  }

  /** Code-unit order for subjects on PostgreSQL too, as the in-memory engine compares them. */
  private get binary(): string {
    return this.ctx.db.dialect === 'postgres' ? ' COLLATE "C"' : '';
  }

  /** Letters published before migration 8 get their search columns; returns how many. */
  async backfill(batch = 500): Promise<number> {
    let filled = 0;
    for (;;) {
      const done = await this.ctx.db.transaction(async (tx) => {
        const rows = await tx.all<{ letter_number: string; published: string }>(
          'SELECT letter_number, published FROM letters WHERE published IS NOT NULL AND search_subject IS NULL LIMIT ?',
          [batch],
        );
        for (const row of rows) {
          const columns = publishedSearchColumns(row.published);
          await tx.run('UPDATE letters SET published_subject = ?, search_subject = ?, search_content = ? WHERE letter_number = ?', [
            columns.published_subject,
            columns.search_subject,
            columns.search_content,
            row.letter_number,
          ]);
        }
        return rows.length;
      });
      filled += done;
      if (done < batch) return filled;
    }
  }

  /** One published letter by number (primary key). */
  async get(letterNumber: string): Promise<PublicLetter | undefined> {
    const row = await this.ctx.db.read((tx) =>
      tx.get<PublishedRow>('SELECT letter_number, published, status, satisfaction FROM letters WHERE letter_number = ? AND published IS NOT NULL', [letterNumber]),
    );
    return row ? publicLetter(row) : undefined;
  }

  /** Which of `numbers` are published letters (they replace the archive's letter of that number). */
  async publishedAmong(numbers: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let at = 0; at < numbers.length; at += 500) {
      const chunk = numbers.slice(at, at + 500);
      const rows = await this.ctx.db.read((tx) =>
        tx.all<{ letter_number: string }>(
          `SELECT letter_number FROM letters WHERE published IS NOT NULL AND letter_number IN (${chunk.map(() => '?').join(', ')})`,
          chunk,
        ),
      );
      for (const row of rows) found.add(row.letter_number);
    }
    return found;
  }

  /**
   * The (type, status) cells of the letters matching the text, before facet filters: without
   * text, the tallies kept with every change (letter-tallies.ts); with text, one grouped scan.
   */
  async cells(terms: readonly string[]): Promise<LetterCell[]> {
    if (terms.length === 0) {
      const rows = await this.ctx.db.read((tx) => readTallies(tx, ['published']));
      return rows.map((row) => {
        const bar = row.value.indexOf('|');
        return { type: row.value.slice(0, bar), status: row.value.slice(bar + 1), n: row.n };
      });
    }
    const where = this.where({ terms: [...terms], type: [], status: [], sort: 'relevance' });
    const rows = await this.ctx.db.read((tx) =>
      tx.all<{ type: string; status: string; n: number | string }>(`SELECT type, status, COUNT(*) AS n FROM letters WHERE ${where.sql} GROUP BY type, status`, where.params),
    );
    return rows.map((row) => ({ type: row.type, status: row.status, n: Number(row.n) }));
  }

  /** Letters `offset` … `offset + limit - 1` of the list order. */
  async page(query: PublishedLetterQuery, offset: number, limit: number): Promise<PublicLetter[]> {
    if (limit <= 0) return [];
    const { sql, params } = this.ordered(query, 'letter_number, published, status, satisfaction');
    const rows = await this.ctx.db.read((tx) => tx.all<PublishedRow>(`${sql} LIMIT ? OFFSET ?`, [...params, limit, offset]));
    return rows.map(publicLetter);
  }

  /** The order keys of the first `limit` letters of the list order (for merging with the archive). */
  async orderKeys(query: PublishedLetterQuery, limit: number): Promise<LetterOrderKey[]> {
    if (limit <= 0) return [];
    const { sql, params } = this.ordered(query, 'letter_number, submitted_at, published_subject');
    const rows = await this.ctx.db.read((tx) =>
      tx.all<{ letter_number: string; submitted_at: string; published_subject: string | null; score?: number | string; position?: number | string }>(`${sql} LIMIT ?`, [
        ...params,
        limit,
      ]),
    );
    return rows.map((row) => ({
      letterNumber: row.letter_number,
      submittedAt: row.submitted_at,
      subject: row.published_subject ?? '',
      score: Number(row.score ?? 0),
      position: Number(row.position ?? 0),
    }));
  }

  /** Published letters by number, in no particular order. */
  async byNumbers(numbers: readonly string[]): Promise<Map<string, PublicLetter>> {
    const found = new Map<string, PublicLetter>();
    if (numbers.length === 0) return found;
    const rows = await this.ctx.db.read((tx) =>
      tx.all<PublishedRow>(
        `SELECT letter_number, published, status, satisfaction FROM letters WHERE published IS NOT NULL AND letter_number IN (${numbers.map(() => '?').join(', ')})`,
        numbers,
      ),
    );
    for (const row of rows) found.set(row.letter_number, publicLetter(row));
    return found;
  }

  private where(query: PublishedLetterQuery): { sql: string; params: SqlValue[] } {
    const conditions = ['published IS NOT NULL'];
    const params: SqlValue[] = [];
    for (const term of query.terms) {
      conditions.push(`(${this.find}(search_subject, ?) > 0 OR ${this.find}(search_content, ?) > 0)`);
      params.push(term, term);
    }
    for (const [column, values] of [
      ['type', query.type],
      ['status', query.status],
    ] as const) {
      if (values.length === 0) continue;
      conditions.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    }
    return { sql: conditions.join(' AND '), params };
  }

  /**
   * SELECT … in the in-memory engine's order (@gongkai/client run-query.ts): the named sort (a
   * stable sort, so ties keep the order below), then with text the relevance — the sum of the
   * best field's weight per term, then the first term's position — then the original order,
   * newest first (ties by number, the order rows were stored in).
   */
  private ordered(query: PublishedLetterQuery, columns: string): { sql: string; params: SqlValue[] } {
    const where = this.where(query);
    const select: string[] = [columns];
    const selectParams: SqlValue[] = [];
    const order: string[] = [];
    if (query.sort !== 'relevance') {
      const direction = query.sort.descending ? 'DESC' : 'ASC';
      order.push(query.sort.by === 'subject' ? `published_subject${this.binary} ${direction}` : `submitted_at ${direction}`);
    }
    const [first] = query.terms;
    if (first !== undefined) {
      const score = query.terms.map(() => `CASE WHEN ${this.find}(search_subject, ?) > 0 THEN ${SUBJECT_WEIGHT} ELSE ${CONTENT_WEIGHT} END`).join(' + ');
      select.push(`(${score}) AS score`);
      selectParams.push(...query.terms);
      select.push(`(CASE WHEN ${this.find}(search_subject, ?) > 0 THEN ${this.find}(search_subject, ?) ELSE ${this.find}(search_content, ?) END) - 1 AS position`);
      selectParams.push(first, first, first);
      order.push('score DESC', 'position ASC');
    }
    order.push('submitted_at DESC', 'letter_number ASC');
    return {
      sql: `SELECT ${select.join(', ')} FROM letters WHERE ${where.sql} ORDER BY ${order.join(', ')}`,
      params: [...selectParams, ...where.params],
    };
  }
}

/** Status and rating keep moving after publication; the masked text stays as reviewed. */
function publicLetter(row: PublishedRow): PublicLetter {
  const letter = JSON.parse(row.published) as PublicLetter;
  return { ...letter, status: row.status as PublicLetter['status'], ...(row.satisfaction ? { satisfaction: row.satisfaction as PublicLetter['satisfaction'] } : {}) };
}

/**
 * `q` as the in-memory engine splits it. A NUL cannot be a text parameter on PostgreSQL (and no
 * stored text holds one: bodies refuse control characters), so a term with one matches nothing —
 * kept as a term that cannot occur rather than dropped, so the answer stays the engine's.
 */
export function searchTerms(q: string | undefined): string[] {
  return queryTerms(q ?? '').map((term) => (term.includes('\u0000') ? term.replaceAll('\u0000', '\uFFFF\uFFFE') : term));
}
