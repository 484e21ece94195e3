import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, str, formatNumber, formatDate, pickText, LazyChunkController,
  renderLoading, renderEmpty, renderError, renderSkippedNotice, renderSearchBox, searchingText, whenQuerySlow, renderFilterChips, renderPager, renderHighlighted,
  parseUrlStateMode, readUrlState, writeUrlState, onUrlStateChange,
} from '@gongkai/ui';
import type { LoadProgress, MessageCatalog, UrlStateMode, FilterOption } from '@gongkai/ui';
import { CollectionLoader, createCollectionSource, errorDetail, loadHighlighter, htmlToSearchText, SourceError, isAbortError } from '@gongkai/client';
import type { CollectionSource, QueryResult, SourceInfo } from '@gongkai/client';
import type { DisclosureDocument, DisclosureDirectoryFile, DisclosureGuide } from '@gongkai/schema';
import type { CategoryIndex, CategoryScheme } from './category-tree.js';
import { DEFAULT_SORT, VALIDITY_ORDER, VOID_STATUSES, sortLabel, validityLabel } from './labels.js';
import type { SortName } from './labels.js';
import { loadSanitizer } from './load-sanitizer.js';
import { loadTreeViews } from './load-tree-views.js';
import { loadReadingViews } from './load-reading-views.js';
import { renderValidityBadge } from './views/validity-badge.js';
import { disclosureDirectoryStyles } from './styles.js';
import { disclosureDirectoryCatalog } from './catalog.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** The exact-number lookup runs only with search text, so it is loaded with the search code. */
const findExact = (source: CollectionSource<DisclosureDocument>, query: string) =>
  import('./exact-match.js').then((module) => module.findExactDocument(source, query));
type ReadingViews = Awaited<ReturnType<typeof loadReadingViews>>;
type Facet = 'year' | 'publisher' | 'validity';

/** Prefix of this element's keys in the URL (`dd.q`, `dd.open`). */
const URL_PREFIX = 'dd';
/** Remote searches wait for a pause in typing; in-memory ones answer on every keystroke. */
const REMOTE_SEARCH_DELAY_MS = 250;
/** More chips than this fold into a disclosure, so results stay in view on a phone. */
const MAX_OPEN_CHIPS = 8;
const SORTS: readonly SortName[] = ['-publishedAt', 'publishedAt', 'indexNumber', 'relevance'];

/**
 * `<gk-disclosure-directory>`: the government-information disclosure directory
 * (政府信息公开目录).
 *
 * Browse by category tree (主题 / 体裁 / 机构 / 服务对象) with rolled-up counts,
 * filter by year, publisher and validity, hide invalid and abolished documents
 * with one switch, search (CJK-aware, Traditional script and bracket variants
 * of 文号 find the same documents; matches highlighted; an exact 索引号 or 文号
 * opens its document), sort, page, and open a document for its metadata
 * table, body and attachments. The 公开指南 has its own view. Everything a
 * reader chose lives in the URL.
 *
 * @tagname gk-disclosure-directory
 * @fires gk-load - Data loaded: `{count, skippedCount}`
 * @fires gk-error - Data could not be loaded or is invalid: `{code, path, issues, message}`
 * @fires gk-select - A document was opened: `{id}`
 * @csspart base - The wrapper carrying typography and colours
 * @csspart nav - The switch between directory and guide
 * @csspart categories - The category tree
 * @csspart search - The search form
 * @csspart filter - A facet group (year, publisher, validity)
 * @csspart results - The document list
 * @csspart validity - A validity badge
 * @csspart document - The opened document
 * @csspart metadata - The document's metadata table
 * @csspart guide - The 公开指南 view
 * @csspart pager - Page navigation
 * @csspart error - The error view
 */
export class GkDisclosureDirectory extends GkElement {
  static override styles = [GkElement.styles, viewStyles, disclosureDirectoryStyles];
  static override catalogs: readonly MessageCatalog[] = [...GkElement.catalogs, disclosureDirectoryCatalog];

