/**
 * Data already in memory (the element's `data` property, for frameworks), validated through the
 * same parseDataFile as a downloaded file, so a bad object fails the same way a bad file does.
 */
import type { FileKind } from '@gongkai/schema';
import type { ItemOf } from '../kinds.js';
import type { ParsedCollection } from './parsed-collection.js';
import { loadParsedCollection } from './lazy-collection.js';
import { SourceError } from './source-error.js';
import type { CollectionSource, LoadOptions, QueryParams, QueryResult, RequestOptions, SourceInfo } from './types.js';

export class InMemorySource<K extends FileKind> implements CollectionSource<ItemOf<K>, K> {
  readonly kind: K;
  private readonly data: unknown;
  /** Names the data in error messages where a file would have a URL. */
  private readonly label: string;
  /** One validation for all callers; dropped on failure so a later call can retry. */
  private collection: Promise<ParsedCollection<K>> | undefined;

  constructor(data: unknown, kind: K, options: { label?: string } = {}) {
    this.data = data;
    this.kind = kind;
    this.label = options.label ?? 'data';
  }

  async load(options: LoadOptions = {}): Promise<SourceInfo<K>> {
    return (await this.parsed(options)).info;
  }

  async query(params: QueryParams, options: RequestOptions = {}): Promise<QueryResult<ItemOf<K>>> {
    return (await this.parsed(options)).query(params);
  }

  async get(id: string, options: RequestOptions = {}): Promise<ItemOf<K> | undefined> {
    return (await this.parsed(options)).get(id);
  }

  async prepareSearch(options: RequestOptions = {}): Promise<void> {
    await (await this.parsed(options)).prepareSearch();
  }

  private async parsed(options: RequestOptions): Promise<ParsedCollection<K>> {
    if (options.signal?.aborted) throw new SourceError('aborted', { url: this.label });
    this.collection ??= loadParsedCollection().then((Parsed) => Parsed.parse(this.data, this.kind, this.label));
    this.collection.catch(() => {
      this.collection = undefined;
    });
    return this.collection;
  }

}
