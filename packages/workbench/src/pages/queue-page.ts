/**
 * What both queues share: filters kept in the URL (so Back, reload and a sent link show the same
 * list), the server's order (overdue first, then soonest due), due badges, paging, and a box
 * that opens an item by its number. Each queue names its filters, loader and row.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { formatDate, msg, str, renderEmpty, renderError, renderLoading, renderPager } from '@gongkai/ui';
import { ApiError, SignInRequired } from '../api/client.js';
import type { StaffApi } from '../api/client.js';
import type { Page, StaffUser } from '../api/types.js';
import { dueState, todayInShanghai } from '../due.js';
import { navigate, type Route } from '../router.js';
import { WorkbenchElement } from '../workbench-element.js';

export interface QueueFilter {
  /** The list endpoint's query parameter. */
  name: string;
  label: () => string;
  options: () => Array<{ value: string; label: string }>;
}

/** The list endpoints' search parameters (docs/staff.md "Queues"), kept in the URL like the filters. */
const SEARCH_PARAMETERS = ['q', 'receivedFrom', 'receivedTo'] as const;

export abstract class QueuePage<T extends { dueDate: string; overdue: boolean }> extends WorkbenchElement {
  static override properties = {
    api: { attribute: false },
    user: { attribute: false },
    query: { attribute: false },
    result: { state: true },
    failure: { state: true },
  };

