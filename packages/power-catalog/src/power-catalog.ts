/** `<gk-power-catalog>`: the administrative power list. The class is documented below. */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, str, formatNumber, pickText, LazyChunkController, lazyModule,
  renderLoading, renderEmpty, renderError, renderSkippedNotice, renderSearchBox, searchingText, whenQuerySlow, renderFilterChips, renderPager, renderHighlighted,
  parseUrlStateMode, readUrlState, writeUrlState, onUrlStateChange,
} from '@gongkai/ui';
import type { LoadProgress, MessageCatalog, UrlStateMode } from '@gongkai/ui';
import { CollectionLoader, createCollectionSource, errorDetail, loadHighlighter, SourceError, isAbortError } from '@gongkai/client';
import type { CollectionSource, QueryResult, SourceInfo } from '@gongkai/client';
import type { PowerItem, PowerCatalogFile } from '@gongkai/schema';
import { POWER_TYPE_ORDER, powerTypeLabel, timeLimitLabel } from './labels.js';
import { powerCatalogStyles } from './styles.js';
import { powerCatalogCatalog } from './catalog.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';
type Layout = 'list' | 'table';

/** Prefix of this element's keys in the URL (`pc.q`, `pc.open`). */
const URL_PREFIX = 'pc';
/** Remote searches wait for a pause in typing; in-memory ones answer on every keystroke. */
const REMOTE_SEARCH_DELAY_MS = 250;
/** The item view: visitors who only browse the list never fetch it; once per page, again after a failure. */
const loadItemView = lazyModule(() => import('./views/item-view.js'));
/** More departments than this fold into a disclosure. */
const MAX_OPEN_DEPARTMENTS = 8;

/**
 * `<gk-power-catalog>`: the administrative power list (行政权力清单 / 权责清单).
 *
 * Browse by power type and department with counts, search (CJK-aware, with
 * highlighted matches), page through results as a list or a compact table,
 * and open an item to see everything the catalog publishes about it. The
 * open item, search text, filters and page live in the URL.
 *
 * @tagname gk-power-catalog
 * @fires gk-load - Data loaded: `{count, skippedCount}`
 * @fires gk-error - Data could not be loaded or is invalid: `{code, path, issues, message}`
 * @fires gk-select - An item was opened: `{id}`
 * @csspart base - The wrapper carrying typography and colours
 * @csspart search - The search form
 * @csspart search-input - The search field
 * @csspart filter - A facet group (power type, department)
 * @csspart filter-chip - One facet value button
 * @csspart results - The result list or table
 * @csspart item - The opened item
 * @csspart flowchart - The process flowchart figure
 * @csspart process-steps - The ordered list of process steps
 * @csspart pager - Page navigation
 * @csspart total - The result total beside the pager
 * @csspart loading - The loading view with download progress
 * @csspart empty - The no-results view
 * @csspart error - The error view
 * @csspart skipped-notice - The note counting invalid items left out
 * @cssprop --gk-color-accent - Accent colour of links, chips and headings (default #b3261e)
 * @cssprop --gk-color-text - Body text colour (default #1f1f1f)
 * @cssprop --gk-color-surface - Background (default #fff)
 * @cssprop --gk-color-border - Borders (default #8c8c8c)
 * @cssprop --gk-font-family - Font stack
 * @cssprop --gk-font-size - Body text size (default 16px)
 * @cssprop --gk-line-height - Line height (default 1.6)
 * @cssprop --gk-radius - Corner radius (default 4px)
 * @cssprop --gk-space - Spacing unit (default 8px)
 * @cssprop --gk-focus-ring - Focus outline colour (default #1a5fb4)
 */
export class GkPowerCatalog extends GkElement {
  static override styles = [GkElement.styles, viewStyles, powerCatalogStyles];
  static override catalogs: readonly MessageCatalog[] = [...GkElement.catalogs, powerCatalogCatalog];

