/** `<gk-mayor-mailbox>`: the mayor's mailbox. The class is documented below. */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, str, pickText, formatNumber, CollectionController, LazyChunkController, lazyModule,
  renderLoading, renderErrorSummary, focusErrorSummary, readUrlState,
} from '@gongkai/ui';
import { formStyles } from '@gongkai/ui/form-styles';
import type { FacetSpec, FieldError, MessageCatalog } from '@gongkai/ui';
import { errorDetail, placeFieldErrors, DraftStore, PendingSubmissionStore, isAbortError } from '@gongkai/client';
import type { CollectionSource, Submission, SubmissionState } from '@gongkai/client';
import type { LetterReceipt, LetterSubmission, MailboxLettersFile, MailboxStats, PublicLetter } from '@gongkai/schema';
import { CONTENT_MAX, DRAFT_FIELDS, FIELD_ORDER, charCount, emptyLetter, fieldForPath, toLetterBody, validateLetter } from './form-model.js';
import type { LetterField, LetterValues } from './form-model.js';
import { findPersonalData } from './pii.js';
import type { PersonalDataKind } from './pii.js';
import { CounterAnnouncer } from './counter-announcer.js';
import { renderWriteForm, fieldId } from './views/write-view.js';
import type { LookupState, RatingState } from './views/lookup-view.js';
import type { CopyTarget } from './views/receipt-view.js';
import type { StatsModel } from './stats.js';
import { mayorMailboxStyles } from './styles.js';
import { mayorMailboxCatalog } from './catalog.js';

type Later = typeof import('./lazy/later.js');
export type MailboxView = 'write' | 'letters' | 'lookup' | 'stats';
type WriteStep = 'form' | 'submitting' | 'receipt';

/** Retry and timeout settings of the submission (tests shorten them). */
export interface SubmitTiming {
  timeoutMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  inFlightDelayMs?: number;
  maxAutoAttempts?: number;
}

const URL_PREFIX = 'mm';
const VIEWS: readonly MailboxView[] = ['write', 'letters', 'lookup', 'stats'];
/** The letters' facets, as query parameters and URL keys (`mm.type`, `mm.status`). */
const FACETS: readonly FacetSpec[] = [{ name: 'type', url: 'type' }, { name: 'status', url: 'status' }];

/** The chunk with everything beyond the form and the list (lazy/later.ts): once per page, again after a failure. */
const loadLater = lazyModule((): Promise<Later> => import('./lazy/later.js'));

