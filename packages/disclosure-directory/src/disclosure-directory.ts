import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, str, formatNumber, CollectionController, LazyChunkController,
  renderEmpty, renderSearchBox, searchingText, renderPager,
} from '@gongkai/ui';
import type { FacetSpec, MessageCatalog } from '@gongkai/ui';
import type { CollectionSource } from '@gongkai/client';
import type { DisclosureDocument, DisclosureDirectoryFile, DisclosureGuide } from '@gongkai/schema';
import type { CategoryIndex, CategoryScheme } from './category-tree.js';
import { DEFAULT_SORT, VALIDITY_ORDER, VOID_STATUSES, sortLabel } from './labels.js';
import type { SortName } from './labels.js';
import type { DocumentBodies } from './document-body.js';
import { loadSanitizer } from './load-sanitizer.js';
import { loadTreeViews } from './load-tree-views.js';
import { loadReadingViews } from './load-reading-views.js';
import { renderFacets } from './views/facets-view.js';
import { renderDocLink, renderResultList } from './views/result-list.js';
import { disclosureDirectoryStyles } from './styles.js';
import { disclosureDirectoryCatalog } from './catalog.js';

/** The exact-number lookup runs only with search text, so it is loaded with the search code. */
const findExact = (source: CollectionSource<DisclosureDocument>, query: string) =>
  import('./exact-match.js').then((module) => module.findExactDocument(source, query));
type ReadingViews = Awaited<ReturnType<typeof loadReadingViews>>;

