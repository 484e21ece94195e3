/**
 * A validated data file held in memory, answering queries with the in-memory engine. Shared by
 * StaticFileSource (after the download) and InMemorySource (the element's `data` property).
 */
import { parseDataFileAsync, yieldToPage, type FileKind, type ParseFileResult } from '@gongkai/schema';
import { kindConfig, type EnvelopeOf, type ItemOf, type KindConfig } from '../kinds.js';
import { QueryEngine, type SortSpec } from '../query/run-query.js';
import type { FacetDefinition } from '../query/facets.js';
import { kindFacets } from '../query/kind-facets.js';
import { SearchIndexBuilder, searchIndexFromData } from '../search/search-index.js';

/** Records indexed between checks of the clock; the time slice matches validation's. */
const SEARCH_BATCH = 250;
const TIME_SLICE_MS = 12;
import { SourceError, type SourceErrorCode } from './source-error.js';
import type { QueryParams, QueryResult, SourceInfo } from './types.js';

const FAILURE_CODES: Record<string, SourceErrorCode> = {
  'not-object': 'invalid',
  invalid: 'invalid',
  'unknown-kind': 'unknown-kind',
  'wrong-kind': 'wrong-kind',
  'newer-version': 'newer-version',
};

export class ParsedCollection<K extends FileKind> {
  readonly info: SourceInfo<K>;
  readonly items: ReadonlyArray<ItemOf<K>>;
  private readonly config: KindConfig<K>;
  private readonly engine: QueryEngine<ItemOf<K>>;
  /** Built once: the engine caches each facet's values per record by definition identity. */
  private readonly facets: ReadonlyArray<FacetDefinition<ItemOf<K>>>;
  private byId: Map<string, ItemOf<K>> | undefined;
  private searchReady: Promise<void> | undefined;

  /**
   * Validates `input` as a file of `kind` (through @gongkai/schema), in time slices so that a
   * 20 MB file does not freeze the page while it is checked.
   */
  static async parse<K extends FileKind>(input: unknown, kind: K, url: string, signal?: AbortSignal): Promise<ParsedCollection<K>> {
    const result: ParseFileResult = await parseDataFileAsync(input, { expectedKind: kind, ...(signal ? { signal } : {}) });
    if (!result.ok) {
      throw new SourceError(FAILURE_CODES[result.code] ?? 'invalid', { url, issues: result.errors, expectedKind: kind });
    }
    const config = kindConfig(kind);
    const { [config.itemMember]: items, ...envelope } = result.file as unknown as Record<string, unknown>;
    return new ParsedCollection(config, (items ?? []) as Array<ItemOf<K>>, {
      kind,
      envelope: envelope as Partial<EnvelopeOf<K>>,
      itemCount: Array.isArray(items) ? items.length : 0,
      skippedCount: result.skippedCount,
      skipped: result.skipped,
      warnings: result.warnings,
    });
  }

  private constructor(config: KindConfig<K>, items: Array<ItemOf<K>>, info: SourceInfo<K>) {
    this.config = config;
    this.items = items;
    this.info = info;
    this.engine = new QueryEngine(items, config.searchFields(info.envelope));
    this.facets = kindFacets(config.kind, info.envelope);
  }

  async query(params: QueryParams): Promise<QueryResult<ItemOf<K>>> {
    const hasText = (params.q ?? '').trim() !== '';
    if (hasText && !this.engine.hasSearchIndex) await this.prepareSearch();
    const outcome = this.engine.run({
      text: params.q ?? '',
      filters: params.filters ?? {},
      facets: this.facets,
      sort: resolveSort(this.config, params.sort, hasText),
      ...(params.page !== undefined ? { page: params.page } : {}),
      ...(params.pageSize !== undefined ? { pageSize: params.pageSize } : {}),
    });
    return { items: outcome.items, total: outcome.total, page: outcome.page, pageSize: outcome.pageSize, facets: outcome.facets };
  }

  /**
   * Builds the search index in slices of about 12 ms with a task between them (yieldToPage): for
   * 100,000 documents with body text the build takes about a second, which must not freeze
   * the page. Shared by concurrent first searches and by an early start while the page is idle.
   */
  prepareSearch(): Promise<void> {
    this.searchReady ??= (async () => {
      const fields = this.config.searchFields(this.info.envelope);
      const builder = new SearchIndexBuilder(fields);
      let sliceStart = performance.now();
      for (let at = 0; at < this.items.length; at += SEARCH_BATCH) {
        builder.add(this.items.slice(at, at + SEARCH_BATCH));
        if (performance.now() - sliceStart > TIME_SLICE_MS) {
          await yieldToPage();
          sliceStart = performance.now();
        }
      }
      this.engine.useSearchIndex(searchIndexFromData(builder.build()));
    })();
    return this.searchReady;
  }

  get(id: string): ItemOf<K> | undefined {
    if (!this.byId) {
      const field = this.config.idField;
      this.byId = new Map(this.items.map((item) => [String((item as Record<string, unknown>)[field]), item]));
    }
    return this.byId.get(id);
  }
}

/**
 * 'relevance' (or nothing) with search text → relevance; otherwise a named sort of the kind,
 * `-name` for descending; unknown names fall back to the kind's default order.
 */
export function resolveSort<K extends FileKind>(
  config: KindConfig<K>,
  sort: string | undefined,
  hasText: boolean,
): SortSpec<ItemOf<K>> | 'relevance' {
  const named = (name: string | undefined): SortSpec<ItemOf<K>> | undefined => {
    if (!name) return undefined;
    const descending = name.startsWith('-');
    const sortName = descending ? name.slice(1) : name;
    // Own names only: `constructor`, `__proto__`… are on every object's prototype.
    const key = Object.hasOwn(config.sorts, sortName) ? config.sorts[sortName] : undefined;
    return key ? { key, direction: descending ? 'desc' : 'asc' } : undefined;
  };
  if ((sort === undefined || sort === '' || sort === 'relevance') && hasText) return 'relevance';
  return named(sort) ?? named(config.defaultSort) ?? 'relevance';
}
