import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, str, formatNumber, formatDate, CollectionController, LazyChunkController, renderItemLink, markMatches,
  renderEmpty, renderSearchBox, searchingText, renderFilterChips, renderPager,
} from '@gongkai/ui';
import type { FacetSpec, MessageCatalog, FilterOption } from '@gongkai/ui';
import { htmlToSearchText } from '@gongkai/client';
import type { CollectionSource, QueryResult } from '@gongkai/client';
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

/** The exact-number lookup runs only with search text, so it is loaded with the search code. */
const findExact = (source: CollectionSource<DisclosureDocument>, query: string) =>
  import('./exact-match.js').then((module) => module.findExactDocument(source, query));
type ReadingViews = Awaited<ReturnType<typeof loadReadingViews>>;
type Facet = 'year' | 'publisher' | 'validity';

/** Prefix of this element's keys in the URL (`dd.q`, `dd.open`). */
const URL_PREFIX = 'dd';
/** The multi-valued facets, as query parameters and URL keys (`dd.year`, `dd.pub`, `dd.val`). */
const FACETS: readonly FacetSpec[] = [{ name: 'year', url: 'year' }, { name: 'publisher', url: 'pub' }, { name: 'validity', url: 'val' }];
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

  declare private _category: string | undefined;
  declare private _scheme: CategoryScheme | undefined;
  declare private _hideVoid: boolean;
  declare private _sort: SortName;
  declare private _showGuide: boolean;
  declare private _bodyHtml: { id: string; html: string } | undefined;
  declare private _bodyFallback: { id: string; text: string } | undefined;
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
      if (doc.body?.format === 'html' && this._bodyHtml?.id !== doc.id) this.#sanitizeBody(doc);
    },
    closed: () => (this._showGuide = false),
  });

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

  #sanitizeBody(doc: DisclosureDocument): void {
    const content = doc.body?.content ?? '';
    loadSanitizer().then(
      (sanitize) => {
        if (this.#list.opened?.id === doc.id) this._bodyHtml = { id: doc.id, html: sanitize(content) };
      },
      () => {
        // Without the sanitizer the body is never shown as HTML; its text still is.
        if (this.#list.opened?.id === doc.id) this._bodyFallback = { id: doc.id, text: htmlToSearchText(content) };
      },
    );
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
    const body = list.status !== 'ready'
      ? list.renderLoadState(msg('加载数据时出错。', { id: 'dd.error.generic' })) ?? nothing
      : doc && views ? this.#renderDocumentView(doc, views)
        : this._showGuide && this.#guide && views ? this.#renderGuideView(this.#guide, views)
          : this.#renderBrowse();
    return html`<div part="base" class="directory">${body}</div>`;
  }

  #renderToolbar(): TemplateResult {
    return html`<div class="toolbar no-print">
      <button type="button" class="gk-button back" @click=${() => this.#list.close(true)}>${msg('← 返回目录', { id: 'dd.doc.back' })}</button>
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
          ${this.#renderFacets(facets)}
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
              ? this.#renderList(result.items)
              : nothing}
          ${result && result.total > 0 ? renderPager({ page: result.page, pageCount, total: result.total, onPage: (p) => void list.goToPage(p) }, this.locale) : nothing}
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
    const validity: FilterOption[] = VALIDITY_ORDER.filter((v) => validityCounts.has(v) || this.#list.selected('validity').includes(v))
      .filter((v) => !(this._hideVoid && VOID_STATUSES.includes(v)))
      .map((v) => ({ value: v, label: validityLabel(v), count: validityCounts.get(v) ?? 0 }));
    const group = (facet: Facet, id: string, label: string, options: FilterOption[], selected: string[], foldLabel: string) => {
      if (options.length <= 1 && selected.length === 0) return nothing;
      const chips = renderFilterChips(
        { id, label, options, selected, onToggle: (v) => this.#list.toggle(facet, v), onClear: () => this.#list.setFacet(facet, []) },
        this.locale,
      );
      return options.length <= MAX_OPEN_CHIPS
        ? chips
        : html`<details class="facet-fold" ?open=${selected.length > 0}><summary>${foldLabel}</summary>${chips}</details>`;
    };
    const voidCount = VOID_STATUSES.reduce((sum, v) => sum + (validityCounts.get(v) ?? 0), 0);
    return html`<div class="facets no-print">
      ${group('year', 'dd-year', msg('年份', { id: 'dd.facet.year' }), years, this.#list.selected('year'),
        msg(str`按年份筛选（${formatNumber(years.length, this.locale)} 个）`, { id: 'dd.facet.yearFold' }))}
      ${group('publisher', 'dd-pub', msg('发布机构', { id: 'dd.field.publisher' }), publishers, this.#list.selected('publisher'),
        msg(str`按发布机构筛选（${formatNumber(publishers.length, this.locale)} 个）`, { id: 'dd.facet.publisherFold' }))}
      ${group('validity', 'dd-val', msg('有效性', { id: 'dd.field.validity' }), validity, this.#list.selected('validity'), '')}
      ${voidCount > 0 || this._hideVoid
        ? html`<label class="switch">
            <input type="checkbox" .checked=${this._hideVoid} @change=${(e: Event) => {
              this._hideVoid = (e.target as HTMLInputElement).checked;
              void this.#list.changed();
            }} />
            ${msg('隐藏已失效和已废止的文件', { id: 'dd.facet.hideVoid' })}
          </label>`
        : nothing}
    </div>`;
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

  #docLink(doc: DisclosureDocument, highlight = true): TemplateResult {
    return renderItemLink(this.#list, doc.id, 'doc-link', highlight ? markMatches(this.#list, doc.title) : doc.title);
  }

  #renderList(docs: DisclosureDocument[]): TemplateResult {
    return html`<ul class="results" part="results" tabindex="-1" aria-label=${msg('信息列表', { id: 'dd.results.label' })}>
      ${docs.map((doc) => {
        const status = doc.validity?.status;
        const isVoid = status !== undefined && VOID_STATUSES.includes(status);
        return html`<li class=${isVoid ? 'result result--void' : 'result'}>
          <h3 class="result__title">${this.#docLink(doc)} ${renderValidityBadge(status)}</h3>
          <p class="result__meta">
            ${doc.documentNumber ? html`<span><span class="muted">${msg('文号：', { id: 'dd.list.documentNumber' })}</span>${markMatches(this.#list, doc.documentNumber)}</span>` : nothing}
            <span><span class="muted">${msg('发布机构：', { id: 'dd.list.publisher' })}</span>${doc.publisher}</span>
            <span><span class="muted">${msg('公布日期：', { id: 'dd.list.publishedAt' })}</span>${formatDate(doc.publishedAt, this.locale)}</span>
          </p>
          <p class="result__meta result__index muted">${msg('索引号：', { id: 'dd.list.indexNumber' })}${markMatches(this.#list, doc.indexNumber)}</p>
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