  static override properties = {
    src: { type: String, reflect: true },
    api: { type: String, reflect: true },
    data: { attribute: false },
    source: { attribute: false },
    urlState: { type: String, attribute: 'url-state' },
    pageSize: { type: Number, attribute: 'page-size' },
    requestUrl: { type: String, attribute: 'request-url' },
    _status: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _progress: { state: true, attribute: false },
    _result: { state: true, attribute: false },
    _searching: { state: true, attribute: false },
    _query: { state: true, attribute: false },
    _category: { state: true, attribute: false },
    _scheme: { state: true, attribute: false },
    _years: { state: true, attribute: false },
    _publishers: { state: true, attribute: false },
    _validity: { state: true, attribute: false },
    _hideVoid: { state: true, attribute: false },
    _sort: { state: true, attribute: false },
    _page: { state: true, attribute: false },
    _openDoc: { state: true, attribute: false },
    _showGuide: { state: true, attribute: false },
    _bodyHtml: { state: true, attribute: false },
    _bodyFallback: { state: true, attribute: false },
    _exact: { state: true, attribute: false },
  };

  /** URL of a static JSON file of kind `disclosure-directory`. */
  declare src: string | undefined;
  /** Base URL of a server speaking the REST contract (`disclosure/documents`). Wins over `src`. */
  declare api: string | undefined;
  /** An already loaded `disclosure-directory` object (for frameworks). Wins over `api` and `src`. */
  declare data: DisclosureDirectoryFile | unknown | undefined;
  /** A custom data source implementing CollectionSource; wins over everything else. */
  declare source: CollectionSource<DisclosureDocument> | undefined;
  /** Where the view state is kept: `hash` (default), `query` or `none`. */
  declare urlState: string | undefined;
  /** Documents per page (default 20). */
  declare pageSize: number;
  /** Address of the page with the application form (<gk-disclosure-request>), linked from the guide. */
  declare requestUrl: string | undefined;

  declare private _status: Status;
  declare private _error: SourceError | Error | undefined;
  declare private _progress: LoadProgress | undefined;
  declare private _result: QueryResult<DisclosureDocument> | undefined;
  declare private _searching: boolean;
  declare private _query: string;
  declare private _category: string | undefined;
  declare private _scheme: CategoryScheme | undefined;
  declare private _years: string[];
  declare private _publishers: string[];
  declare private _validity: string[];
  declare private _hideVoid: boolean;
  declare private _sort: SortName;
  declare private _page: number;
  declare private _openDoc: DisclosureDocument | undefined;
  declare private _showGuide: boolean;
  declare private _bodyHtml: { id: string; html: string } | undefined;
  declare private _bodyFallback: { id: string; text: string } | undefined;
  declare private _exact: DisclosureDocument | undefined;

  #active: CollectionSource<DisclosureDocument> | undefined;
  #info: SourceInfo | undefined;
  #categories: CategoryIndex = { byId: new Map(), schemes: [] };
  /** The tree's code, loaded beside the data (nothing shows a tree before the data). */
  #tree: Awaited<ReturnType<typeof loadTreeViews>> | undefined;
  #guide: DisclosureGuide | undefined;
  readonly #loader = new CollectionLoader();
  /** The document and guide views, a lazily loaded chunk with its own styles. */
  readonly #readingViews = new LazyChunkController<ReadingViews>(this, loadReadingViews, { styles: (views) => views.readingStyles });
  #querySeq = 0;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #unlistenUrl: (() => void) | undefined;
  /** Loaded with the first search, so list-only visitors never download the search code. */
  #highlight: ((text: string, query: string) => Array<[number, number]>) | undefined;
  /** True while the open document or guide is the history entry we pushed, so closing can go Back. */
  #pushedOpen = false;
  /** The id of the document whose link opened it: focus returns to that link on close. */
  #returnFocusId: string | undefined;

  constructor() {
    super();
    this._status = 'idle';
    this._query = '';
    this._years = [];
    this._publishers = [];
    this._validity = [];
    this._hideVoid = false;
    this._sort = DEFAULT_SORT;
    this._page = 1;
    this._showGuide = false;
    this.pageSize = 20;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unlistenUrl = onUrlStateChange(() => void this.#applyUrlState());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlistenUrl?.();
    this.#loader.abort();
    clearTimeout(this.#searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('api') || changed.has('data') || changed.has('source')) {
      void this.#load();
    } else if (changed.has('pageSize') && this.#active) {
      this._page = 1;
      void this.#runQuery();
    }
  }

  get #urlMode(): UrlStateMode {
    return parseUrlStateMode(this.urlState);
  }

  /** Reloads data from the current `source`, `data`, `api` or `src`. */
  async reload(): Promise<void> {
    await this.#load();
  }