const emptyLookup = (): LookupState => ({ letterNumber: '', queryCode: '', errors: {}, busy: false, notFound: false, failure: undefined, result: undefined });
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
 * @element gk-mayor-mailbox
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
    _step: { state: true, attribute: false },
    _pendingSince: { state: true, attribute: false },
    _keyReused: { state: true, attribute: false },
    _values: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _summary: { state: true, attribute: false },
    _piiCheck: { state: true, attribute: false },
    _counterAnnouncement: { state: true, attribute: false },
    _submitState: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _receipt: { state: true, attribute: false },
    _copied: { state: true, attribute: false },
    _lookup: { state: true, attribute: false },
    _rating: { state: true, attribute: false },
    _shared: { state: true, attribute: false },
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
  declare private _step: WriteStep;
  /** When a letter that had not been answered was started before this page loaded (see #pending). */
  declare private _pendingSince: number | undefined;
  /** The server refused the pending key for a different letter: an earlier copy may be filed; the writer chooses. */
  declare private _keyReused: boolean;
  declare private _values: LetterValues;
  declare private _errors: Partial<Record<LetterField, string>>;
  declare private _summary: FieldError[];
  declare private _piiCheck: PersonalDataKind[] | undefined;
  declare private _counterAnnouncement: string;
  declare private _submitState: SubmissionState<unknown> | undefined;
  declare private _failure: string | undefined;
  declare private _receipt: LetterReceipt | undefined;
  declare private _copied: CopyTarget | undefined;
  declare private _lookup: LookupState;
  declare private _rating: RatingState;
  /** "公共电脑": no drafts on this machine (the switch itself is remembered for the session). */
  declare private _shared: boolean;

  #envelopeStats: MailboxStats | undefined;
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
  #drafts = new DraftStore<Partial<Record<(typeof DRAFT_FIELDS)[number], unknown>>>({ key: 'gongkai:mayor-mailbox:draft', fields: DRAFT_FIELDS });
  /**
   * The Idempotency-Key of a started, unanswered letter, kept across a reload (key and times only,
   * also on a shared computer: it holds nothing typed, and losing it is what would file a letter
   * twice). Every send reuses it until a 201, "clear" or an explicit "send as a new letter"; the
   * server replays the first answer for an identical body and refuses another one.
   */
  #pending = new PendingSubmissionStore({ key: 'gongkai:mayor-mailbox:pending' });
  /** The shared-computer switch, kept like the disclosure request's so a reload does not turn drafts back on. */
  #sharedFlag = new DraftStore<{ shared: boolean }>({ key: 'gongkai:mayor-mailbox:shared-computer', fields: ['shared'] });
  #counter = new CounterAnnouncer({
    max: CONTENT_MAX,
    announce: (length) => {
      const left = CONTENT_MAX - length;
      this._counterAnnouncement = this.localize(() =>
        left >= 0
          ? msg(str`还可以输入 ${formatNumber(left, this.locale)} 字`, { id: 'mm.counter.announceLeft' })
          : msg(str`已超出 ${formatNumber(-left, this.locale)} 字`, { id: 'mm.counter.announceOver' }),
      );
    },
  });
  #submission: Submission<LetterSubmission, LetterReceipt> | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The key of this letter and the body it was made for: a changed letter gets a new key. */
  #idempotency: { key: string; body: string } | undefined;
  #lookupController: AbortController | undefined;
  /** The lazy chunk; its views bring their own styles. */
  readonly #later = new LazyChunkController<Later>(this, loadLater, { styles: (later) => later.laterStyles });

  constructor() {
    super();
    this._view = 'letters';
    this.pageSize = 20;
    this._step = 'form';
    this._keyReused = false;
    this._values = emptyLetter();
    this._errors = {};
    this._summary = [];
    this._counterAnnouncement = '';
    this._lookup = emptyLookup();
    this._rating = emptyRating();
    this._shared = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._pendingSince = this.#pending.load()?.startedAt;
    if (this._pendingSince !== undefined) this.#later.prefetch(); // the notice lives in the lazy chunk
    this._shared = this.#sharedFlag.load()?.shared === true;
    const draft = this._shared ? undefined : this.#drafts.load();
    if (draft) {
      this._values = {
        ...this._values,
        ...(typeof draft.type === 'string' ? { type: draft.type } : {}),
        ...(typeof draft.subject === 'string' ? { subject: draft.subject } : {}),
        ...(typeof draft.content === 'string' ? { content: draft.content } : {}),
        ...(typeof draft.mayPublish === 'boolean' ? { mayPublish: draft.mayPublish } : {}),
      };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lookupController?.abort();
    this.#counter.dispose();
    this.#unsubscribe?.();
    this.#submission?.cancel();
    this.#submission = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.#enterView(this.#urlView() ?? (this.api ? 'write' : 'letters'));
    this.#list.hostWillUpdate(changed, !this.hasUpdated);
  }

  /** True when writing and lookup can work: a server speaking the contract. */
  get #online(): boolean {
    return Boolean(this.api);
  }

  /** Reloads the letters and statistics. */
  async reload(): Promise<void> {
    await this.#list.load();
  }

  // ——— URL state ———

  #urlView(): MailboxView | undefined {
    const view = readUrlState(this.#list.urlMode, URL_PREFIX)['view'];
    return (VIEWS as readonly string[]).includes(view ?? '') ? (view as MailboxView) : undefined;
  }

  // ——— views ———

  #enterView(view: MailboxView): void {
    this._view = view;
    if (view !== 'write' || !this.#online) this.#later.prefetch();
    if (view === 'stats') void this.#loadStats();
  }

  async #showView(view: MailboxView): Promise<void> {
    if (view === this._view && !this.#list.opened) return;
    this.#list.forgetOpened();
    this.#enterView(view);
    this.#list.writeUrl(true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.view-title')?.focus();
  }

  // ——— letters ———

  // ——— statistics ———

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
    if (outcome === undefined) return;
    if (typeof outcome === 'string') this._statsError = outcome;
    else {
      this._stats = outcome;
      this._statsError = undefined;
    }
  }

  // ——— write ———

  /** Personal data in the parts of the letter that would be published. */
  #personalData(values = this._values): PersonalDataKind[] {
    return findPersonalData(`${values.subject}\n${values.content}`);
  }

  #saveDraft(): void {
    if (this._shared) return;
    const v = this._values;
    // Subject and content are kept only while they hold no personal data (docs/design.md §6).
    const clean = this.#personalData(v).length === 0;
    this.#drafts.save({ type: v.type, mayPublish: v.mayPublish, ...(clean ? { subject: v.subject, content: v.content } : {}) });
  }

  #onInput = (field: LetterField, value: string): void => {
    if (!this.#later.value) this.#later.prefetch(); // so sending does not wait for the chunk
    this._values = { ...this._values, [field]: value };
    this._piiCheck = undefined;
    if (field === 'content') this.#counter.update(charCount(value));
    this.#saveDraft();
  };

  #onCheck = (field: 'mayPublish' | 'privacyAccepted', checked: boolean): void => {
    this._values = { ...this._values, [field]: checked };
    this._piiCheck = undefined;
    this.#saveDraft();
  };

  #toggleShared = (shared: boolean): void => {
    this._shared = shared;
    if (shared) {
      this.#drafts.clear();
      this.#sharedFlag.save({ shared: true });
    } else {
      this.#sharedFlag.clear();
      this.#saveDraft();
    }
  };

  #clearForm = (): void => {
    this.#drafts.clear();
    this.#pending.clear(); // the writer discards the letter, an unanswered earlier attempt included
    this._pendingSince = undefined;
    this._values = emptyLetter();
    this._errors = {};
    this._summary = [];
    this._piiCheck = undefined;
    this.#idempotency = undefined;
  };

  async #showErrors(errors: Partial<Record<LetterField, string>>): Promise<void> {
    this._errors = errors;
    this._summary = FIELD_ORDER.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: errors[field]! }));
    await this.updateComplete;
    focusErrorSummary(this.renderRoot as ShadowRoot);
  }

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const errors = this.localize(() => validateLetter(this._values));
    if (Object.keys(errors).length > 0) {
      await this.#showErrors(errors);
      return;
    }
    this._errors = {};
    this._summary = [];
    const personal = this.#personalData();
    if (this._values.mayPublish && personal.length > 0) {
      await this.#later.ensure();
      this._piiCheck = personal;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.pii-check')?.focus();
      return;
    }
    await this.#send();
  };

  async #send(): Promise<void> {
    // A second click (or a double click) finds the submission already under way.
    if (this.#submission || !this.api) return;
    const later = await this.#later.ensure();
    const body = toLetterBody(this._values);
    // The contract's own schema as a last net, for any rule the form's checks do not know.
    const errors: Partial<Record<LetterField, string>> = {};
    for (const issue of later.checkLetterBody(body)) errors[fieldForPath(issue.path) ?? 'content'] ??= pickText(issue.message, this.locale);
    if (Object.keys(errors).length > 0) {
      await this.#showErrors(errors);
      return;
    }
    const fingerprint = JSON.stringify(body);
    if (this.#idempotency?.body !== fingerprint) this.#idempotency = { key: later.createIdempotencyKey(), body: fingerprint };
    // Once an attempt may have reached the server, its key is reused whatever changed: the server
    // replays the stored answer for the same body and refuses another one (see #refused).
    const idempotencyKey = this.#pending.keyFor(this.#idempotency.key);
    this.#pending.begin(idempotencyKey);
    this._keyReused = false;
    const submission = new later.Submission<LetterSubmission, LetterReceipt>({
      api: this.api,
      path: 'mailbox/letters',
      body,
      idempotencyKey,
      baseUrl: document.baseURI,
      headers: { 'Accept-Language': this.locale },
      parse: later.parseReceipt,
      ...this.submitTiming,
    });
    this.#submission = submission;
    this._failure = undefined;
    this._piiCheck = undefined;
    this.#unsubscribe = submission.subscribe((state) => (this._submitState = state));
    this.emit('gk-submit', { type: body.type, idempotencyKey: submission.idempotencyKey });
    this._step = 'submitting';
    await this.#focusTitle();
    submission.start().then(
      (receipt) => void this.#submitted(submission, receipt),
      (error: unknown) => void this.#refused(submission, error),
    );
  }

  async #focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.view-title')?.focus();
  }

  async #submitted(submission: Submission<LetterSubmission, LetterReceipt>, receipt: LetterReceipt): Promise<void> {
    if (this.#submission !== submission) return;
    this.#endSubmission();
    this._receipt = receipt;
    this.#drafts.clear();
    this.#pending.clear();
    this._pendingSince = undefined;
    this.#idempotency = undefined;
    this._step = 'receipt';
    this.emit('gk-submitted', { letterNumber: receipt.letterNumber, submittedAt: receipt.submittedAt });
    await this.#focusTitle();
  }

  async #refused(submission: Submission<LetterSubmission, LetterReceipt>, error: unknown): Promise<void> {
    if (this.#submission !== submission || isAbortError(error)) return;
    this.#endSubmission();
    this.emit('gk-submit-failed', errorDetail(error, this.locale));
    if (this.#later.value?.isKeyReused(error)) {
      // An earlier attempt with this key was stored with another letter: nothing was filed now.
      this._keyReused = true;
      return;
    }
    const { errors, unplaced, failure } = placeFieldErrors(error, this.locale, fieldForPath);
    if (Object.keys(errors).length > 0) {
      // Back to the form with the server's messages on the right fields; nothing typed is lost.
      this._step = 'form';
      this._submitState = undefined;
      await this.#showErrors(errors);
      return;
    }
    this._failure = [failure, ...unplaced].join(' ');
  }

  #endSubmission(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#submission = undefined;
  }

  #backToForm = (): void => {
    this.#submission?.cancel();
    this.#endSubmission();
    this._submitState = undefined;
    this._failure = undefined;
    this._keyReused = false;
    this._step = 'form';
    void this.#focusTitle();
  };

  /** The writer's explicit choice after "may already have been received": a new key, a new letter. */
  #sendAsNew = (): void => {
    this.#pending.clear();
    this._pendingSince = undefined;
    this._keyReused = false;
    this._submitState = undefined;
    this.#idempotency = undefined;
    void this.#send();
  };

  #newLetter = (): void => {
    this._receipt = undefined;
    this._submitState = undefined;
    this._values = emptyLetter();
    this._copied = undefined;
    this._step = 'form';
    void this.#focusTitle();
  };

  async #copy(what: CopyTarget): Promise<void> {
    const text = this._receipt?.[what];
    const later = this.#later.value;
    if (text && later && (await later.copyCode(this.renderRoot, text, what))) this._copied = what;
  }

  // ——— lookup and rating ———

  #onLookupInput = (field: 'letterNumber' | 'queryCode', value: string): void => {
    this._lookup = { ...this._lookup, [field]: value };
  };

  #onLookup = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.api) return;
    this.#lookupController?.abort();
    const controller = new AbortController();
    this.#lookupController = controller;
    this._rating = emptyRating();
    this._lookup = { ...this._lookup, busy: true, notFound: false, failure: undefined, result: undefined };
    const later = await this.#later.ensure();
    try {
      const next = await later.lookupLetter(this._lookup, { api: this.api, locale: this.locale, localize: (fn) => this.localize(fn), signal: controller.signal });
      if (controller.signal.aborted) return;
      this._lookup = next;
    } catch (error) {
      if (!isAbortError(error)) throw error;
      return;
    }
    await this.updateComplete;
    const e = this._lookup.errors;
    const target = e.letterNumber ? '#mm-lookup-letterNumber' : e.queryCode ? '#mm-lookup-queryCode' : this._lookup.result ? '.lookup__status' : undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  };

  #onRatingInput = (field: 'satisfaction' | 'comment', value: string): void => {
    this._rating = { ...this._rating, [field]: value, error: field === 'satisfaction' ? undefined : this._rating.error };
  };

  #onRate = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.api || this._rating.busy || !this._lookup.result) return;
    const later = await this.#later.ensure();
    this._rating = { ...this._rating, busy: Boolean(this._rating.satisfaction), failure: undefined };
    const next = await later.rateLetter(this._lookup, this._rating, { api: this.api, locale: this.locale, localize: (fn) => this.localize(fn) });
    this._lookup = next.lookup;
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
      ${this.#renderView()}
    </div>`;
  }

  #renderView(): TemplateResult {
    switch (this._view) {
      case 'write': return this.#renderWrite();
      case 'letters': return this.#renderLettersView();
      case 'lookup': return this.#renderLookupView();
      case 'stats': return this.#renderStatsView();
    }
  }

  #title(text: string): TemplateResult {
    return html`<h2 class="view-title" tabindex="-1">${text}</h2>`;
  }

  /** Writing and lookup need the portal's online service; without `api` they say so. */
  #renderOffline(what: 'write' | 'lookup'): TemplateResult {
    return this.#later.value ? this.#later.value.renderOffline(what, this.writeUrl) : renderLoading(this.locale);
  }

  #renderWrite(): TemplateResult {
    const later = this.#later.value;
    if (this._step === 'receipt' && later && this._receipt) {
      return html`${this.#title(msg('信件已提交', { id: 'mm.write.receiptTitle' }))}
        ${later.renderReceipt({ receipt: this._receipt, locale: this.locale, copied: this._copied, onCopy: (what) => void this.#copy(what), onPrint: () => window.print(), onNew: this.#newLetter })}`;
    }
    if (this._step === 'submitting') {
      return html`${this.#title(msg('正在提交', { id: 'mm.write.sendingTitle' }))}
        ${later
          ? later.renderProgress({
              state: this._submitState, locale: this.locale, failure: this._failure, keyReused: this._keyReused,
              onRetryNow: () => this.#submission?.retryNow(), onBackToForm: this.#backToForm, onLookup: () => void this.#showView('lookup'), onSendAsNew: this.#sendAsNew,
            })
          : renderLoading(this.locale)}`;
    }
    if (!this.#online) return html`${this.#title(msg('我要写信', { id: 'mm.tab.write' }))}${this.#renderOffline('write')}`;
    const personal = this.#personalData();
    return html`${this.#title(msg('我要写信', { id: 'mm.tab.write' }))}
      <p class="gk-muted">${msg('带“（选填）”的栏目可以不填，其余栏目都需要填写。', { id: 'mm.write.intro' })}</p>
      ${this._pendingSince !== undefined && this.#later.value ? this.#later.value.renderPendingNotice(this._pendingSince, this.locale) : nothing}
      ${renderErrorSummary(this._summary)}
      ${this._piiCheck && this.#later.value
        ? this.#later.value.renderPersonalDataCheck({
            kinds: this._piiCheck,
            onEdit: () => {
              this._piiCheck = undefined;
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${fieldId('content')}`)?.focus());
            },
            onSendPrivately: () => {
              this._values = { ...this._values, mayPublish: false };
              this.#saveDraft();
              void this.#send();
            },
            onSendAnyway: () => void this.#send(),
          })
        : nothing}
      ${renderWriteForm({
        values: this._values,
        errors: this._errors,
        locale: this.locale,
        personalData: personal,
        counterAnnouncement: this._counterAnnouncement,
        onInput: this.#onInput,
        onCheck: this.#onCheck,
        onSubmit: (event) => void this.#onSubmit(event),
        onClear: this.#clearForm,
        shared: this._shared,
        onShared: this.#toggleShared,
      })}`;
  }

  /** The letters' loading, error or "no data" view; undefined once they are ready. */
  #renderLoadState(): TemplateResult | undefined {
    return this.#list.status === 'idle'
      ? html`<p class="gk-notice">${msg('本页面没有配置信件数据。', { id: 'mm.noData' })}</p>`
      : this.#list.renderLoadState(msg('加载信件时出错。', { id: 'mm.error.generic' }));
  }

  #renderLettersView(): TemplateResult {
    const list = this.#list;
    const letter = list.opened;
    const later = this.#later.value;
    if (letter && later && list.status === 'ready') {
      return html`<div class="letter-view">
        <div class="toolbar no-print">
          <button type="button" class="gk-button back" @click=${() => list.close(true)}>${msg('← 返回信件列表', { id: 'mm.letter.back' })}</button>
          <button type="button" class="gk-button" @click=${() => window.print()}>${msg('打印', { id: 'mm.letter.print' })}</button>
        </div>
        ${later.renderLetterBody(letter, this.locale)}
      </div>`;
    }
    return html`${this.#title(msg('公开信件', { id: 'mm.tab.letters' }))}
      ${this.#renderLoadState() ?? html`
        ${list.renderSkipped((count: string) => msg(str`有 ${count} 封信件数据格式有误，未予显示。`, { id: 'mm.skipped' }))}
        ${later ? later.renderLetters({ list, locale: this.locale }) : renderLoading(this.locale)}`}`;
  }

  #renderLookupView(): TemplateResult {
    const title = this.#title(msg('查询信件', { id: 'mm.tab.lookup' }));
    if (!this.#online) return html`${title}${this.#renderOffline('lookup')}`;
    if (!this.#later.value) return html`${title}${renderLoading(this.locale)}`;
    return html`${title}
      <p class="gk-muted">${msg('输入写信后得到的信件编号和查询码，查看办理进度和答复。', { id: 'mm.lookup.intro' })}</p>
      ${this.#later.value.renderLookup({
        lookup: this._lookup,
        rating: this._rating,
        locale: this.locale,
        onInput: this.#onLookupInput,
        onSubmit: (event) => void this.#onLookup(event),
        onRatingInput: this.#onRatingInput,
        onRate: (event) => void this.#onRate(event),
      })}`;
  }

  #renderStatsView(): TemplateResult {
    const title = this.#title(msg('信件统计', { id: 'mm.tab.stats' }));
    const waiting = this.#renderLoadState();
    if (waiting) return html`${title}${waiting}`;
    if (this._statsError) return html`${title}<p class="gk-notice" role="status">${this._statsError}</p>`;
    if (!this.#later.value || !this._stats) return html`${title}${renderLoading(this.locale)}`;
    return html`${title}${this.#later.value.renderStats(this._stats, this.locale)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-mayor-mailbox': GkMayorMailbox;
  }
}
