/**
 * `GET mailbox/letters` and `GET mailbox/letters/{n}` (docs/design.md §5 "Reads that scale"):
 * the letters staff published, searched, filtered, counted, sorted and paged in SQL
 * (store/published-letters.ts), merged with the data folder's archive file of letters, if any.
 * The answer is the one @gongkai/client's in-memory engine gives for the merged collection
 * (the database's letters first, newest first, then the file's; on a clash of numbers the live
 * record wins) — the same search, facet counts, sorts, stable ties and page clamping — without
 * reading every published row per request.
 *
 * The archive is a static file parsed once; merging it costs the page's offset in order keys
 * (never whole letters), only when archive letters match the query.
 */
import { createSearchIndex, kindConfig, MAX_PAGE_SIZE, type FacetCount, type QueryParams, type QueryResult, type SearchIndex } from '@gongkai/client';
import { parseDataFile, type PublicLetter } from '@gongkai/schema';
import { searchTerms, type LetterCell, type LetterOrderKey, type LetterSort, type PublishedLetterQuery, type PublishedLetters } from './store/published-letters.js';

const CONFIG = kindConfig('mailbox-letters');
const DEFAULT_PAGE_SIZE = 20;

interface ArchiveMatch {
  letter: PublicLetter;
  index: number;
  score: number;
  position: number;
}

/** The archive file's valid letters, with their search index (built on the first text query). */
class Archive {
  readonly letters: PublicLetter[];
  private index: SearchIndex | undefined;
  private byNumber: Map<string, PublicLetter> | undefined;

  constructor(file: Record<string, unknown> | undefined) {
    const parsed = file ? parseDataFile(file, { expectedKind: 'mailbox-letters' }) : undefined;
    this.letters = parsed?.ok ? ((parsed.file as { letters?: PublicLetter[] }).letters ?? []) : [];
  }

  search(q: string, hasText: boolean): ArchiveMatch[] {
    if (!hasText) return this.letters.map((letter, index) => ({ letter, index, score: 0, position: 0 }));
    this.index ??= createSearchIndex(this.letters, CONFIG.searchFields());
    return this.index.search(q).map((hit) => ({ letter: this.letters[hit.index]!, index: hit.index, score: hit.score, position: hit.position }));
  }

  get(letterNumber: string): PublicLetter | undefined {
    this.byNumber ??= new Map(this.letters.map((letter) => [String(letter.letterNumber), letter]));
    return this.byNumber.get(letterNumber);
  }
}

export class LetterList {
  private readonly archive: Archive;
  private replaced: { version: number; numbers: Promise<Set<string>> } | undefined;

  /**
   * `version`: bumped on every publish in this process and every few seconds (other processes
   * publish too); it says when to look again which archive letters a published one replaces.
   */
  constructor(
    private readonly published: PublishedLetters,
    archiveFile: Record<string, unknown> | undefined,
    private readonly version: () => number,
  ) {
    this.archive = new Archive(archiveFile);
  }

  /** Archive letters whose number a published letter now has (the live record wins). */
  private replacedNumbers(): Promise<Set<string>> {
    const version = this.version();
    if (this.archive.letters.length === 0) return Promise.resolve(new Set());
    if (this.replaced?.version !== version) {
      const numbers = this.published.publishedAmong(this.archive.letters.map((letter) => String(letter.letterNumber)));
      this.replaced = { version, numbers };
      numbers.catch(() => (this.replaced = undefined));
    }
    return this.replaced.numbers;
  }

  async get(letterNumber: string): Promise<PublicLetter | undefined> {
    return (await this.published.get(letterNumber)) ?? this.archive.get(letterNumber);
  }

