/** `<gk-mayor-mailbox>`: the mayor's mailbox. The class is documented below. */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { GkElement, viewStyles, msg, str, CollectionController, LazyChunkController, lazyModule, renderLoading, readUrlState } from '@gongkai/ui';
import { formStyles } from '@gongkai/ui/form-styles';
import type { FacetSpec, LookupController, MessageCatalog, SubmitTiming } from '@gongkai/ui';
import type { CollectionSource } from '@gongkai/client';
import type { MailboxLettersFile, MailboxStats, PublicLetter, WriterLetter } from '@gongkai/schema';
import { LetterWriter } from './letter-writer.js';
import type { RatingState } from './views/lookup-view.js';
import type { StatsModel } from './stats.js';
import { mayorMailboxStyles } from './styles.js';
import { mayorMailboxCatalog } from './catalog.js';

export type { SubmitTiming } from '@gongkai/ui';

type Later = typeof import('./lazy/later.js');
export type MailboxView = 'write' | 'letters' | 'lookup' | 'stats';

const URL_PREFIX = 'mm';
const VIEWS: readonly MailboxView[] = ['write', 'letters', 'lookup', 'stats'];
/** The letters' facets, as query parameters and URL keys (`mm.type`, `mm.status`). */
const FACETS: readonly FacetSpec[] = [{ name: 'type', url: 'type' }, { name: 'status', url: 'status' }];

/** The chunk with everything beyond the form and the list (lazy/later.ts): once per page, again after a failure. */
const loadLater = lazyModule((): Promise<Later> => import('./lazy/later.js'));

const emptyRating = (): RatingState => ({ satisfaction: '', comment: '', error: undefined, busy: false, failure: undefined, done: false });