  static override properties = {
    src: { type: String, reflect: true },
    api: { type: String, reflect: true },
    data: { attribute: false },
    source: { attribute: false },
    urlState: { type: String, attribute: 'url-state' },
    pageSize: { type: Number, attribute: 'page-size' },
    layout: { type: String, reflect: true },
    _status: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _progress: { state: true, attribute: false },
    _result: { state: true, attribute: false },
    _searching: { state: true, attribute: false },
    _query: { state: true, attribute: false },
    _types: { state: true, attribute: false },
    _departments: { state: true, attribute: false },
    _page: { state: true, attribute: false },
    _openItem: { state: true, attribute: false },
  };

  /** URL of a static JSON file of kind `power-catalog`. */
  declare src: string | undefined;
  /** Base URL of a server speaking the REST contract (`power-items`). Wins over `src`. */
  declare api: string | undefined;
  /** An already loaded `power-catalog` object (for frameworks). Wins over `api` and `src`. */
  declare data: PowerCatalogFile | unknown | undefined;
  /** A custom data source implementing CollectionSource; wins over everything else. */
  declare source: CollectionSource<PowerItem> | undefined;
  /** Where the view state is kept: `hash` (default), `query` or `none`. */
  declare urlState: string | undefined;
  /** Results per page (default 20). */
  declare pageSize: number;
  /** `list` (default) or compact `table`. */
  declare layout: Layout;

  declare private _status: Status;
  declare private _error: SourceError | Error | undefined;
  declare private _progress: LoadProgress | undefined;
  declare private _result: QueryResult<PowerItem> | undefined;
  declare private _searching: boolean;
  declare private _query: string;
  declare private _types: string[];
  declare private _departments: string[];
  declare private _page: number;
  declare private _openItem: PowerItem | undefined;

  #active: CollectionSource<PowerItem> | undefined;
  #info: SourceInfo | undefined;
  readonly #loader = new CollectionLoader();
  #querySeq = 0;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #unlistenUrl: (() => void) | undefined;
  #departmentNames = new Map<string, string>();
  readonly #itemView = new LazyChunkController(this, loadItemView);
  /** Loaded with the first search, so list-only visitors never download the search code. */
  #highlight: ((text: string, query: string) => Array<[number, number]>) | undefined;
  /** True while the open item is the history entry we pushed, so closing can go Back to the list. */
  #pushedOpen = false;
  /** The id of the item whose link opened the item view: focus returns to that link on close. */
  #returnFocusId: string | undefined;

