/** `<gk-power-catalog>`: the administrative power list. The class is documented below. */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, str, formatNumber, CollectionController, LazyChunkController, renderItemLink, markMatches, lazyModule,
  renderEmpty, renderSearchBox, searchingText, renderFilterChips, renderPager,
} from '@gongkai/ui';
import type { FacetSpec, FilterOption, MessageCatalog } from '@gongkai/ui';
import type { CollectionSource } from '@gongkai/client';
import type { PowerItem, PowerCatalogFile } from '@gongkai/schema';
import { POWER_TYPE_ORDER, powerTypeLabel, timeLimitLabel } from './labels.js';
import { powerCatalogStyles } from './styles.js';
import { powerCatalogCatalog } from './catalog.js';

type Layout = 'list' | 'table';

/** Prefix of this element's keys in the URL (`pc.q`, `pc.open`). */
const URL_PREFIX = 'pc';
/** The facets, as query parameters and URL keys (`pc.type`, `pc.dept`). */
const FACETS: readonly FacetSpec[] = [{ name: 'type', url: 'type' }, { name: 'department', url: 'dept' }];
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

  #departmentNames = new Map<string, string>();
  readonly #itemView = new LazyChunkController(this, loadItemView);
  readonly #list = new CollectionController<PowerItem>(this, {
    kind: 'power-catalog',
    urlPrefix: URL_PREFIX,
    facets: FACETS,
    itemId: (item) => item.id,
    linkSelector: '.item-link',
    openedSelector: '.item__title',
    setup: (info) => {
      const departments = (info.envelope as Partial<PowerCatalogFile>).departments ?? [];
      this.#departmentNames = new Map(departments.map((d) => [d.id, d.name] as const));
    },
    prepareOpen: () => this.#itemView.ensure(),
  });

  constructor() {
    super();
    this.pageSize = 20;
    this.layout = 'list';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#list.hostWillUpdate(changed);
  }

  /** Reloads data from the current `source`, `data`, `api` or `src`. */
  async reload(): Promise<void> {
    await this.#list.load();
  }

  #departmentName = (idOrName: string): string => this.#departmentNames.get(idOrName) ?? idOrName;

  override render(): TemplateResult {
    const list = this.#list;
    const opened = list.opened;
    const body = list.status === 'ready'
      ? opened ? this.#renderItem(opened) : this.#renderBrowse()
      : list.renderLoadState(msg('加载数据时出错。', { id: 'pc.error.generic' })) ?? nothing;
    return html`<div part="base" class="catalog">${body}</div>`;
  }

  #renderItem(item: PowerItem): TemplateResult {
    return html`<div class="item-view">
      <div class="toolbar no-print">
        <button type="button" class="gk-button back" @click=${() => this.#list.close(true)}>${msg('← 返回列表', { id: 'pc.item.back' })}</button>
        <button type="button" class="gk-button" @click=${() => window.print()}>${msg('打印', { id: 'pc.item.print' })}</button>
      </div>
      ${this.#itemView.value?.renderPowerItem(item, { locale: this.locale, departmentName: this.#departmentName })}
    </div>`;
  }

  #renderBrowse(): TemplateResult {
    const list = this.#list;
    const result = list.result;
    const types = list.selected('type');
    const departments = list.selected('department');
    const facets = result?.facets ?? {};
    const typeCounts = new Map((facets['type'] ?? []).map((f) => [f.value, f.count] as const));
    const typeOptions = POWER_TYPE_ORDER.filter((t) => typeCounts.has(t) || types.includes(t))
      .map((t) => ({ value: t, label: powerTypeLabel(t), count: typeCounts.get(t) ?? 0 }));
    // Types outside the canonical list cannot appear: such items are skipped at validation.
    const departmentOptions = (facets['department'] ?? []).map((f) => ({ value: f.value, label: this.#departmentName(f.value), count: f.count }));
    const pageCount = result ? Math.ceil(result.total / result.pageSize) : 0;
    return html`
      ${renderSearchBox({
        id: 'pc-search',
        value: list.query,
        label: msg('搜索事项名称、编码、实施主体或设定依据', { id: 'pc.search.label' }),
        onInput: (value) => list.search(value),
        onSubmit: (value) => list.search(value),
      })}
      ${renderFilterChips({ id: 'pc-type', label: msg('事项类型', { id: 'pc.facet.type' }), options: typeOptions, selected: types, onToggle: (v) => list.toggle('type', v), onClear: () => list.setFacet('type', []) }, this.locale)}
      ${departmentOptions.length > 1 || departments.length > 0 ? this.#renderDepartments(departmentOptions, departments) : nothing}
      ${list.renderSkipped()}
      <div class="result-bar">
        <p class="result-count" role="status" aria-live="polite">
          ${list.searching ? searchingText() : result ? msg(str`找到 ${formatNumber(result.total, this.locale)} 项`, { id: 'pc.results.count' }) : nothing}
        </p>
        <div class="layout-switch" role="group" aria-label=${msg('显示方式', { id: 'pc.layout.label' })}>
          <button type="button" class="gk-chip" aria-pressed=${this.layout === 'list' ? 'true' : 'false'} @click=${() => (this.layout = 'list')}>${msg('列表', { id: 'pc.layout.list' })}</button>
          <button type="button" class="gk-chip" aria-pressed=${this.layout === 'table' ? 'true' : 'false'} @click=${() => (this.layout = 'table')}>${msg('表格', { id: 'pc.layout.table' })}</button>
        </div>
      </div>
      ${result && result.total === 0
        ? renderEmpty({ onClearFilters: list.filtered() ? () => list.clearAll() : undefined })
        : result
          ? this.layout === 'table' ? this.#renderTable(result.items) : this.#renderList(result.items)
          : nothing}
      ${result && result.total > 0 ? renderPager({ page: result.page, pageCount, total: result.total, onPage: (p) => void list.goToPage(p) }, this.locale) : nothing}
    `;
  }

  /**
   * A city has dozens of departments: beyond a few, their chips fold into a
   * disclosure so the results stay in view on a phone. It starts open when a
   * department is already chosen (a shared link).
   */
  #renderDepartments(options: FilterOption[], selected: string[]): TemplateResult {
    const chips = renderFilterChips(
      { id: 'pc-dept', label: msg('实施主体', { id: 'pc.facet.department' }), options, selected, onToggle: (v) => this.#list.toggle('department', v), onClear: () => this.#list.setFacet('department', []) },
      this.locale,
    );
    if (options.length <= MAX_OPEN_DEPARTMENTS) return chips;
    return html`<details class="facet-fold" ?open=${selected.length > 0}>
      <summary>${msg(str`按实施主体筛选（${formatNumber(options.length, this.locale)} 个）`, { id: 'pc.facet.departmentFold' })}</summary>
      ${chips}
    </details>`;
  }

  #itemLink(item: PowerItem): TemplateResult {
    return renderItemLink(this.#list, item.id, 'item-link', markMatches(this.#list, item.name));
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
          <span>${markMatches(this.#list, this.#departmentName(item.department))}</span>
          ${item.code ? html`<span class="muted">${markMatches(this.#list, item.code)}</span>` : nothing}
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
          <td>${markMatches(this.#list, this.#departmentName(item.department))}</td>
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
