/**
 * The interface elements program against. Elements never call fetch: a source is the only thing
 * that knows where data comes from, so a portal with its own backend can pass its own object
 * (`element.source = myAdapter`) implementing CollectionSource.
 */
import type { FileKind, ValidationIssue } from '@gongkai/schema';
import type { EnvelopeOf } from '../kinds.js';

export interface QueryParams {
  /** Search text, docs/domain.md §8 substring semantics. */
  q?: string;
  /** Facet name (= REST parameter name) → accepted values; OR within, AND across facets. */
  filters?: Record<string, string[]>;
  /** 'relevance', or a sort name of the kind: `publishedAt` ascending, `-publishedAt` descending. */
  sort?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface FacetValueCount {
  value: string;
  count: number;
}

export interface QueryResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** Counts per facet value under the other facets' filters (absent when the server sends none). */
  facets?: Record<string, FacetValueCount[]>;
}

export interface LoadProgress {
  /** Bytes received so far. */
  loaded: number;
  /** Bytes expected, when the server said so (Content-Length of an uncompressed body). */
  total?: number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** What load() tells an element about the data, apart from the items themselves. */
export interface SourceInfo<K extends FileKind = FileKind> {
  kind: K;
  /**
   * The file without its item array (publisher, updatedAt, categories, departments, guide, stats,
   * and any unknown members kept for forward compatibility). From a REST API: the side resources
   * the contract has (disclosure/categories, disclosure/guide, mailbox/stats); the rest is absent.
   */
  envelope: Partial<EnvelopeOf<K>>;
  /** Number of valid items, when known (files: always; APIs: after the first query). */
  itemCount?: number;
  /** Items left out because they failed validation; the rest are shown. */
  skippedCount: number;
  /** Issues of the skipped items (JSON paths such as `items[412].legalBasis[0].title`). */
  skipped: ValidationIssue[];
  /** Problems that did not stop anything (an 索引号 not matching the site pattern…). */
  warnings: ValidationIssue[];
}

export interface CollectionSource<T, K extends FileKind = FileKind> {
  load(options?: LoadOptions): Promise<SourceInfo<K>>;
  query(params: QueryParams, options?: RequestOptions): Promise<QueryResult<T>>;
  /** undefined when there is no item with that id. */
  get(id: string, options?: RequestOptions): Promise<T | undefined>;
  /**
   * Gets ready for the first text query ahead of time (data held in the page: builds the search
   * index in time slices). Sources that search elsewhere, such as a REST API, leave it out.
   */
  prepareSearch?(options?: RequestOptions): Promise<void>;
}
