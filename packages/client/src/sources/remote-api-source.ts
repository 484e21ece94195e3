/**
 * A server speaking the REST contract (docs/design.md §5; the `api` attribute).
 *
 * Request mapping:
 *   query → GET {base}/{collection}?q=…&{facet}=v1&{facet}=v2&sort=…&page=…&pageSize=…
 *           Filters are REPEATED parameters, one per accepted value (never comma-joined, because
 *           publisher names and category ids may contain commas). Facet names are the parameter
 *           names (type, department, category, year, publisher, validity, status).
 *   get   → GET {base}/{collection}/{id}  (404 → undefined)
 *   load  → GET the kind's side resources (disclosure/categories, disclosure/guide, mailbox/stats)
 * Error bodies in application/problem+json become SourceError('http') with the status and
 * `issues` from the problem's errors[] ({path, message}).
 */
import type { FileKind } from '@gongkai/schema';
import { kindConfig, type EnvelopeOf, type ItemOf, type KindConfig } from '../kinds.js';
import { fetchJson, isObject, NOT_FOUND, resolveUrl, type FetchFunction } from './http.js';
import { SourceError } from './source-error.js';
import { itemPath } from './rest-paths.js';
import type {
  CollectionSource,
  FacetValueCount,
  LoadOptions,
  QueryParams,
  QueryResult,
  RequestOptions,
  SourceInfo,
} from './types.js';

export interface RemoteApiSourceOptions<K extends FileKind> {
  /** The API base URL (the `api` attribute); absolute or relative to `baseUrl`. */
  api: string;
  kind: K;
  /** Elements pass document.baseURI. */
  baseUrl?: string;
  fetch?: FetchFunction;
  headers?: Record<string, string>;
}

export class RemoteApiSource<K extends FileKind> implements CollectionSource<ItemOf<K>, K> {
  readonly kind: K;
  /** Always ends with '/', so contract paths append to it. */
  readonly api: string;
  private readonly config: KindConfig<K>;
  private readonly options: RemoteApiSourceOptions<K>;
  private lastTotal: number | undefined;

  constructor(options: RemoteApiSourceOptions<K>) {
    this.options = options;
    this.kind = options.kind;
    this.config = kindConfig(options.kind);
    const resolved = resolveUrl(options.api, options.baseUrl);
    this.api = resolved.endsWith('/') ? resolved : `${resolved}/`;
  }

  /** URL of a contract path, e.g. `disclosure/documents`. */
  url(path: string): string {
    return new URL(path, this.api).href;
  }

  async load(options: LoadOptions = {}): Promise<SourceInfo<K>> {
    const envelope: Record<string, unknown> = {};
    const results = await Promise.all(
      this.config.sideResources.map(async (resource) => {
        const body = await this.request(this.url(resource.path), {
          signal: options.signal,
          notFoundIsUndefined: resource.optional,
        });
        return { resource, body };
      }),
    );
    for (const { resource, body } of results) {
      if (body === NOT_FOUND) continue;
      // `GET disclosure/categories` may answer a bare array or `{categories: [...]}`.
      envelope[resource.member] = isObject(body) && resource.member in body ? body[resource.member] : body;
    }
    return {
      kind: this.kind,
      envelope: envelope as Partial<EnvelopeOf<K>>,
      ...(this.lastTotal !== undefined ? { itemCount: this.lastTotal } : {}),
      skippedCount: 0,
      skipped: [],
      warnings: [],
    };
  }

  async query(params: QueryParams, options: RequestOptions = {}): Promise<QueryResult<ItemOf<K>>> {
    const url = new URL(this.config.restPath, this.api);
    if (params.q && params.q.trim() !== '') url.searchParams.set('q', params.q.trim());
    for (const [name, values] of Object.entries(params.filters ?? {})) {
      for (const value of values) url.searchParams.append(name, value);
    }
    if (params.sort) url.searchParams.set('sort', params.sort);
    if (params.page !== undefined) url.searchParams.set('page', String(params.page));
    if (params.pageSize !== undefined) url.searchParams.set('pageSize', String(params.pageSize));

    const body = await this.request(url.href, { signal: options.signal });
    const result = this.readPage(url.href, body, params);
    this.lastTotal = result.total;
    return result;
  }

  async get(id: string, options: RequestOptions = {}): Promise<ItemOf<K> | undefined> {
    const url = this.url(itemPath(this.config.restPath, id));
    const body = await this.request(url, { signal: options.signal, notFoundIsUndefined: true });
    if (body === NOT_FOUND) return undefined;
    if (!isObject(body)) throw invalidBody(url, '', 'object');
    return body as ItemOf<K>;
  }

  private request(url: string, init: { signal?: AbortSignal | undefined; notFoundIsUndefined?: boolean }): Promise<unknown> {
    return fetchJson(url, { ...init, fetch: this.options.fetch, headers: this.options.headers });
  }

  /**
   * A list page: `{items, total, page, pageSize, facets?}`. The item array may also be named after
   * the kind's member (`documents`, `letters`…). Items are the server's responsibility (it
   * validates with the same schemas); only the page's shape is checked here.
   */
  private readPage(url: string, body: unknown, params: QueryParams): QueryResult<ItemOf<K>> {
    if (!isObject(body)) throw invalidBody(url, '', 'page');
    const items = Array.isArray(body.items) ? body.items : body[this.config.itemMember];
    if (!Array.isArray(items)) throw invalidBody(url, 'items', 'array');
    const badItem = items.findIndex((item) => !isObject(item));
    if (badItem >= 0) throw invalidBody(url, `items[${badItem}]`, 'object');
    const number = (value: unknown, fallback: number): number =>
      typeof value === 'number' && Number.isFinite(value) ? value : fallback;
    const result: QueryResult<ItemOf<K>> = {
      items: items as Array<ItemOf<K>>,
      total: number(body.total, items.length),
      page: number(body.page, params.page ?? 1),
      pageSize: number(body.pageSize, params.pageSize ?? items.length),
    };
    if (isObject(body.facets)) result.facets = body.facets as Record<string, FacetValueCount[]>;
    return result;
  }
}

const EXPECTED = {
  object: { 'zh-Hans': '应为对象', 'zh-Hant': '應為物件', en: 'expected an object' },
  array: { 'zh-Hans': '应为数组', 'zh-Hant': '應為陣列', en: 'expected an array' },
  page: {
    'zh-Hans': '应为包含 items 和 total 的对象',
    'zh-Hant': '應為包含 items 和 total 的物件',
    en: 'expected an object with items and total',
  },
} as const;

/** A response that is JSON but not the shape the contract promises. */
function invalidBody(url: string, path: string, expected: keyof typeof EXPECTED): SourceError {
  return new SourceError('invalid', {
    url,
    issues: [{ path, code: 'invalid-response', message: { ...EXPECTED[expected] }, severity: 'error' }],
  });
}
