/**
 * CJK-aware substring search (docs/domain.md §8).
 *
 * Semantics, exactly: the query is normalized (normalizeForSearch), trimmed and split on
 * whitespace into terms; a record matches when EVERY term is a substring of the normalized text
 * of SOME field value of that record (terms may match in different fields). No tokenizer, so a
 * Chinese query finds Chinese text without spaces, and Latin words and numbers (文号, 索引号) are
 * matched as typed, never split.
 *
 * Ranking: for each term, the record's best field is the one with the highest weight, then the
 * earliest match position. Records are ordered by the sum of those weights (descending), then the
 * first term's match position (ascending), then original order. For a one-term query this is
 * "title before body, earlier match first, otherwise stable".
 *
 * Implementation: a plain scan (measured faster than a bigram index for typical queries, see
 * scripts/measure-search.ts and the README). For each field, the normalized text of all records
 * is concatenated into ONE string, one record per line, with an offset table; `indexOf` on the
 * big string jumps between matches natively, and a binary search over the offsets says which
 * record a match belongs to. The index is plain data (strings and number arrays) kept apart from
 * the records, so it can be built in a Worker, posted with structuredClone or shipped as JSON.
 */
import { normalizeForSearch } from './normalize.js';

export interface SearchField<T> {
  /** Reported back in SearchHit.field. */
  name: string;
  /** The text(s) to search; arrays are searched value by value (a match never spans two values). */
  get: (record: T) => string | string[] | undefined | null;
  /** Higher ranks first; title or name fields get the highest weight. */
  weight: number;
}

export interface SearchHit {
  /** Index of the record in the array the index was built from. */
  index: number;
  /** Sum over query terms of the weight of the best field the term matched in. */
  score: number;
  /** Name of the field the first term matched best in. */
  field: string;
  /** Offset of the first term's match in that field's text (array values joined by a space). */
  position: number;
}

/** Serializable index: no functions, no references to records. */
export interface SearchIndexData {
  format: 'gongkai-search-scan-1';
  count: number;
  fields: SearchIndexFieldData[];
}

export interface SearchIndexFieldData {
  name: string;
  weight: number;
  /** Normalized text of every record, each followed by '\n'. */
  text: string;
  /** starts[i] is the offset of record i in text; starts[count] is text.length. */
  starts: number[];
}

export interface SearchIndex {
  readonly data: SearchIndexData;
  search(query: string): SearchHit[];
}

/**
 * Builds index data a chunk at a time (for a Worker or to yield to the event loop between chunks).
 * Records must be added in their final order.
 */
export class SearchIndexBuilder<T> {
  private readonly fields: ReadonlyArray<SearchField<T>>;
  private readonly texts: string[][];
  private readonly starts: number[][];
  private readonly lengths: number[];
  private count = 0;

  constructor(fields: ReadonlyArray<SearchField<T>>) {
    this.fields = fields;
    this.texts = fields.map(() => []);
    this.starts = fields.map(() => []);
    this.lengths = fields.map(() => 0);
  }

  add(records: Iterable<T>): this {
    for (const record of records) {
      this.fields.forEach((field, f) => {
        // Normalized here, record by record, so a caller can build a large index in slices.
        const line = normalizeForSearch(fieldText(field.get(record))) + '\n';
        this.starts[f]!.push(this.lengths[f]!);
        this.texts[f]!.push(line);
        this.lengths[f]! += line.length;
      });
      this.count++;
    }
    return this;
  }

  build(): SearchIndexData {
    return {
      format: 'gongkai-search-scan-1',
      count: this.count,
      fields: this.fields.map((field, f) => ({
        name: field.name,
        weight: field.weight,
        text: this.texts[f]!.join(''),
        starts: [...this.starts[f]!, this.lengths[f]!],
      })),
    };
  }
}

/**
 * Values of one field, not yet normalized. Line breaks become spaces ('\n' separates records) and
 * array values are joined by a space: terms never contain whitespace, so no match spans two values.
 */
function fieldText(value: string | string[] | undefined | null): string {
  if (value == null) return '';
  // Line breaks need no replacing: normalizeForSearch turns them into spaces, which keeps '\n'
  // free to separate records.
  return Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' ') : String(value);
}

/** Splits a query into normalized terms; none for an empty or blank query. */
export function queryTerms(query: string): string[] {
  const normalized = normalizeForSearch(query).trim();
  return normalized === '' ? [] : normalized.split(/\s+/);
}

export function createSearchIndex<T>(
  records: readonly T[],
  fields: ReadonlyArray<SearchField<T>>,
): SearchIndex {
  return searchIndexFromData(new SearchIndexBuilder(fields).add(records).build());
}

/** Wraps index data built elsewhere (a Worker, a prebuilt file). */
export function searchIndexFromData(data: SearchIndexData): SearchIndex {
  return { data, search: (query) => searchIndexData(data, query) };
}

/** Largest i with starts[i] <= position. */
function recordAt(starts: readonly number[], position: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function searchIndexData(data: SearchIndexData, query: string): SearchHit[] {
  const terms = queryTerms(query);
  const { count } = data;
  if (terms.length === 0) {
    return Array.from({ length: count }, (_, index) => ({ index, score: 0, field: '', position: 0 }));
  }

  // Fields by descending weight: the first field a record matches in is its best one.
  const order = data.fields.map((_, f) => f).sort((a, b) => data.fields[b]!.weight - data.fields[a]!.weight);

  const score = new Float64Array(count);
  const matchedTerms = new Uint16Array(count);
  const firstField = new Int32Array(count).fill(-1);
  const firstPosition = new Int32Array(count);

  terms.forEach((term, t) => {
    // Best (weight, position) of this term per record; -1 = not found.
    const bestField = new Int32Array(count).fill(-1);
    const bestPosition = new Int32Array(count);
    for (const f of order) {
      const field = data.fields[f]!;
      const { text, starts } = field;
      let from = 0;
      for (;;) {
        const at = text.indexOf(term, from);
        if (at < 0) break;
        const r = recordAt(starts, at);
        const position = at - starts[r]!;
        const previous = bestField[r]!;
        if (
          previous < 0 ||
          (data.fields[previous]!.weight === field.weight && position < bestPosition[r]!)
        ) {
          bestField[r] = f;
          bestPosition[r] = position;
        }
        from = starts[r + 1]!; // the earliest match in this record is found; skip to the next one
      }
    }
    for (let r = 0; r < count; r++) {
      const f = bestField[r]!;
      if (f < 0 || matchedTerms[r] !== t) continue; // only records that matched all earlier terms
      matchedTerms[r] = t + 1;
      score[r]! += data.fields[f]!.weight;
      if (t === 0) {
        firstField[r] = f;
        firstPosition[r] = bestPosition[r]!;
      }
    }
  });

  const hits: SearchHit[] = [];
  for (let r = 0; r < count; r++) {
    if (matchedTerms[r] !== terms.length) continue;
    hits.push({ index: r, score: score[r]!, field: data.fields[firstField[r]!]!.name, position: firstPosition[r]! });
  }
  hits.sort((a, b) => b.score - a.score || a.position - b.position || a.index - b.index);
  return hits;
}