  constructor() {
    super();
    this._status = 'idle';
    this._query = '';
    this._types = [];
    this._departments = [];
    this._page = 1;
    this.pageSize = 20;
    this.layout = 'list';
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
    const source: CollectionSource<PowerItem> | undefined = this.source ?? createCollectionSource('power-catalog', {
      data: this.data,
      api: this.api,
      src: this.src,
      baseUrl: document.baseURI,
    });
    this.#active = source;
    this._result = undefined;
    this._openItem = undefined;
    if (!source) {
      this.#loader.abort();
      this._status = 'idle';
      return;
    }
    this._status = 'loading';
    this._progress = undefined;
    await this.#loader.load(source, {
      progress: (progress) => (this._progress = progress),
      loaded: async (info, signal) => {
        this.#info = info;
        this.#departmentNames = new Map(
          ((info.envelope as Partial<PowerCatalogFile>).departments ?? []).map((d) => [d.id, d.name] as const),
        );
        this.#readUrlIntoState();
        const result = await this.#runQuery();
        // A failed first query has already shown the error view: it must not turn into an empty list.
        if (signal.aborted || this._status === 'error') return;
        this._status = 'ready';
        await this.#openFromUrl();
        this.emit('gk-load', { count: result?.total ?? 0, skippedCount: info.skippedCount });
      },
      failed: (error) => this.#fail(error),
    });
  }

  #fail(error: unknown): void {
    this._status = 'error';
    this._error = error instanceof Error ? error : new Error(String(error));
    this.emit('gk-error', errorDetail(error, this.locale));
  }


  #readUrlIntoState(): void {
    const state = readUrlState(this.#urlMode, URL_PREFIX);
    this._query = state['q'] ?? '';
    this._types = state['type'] ? state['type'].split(',') : [];
    this._departments = state['dept'] ? state['dept'].split(',') : [];
    this._page = Math.max(1, Number.parseInt(state['page'] ?? '1', 10) || 1);
  }

  async #applyUrlState(): Promise<void> {
    if (this._status !== 'ready' || this.#urlMode === 'none') return;
    const before = [this._query, this._types.join(), this._departments.join(), this._page].join('|');
    this.#readUrlIntoState();
    const after = [this._query, this._types.join(), this._departments.join(), this._page].join('|');
    if (before !== after) await this.#runQuery();
    await this.#openFromUrl();
  }

  async #openFromUrl(): Promise<void> {
    const id = readUrlState(this.#urlMode, URL_PREFIX)['open'];
    if (!id) {
      if (this._openItem) this.#closeItem(false);
      return;
    }
    if (this._openItem?.id === id) return;
    await this.#openItem(id, false);
  }

  #writeUrl(push: boolean): void {
    writeUrlState(
      this.#urlMode,
      URL_PREFIX,
      {
        q: this._query.trim(),
        type: this._types.join(','),
        dept: this._departments.join(','),
        page: this._page > 1 ? String(this._page) : '',
        open: this._openItem?.id ?? '',
      },
      push,
    );
  }

  async #runQuery(): Promise<QueryResult<PowerItem> | undefined> {
    const source = this.#active;
    if (!source) return undefined;
    const seq = ++this.#querySeq;
    const querySettled = whenQuerySlow(() => {
      if (seq === this.#querySeq) this._searching = true;
    });
    try {
      if (this._query.trim() && !this.#highlight) this.#highlight = await loadHighlighter();
      const result = await source.query({
        q: this._query.trim() || undefined,
        filters: { type: this._types, department: this._departments },
        page: this._page,
        pageSize: this.pageSize,
      });
      if (seq !== this.#querySeq) return undefined; // a newer query has been started
      this._result = result;
      this._page = result.page;
      return result;
    } catch (error) {
      if (seq === this.#querySeq && !isAbortError(error)) this.#fail(error);
      return undefined;
    } finally {
      querySettled();
      if (seq === this.#querySeq) this._searching = false;
    }
  }

  async #openItem(id: string, push: boolean): Promise<void> {
    const source = this.#active;
    if (!source) return;
    const [item, view] = await Promise.all([source.get(id), this.#itemView.ensure()]).catch((error: unknown) => {
      this.#fail(error);
      return [];
    });
    if (!item || !view) return;
    this._openItem = item;
    if (push) this.#writeUrl(true);
    this.#pushedOpen = push && this.#urlMode !== 'none';
    this.emit('gk-select', { id });
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.item__title')?.focus();
  }

  #closeItem(viaUi: boolean): void {
    if (viaUi && this.#pushedOpen) {
      // We opened the item with a history entry: going back to the list closes it, so the
      // browser's Back afterwards leaves the page instead of reopening the item. An item
      // opened from a shared link has no such entry; then we only rewrite the URL.
      this.#pushedOpen = false;
      history.back();
      return;
    }
    this.#pushedOpen = false;
    this._openItem = undefined;
    if (viaUi) this.#writeUrl(false);
    const id = this.#returnFocusId;
    this.#returnFocusId = undefined;
    void this.updateComplete.then(() => {
      const links = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.item-link') ?? [])];
      const link = links.find((a) => a.dataset['id'] === id);
      (link ?? this.shadowRoot?.querySelector<HTMLElement>('.results'))?.focus();
    });
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

  #toggle(facet: 'type' | 'department', value: string): void {
    const current = facet === 'type' ? this._types : this._departments;
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    if (facet === 'type') this._types = next;
    else this._departments = next;
    this._page = 1;
    this.#writeUrl(false);
    void this.#runQuery();
  }

  #clearFacet(facet: 'type' | 'department'): void {
    if (facet === 'type') this._types = [];
    else this._departments = [];
    this._page = 1;
    this.#writeUrl(false);
    void this.#runQuery();
  }

  #clearAll(): void {
    this._query = '';
    this._types = [];
    this._departments = [];
    this._page = 1;
    this.#writeUrl(false);
    void this.#runQuery();
  }

  #goToPage(page: number): void {
    this._page = page;
    this.#writeUrl(false);
    void this.#runQuery().then(() => this.shadowRoot?.querySelector<HTMLElement>('.results')?.focus());
  }

  #departmentName = (idOrName: string): string => this.#departmentNames.get(idOrName) ?? idOrName;

  override render(): TemplateResult {
    return html`<div part="base" class="catalog">${this.#renderBody()}</div>`;
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
        return this._openItem ? this.#renderItem(this._openItem) : this.#renderBrowse();
    }
  }

  #renderError(): TemplateResult {
    const error = this._error;
    const sourceError = error instanceof SourceError ? error : undefined;
    return renderError(
      {
        message: sourceError ? pickText(sourceError.messages, this.locale) : msg('加载数据时出错。', { id: 'pc.error.generic' }),
        issues: sourceError?.issues.map((issue) => ({ path: issue.path, message: pickText(issue.message, this.locale) })),
        url: sourceError?.url,
        onRetry: () => void this.#load(),
      },
      this.locale,
    );
  }

  #renderItem(item: PowerItem): TemplateResult {
    return html`<div class="item-view">
      <div class="toolbar no-print">
        <button type="button" class="gk-button back" @click=${() => this.#closeItem(true)}>${msg('← 返回列表', { id: 'pc.item.back' })}</button>
        <button type="button" class="gk-button" @click=${() => window.print()}>${msg('打印', { id: 'pc.item.print' })}</button>
      </div>
      ${this.#itemView.value?.renderPowerItem(item, { locale: this.locale, departmentName: this.#departmentName })}
    </div>`;
  }

  #renderBrowse(): TemplateResult {
    const result = this._result;
    const facets = result?.facets ?? {};
    const typeCounts = new Map((facets['type'] ?? []).map((f) => [f.value, f.count] as const));
    const typeOptions = POWER_TYPE_ORDER.filter((t) => typeCounts.has(t) || this._types.includes(t))
      .map((t) => ({ value: t, label: powerTypeLabel(t), count: typeCounts.get(t) ?? 0 }));
    // Types outside the canonical list cannot appear: such items are skipped at validation.
    const departmentOptions = (facets['department'] ?? []).map((f) => ({ value: f.value, label: this.#departmentName(f.value), count: f.count }));
    const filtered = this._query.trim() !== '' || this._types.length > 0 || this._departments.length > 0;
    const pageCount = result ? Math.ceil(result.total / result.pageSize) : 0;
    return html`
      ${renderSearchBox({
        id: 'pc-search',
        value: this._query,
        label: msg('搜索事项名称、编码、实施主体或设定依据', { id: 'pc.search.label' }),
        onInput: (value) => this.#onSearchInput(value),
        onSubmit: (value) => this.#onSearchInput(value),
      })}
      ${renderFilterChips({ id: 'pc-type', label: msg('事项类型', { id: 'pc.facet.type' }), options: typeOptions, selected: this._types, onToggle: (v) => this.#toggle('type', v), onClear: () => this.#clearFacet('type') }, this.locale)}
      ${departmentOptions.length > 1 || this._departments.length > 0 ? this.#renderDepartments(departmentOptions) : nothing}
      ${renderSkippedNotice(this.#info?.skippedCount ?? 0, this.locale)}
      <div class="result-bar">
        <p class="result-count" role="status" aria-live="polite">
          ${this._searching ? searchingText() : result ? msg(str`找到 ${formatNumber(result.total, this.locale)} 项`, { id: 'pc.results.count' }) : nothing}
        </p>
        <div class="layout-switch" role="group" aria-label=${msg('显示方式', { id: 'pc.layout.label' })}>
          <button type="button" class="gk-chip" aria-pressed=${this.layout === 'list' ? 'true' : 'false'} @click=${() => (this.layout = 'list')}>${msg('列表', { id: 'pc.layout.list' })}</button>
          <button type="button" class="gk-chip" aria-pressed=${this.layout === 'table' ? 'true' : 'false'} @click=${() => (this.layout = 'table')}>${msg('表格', { id: 'pc.layout.table' })}</button>
        </div>
      </div>
      ${result && result.total === 0
        ? renderEmpty({ onClearFilters: filtered ? () => this.#clearAll() : undefined })
        : result
          ? this.layout === 'table' ? this.#renderTable(result.items) : this.#renderList(result.items)
          : nothing}
      ${result && result.total > 0 ? renderPager({ page: result.page, pageCount, total: result.total, onPage: (p) => this.#goToPage(p) }, this.locale) : nothing}
    `;
  }

  /**
   * A city has dozens of departments: beyond a few, their chips fold into a
   * disclosure so the results stay in view on a phone. It starts open when a
   * department is already chosen (a shared link).
   */
  #renderDepartments(options: Array<{ value: string; label: string; count: number }>): TemplateResult {
    const chips = renderFilterChips(
      { id: 'pc-dept', label: msg('实施主体', { id: 'pc.facet.department' }), options, selected: this._departments, onToggle: (v) => this.#toggle('department', v), onClear: () => this.#clearFacet('department') },
      this.locale,
    );
    if (options.length <= MAX_OPEN_DEPARTMENTS) return chips;
    return html`<details class="facet-fold" ?open=${this._departments.length > 0}>
      <summary>${msg(str`按实施主体筛选（${formatNumber(options.length, this.locale)} 个）`, { id: 'pc.facet.departmentFold' })}</summary>
      ${chips}
    </details>`;
  }

  #mark(text: string): TemplateResult | string {
    const query = this._query.trim();
    return query && this.#highlight ? renderHighlighted(text, this.#highlight(text, query)) : text;
  }

  #itemLink(item: PowerItem): TemplateResult {
    const open = (event: Event) => {
      event.preventDefault();
      this.#returnFocusId = item.id;
      void this.#openItem(item.id, true);
    };
    return html`<a class="item-link" data-id=${item.id} href=${`#${URL_PREFIX}.open=${encodeURIComponent(item.id)}`} @click=${open}>${this.#mark(item.name)}</a>`;
  }

  #promised(item: PowerItem): string {
    const limit = item.timeLimits?.promised ?? item.timeLimits?.statutory;
    return limit ? timeLimitLabel(limit) : '—';
  }

  #charged(item: PowerItem): string {
    if (!item.fees) return '—';
    return item.fees.charged ? msg('收费', { id: 'pc.fees.charged' }) : msg('不收费', { id: 'pc.fees.free' });
  }

  #renderList(items: PowerItem[]): TemplateResult {
    return html`<ul class="results results--list" part="results" tabindex="-1" aria-label=${msg('查询结果', { id: 'pc.results.label' })}>
      ${items.map((item) => html`<li class="result">
        <h3 class="result__name">${this.#itemLink(item)}</h3>
        <p class="result__meta">
          <span class="badge">${powerTypeLabel(item.type)}</span>
          <span>${this.#mark(this.#departmentName(item.department))}</span>
          ${item.code ? html`<span class="muted">${this.#mark(item.code)}</span>` : nothing}
        </p>
        <p class="result__meta muted">
          <span>${msg('承诺时限：', { id: 'pc.results.promised' })}${this.#promised(item)}</span>
          <span>${this.#charged(item)}</span>
        </p>
      </li>`)}
    </ul>`;
  }

  #renderTable(items: PowerItem[]): TemplateResult {
    return html`<div class="table-wrap results" part="results" role="region" tabindex="-1" aria-label=${msg('查询结果', { id: 'pc.results.label' })}>
      <table class="table">
        <thead><tr>
          <th scope="col">${msg('事项名称', { id: 'pc.col.name' })}</th>
          <th scope="col">${msg('类型', { id: 'pc.col.type' })}</th>
          <th scope="col">${msg('实施主体', { id: 'pc.facet.department' })}</th>
          <th scope="col">${msg('承诺时限', { id: 'pc.limit.promised' })}</th>
          <th scope="col">${msg('收费', { id: 'pc.section.fees' })}</th>
        </tr></thead>
        <tbody>${items.map((item) => html`<tr>
          <td>${this.#itemLink(item)}</td>
          <td>${powerTypeLabel(item.type)}</td>
          <td>${this.#mark(this.#departmentName(item.department))}</td>
          <td>${this.#promised(item)}</td>
          <td>${this.#charged(item)}</td>
        </tr>`)}</tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-power-catalog': GkPowerCatalog;
  }
}
