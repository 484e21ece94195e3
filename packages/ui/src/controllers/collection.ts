/**
 * The behaviour of a collection element (the catalog, the directory, the mailbox's public letters),
 * written once as a Lit reactive controller: the element declares its kind, its facets and its own
 * extra state, and renders; this controller does the rest.
 *
 * - Source: `source` > `data` > `api` > `src` (docs/design.md §4), reloaded when one changes.
 * - Loading: download progress, the error view, the skipped-items notice, `gk-load` / `gk-error`
 *   (the newest load wins, through @gongkai/client's CollectionLoader).
 * - Querying: search text, facets (declared as data), paging and page size; the newest query wins,
 *   a slow one shows "searching", a remote search waits for a pause in typing.
 * - URL state: everything above and the opened item under the element's prefix (`pc.q`, `pc.open`).
 * - Opening an item (links from collection-views.ts): with a history entry, so Back (the browser's or ours) closes it; focus moves
 *   to the item's heading, and back to the link that opened it; `gk-select`.
 */
import type { LitElement, ReactiveController, TemplateResult, nothing } from 'lit';
import { CollectionLoader, createCollectionSource, errorDetail, isAbortError, loadHighlighter, SourceError } from '@gongkai/client';
import type { CollectionSource, QueryParams, QueryResult, SourceInfo } from '@gongkai/client';
import type { FileKind } from '@gongkai/schema';
import type { GkEventMap, GkEventName } from '../base/events.js';
import { pickText } from '../base/text.js';
import type { Locale } from '../localize/locale.js';
import { parseUrlStateMode, readUrlState, writeUrlState, onUrlStateChange } from '../url-state.js';
import type { UrlStateMode, ViewState } from '../url-state.js';
import { renderError, renderLoading, renderSkippedNotice } from '../views/status-views.js';
import type { LoadProgress } from '../views/status-views.js';
import { whenQuerySlow } from '../views/slow-query.js';

/** Remote searches wait for a pause in typing; in-memory ones answer on every keystroke. */
const REMOTE_SEARCH_DELAY_MS = 250;

export type CollectionStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The element as this controller sees it: its data inputs and the GkElement services. */
export interface CollectionHost<T> extends LitElement {
  src?: string | undefined;
  api?: string | undefined;
  data?: unknown;
  source?: CollectionSource<T> | undefined;
  urlState?: string | undefined;
  pageSize: number;
  readonly locale: Locale;
  emit<N extends GkEventName>(name: N, detail: GkEventMap[N]): boolean;
}

/** A multi-valued facet: its name in queries (= the REST parameter) and its key in the URL. */
export interface FacetSpec {
  name: string;
  url: string;
}

export interface CollectionOptions<T> {
  kind: FileKind;
  /** Prefix of the element's keys in the URL (`pc` → `pc.q`). */
  urlPrefix: string;
  facets: readonly FacetSpec[];
  /** The id an item is opened by (`id`; a letter's `letterNumber`), and its URL key (default `open`). */
  itemId(item: T): string;
  openKey?: string;
  /** The result links carry `data-id`; the opened item's heading takes focus. */
  linkSelector: string;
  openedSelector: string;
  /** Set up from the envelope before the first query (category index, names). */
  setup?(info: SourceInfo, signal: AbortSignal): Promise<void> | void;
  /** A new load starts: forget what the element derived from the last one. */
  reset?(): void;
  /** The element's own list state: read from the URL, written to it (compared to skip needless queries). */
  readState?(state: ViewState): void;
  writeState?(): ViewState;
  /** Keys beside the list's, written with it but not part of the query (the mailbox's view). */
  writeOther?(): ViewState;
  /** Filters (merged over the facets') and sort the element adds to every query. */
  queryParams?(): Pick<QueryParams, 'filters' | 'sort'>;
  clearState?(): void;
  /** A query answered and is the newest; `isCurrent` tells later whether it still is. */
  answered?(result: QueryResult<T>, query: string, isCurrent: () => boolean): void;
  /** The first results are on screen (before gk-load). */
  ready?(): void;
  /** False while the list is not on screen (the mailbox's other views): list keys stay out of the URL. */
  listShown?(): boolean;
  /** Back/Forward changed the URL; runs before the list reads it. */
  urlChanged?(): void;
  /** The part of an opened view the element owns (the directory's guide); false stops. */
  openOther?(state: ViewState): Promise<boolean>;
  /** Loads what showing an item needs (its view chunk), beside fetching the item. */
  prepareOpen?(): Promise<unknown>;
  /** The item just opened or closed. */
  opened?(item: T): void;
  closed?(): void;
  notFound?(id: string): void;
}