  async query(params: QueryParams): Promise<QueryResult<PublicLetter>> {
    const q = params.q ?? '';
    const hasText = q.trim() !== '';
    const terms = searchTerms(q);
    const type = params.filters?.type ?? [];
    const status = params.filters?.status ?? [];
    const query: PublishedLetterQuery = { terms, type, status, sort: resolveLetterSort(params.sort, hasText) };

    const replaced = await this.replacedNumbers();
    const archiveHits = this.archive.search(q, hasText).filter((match) => !replaced.has(String(match.letter.letterNumber)));
    const cells = [...(await this.published.cells(terms)), ...archiveHits.map((match) => ({ type: match.letter.type, status: match.letter.status, n: 1 }))];
    const { total, facets } = countCells(cells, type, status);

    const pageSize = clampInteger(params.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const pageCount = Math.ceil(total / pageSize);
    const page = clampInteger(params.page, 1, 1, Math.max(1, pageCount));
    const offset = (page - 1) * pageSize;

    const archiveMatched = archiveHits.filter((match) => accepts(type, match.letter.type) && accepts(status, match.letter.status));
    if (archiveMatched.length === 0) return { items: await this.published.page(query, offset, pageSize), total, page, pageSize, facets };

    archiveMatched.sort((a, b) => compareOrder(query.sort, hasText, archiveKey(a), archiveKey(b)) || a.index - b.index);
    const dbKeys = await this.published.orderKeys(query, offset + pageSize);
    const window: Array<{ db: string } | { archive: PublicLetter }> = [];
    let i = 0;
    let j = 0;
    for (let at = 0; at < offset + pageSize && (i < dbKeys.length || j < archiveMatched.length); at++) {
      // On a tie the database's letter comes first: it is first in the merged collection.
      const takeDb = j >= archiveMatched.length || (i < dbKeys.length && compareOrder(query.sort, hasText, dbKeys[i]!, archiveKey(archiveMatched[j]!)) <= 0);
      const entry = takeDb ? { db: dbKeys[i++]!.letterNumber } : { archive: archiveMatched[j++]!.letter };
      if (at >= offset) window.push(entry);
    }
    const bodies = await this.published.byNumbers(window.flatMap((entry) => ('db' in entry ? [entry.db] : [])));
    const items = window.flatMap((entry) => {
      if (!('db' in entry)) return [entry.archive];
      const letter = bodies.get(entry.db);
      return letter ? [letter] : []; // unpublished between the two reads
    });
    return { items, total, page, pageSize, facets };
  }
}

/** parsed-collection.ts resolveSort for this kind, limited to the kind's own sort names. */
export function resolveLetterSort(sort: string | undefined, hasText: boolean): LetterSort {
  if ((sort === undefined || sort === '' || sort === 'relevance') && hasText) return 'relevance';
  const named = (name: string | undefined): LetterSort | undefined => {
    if (!name) return undefined;
    const descending = name.startsWith('-');
    const by = descending ? name.slice(1) : name;
    return by === 'submittedAt' || by === 'subject' ? { by, descending } : undefined;
  };
  return named(sort) ?? named(CONFIG.defaultSort) ?? 'relevance';
}

function accepts(selected: readonly string[], value: string): boolean {
  return selected.length === 0 || selected.includes(value);
}

/**
 * Total and facet counts from the (type, status) cells of the text matches, as run-query.ts
 * counts: a facet's counts ignore its own filter and apply the other's; selected values are
 * listed even with 0; count descending, then value in code-unit order.
 */
export function countCells(cells: readonly LetterCell[], type: readonly string[], status: readonly string[]): { total: number; facets: Record<string, FacetCount[]> } {
  let total = 0;
  const byType = new Map<string, number>();
  const byStatus = new Map<string, number>();
  for (const cell of cells) {
    const typeOk = accepts(type, cell.type);
    const statusOk = accepts(status, cell.status);
    if (typeOk && statusOk) total += cell.n;
    if (statusOk && cell.type !== '') byType.set(cell.type, (byType.get(cell.type) ?? 0) + cell.n);
    if (typeOk && cell.status !== '') byStatus.set(cell.status, (byStatus.get(cell.status) ?? 0) + cell.n);
  }
  const list = (counts: Map<string, number>, selected: readonly string[]) => {
    const result = [...counts].filter(([, count]) => count > 0).map(([value, count]) => ({ value, count }));
    for (const value of new Set(selected)) if (!result.some((c) => c.value === value)) result.push({ value, count: 0 });
    return result.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  };
  return { total, facets: { type: list(byType, type), status: list(byStatus, status) } };
}

function archiveKey(match: ArchiveMatch): LetterOrderKey {
  return { letterNumber: String(match.letter.letterNumber), submittedAt: match.letter.submittedAt, subject: match.letter.subject, score: match.score, position: match.position };
}

/** The named sort (missing values last either way, code-unit order), then relevance with text. */
function compareOrder(sort: LetterSort, hasText: boolean, a: LetterOrderKey, b: LetterOrderKey): number {
  if (sort !== 'relevance') {
    const x = sort.by === 'subject' ? a.subject : a.submittedAt;
    const y = sort.by === 'subject' ? b.subject : b.submittedAt;
    if (x === '' || y === '') {
      if (x !== y) return x === '' ? 1 : -1;
    } else if (x !== y) return (x < y ? -1 : 1) * (sort.descending ? -1 : 1);
  }
  if (hasText) return b.score - a.score || a.position - b.position;
  return 0;
}

function clampInteger(value: number | undefined, fallback: number, min: number, max: number): number {
  const n = value === undefined || !Number.isFinite(value) ? fallback : Math.floor(value);
  return Math.min(max, Math.max(min, n));
}