  declare api: StaffApi | undefined;
  declare user: StaffUser | undefined;
  declare query: URLSearchParams;
  declare result: Page<T> | undefined;
  declare failure: string;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.failure = '';
  }

  protected abstract heading(): string;
  protected abstract filters(): QueueFilter[];
  protected abstract load(query: URLSearchParams): Promise<Page<T>>;
  protected abstract renderItem(item: T, badge: TemplateResult | typeof nothing): TemplateResult;
  protected abstract isOpen(item: T): boolean;
  protected abstract routeFor(query: URLSearchParams): Route;
  protected abstract itemRoute(id: string): Route;
  protected abstract findLabel(): string;
  /** What the search box finds in this queue. */
  protected abstract searchHint(): string;

  /** Yes/no filters besides 只看逾期, e.g. 只看待审核 for approvers (`pendingApproval=true`). */
  protected toggles(): Array<{ name: string; label: () => string }> {
    return [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('query') || changed.has('api')) && this.api) void this.#reload();
  }

  async #reload(): Promise<void> {
    this.result = undefined;
    this.failure = '';
    const query = new URLSearchParams(this.query);
    if (!query.has('pageSize')) query.set('pageSize', '20');
    try {
      this.result = await this.load(query);
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.failure = error instanceof ApiError ? error.message : String(error);
    }
  }

  override render(): TemplateResult {
    return html`<div part="base">
      <h1 tabindex="-1">${this.heading()}</h1>
      ${this.#renderFind()} ${this.#renderFilters()}
      <div aria-live="polite">${this.#renderList()}</div>
    </div>`;
  }

  #renderFind(): TemplateResult {
    return html`<form class="filters no-print" role="search" aria-label=${this.findLabel()} @submit=${this.#onFind}>
      <div class="field">
        <label class="field__label" for="find">${this.findLabel()}</label>
        <input class="field__input" id="find" autocomplete="off" spellcheck="false" />
      </div>
      <div class="actions"><button class="gk-button" type="submit">${msg('打开', { id: 'wb.queue.open' })}</button></div>
    </form>`;
  }

  #renderFilters(): TemplateResult {
    return html`<form class="filters no-print" aria-label=${msg('筛选', { id: 'wb.queue.filters' })} @submit=${this.#onFilter}>
      <div class="field">
        <label class="field__label" for="filter-q">${msg('搜索', { id: 'wb.queue.search' })}</label>
        <input class="field__input" type="search" id="filter-q" name="q" maxlength="200" autocomplete="off" aria-describedby="filter-q-hint" .value=${this.query.get('q') ?? ''} />
        <p class="field__hint" id="filter-q-hint">${this.searchHint()}</p>
      </div>
      <div class="field">
        <label class="field__label" for="filter-receivedFrom">${msg('收到日期：自', { id: 'wb.queue.receivedFrom' })}</label>
        <input class="field__input" type="date" id="filter-receivedFrom" name="receivedFrom" .value=${this.query.get('receivedFrom') ?? ''} />
      </div>
      <div class="field">
        <label class="field__label" for="filter-receivedTo">${msg('收到日期：至', { id: 'wb.queue.receivedTo' })}</label>
        <input class="field__input" type="date" id="filter-receivedTo" name="receivedTo" .value=${this.query.get('receivedTo') ?? ''} />
      </div>
      ${this.filters().map(
        (filter) => html`<div class="field">
          <label class="field__label" for=${`filter-${filter.name}`}>${filter.label()}</label>
          <select class="field__input" id=${`filter-${filter.name}`} name=${filter.name}>
            <option value="">${msg('全部', { id: 'wb.queue.all' })}</option>
            ${filter.options().map((option) => html`<option value=${option.value} ?selected=${this.query.get(filter.name) === option.value}>${option.label}</option>`)}
          </select>
        </div>`,
      )}
      <div class="field">
        <label class="choice" for="filter-overdue">
          <input type="checkbox" id="filter-overdue" name="overdue" value="true" ?checked=${this.query.get('overdue') === 'true'} />
          ${msg('只看逾期', { id: 'wb.queue.overdueOnly' })}
        </label>
      </div>
      ${this.toggles().map(
        (toggle) => html`<div class="field">
          <label class="choice" for=${`filter-${toggle.name}`}>
            <input type="checkbox" id=${`filter-${toggle.name}`} name=${toggle.name} value="true" ?checked=${this.query.get(toggle.name) === 'true'} />
            ${toggle.label()}
          </label>
        </div>`,
      )}
      <div class="actions"><button class="gk-button" type="submit">${msg('筛选', { id: 'wb.queue.apply' })}</button></div>
    </form>`;
  }

  #renderList(): TemplateResult {
    if (this.failure) return renderError({ message: this.failure, onRetry: () => void this.#reload() }, this.locale);
    if (!this.result) return renderLoading(this.locale);
    const { items, total, page, pageSize } = this.result;
    if (items.length === 0) return renderEmpty({ message: msg('没有符合条件的事项', { id: 'wb.queue.empty' }) });
    const today = todayInShanghai();
    // Inside the polite live region: after a search or a filter the new count is announced.
    return html`<p class="queue__count">${msg(str`共 ${total} 件`, { id: 'wb.queue.count' })}</p>
      <ul class="queue">
        ${items.map((item) => this.renderItem(item, renderDueBadge(dueState({ ...item, open: this.isOpen(item) }, today))))}
      </ul>
      ${renderPager({ page, pageCount: Math.max(1, Math.ceil(total / pageSize)), total, onPage: (p) => this.#goTo({ page: String(p) }) }, this.locale)}`;
  }

  protected dueText(dueDate: string): string {
    return msg(str`期限 ${formatDate(dueDate, this.locale)}`, { id: 'wb.queue.due' });
  }

  #goTo(changes: Record<string, string>): void {
    const query = new URLSearchParams(this.query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) query.set(key, value);
      else query.delete(key);
    }
    navigate(this.routeFor(query));
  }

  #onFilter = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const changes: Record<string, string> = { page: '' };
    for (const filter of this.filters()) changes[filter.name] = (form.elements.namedItem(filter.name) as HTMLSelectElement).value;
    for (const name of ['overdue', ...this.toggles().map((toggle) => toggle.name)]) changes[name] = (form.elements.namedItem(name) as HTMLInputElement).checked ? 'true' : '';
    for (const name of SEARCH_PARAMETERS) changes[name] = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    this.#goTo(changes);
  };

  #onFind = (event: Event) => {
    event.preventDefault();
    const id = this.renderRoot.querySelector<HTMLInputElement>('#find')!.value.trim();
    if (id) navigate(this.itemRoute(id));
  };
}

/** 待审核 on a queue row whose reply or publication awaits four-eyes approval. */
export function renderApprovalBadge(item: { approval?: { state: string } | undefined }): TemplateResult | typeof nothing {
  return item.approval?.state === 'pending' ? html`<span class="badge badge--soon">${msg('待审核', { id: 'wb.approval.pending' })}</span>` : nothing;
}

/** The approvers' 只看待审核 filter of both queues. */
export function pendingApprovalToggle(user: StaffUser | undefined): Array<{ name: string; label: () => string }> {
  return user?.roles.includes('approver') ? [{ name: 'pendingApproval', label: () => msg('只看待审核', { id: 'wb.queue.pendingOnly' }) }] : [];
}

export function renderDueBadge(state: ReturnType<typeof dueState>): TemplateResult | typeof nothing {
  if (state === 'overdue') return html`<span class="badge badge--overdue">${msg('逾期', { id: 'wb.badge.overdue' })}</span>`;
  if (state === 'soon') return html`<span class="badge badge--soon">${msg('3日内到期', { id: 'wb.badge.soon' })}</span>`;
  return nothing;
}