  async #load(): Promise<void> {
    const source: CollectionSource<DisclosureDocument> | undefined = this.source ?? createCollectionSource('disclosure-directory', {
      data: this.data,
      api: this.api,
      src: this.src,
      baseUrl: document.baseURI,
    });
    this.#active = source;
    this._result = undefined;
    this._openDoc = undefined;
    this._showGuide = false;
    if (!source) {
      this.#loader.abort();
      this._status = 'idle';
      return;
    }
    this._status = 'loading';
    this._progress = undefined;
    const treeViews = loadTreeViews();
    treeViews.catch(() => undefined); // reported by the load below if it is still missing then
    await this.#loader.load(source, {
      progress: (progress) => (this._progress = progress),
      loaded: async (info, signal) => {
        this.#info = info;
        const envelope = info.envelope as Partial<DisclosureDirectoryFile>;
        this.#tree = await treeViews;
        if (signal.aborted) return;
        this.#categories = this.#tree.buildCategoryIndex(envelope.categories);
        this.#guide = envelope.guide;
        this.#readUrlIntoState();
        const result = await this.#runQuery();
        // A failed first query has already shown the error view: it must not turn into an empty list.
        if (signal.aborted || this._status === 'error') return;
        this._status = 'ready';
        await this.#openFromUrl();
        this.emit('gk-load', { count: result?.total ?? 0, skippedCount: info.skippedCount });
        // Prefetch the document view so opening one does not wait for the network.
        this.#readingViews.prefetch();
      },
      failed: (error) => this.#fail(error),
    });
  }

  #fail(error: unknown): void {
    this._status = 'error';
    this._error = error instanceof Error ? error : new Error(String(error));
    this.emit('gk-error', errorDetail(error, this.locale));
  }


  // ---- URL state ----------------------------------------------------------

  #stateKey(): string {
    return [this._query, this._category, this._years.join(), this._publishers.join(), this._validity.join(), this._hideVoid, this._sort, this._page].join('|');
  }

  #readUrlIntoState(): void {
    const state = readUrlState(this.#urlMode, URL_PREFIX);
    const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
    this._query = state['q'] ?? '';
    const category = state['cat'];
    this._category = category && this.#categories.byId.has(category) ? category : undefined;
    if (this._category) this._scheme = this.#categories.byId.get(this._category)!.scheme;
    else if (state['scheme']) this._scheme = state['scheme'] as CategoryScheme;
    this._years = list(state['year']);
    this._publishers = list(state['pub']);
    this._validity = list(state['val']);
    this._hideVoid = state['hide'] === '1';
    this._sort = SORTS.includes(state['sort'] as SortName) ? (state['sort'] as SortName) : DEFAULT_SORT;
    this._page = Math.max(1, Number.parseInt(state['page'] ?? '1', 10) || 1);
  }

  async #applyUrlState(): Promise<void> {
    if (this._status !== 'ready' || this.#urlMode === 'none') return;
    const before = this.#stateKey();
    this.#readUrlIntoState();
    if (before !== this.#stateKey()) await this.#runQuery();
    await this.#openFromUrl();
  }

  async #openFromUrl(): Promise<void> {
    const state = readUrlState(this.#urlMode, URL_PREFIX);
    const id = state['open'];
    const guide = state['view'] === 'guide' && this.#guide !== undefined;
    if (guide && !(await this.#ensureViews())) return;
    if (guide !== this._showGuide) this._showGuide = guide;
    if (!id) {
      if (this._openDoc) this.#closeDocument(false);
      return;
    }
    if (this._openDoc?.id === id) return;
    await this.#openDocument(id, false);
  }

  #writeUrl(push: boolean): void {
    writeUrlState(
      this.#urlMode,
      URL_PREFIX,
      {
        q: this._query.trim(),
        scheme: this._scheme && this._scheme !== this.#categories.schemes[0]?.scheme ? this._scheme : '',
        cat: this._category ?? '',
        year: this._years.join(','),
        pub: this._publishers.join(','),
        val: this._validity.join(','),
        hide: this._hideVoid ? '1' : '',
        sort: this._sort !== DEFAULT_SORT ? this._sort : '',
        page: this._page > 1 ? String(this._page) : '',
        open: this._openDoc?.id ?? '',
        view: this._showGuide ? 'guide' : '',
      },
      push,
    );
  }

  // ---- Querying -----------------------------------------------------------

  /**
   * Validity filter: the chosen statuses, or with the switch on every status but 失效 and 已废止.
   * (Documents without a validity have no facet value in the client; see README "Limits".)
   */
  #validityFilter(): string[] {
    const chosen = this._validity.length > 0 ? this._validity : this._hideVoid ? [...VALIDITY_ORDER] : [];
    return this._hideVoid ? chosen.filter((v) => !VOID_STATUSES.includes(v)) : chosen;
  }

  #effectiveSort(): string {
    // Relevance needs search text; without it the default order applies.
    return this._sort === 'relevance' && !this._query.trim() ? DEFAULT_SORT : this._sort;
  }

  async #runQuery(): Promise<QueryResult<DisclosureDocument> | undefined> {
    const source = this.#active;
    if (!source) return undefined;
    const seq = ++this.#querySeq;
    const query = this._query.trim();
    const querySettled = whenQuerySlow(() => {
      if (seq === this.#querySeq) this._searching = true;
    });
    try {
      if (query && !this.#highlight) this.#highlight = await loadHighlighter();
      const result = await source.query({
        q: query || undefined,
        filters: {
          // The client and the REST contract match a category's whole subtree.
          category: this._category ? [this._category] : [],
          year: this._years,
          publisher: this._publishers,
          validity: this.#validityFilter(),
        },
        sort: this.#effectiveSort(),
        page: this._page,
        pageSize: this.pageSize,
      });
      if (seq !== this.#querySeq) return undefined; // a newer query has been started
      this._result = result;
      this._page = result.page;
      void this.#checkExact(source, query, seq);
      return result;
    } catch (error) {
      if (seq === this.#querySeq && !isAbortError(error)) this.#fail(error);
      return undefined;
    } finally {
      querySettled();
      if (seq === this.#querySeq) this._searching = false;
    }
  }

  /** Offers a direct link when the search text is exactly one document's 索引号 or 文号. */
  async #checkExact(source: CollectionSource<DisclosureDocument>, query: string, seq: number): Promise<void> {
    const exact = query ? await findExact(source, query).catch(() => undefined) : undefined;
    if (seq === this.#querySeq) this._exact = exact;
  }

  // ---- Opening and closing ------------------------------------------------

  async #openDocument(id: string, push: boolean): Promise<void> {
    const source = this.#active;
    if (!source) return;
    const doc = await source.get(id).catch((error: unknown) => {
      this.#fail(error);
      return undefined;
    });
    if (!doc || !(await this.#ensureViews())) return;
    this._openDoc = doc;
    this._showGuide = false;
    if (push) this.#writeUrl(true);
    this.#pushedOpen = push && this.#urlMode !== 'none';
    this.emit('gk-select', { id });
    if (doc.body?.format === 'html' && this._bodyHtml?.id !== doc.id) this.#sanitizeBody(doc);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.doc__title')?.focus();
  }

  /** The reading views; false (with the error view shown) when their chunk cannot be loaded. */
  async #ensureViews(): Promise<boolean> {
    try {
      await this.#readingViews.ensure();
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  #sanitizeBody(doc: DisclosureDocument): void {
    const content = doc.body?.content ?? '';
    loadSanitizer().then(
      (sanitize) => {
        if (this._openDoc?.id === doc.id) this._bodyHtml = { id: doc.id, html: sanitize(content) };
      },
      () => {
        // Without the sanitizer the body is never shown as HTML; its text still is.
        if (this._openDoc?.id === doc.id) this._bodyFallback = { id: doc.id, text: htmlToSearchText(content) };
      },
    );
  }

  #closeDocument(viaUi: boolean): void {
    if (viaUi && this.#pushedOpen) {
      // We opened the document with a history entry: going back closes it, so the browser's
      // Back afterwards leaves the page instead of reopening it. A document opened from a
      // shared link has no such entry; then we only rewrite the URL.
      this.#pushedOpen = false;
      history.back();
      return;
    }
    this.#pushedOpen = false;
    this._openDoc = undefined;
    this._showGuide = false;
    if (viaUi) this.#writeUrl(false);
    const id = this.#returnFocusId;
    this.#returnFocusId = undefined;
    void this.updateComplete.then(() => {
      const links = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.doc-link') ?? [])];
      const link = links.find((a) => a.dataset['id'] === id);
      (link ?? this.shadowRoot?.querySelector<HTMLElement>('.results'))?.focus();
    });
  }

  async #openGuide(): Promise<void> {
    if (!(await this.#ensureViews())) return;
    this._openDoc = undefined;
    this._showGuide = true;
    this.#writeUrl(true);
    this.#pushedOpen = this.#urlMode !== 'none';
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.doc__title')?.focus();
  }

  // ---- Reader actions -----------------------------------------------------

  #changed(): void {
    this._page = 1;
    this.#writeUrl(false);
    void this.#runQuery();
  }

  #onSearchInput(value: string): void {
    this._query = value;
    this._page = 1;
    clearTimeout(this.#searchTimer);
    const run = () => {
      this.#writeUrl(false);
      void this.#runQuery();
    };
    if (this.api && !this.data && !this.source) this.#searchTimer = setTimeout(run, REMOTE_SEARCH_DELAY_MS);
    else run();
  }

  /** Enter: an exact 索引号 or 文号 opens its document; anything else searches. */
  async #onSearchSubmit(value: string): Promise<void> {
    clearTimeout(this.#searchTimer);
    this._query = value;
    this._page = 1;
    this.#writeUrl(false);
    const source = this.#active;
    const exact = source ? await findExact(source, value).catch(() => undefined) : undefined;
    if (exact) {
      this.#returnFocusId = exact.id;
      await this.#openDocument(exact.id, true);
      void this.#runQuery();
      return;
    }
    await this.#runQuery();
    this.shadowRoot?.querySelector<HTMLElement>('.results')?.focus();
  }

  #toggle(facet: Facet, value: string): void {
    const current = facet === 'year' ? this._years : facet === 'publisher' ? this._publishers : this._validity;
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    this.#setFacet(facet, next);
  }

  #setFacet(facet: Facet, values: string[]): void {
    if (facet === 'year') this._years = values;
    else if (facet === 'publisher') this._publishers = values;
    else this._validity = values;
    this.#changed();
  }

  #clearAll(): void {
    this._query = '';
    this._category = undefined;
    this._years = [];
    this._publishers = [];
    this._validity = [];
    this._hideVoid = false;
    this.#changed();
  }

  #goToPage(page: number): void {
    this._page = page;
    this.#writeUrl(false);
    void this.#runQuery().then(() => this.shadowRoot?.querySelector<HTMLElement>('.results')?.focus());
  }

  // ---- Rendering ----------------------------------------------------------

  override render(): TemplateResult {
    return html`<div part="base" class="directory">${this.#renderBody()}</div>`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    switch (this._status) {
      case 'idle':
        return nothing;
      case 'loading':
        return renderLoading(this.locale, this._progress);
      case 'error':
        return this.#renderError();
      case 'ready':
        const views = this.#readingViews.value;
        if (this._openDoc && views) return this.#renderDocumentView(this._openDoc, views);
        if (this._showGuide && this.#guide && views) return this.#renderGuideView(this.#guide, views);
        return this.#renderBrowse();
    }
  }

  #renderError(): TemplateResult {
    const error = this._error;
    const sourceError = error instanceof SourceError ? error : undefined;
    return renderError(
      {
        message: sourceError ? pickText(sourceError.messages, this.locale) : msg('加载数据时出错。', { id: 'dd.error.generic' }),
        issues: sourceError?.issues.map((issue) => ({ path: issue.path, message: pickText(issue.message, this.locale) })),
        url: sourceError?.url,
        onRetry: () => void this.#load(),
      },
      this.locale,
    );
  }

  #renderToolbar(): TemplateResult {
    return html`<div class="toolbar no-print">
      <button type="button" class="gk-button back" @click=${() => this.#closeDocument(true)}>${msg('← 返回目录', { id: 'dd.doc.back' })}</button>
      <button type="button" class="gk-button" @click=${() => window.print()}>${msg('打印', { id: 'dd.doc.print' })}</button>
    </div>`;
  }

  #renderDocumentView(doc: DisclosureDocument, views: ReadingViews): TemplateResult {
    return html`<div class="doc-view">
      ${this.#renderToolbar()}
      ${views.renderDocument(doc, {
        locale: this.locale,
        categories: this.#categories,
        bodyHtml: this._bodyHtml?.id === doc.id ? this._bodyHtml.html : undefined,
        bodyFallbackText: this._bodyFallback?.id === doc.id ? this._bodyFallback.text : undefined,
      })}
    </div>`;
  }

  #renderGuideView(guide: DisclosureGuide, views: ReadingViews): TemplateResult {
    return html`<div class="doc-view">
      ${this.#renderToolbar()}
      ${views.renderGuide(guide, this.requestUrl, this.locale)}
    </div>`;
  }

  #renderBrowse(): TemplateResult {
    const result = this._result;
    const facets = result?.facets ?? {};
    // Counts of distinct documents filed at or below each category (the facet includes ancestors).
    const categoryCounts = new Map((facets['category'] ?? []).map((f) => [f.value, f.count] as const));
    const filtered = this._query.trim() !== '' || this._category !== undefined || this._years.length > 0
      || this._publishers.length > 0 || this._validity.length > 0 || this._hideVoid;
    const pageCount = result ? Math.ceil(result.total / result.pageSize) : 0;
    const tree = this.#tree?.renderCategoryTree(
      {
        index: this.#categories,
        scheme: this._scheme ?? this.#categories.schemes[0]?.scheme ?? 'topic',
        selected: this._category,
        counts: categoryCounts,
        onScheme: (scheme) => {
          this._scheme = scheme;
          this._category = undefined;
          this.#changed();
        },
        onSelect: (id) => {
          this._category = id;
          this.#changed();
        },
      },
      this.locale,
    ) ?? nothing;
    return html`
      ${this.#guide
        ? html`<p class="guide-link no-print" part="nav"><button type="button" class="gk-button" @click=${() => void this.#openGuide()}>${msg('政府信息公开指南', { id: 'dd.guide.title' })}</button></p>`
        : nothing}
      <div class=${tree === nothing ? 'layout' : 'layout layout--tree'}>
        ${tree === nothing ? nothing : html`<div class="layout__side">${tree}</div>`}
        <div class="layout__main">
          ${renderSearchBox({
            id: 'dd-search',
            value: this._query,
            label: msg('搜索标题、文号、索引号、主题词或正文', { id: 'dd.search.label' }),
            onInput: (value) => this.#onSearchInput(value),
            onSubmit: (value) => void this.#onSearchSubmit(value),
          })}
          ${this._exact && this._query.trim() ? this.#renderExact(this._exact) : nothing}
          ${this.#renderFacets(facets)}
          ${renderSkippedNotice(this.#info?.skippedCount ?? 0, this.locale)}
          <div class="result-bar">
            <p class="result-count" role="status" aria-live="polite">
              ${this._searching ? searchingText() : result ? msg(str`共 ${formatNumber(result.total, this.locale)} 条信息`, { id: 'dd.results.count' }) : nothing}
            </p>
            ${this.#renderSort()}
          </div>
          ${result && result.total === 0
            ? renderEmpty({ onClearFilters: filtered ? () => this.#clearAll() : undefined })
            : result
              ? this.#renderList(result.items)
              : nothing}
          ${result && result.total > 0 ? renderPager({ page: result.page, pageCount, total: result.total, onPage: (p) => this.#goToPage(p) }, this.locale) : nothing}
        </div>
      </div>
    `;
  }

  #renderExact(doc: DisclosureDocument): TemplateResult {
    return html`<p class="exact gk-notice">
      ${msg('索引号或文号完全匹配：', { id: 'dd.search.exact' })}${this.#docLink(doc, false)}
    </p>`;
  }

  #renderFacets(facets: NonNullable<QueryResult<DisclosureDocument>['facets']>): TemplateResult {
    const years: FilterOption[] = (facets['year'] ?? [])
      .map((f) => ({ value: f.value, label: f.value, count: f.count }))
      .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
    const publishers: FilterOption[] = (facets['publisher'] ?? []).map((f) => ({ value: f.value, label: f.value, count: f.count }));
    const validityCounts = new Map((facets['validity'] ?? []).map((f) => [f.value, f.count] as const));
    const validity: FilterOption[] = VALIDITY_ORDER.filter((v) => validityCounts.has(v) || this._validity.includes(v))
      .filter((v) => !(this._hideVoid && VOID_STATUSES.includes(v)))
      .map((v) => ({ value: v, label: validityLabel(v), count: validityCounts.get(v) ?? 0 }));
    const group = (facet: Facet, id: string, label: string, options: FilterOption[], selected: string[], foldLabel: string) => {
      if (options.length <= 1 && selected.length === 0) return nothing;
      const chips = renderFilterChips(
        { id, label, options, selected, onToggle: (v) => this.#toggle(facet, v), onClear: () => this.#setFacet(facet, []) },
        this.locale,
      );
      return options.length <= MAX_OPEN_CHIPS
        ? chips
        : html`<details class="facet-fold" ?open=${selected.length > 0}><summary>${foldLabel}</summary>${chips}</details>`;
    };
    const voidCount = VOID_STATUSES.reduce((sum, v) => sum + (validityCounts.get(v) ?? 0), 0);
    return html`<div class="facets no-print">
      ${group('year', 'dd-year', msg('年份', { id: 'dd.facet.year' }), years, this._years,
        msg(str`按年份筛选（${formatNumber(years.length, this.locale)} 个）`, { id: 'dd.facet.yearFold' }))}
      ${group('publisher', 'dd-pub', msg('发布机构', { id: 'dd.field.publisher' }), publishers, this._publishers,
        msg(str`按发布机构筛选（${formatNumber(publishers.length, this.locale)} 个）`, { id: 'dd.facet.publisherFold' }))}
      ${group('validity', 'dd-val', msg('有效性', { id: 'dd.field.validity' }), validity, this._validity, '')}
      ${voidCount > 0 || this._hideVoid
        ? html`<label class="switch">
            <input type="checkbox" .checked=${this._hideVoid} @change=${(e: Event) => {
              this._hideVoid = (e.target as HTMLInputElement).checked;
              this.#changed();
            }} />
            ${msg('隐藏已失效和已废止的文件', { id: 'dd.facet.hideVoid' })}
          </label>`
        : nothing}
    </div>`;
  }

  #renderSort(): TemplateResult {
    const searching = this._query.trim() !== '';
    const options = SORTS.filter((s) => s !== 'relevance' || searching);
    const current = this.#effectiveSort();
    return html`<label class="sort no-print">
      ${msg('排序', { id: 'dd.sort.label' })}
      <select @change=${(e: Event) => {
        this._sort = (e.target as HTMLSelectElement).value as SortName;
        this.#changed();
      }}>
        ${options.map((s) => html`<option value=${s} ?selected=${s === current}>${sortLabel(s)}</option>`)}
      </select>
    </label>`;
  }

  #mark(text: string): TemplateResult | string {
    const query = this._query.trim();
    return query && this.#highlight ? renderHighlighted(text, this.#highlight(text, query)) : text;
  }

  #docLink(doc: DisclosureDocument, highlight = true): TemplateResult {
    const open = (event: Event) => {
      event.preventDefault();
      this.#returnFocusId = doc.id;
      void this.#openDocument(doc.id, true);
    };
    return html`<a class="doc-link" data-id=${doc.id} href=${`#${URL_PREFIX}.open=${encodeURIComponent(doc.id)}`} @click=${open}>${highlight ? this.#mark(doc.title) : doc.title}</a>`;
  }

  #renderList(docs: DisclosureDocument[]): TemplateResult {
    return html`<ul class="results" part="results" tabindex="-1" aria-label=${msg('信息列表', { id: 'dd.results.label' })}>
      ${docs.map((doc) => {
        const status = doc.validity?.status;
        const isVoid = status !== undefined && VOID_STATUSES.includes(status);
        return html`<li class=${isVoid ? 'result result--void' : 'result'}>
          <h3 class="result__title">${this.#docLink(doc)} ${renderValidityBadge(status)}</h3>
          <p class="result__meta">
            ${doc.documentNumber ? html`<span><span class="muted">${msg('文号：', { id: 'dd.list.documentNumber' })}</span>${this.#mark(doc.documentNumber)}</span>` : nothing}
            <span><span class="muted">${msg('发布机构：', { id: 'dd.list.publisher' })}</span>${doc.publisher}</span>
            <span><span class="muted">${msg('公布日期：', { id: 'dd.list.publishedAt' })}</span>${formatDate(doc.publishedAt, this.locale)}</span>
          </p>
          <p class="result__meta result__index muted">${msg('索引号：', { id: 'dd.list.indexNumber' })}${this.#mark(doc.indexNumber)}</p>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-disclosure-directory': GkDisclosureDirectory;
  }
}