/**
 * `<gk-mayor-mailbox>`: the mayor's mailbox (市长信箱).
 *
 * Four views, each linkable through the URL (`mm.view`): write a letter (validation, error
 * summary, drafts without personal fields, idempotent submit with retry, receipt with letter
 * number and query code after the server's 201); the public letters (search, filters by type and
 * status, paging; `mm.letter` opens one with its replies and rating); lookup by letter number and
 * query code with the one-time satisfaction rating; and the statistics as an accessible chart
 * with a table. With only `src` (a static `mailbox-letters` file) the list, letters and
 * statistics work from the file, and writing and lookup point to `write-url`.
 *
 * @tagname gk-mayor-mailbox
 * @fires gk-load - Letters are ready: `{count, skippedCount}`
 * @fires gk-error - Letters could not be loaded or are invalid: `{code, path, issues, message}`
 * @fires gk-select - A letter was opened: `{id}` (the letter number)
 * @fires gk-submit - The writer sent the letter: `{type, idempotencyKey}`
 * @fires gk-submitted - The server stored the letter (201): `{letterNumber, submittedAt}`
 * @fires gk-submit-failed - The server refused the letter: `{code, status, issues, message}`
 * @csspart base - The wrapper carrying typography and colours
 * @csspart tabs - The view switcher
 * @csspart form - The letter form
 * @csspart error-summary - The list of problems that takes focus after a failed submit
 * @csspart pii-warning - The personal-data check before sending a publishable letter
 * @csspart progress - The sending / will-retry status
 * @csspart receipt - The receipt
 * @csspart search - The search form
 * @csspart search-input - The search field
 * @csspart filter - A facet group (type, status)
 * @csspart filter-chip - One facet value button
 * @csspart results - The letter list
 * @csspart letter - An opened letter
 * @csspart lookup - The lookup view
 * @csspart rating - The satisfaction rating form
 * @csspart stats - The statistics view
 * @csspart chart - A statistics chart
 * @csspart pager - Page navigation
 * @csspart total - The result total beside the pager
 * @csspart loading - The loading view
 * @csspart empty - The no-results view
 * @csspart error - The error view
 * @csspart skipped-notice - The note counting invalid letters left out
 * @cssprop --gk-color-accent - Accent colour of links, chips, headings and chart bars (default #b3261e)
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
export class GkMayorMailbox extends GkElement {
  static override styles = [GkElement.styles, viewStyles, formStyles, mayorMailboxStyles];
  static override catalogs: readonly MessageCatalog[] = [...GkElement.catalogs, mayorMailboxCatalog];

  static override properties = {
    api: { type: String, reflect: true },
    src: { type: String, reflect: true },
    writeUrl: { type: String, attribute: 'write-url' },
    urlState: { type: String, attribute: 'url-state' },
    data: { attribute: false },
    source: { attribute: false },
    submitTiming: { attribute: false },
    pageSize: { type: Number, attribute: 'page-size' },
    _view: { state: true, attribute: false },
    _stats: { state: true, attribute: false },
    _statsError: { state: true, attribute: false },
    _rating: { state: true, attribute: false },
  };

  /** Base URL of a server speaking the REST contract (`mailbox/letters`, `mailbox/stats`). Needed for writing and lookup; wins over `src` for the list. */
  declare api: string | undefined;
  /** URL of a static JSON file of kind `mailbox-letters` (published archive). */
  declare src: string | undefined;
  /** The portal's own page for writing a letter, linked when there is no `api`. */
  declare writeUrl: string | undefined;
  /** Where the view state is kept: `hash` (default), `query` or `none`. */
  declare urlState: string | undefined;
  /** An already loaded `mailbox-letters` object (for frameworks). Wins over `api` and `src` for the list. */
  declare data: MailboxLettersFile | unknown | undefined;
  /** A custom data source implementing CollectionSource; wins over everything else for the list. */
  declare source: CollectionSource<PublicLetter> | undefined;
  /** Timeout and retry settings of the submission; defaults suit real networks. */
  declare submitTiming: SubmitTiming | undefined;
  /** Public letters per page (default 20). */
  declare pageSize: number;

  declare private _view: MailboxView;
  declare private _stats: StatsModel | undefined;
  declare private _statsError: string | undefined;
  declare private _rating: RatingState;

  /** The lazy chunk; its views bring their own styles. */
  readonly #later = new LazyChunkController<Later>(this, loadLater, { styles: (later) => later.laterStyles });
  #envelopeStats: MailboxStats | undefined;
  /** The public letters (docs/design.md §4): source, loading, search, facets, paging, URL, opening. */
  readonly #list = new CollectionController<PublicLetter>(this, {
    kind: 'mailbox-letters',
    urlPrefix: URL_PREFIX,
    facets: FACETS,
    itemId: (letter) => letter.letterNumber,
    openKey: 'letter',
    linkSelector: '.letter-link',
    openedSelector: '.letter__subject',
    reset: () => {
      this._stats = undefined;
      this.#envelopeStats = undefined;
    },
    setup: (info) => void (this.#envelopeStats = (info.envelope as { stats?: MailboxStats }).stats),
    listShown: () => this._view === 'letters',
    writeOther: () => ({ view: this._view }),
    urlChanged: () => {
      const view = this.#urlView() ?? (this.api ? 'write' : 'letters');
      if (view !== this._view) this.#enterView(view);
    },
    ready: () => {
      if (this._view === 'stats') void this.#loadStats();
    },
    prepareOpen: () => this.#later.ensure(),
    notFound: (id) => this.#list.showProblem(this.localize(() => msg(str`没有找到编号为 ${id} 的公开信件。`, { id: 'mm.letter.notFound' }))),
  });
  /** The write view: the letter, its submission, the personal-data check, the counter. */
  readonly #writer = new LetterWriter(this, {
    later: this.#later,
    localize: (fn) => this.localize(fn),
    focusTitle: () => this.#focusTitle(),
    showLookup: () => void this.#showView('lookup'),
  });
  /** Made with the lookup chunk (see #lookupOf). */
  #lookup: LookupController<WriterLetter> | undefined;

  constructor() {
    super();
    this._view = 'letters';
    this.pageSize = 20;
    this._rating = emptyRating();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.#enterView(this.#urlView() ?? (this.api ? 'write' : 'letters'));
    this.#list.hostWillUpdate(changed, !this.hasUpdated);
  }

  /** Reloads the letters and statistics. */
  async reload(): Promise<void> {
    await this.#list.load();
  }

  // ——— views ———

  #urlView(): MailboxView | undefined {
    const view = readUrlState(this.#list.urlMode, URL_PREFIX)['view'];
    return (VIEWS as readonly string[]).includes(view ?? '') ? (view as MailboxView) : undefined;
  }

  #enterView(view: MailboxView): void {
    this._view = view;
    if (view !== 'write' || !this.api) this.#later.prefetch();
    if (view === 'stats') void this.#loadStats();
  }

  async #showView(view: MailboxView): Promise<void> {
    if (view === this._view && !this.#list.opened) return;
    this.#list.forgetOpened();
    this.#enterView(view);
    this.#list.writeUrl(true);
    await this.#focusTitle();
  }

  async #focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.view-title')?.focus();
  }

  async #loadStats(): Promise<void> {
    const source = this.#list.source;
    if (!source || this.#list.status !== 'ready' || this._stats) return;
    const later = await this.#later.ensure();
    const outcome = await later.loadStats(source, {
      published: this.#envelopeStats,
      // A file's letters are all at hand; a server gives only the published figures.
      readLetters: !this.api || Boolean(this.data) || Boolean(this.source),
      locale: this.locale,
      localize: (fn) => this.localize(fn),
    });
    if (typeof outcome === 'string') this._statsError = outcome;
    else if (outcome) [this._stats, this._statsError] = [outcome, undefined];
  }

  // ——— lookup and rating ———

  /** The lookup, made once its chunk is here (it brings the lookup and its views). */
  #lookupOf(later: Later): LookupController<WriterLetter> {
    return (this.#lookup ??= later.letterLookup(this, (fn) => this.localize(fn), () => (this._rating = emptyRating())));
  }

  #onRate = async (event: Event): Promise<void> => {
    event.preventDefault();
    const lookup = this.#lookup;
    const letter = lookup?.state.result;
    if (!this.api || this._rating.busy || !lookup || !letter) return;
    const later = await this.#later.ensure();
    this._rating = { ...this._rating, busy: Boolean(this._rating.satisfaction), failure: undefined };
    const next = await later.rateLetter(letter, lookup.state.code, this._rating, { api: this.api, locale: this.locale, localize: (fn) => this.localize(fn) });
    if (next.rated) lookup.setResult(next.rated);
    this._rating = { ...next.rating, busy: false };
    if (next.rating.error) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#mm-rating')?.focus();
    }
  };

  // ——— render ———

  #viewLabel(view: MailboxView): string {
    switch (view) {
      case 'write': return msg('我要写信', { id: 'mm.tab.write' });
      case 'letters': return msg('公开信件', { id: 'mm.tab.letters' });
      case 'lookup': return msg('查询信件', { id: 'mm.tab.lookup' });
      case 'stats': return msg('信件统计', { id: 'mm.tab.stats' });
    }
  }

  override render(): TemplateResult {
    return html`<div part="base" class="mailbox">
      <nav class="tabs no-print" part="tabs" aria-label=${msg('市长信箱', { id: 'mm.title' })}>
        ${VIEWS.map((view) => html`<button type="button" class="tab" data-view=${view} aria-current=${this._view === view ? 'page' : 'false'} @click=${() => void this.#showView(view)}>${this.#viewLabel(view)}</button>`)}
      </nav>
      ${this.#title(this._view === 'write' ? this.#writer.title() : this.#viewLabel(this._view))}
      ${this.#renderView()}
    </div>`;
  }

  #renderView(): TemplateResult {
    const later = this.#later.value;
    // Writing and lookup need the portal's online service; without `api` they say so.
    if (!this.api && (this._view === 'write' || this._view === 'lookup')) return later ? later.renderOffline(this._view, this.writeUrl) : renderLoading(this.locale);
    switch (this._view) {
      case 'write': return this.#writer.render(later);
      case 'letters': return this.#renderLetters(later);
      case 'lookup': return this.#renderLookup(later);
      case 'stats': return this.#renderStats(later);
    }
  }

  #title(text: string): TemplateResult | typeof nothing {
    // An opened letter has its own heading.
    return this._view === 'letters' && this.#list.opened && this.#later.value && this.#list.status === 'ready'
      ? nothing
      : html`<h2 class="view-title" tabindex="-1">${text}</h2>`;
  }

  /** The letters' loading, error or "no data" view; undefined once they are ready. */
  #renderLoadState(): TemplateResult | undefined {
    return this.#list.status === 'idle'
      ? html`<p class="gk-notice">${msg('本页面没有配置信件数据。', { id: 'mm.noData' })}</p>`
      : this.#list.renderLoadState(msg('加载信件时出错。', { id: 'mm.error.generic' }));
  }

  #renderLetters(later: Later | undefined): TemplateResult {
    const list = this.#list;
    const letter = list.opened;
    if (letter && later && list.status === 'ready') {
      return html`<div class="letter-view">
        <div class="toolbar no-print">
          <button type="button" class="gk-button back" @click=${() => list.close(true)}>${msg('← 返回信件列表', { id: 'mm.letter.back' })}</button>
          <button type="button" class="gk-button" @click=${() => window.print()}>${msg('打印', { id: 'mm.letter.print' })}</button>
        </div>
        ${later.renderLetterBody(letter, this.locale)}
      </div>`;
    }
    return this.#renderLoadState() ?? html`
      ${list.renderSkipped((count: string) => msg(str`有 ${count} 封信件数据格式有误，未予显示。`, { id: 'mm.skipped' }))}
      ${later ? later.renderLetters({ list, locale: this.locale }) : renderLoading(this.locale)}`;
  }

  #renderLookup(later: Later | undefined): TemplateResult {
    if (!later) return renderLoading(this.locale);
    const lookup = this.#lookupOf(later);
    return html`<p class="gk-muted">${msg('输入写信后得到的信件编号和查询码，查看办理进度和答复。', { id: 'mm.lookup.intro' })}</p>
      ${later.renderLookup({
        lookup: lookup.state,
        rating: this._rating,
        locale: this.locale,
        onInput: (field, value) => lookup.input(field, value),
        onSubmit: (event) => void lookup.submit(event),
        onRatingInput: (field, value) => (this._rating = { ...this._rating, [field]: value, error: field === 'satisfaction' ? undefined : this._rating.error }),
        onRate: (event) => void this.#onRate(event),
      })}`;
  }

  #renderStats(later: Later | undefined): TemplateResult {
    const waiting = this.#renderLoadState();
    if (waiting) return waiting;
    if (this._statsError) return html`<p class="gk-notice" role="status">${this._statsError}</p>`;
    return later && this._stats ? later.renderStats(this._stats, this.locale) : renderLoading(this.locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-mayor-mailbox': GkMayorMailbox;
  }
}
