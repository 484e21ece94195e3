/**
 * In-memory query engine: text search + faceted filtering + sorting + paging over any record type.
 * Used by StaticFileSource and InMemorySource; a server with the same rules gives the same answers.
 */
import { createSearchIndex, type SearchField, type SearchIndex } from '../search/search-index.js';
import { compareFacetCounts, facetValues, type FacetCount, type FacetDefinition } from './facets.js';

export type SortDirection = 'asc' | 'desc';

export interface SortSpec<T> {
  key: (record: T) => string | number | undefined | null;
  direction?: SortDirection;
}

export interface QuerySpec<T> {
  /** Search text (DOMAIN §8 substring semantics); blank means no text condition. */
  text?: string;
  /** Facet name → accepted values: OR within a facet, AND across facets. Empty arrays are ignored. */
  filters?: Record<string, readonly string[]>;
  facets?: ReadonlyArray<FacetDefinition<T>>;
  /** Needed when `text` is set. */
  searchFields?: ReadonlyArray<SearchField<T>>;
  /** Default: 'relevance' when there is text, otherwise original order. */
  sort?: SortSpec<T> | 'relevance';
  /** 1-based; clamped to [1, pageCount]. Default 1. */
  page?: number;
  /** Default 20, clamped to [1, MAX_PAGE_SIZE]. */
  pageSize?: number;
}

export interface QueryOutcome<T> {
  items: T[];
  /** Matching records over all pages. */
  total: number;
  /** The page actually returned, after clamping. */
  page: number;
  pageSize: number;
  /** ceil(total / pageSize); 0 when nothing matched. */
  pageCount: number;
  /**
   * For each facet, value counts over records matching the text and every OTHER facet's filter,
   * so choosing another value of the same facet shows how many it would add. Selected values are
   * always listed, with count 0 if nothing matches them.
   */
  facets: Record<string, FacetCount[]>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;

/**
 * Holds what can be reused across queries on the same records: the search index (built on the
 * first text query) and each record's facet values.
 */
export class QueryEngine<T> {
  readonly records: readonly T[];
  private readonly searchFields: ReadonlyArray<SearchField<T>>;
  private index: SearchIndex | undefined;
  /** By facet name; recomputed when a different definition object arrives under that name. */
  private readonly facetCache = new Map<string, { facet: FacetDefinition<T>; values: string[][] }>();

  constructor(records: readonly T[], searchFields: ReadonlyArray<SearchField<T>> = []) {
    this.records = records;
    this.searchFields = searchFields;
  }

  /** The search index, built on first use. */
  searchIndex(): SearchIndex {
    this.index ??= createSearchIndex(this.records, this.searchFields);
    return this.index;
  }

  private valuesOf(facet: FacetDefinition<T>): string[][] {
    const cached = this.facetCache.get(facet.name);
    if (cached?.facet === facet) return cached.values;
    const values = this.records.map((record) => facetValues(facet, record));
    this.facetCache.set(facet.name, { facet, values });
    return values;
  }

  run(spec: Omit<QuerySpec<T>, 'searchFields'> = {}): QueryOutcome<T> {
    const records = this.records;
    const facets = spec.facets ?? [];
    const hasText = (spec.text ?? '').trim() !== '';

    // 1. Text: candidate records in relevance order (or all, in original order).
    const candidates: number[] = hasText
      ? this.searchIndex().search(spec.text ?? '').map((hit) => hit.index)
      : records.map((_, i) => i);

    // 2. Filters. Count, per record, which active facets it fails: a record failing none is a
    // result and counts for every facet; failing exactly one facet, it still counts for that
    // facet (whose own filter is ignored for its counts); failing two or more, it counts nowhere.
    const active = facets
      .map((facet) => ({ facet, accepted: new Set(spec.filters?.[facet.name] ?? []), values: this.valuesOf(facet) }))
      .filter((f) => f.accepted.size > 0);
    const counts = new Map<string, Map<string, number>>(facets.map((f) => [f.name, new Map()]));
    const allValues = facets.map((facet) => ({ facet, values: this.valuesOf(facet) }));
    const matched: number[] = [];

    for (const r of candidates) {
      let failed = -1;
      let failures = 0;
      for (let a = 0; a < active.length && failures < 2; a++) {
        const { accepted, values } = active[a]!;
        if (!values[r]!.some((v) => accepted.has(v))) {
          failures++;
          failed = a;
        }
      }
      if (failures >= 2) continue;
      if (failures === 0) matched.push(r);
      for (const { facet, values } of allValues) {
        if (failures === 1 && active[failed]!.facet !== facet) continue;
        const facetCounts = counts.get(facet.name)!;
        for (const value of values[r]!) facetCounts.set(value, (facetCounts.get(value) ?? 0) + 1);
      }
    }

    // 3. Sort (stable: ties keep relevance or original order).
    const sort = spec.sort ?? 'relevance';
    if (sort !== 'relevance') {
      const direction = sort.direction === 'desc' ? -1 : 1;
      const keys = new Map(matched.map((r) => [r, sort.key(records[r]!)]));
      matched.sort((a, b) => compareSortKeys(keys.get(a), keys.get(b), direction));
    }

    // 4. Page.
    const pageSize = clampInteger(spec.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const total = matched.length;
    const pageCount = Math.ceil(total / pageSize);
    const page = clampInteger(spec.page, 1, 1, Math.max(1, pageCount));
    const items = matched.slice((page - 1) * pageSize, page * pageSize).map((r) => records[r]!);

    const facetResult: Record<string, FacetCount[]> = {};
    for (const facet of facets) {
      const facetCounts = counts.get(facet.name)!;
      for (const selected of spec.filters?.[facet.name] ?? []) {
        if (!facetCounts.has(selected)) facetCounts.set(selected, 0);
      }
      facetResult[facet.name] = [...facetCounts].map(([value, count]) => ({ value, count })).sort(compareFacetCounts);
    }

    return { items, total, page, pageSize, pageCount, facets: facetResult };
  }
}

/** Missing keys sort last in both directions; numbers numerically; strings by code unit. */
function compareSortKeys(
  a: string | number | undefined | null,
  b: string | number | undefined | null,
  direction: 1 | -1,
): number {
  const aMissing = a == null || a === '';
  const bMissing = b == null || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * direction;
  const x = String(a);
  const y = String(b);
  return (x < y ? -1 : x > y ? 1 : 0) * direction;
}

function clampInteger(value: number | undefined, fallback: number, min: number, max: number): number {
  const n = value === undefined || !Number.isFinite(value) ? fallback : Math.floor(value);
  return Math.min(max, Math.max(min, n));
}

/**
 * Engines cached per records array (and search-field list), so repeated runQuery calls on the
 * same array reuse one search index. Held weakly: dropping the array frees the index.
 */
const engines = new WeakMap<object, Map<ReadonlyArray<SearchField<unknown>> | undefined, QueryEngine<unknown>>>();

/**
 * One-shot form of QueryEngine#run. Pass the SAME `records` and `searchFields` arrays (by
 * identity) across calls to reuse the index; a new fields array builds a new index.
 */
export function runQuery<T>(records: readonly T[], spec: QuerySpec<T> = {}): QueryOutcome<T> {
  let byFields = engines.get(records);
  if (!byFields) engines.set(records, (byFields = new Map()));
  const key = spec.searchFields as ReadonlyArray<SearchField<unknown>> | undefined;
  let engine = byFields.get(key) as QueryEngine<T> | undefined;
  if (!engine) {
    engine = new QueryEngine(records, spec.searchFields ?? []);
    byFields.set(key, engine as QueryEngine<unknown>);
  }
  return engine.run(spec);
}