/** Prefix of this element's keys in the URL (`dd.q`, `dd.open`). */
const URL_PREFIX = 'dd';
/** The multi-valued facets, as query parameters and URL keys (`dd.year`, `dd.pub`, `dd.val`). */
const FACETS: readonly FacetSpec[] = [{ name: 'year', url: 'year' }, { name: 'publisher', url: 'pub' }, { name: 'validity', url: 'val' }];
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
 * The class declares its facets and own state for CollectionController and renders; the views are
 * modules of their own (views/: facets, result list, and the lazily loaded tree and reading
 * views, the latter with DocumentBodies, which sanitizes opened HTML bodies).
 *
 * @tagname gk-disclosure-directory
 * @fires gk-load - Data loaded: `{count, skippedCount}`
 * @fires gk-error - Data could not be loaded or is invalid: `{code, path, issues, message}`
 * @fires gk-select - A document was opened: `{id}`
 * @csspart base - The wrapper carrying typography and colours
 * @csspart nav - The switch between directory and guide
 * @csspart categories - The category tree
 * @csspart search - The search form
 * @csspart search-input - The search field
 * @csspart filter - A facet group (year, publisher, validity)
 * @csspart filter-chip - One facet value button
 * @csspart results - The document list
 * @csspart validity - A validity badge
 * @csspart document - The opened document
 * @csspart metadata - The document's metadata table
 * @csspart guide - The 公开指南 view
 * @csspart pager - Page navigation
 * @csspart total - The result total beside the pager
 * @csspart loading - The loading view with download progress
 * @csspart empty - The no-results view
 * @csspart error - The error view
 * @csspart skipped-notice - The note counting invalid documents left out
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
    _category: { state: true, attribute: false },
    _scheme: { state: true, attribute: false },
    _hideVoid: { state: true, attribute: false },
    _sort: { state: true, attribute: false },
    _showGuide: { state: true, attribute: false },
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

  declare private _category: string | undefined;
  declare private _scheme: CategoryScheme | undefined;
  declare private _hideVoid: boolean;
  declare private _sort: SortName;
  declare private _showGuide: boolean;
  declare private _exact: DisclosureDocument | undefined;

  #categories: CategoryIndex = { byId: new Map(), schemes: [] };
  /** The tree's code and styles, loaded beside the data (nothing shows a tree before the data). */
  readonly #tree = new LazyChunkController(this, loadTreeViews, { styles: (views) => views.treeStyles });
  #guide: DisclosureGuide | undefined;
  /** The document and guide views, a lazily loaded chunk with its own styles. */
  readonly #readingViews = new LazyChunkController<ReadingViews>(this, loadReadingViews, { styles: (views) => views.readingStyles });
  readonly #list = new CollectionController<DisclosureDocument>(this, {
    kind: 'disclosure-directory',
    urlPrefix: URL_PREFIX,
    facets: FACETS,
    itemId: (doc) => doc.id,
    linkSelector: '.doc-link',
    openedSelector: '.doc__title',
    reset: () => {
      this._showGuide = false;
      // The tree's code downloads beside the data; setup reports a failure if it is still missing then.
      this.#tree.prefetch();
    },
    setup: async (info) => {
      const envelope = info.envelope as Partial<DisclosureDirectoryFile>;
      this.#categories = (await this.#tree.ensure()).buildCategoryIndex(envelope.categories);
      this.#guide = envelope.guide;
    },
    readState: (state) => {
      const category = state['cat'];
      this._category = category && this.#categories.byId.has(category) ? category : undefined;
      if (this._category) this._scheme = this.#categories.byId.get(this._category)!.scheme;
      else if (state['scheme']) this._scheme = state['scheme'] as CategoryScheme;
      this._hideVoid = state['hide'] === '1';
      this._sort = SORTS.includes(state['sort'] as SortName) ? (state['sort'] as SortName) : DEFAULT_SORT;
    },
    writeState: () => ({
      scheme: this._scheme && this._scheme !== this.#categories.schemes[0]?.scheme ? this._scheme : '',
      cat: this._category ?? '',
      hide: this._hideVoid ? '1' : '',
      sort: this._sort !== DEFAULT_SORT ? this._sort : '',
    }),
    writeOther: () => ({ view: this._showGuide ? 'guide' : '' }),
    queryParams: () => ({
      // The client and the REST contract match a category's whole subtree.
      filters: { category: this._category ? [this._category] : [], validity: this.#validityFilter() },
      sort: this.#effectiveSort(),
    }),
    clearState: () => {
      this._category = undefined;
      this._hideVoid = false;
    },
    answered: (_result, query, isCurrent) => void this.#checkExact(query, isCurrent),
    // Prefetch the document view so opening one does not wait for the network.
    ready: () => this.#readingViews.prefetch(),
    openOther: async (state) => {
      const guide = state['view'] === 'guide' && this.#guide !== undefined;
      if (guide && !(await this.#ensureViews())) return false;
      if (guide !== this._showGuide) this._showGuide = guide;
      return true;
    },
    prepareOpen: () => this.#readingViews.ensure(),
    opened: (doc) => {
      this._showGuide = false;
      // The reading views are loaded by now (prepareOpen), and with them the body's sanitizing.
      this.#body ??= new this.#readingViews.value!.DocumentBodies(this, (id) => this.#list.opened?.id === id, loadSanitizer);
      this.#body.opened(doc);
    },
    closed: () => (this._showGuide = false),
  });
  #body: DocumentBodies | undefined;

  constructor() {
    super();
    this._hideVoid = false;
    this._sort = DEFAULT_SORT;
    this._showGuide = false;
    this.pageSize = 20;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#list.hostWillUpdate(changed);
  }

  /** Reloads data from the current `source`, `data`, `api` or `src`. */
  async reload(): Promise<void> {
    await this.#list.load();
  }

  /**
   * Validity filter: the chosen statuses, or with the switch on every status but 失效 and 已废止.
   * (Documents without a validity have no facet value in the client; see README "Limits".)
   */
  #validityFilter(): string[] {
    const selected = this.#list.selected('validity');
    const chosen = selected.length > 0 ? selected : this._hideVoid ? [...VALIDITY_ORDER] : [];
    return this._hideVoid ? chosen.filter((v) => !VOID_STATUSES.includes(v)) : chosen;
  }

  #effectiveSort(): string {
    // Relevance needs search text; without it the default order applies.
    return this._sort === 'relevance' && !this.#list.query.trim() ? DEFAULT_SORT : this._sort;
  }

  /** Offers a direct link when the search text is exactly one document's 索引号 or 文号. */
  async #checkExact(query: string, isCurrent: () => boolean): Promise<void> {
    const source = this.#list.source;
    const exact = query && source ? await findExact(source, query).catch(() => undefined) : undefined;
    if (isCurrent()) this._exact = exact;
  }

  /** The reading views; false (with the error view shown) when their chunk cannot be loaded. */
  async #ensureViews(): Promise<boolean> {
    try {
      await this.#readingViews.ensure();
      return true;
    } catch (error) {
      this.#list.fail(error);
      return false;
    }
  }

  async #openGuide(): Promise<void> {
    if (!(await this.#ensureViews())) return;
    this._showGuide = true;
    await this.#list.pushView('.doc__title');
  }

  /** Enter: an exact 索引号 or 文号 opens its document; anything else searches. */
  async #onSearchSubmit(value: string): Promise<void> {
    const list = this.#list;
    list.setQuery(value);
    list.writeUrl(false);
    const source = list.source;
    const exact = source ? await findExact(source, value).catch(() => undefined) : undefined;
    if (exact) {
      await list.open(exact.id, true);
      void list.runQuery();
      return;
    }
    await list.runQuery();
    list.focusResults();
  }

  // ---- Rendering ----------------------------------------------------------

  override render(): TemplateResult {
    const list = this.#list;
    const views = this.#readingViews.value;
    const doc = list.opened;
    const back = () => list.close(true);
    const body = list.status !== 'ready'
      ? list.renderLoadState(msg('加载数据时出错。', { id: 'dd.error.generic' })) ?? nothing
      : doc && views
        ? views.renderReadingFrame(views.renderDocument(doc, {
          locale: this.locale,
          categories: this.#categories,
          bodyHtml: this.#body?.html(doc),
          bodyFallbackText: this.#body?.fallbackText(doc),
        }), back)
        : this._showGuide && this.#guide && views ? views.renderReadingFrame(views.renderGuide(this.#guide, this.requestUrl, this.locale), back)
          : this.#renderBrowse();
    return html`<div part="base" class="directory">${body}</div>`;
  }

  #renderBrowse(): TemplateResult {
    const list = this.#list;
    const result = list.result;
    const facets = result?.facets ?? {};
    // Counts of distinct documents filed at or below each category (the facet includes ancestors).
    const categoryCounts = new Map((facets['category'] ?? []).map((f) => [f.value, f.count] as const));
    const pageCount = result ? Math.ceil(result.total / result.pageSize) : 0;
    const tree = this.#tree.value?.renderCategoryTree(
      {
        index: this.#categories,
        scheme: this._scheme ?? this.#categories.schemes[0]?.scheme ?? 'topic',
        selected: this._category,
        counts: categoryCounts,
        onScheme: (scheme) => {
          this._scheme = scheme;
          this._category = undefined;
          void this.#list.changed();
        },
        onSelect: (id) => {
          this._category = id;
          void this.#list.changed();
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
            value: list.query,
            label: msg('搜索标题、文号、索引号、主题词或正文', { id: 'dd.search.label' }),
            onInput: (value) => list.search(value),
            onSubmit: (value) => void this.#onSearchSubmit(value),
          })}
          ${this._exact && list.query.trim() ? this.#renderExact(this._exact) : nothing}
          ${renderFacets({ list, facets, hideVoid: this._hideVoid, locale: this.locale, onHideVoid: (hide) => {
            this._hideVoid = hide;
            void list.changed();
          } })}
          ${list.renderSkipped()}
          <div class="result-bar">
            <p class="result-count" role="status" aria-live="polite">
              ${list.searching ? searchingText() : result ? msg(str`共 ${formatNumber(result.total, this.locale)} 条信息`, { id: 'dd.results.count' }) : nothing}
            </p>
            ${this.#renderSort()}
          </div>
          ${result && result.total === 0
            ? renderEmpty({ onClearFilters: list.filtered(this._category !== undefined || this._hideVoid) ? () => list.clearAll() : undefined })
            : result
              ? renderResultList(list, result.items, this.locale)
              : nothing}
          ${result && result.total > 0 ? renderPager({ page: result.page, pageCount, total: result.total, onPage: (p) => void list.goToPage(p) }, this.locale) : nothing}
        </div>
      </div>
    `;
  }

  #renderExact(doc: DisclosureDocument): TemplateResult {
    return html`<p class="exact gk-notice">
      ${msg('索引号或文号完全匹配：', { id: 'dd.search.exact' })}${renderDocLink(this.#list, doc, false)}
    </p>`;
  }

  #renderSort(): TemplateResult {
    const searching = this.#list.query.trim() !== '';
    const options = SORTS.filter((s) => s !== 'relevance' || searching);
    const current = this.#effectiveSort();
    return html`<label class="sort no-print">
      ${msg('排序', { id: 'dd.sort.label' })}
      <select @change=${(e: Event) => {
        this._sort = (e.target as HTMLSelectElement).value as SortName;
        void this.#list.changed();
      }}>
        ${options.map((s) => html`<option value=${s} ?selected=${s === current}>${sortLabel(s)}</option>`)}
      </select>
    </label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-disclosure-directory': GkDisclosureDirectory;
  }
}