export class CollectionController<T> implements ReactiveController {
  readonly #host: CollectionHost<T>;
  readonly #options: CollectionOptions<T>;
  readonly #loader = new CollectionLoader();
  #status: CollectionStatus = 'idle';
  #error: Error | undefined;
  /** An error whose message is for the reader as it is (an unknown letter number). */
  #readerMessage = false;
  #progress: LoadProgress | undefined;
  #info: SourceInfo | undefined;
  #result: QueryResult<T> | undefined;
  #searching = false;
  #source: CollectionSource<T> | undefined;
  #query = '';
  #selected = new Map<string, string[]>();
  #page = 1;
  #opened: T | undefined;
  #querySeq = 0;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #unlistenUrl: (() => void) | undefined;
  /** Loaded with the first search, so list-only visitors never download the search code. */
  #highlight: ((text: string, query: string) => Array<[number, number]>) | undefined;
  /** True while the opened item is the history entry we pushed, so closing can go Back. */
  #pushed = false;
  /** The id of the item whose link opened it: focus returns to that link on close. */
  #returnFocusId: string | undefined;

  constructor(host: CollectionHost<T>, options: CollectionOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get status(): CollectionStatus { return this.#status; }
  get error(): Error | undefined { return this.#error; }
  get info(): SourceInfo | undefined { return this.#info; }
  get result(): QueryResult<T> | undefined { return this.#result; }
  get searching(): boolean { return this.#searching; }
  get source(): CollectionSource<T> | undefined { return this.#source; }
  get query(): string { return this.#query; }
  get page(): number { return this.#page; }
  get opened(): T | undefined { return this.#opened; }
  get urlMode(): UrlStateMode { return parseUrlStateMode(this.#host.urlState); }

  /** The chosen values of a facet. */
  selected(facet: string): string[] {
    return this.#selected.get(facet) ?? [];
  }

  /** True when search text, a facet or the element's own state narrows the list. */
  filtered(extra = false): boolean {
    return extra || this.#query.trim() !== '' || [...this.#selected.values()].some((values) => values.length > 0);
  }

  hostConnected(): void {
    this.#unlistenUrl = onUrlStateChange(() => void this.#applyUrlState());
  }

  hostDisconnected(): void {
    this.#unlistenUrl?.();
    this.#loader.abort();
    clearTimeout(this.#searchTimer);
  }

  /** Call from the host's willUpdate: reloads when a data input changed, re-pages when the page size did. */
  hostWillUpdate(changed: Map<PropertyKey, unknown>, always = false): void {
    if (always || ['src', 'api', 'data', 'source'].some((name) => changed.has(name))) void this.load();
    else if (changed.has('pageSize') && this.#source) {
      this.#page = 1;
      void this.runQuery();
    }
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  async load(): Promise<void> {
    const host = this.#host;
    const source = host.source ?? createCollectionSource(this.#options.kind, { data: host.data, api: host.api, src: host.src, baseUrl: document.baseURI }) as CollectionSource<T> | undefined;
    this.#source = source;
    this.#result = undefined;
    this.#opened = undefined;
    this.#options.reset?.();
    if (!source) {
      this.#loader.abort();
      this.#set(() => (this.#status = 'idle'));
      return;
    }
    this.#set(() => {
      this.#status = 'loading';
      this.#progress = undefined;
    });
    await this.#loader.load(source, {
      progress: (progress) => this.#set(() => (this.#progress = progress)),
      loaded: async (info, signal) => {
        this.#info = info;
        await this.#options.setup?.(info, signal);
        if (signal.aborted) return;
        this.#readUrl();
        const result = await this.runQuery();
        // A failed first query has already shown the error view: it must not turn into an empty list.
        if (signal.aborted || this.#status === 'error') return;
        this.#set(() => (this.#status = 'ready'));
        if (this.#listShown) await this.#openFromUrl();
        this.#options.ready?.();
        host.emit('gk-load', { count: result?.total ?? 0, skippedCount: info.skippedCount });
      },
      failed: (error) => this.fail(error),
    });
  }

  /** Shows the error view for `error` and fires gk-error. */
  fail(error: unknown): void {
    this.#set(() => {
      this.#status = 'error';
      this.#error = error instanceof Error ? error : new Error(String(error));
      this.#readerMessage = false;
    });
    this.#host.emit('gk-error', errorDetail(error, this.#host.locale));
  }

  /** Shows the error view with a message already in the reader's language (no gk-error: the data is fine). */
  showProblem(message: string): void {
    this.#set(() => {
      this.#status = 'error';
      this.#error = new Error(message);
      this.#readerMessage = true;
    });
  }

  get #listShown(): boolean {
    return this.#options.listShown?.() ?? true;
  }

  // ---- URL state -----------------------------------------------------------

  #listState(): ViewState {
    const state: ViewState = { q: this.#query.trim() };
    for (const facet of this.#options.facets) state[facet.url] = this.selected(facet.name).join(',');
    return { ...state, ...this.#options.writeState?.(), page: this.#page > 1 ? String(this.#page) : '' };
  }

  #readUrl(): void {
    const state = readUrlState(this.urlMode, this.#options.urlPrefix);
    this.#query = state['q'] ?? '';
    for (const facet of this.#options.facets) this.#selected.set(facet.name, (state[facet.url] ?? '').split(',').filter(Boolean));
    this.#options.readState?.(state);
    this.#page = Math.max(1, Number.parseInt(state['page'] ?? '1', 10) || 1);
  }

  writeUrl(push: boolean): void {
    const list = this.#listShown;
    const opened = this.#opened;
    writeUrlState(
      this.urlMode,
      this.#options.urlPrefix,
      {
        ...this.#options.writeOther?.(),
        ...(list ? this.#listState() : {}),
        [this.#options.openKey ?? 'open']: list && opened ? this.#id(opened) : '',
      },
      push,
    );
  }

  async #applyUrlState(): Promise<void> {
    if (this.urlMode === 'none') return;
    this.#options.urlChanged?.();
    if (!this.#listShown || this.#status !== 'ready') return;
    const before = JSON.stringify(this.#listState());
    this.#readUrl();
    if (before !== JSON.stringify(this.#listState())) await this.runQuery();
    await this.#openFromUrl();
  }

  async #openFromUrl(): Promise<void> {
    const state = readUrlState(this.urlMode, this.#options.urlPrefix);
    if (this.#options.openOther && !(await this.#options.openOther(state))) return;
    const id = state[this.#options.openKey ?? 'open'];
    if (!id) {
      if (this.#opened) this.close(false);
      return;
    }
    if (this.#opened && this.#id(this.#opened) === id) return;
    await this.open(id, false);
  }

  // ---- Querying ------------------------------------------------------------

  async runQuery(): Promise<QueryResult<T> | undefined> {
    const source = this.#source;
    if (!source) return undefined;
    const seq = ++this.#querySeq;
    const isCurrent = () => seq === this.#querySeq;
    const query = this.#query.trim();
    const querySettled = whenQuerySlow(() => {
      if (isCurrent()) this.#set(() => (this.#searching = true));
    });
    try {
      if (query && !this.#highlight) this.#highlight = await loadHighlighter();
      const extra = this.#options.queryParams?.() ?? {};
      const result = await source.query({
        q: query || undefined,
        filters: { ...Object.fromEntries(this.#options.facets.map((f) => [f.name, this.selected(f.name)])), ...extra.filters },
        ...(extra.sort ? { sort: extra.sort } : {}),
        page: this.#page,
        pageSize: this.#host.pageSize,
      });
      if (!isCurrent()) return undefined; // a newer query has been started
      this.#set(() => {
        this.#result = result;
        this.#page = result.page;
      });
      this.#options.answered?.(result, query, isCurrent);
      return result;
    } catch (error) {
      if (isCurrent() && !isAbortError(error)) this.fail(error);
      return undefined;
    } finally {
      querySettled();
      if (isCurrent()) this.#set(() => (this.#searching = false));
    }
  }

  /** Search text as typed; against a server the query waits for a pause in typing. */
  search(value: string): void {
    this.setQuery(value);
    const remote = this.#host.api && !this.#host.data && !this.#host.source;
    if (remote) this.#searchTimer = setTimeout(() => this.changed(false), REMOTE_SEARCH_DELAY_MS);
    else this.changed(false);
  }

  /** Sets the search text without querying (a pending remote search is dropped). */
  setQuery(value: string): void {
    clearTimeout(this.#searchTimer);
    this.#set(() => {
      this.#query = value;
      this.#page = 1;
    });
  }

  /** Adds or removes one value of a facet. */
  toggle(facet: string, value: string): void {
    const current = this.selected(facet);
    this.setFacet(facet, current.includes(value) ? current.filter((v) => v !== value) : [...current, value]);
  }

  setFacet(facet: string, values: string[]): void {
    this.#selected.set(facet, values);
    this.changed();
  }

  clearAll(): void {
    this.#query = '';
    this.#selected.clear();
    this.#options.clearState?.();
    this.changed();
  }

  /** The list state changed: back to page 1 (unless told otherwise), into the URL, and query. */
  changed(firstPage = true): Promise<QueryResult<T> | undefined> {
    if (firstPage) this.#page = 1;
    this.writeUrl(false);
    this.#host.requestUpdate();
    return this.runQuery();
  }

  async goToPage(page: number): Promise<void> {
    this.#page = page;
    await this.changed(false);
    this.focusResults();
  }

  focusResults(): void {
    this.#host.renderRoot.querySelector<HTMLElement>('.results')?.focus();
  }

  /** The current search's match finder, once the search code is loaded (see collection-views.ts). */
  get highlighter(): ((text: string, query: string) => Array<[number, number]>) | undefined {
    return this.#highlight;
  }

  // ---- Opening and closing -------------------------------------------------

  #id(item: T): string {
    return this.#options.itemId(item);
  }

  /** The fragment of a link that opens `id` (`#pc.open=…`): a real link, also without script. */
  href(id: string): string {
    return `#${this.#options.urlPrefix}.${this.#options.openKey ?? 'open'}=${encodeURIComponent(id)}`;
  }

  /** Opens an item; `push` (the reader chose it) adds a history entry and returns focus to its link later. */
  async open(id: string, push: boolean): Promise<void> {
    const source = this.#source;
    if (!source) return;
    if (push) this.#returnFocusId = id;
    let item: T | undefined;
    try {
      [item] = await Promise.all([source.get(id), this.#options.prepareOpen?.()]);
    } catch (error) {
      if (!isAbortError(error)) this.fail(error);
      return;
    }
    if (!item) {
      this.#options.notFound?.(id);
      return;
    }
    this.#set(() => (this.#opened = item));
    this.#options.opened?.(item);
    if (push) this.writeUrl(true);
    this.#pushed = push && this.urlMode !== 'none';
    this.#host.emit('gk-select', { id });
    await this.focusAfterUpdate(this.#options.openedSelector);
  }

  /** A view the element opens itself (the directory's guide), as a history entry like an item. */
  async pushView(focusSelector: string): Promise<void> {
    this.#set(() => (this.#opened = undefined));
    this.writeUrl(true);
    this.#pushed = this.urlMode !== 'none';
    await this.focusAfterUpdate(focusSelector);
  }

  /** Forgets the opened item without a history step (the mailbox switches to another view). */
  forgetOpened(): void {
    this.#pushed = false;
    this.#set(() => (this.#opened = undefined));
  }

  close(viaUi: boolean): void {
    if (viaUi && this.#pushed) {
      // We opened the item with a history entry: going back closes it, so the browser's Back
      // afterwards leaves the page instead of reopening it. An item opened from a shared link
      // has no such entry; then we only rewrite the URL.
      this.#pushed = false;
      history.back();
      return;
    }
    this.forgetOpened();
    this.#options.closed?.();
    if (viaUi) this.writeUrl(false);
    const id = this.#returnFocusId;
    this.#returnFocusId = undefined;
    void this.#host.updateComplete.then(() => {
      const links = [...this.#host.renderRoot.querySelectorAll<HTMLElement>(this.#options.linkSelector)];
      (links.find((a) => a.dataset['id'] === id) ?? this.#host.renderRoot.querySelector<HTMLElement>('.results'))?.focus();
    });
  }

  async focusAfterUpdate(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- Rendering -----------------------------------------------------------

  /** The loading view (with download progress) or the error view; undefined when idle or ready. */
  renderLoadState(genericError: string): TemplateResult | undefined {
    const locale = this.#host.locale;
    if (this.#status === 'loading') return renderLoading(locale, this.#progress);
    if (this.#status !== 'error') return undefined;
    const error = this.#error;
    const sourceError = error instanceof SourceError ? error : undefined;
    return renderError(
      {
        message: sourceError ? pickText(sourceError.messages, locale) : this.#readerMessage && error ? error.message : genericError,
        issues: sourceError?.issues.map((issue) => ({ path: issue.path, message: pickText(issue.message, locale) })),
        url: sourceError?.url,
        onRetry: () => void this.load(),
      },
      locale,
    );
  }

  /** The note counting items left out because they failed validation. */
  renderSkipped(message?: (count: string) => string): TemplateResult | typeof nothing {
    return renderSkippedNotice(this.#info?.skippedCount ?? 0, this.#host.locale, message);
  }
}
