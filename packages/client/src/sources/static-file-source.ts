/**
 * A static JSON data file (the `src` attribute): downloaded once with progress, validated, then
 * queried in memory.
 */
import type { FileKind } from '@gongkai/schema';
import type { ItemOf } from '../kinds.js';
import { fetchJson, resolveUrl, type FetchFunction } from './http.js';
import type { ParsedCollection } from './parsed-collection.js';
import { loadParsedCollection } from './lazy-collection.js';
import { SharedLoad } from './shared-load.js';
import type { CollectionSource, LoadOptions, QueryParams, QueryResult, RequestOptions, SourceInfo } from './types.js';

export interface StaticFileSourceOptions<K extends FileKind> {
  /** Absolute, or relative to `baseUrl`. */
  url: string;
  /** The file kind the element shows; a file of another kind is a 'wrong-kind' error. */
  kind: K;
  /** Elements pass document.baseURI. Defaults to the document's base URL when there is one. */
  baseUrl?: string;
  fetch?: FetchFunction;
  headers?: Record<string, string>;
}

export class StaticFileSource<K extends FileKind> implements CollectionSource<ItemOf<K>, K> {
  readonly url: string;
  readonly kind: K;
  private readonly options: StaticFileSourceOptions<K>;
  private collection: ParsedCollection<K> | undefined;
  private readonly shared: SharedLoad<ParsedCollection<K>>;

  constructor(options: StaticFileSourceOptions<K>) {
    this.options = options;
    this.kind = options.kind;
    this.url = resolveUrl(options.url, options.baseUrl);
    this.shared = new SharedLoad(this.url);
  }

  /** Downloads and validates once; later calls return the same info. A failed load can be retried. */
  async load(options: LoadOptions = {}): Promise<SourceInfo<K>> {
    return (await this.loaded(options)).info;
  }

  async query(params: QueryParams, options: RequestOptions = {}): Promise<QueryResult<ItemOf<K>>> {
    return (await this.loaded(options)).query(params);
  }

  async get(id: string, options: RequestOptions = {}): Promise<ItemOf<K> | undefined> {
    return (await this.loaded(options)).get(id);
  }

  async prepareSearch(options: RequestOptions = {}): Promise<void> {
    await (await this.loaded(options)).prepareSearch();
  }

  private async loaded(options: LoadOptions): Promise<ParsedCollection<K>> {
    if (this.collection) return this.collection;
    const collection = await this.shared.run(async (signal, onProgress) => {
      const parser = loadParsedCollection(); // fetched while the data downloads
      parser.catch(() => {}); // a download failure is the error to report, not this one
      const json = await fetchJson(this.url, { signal, onProgress, fetch: this.options.fetch, headers: this.options.headers });
      return (await parser).parse(json, this.kind, this.url, signal);
    }, options);
    this.collection = collection;
    return collection;
  }
}
