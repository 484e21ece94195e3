import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, pickText, renderError, renderLoading, renderErrorSummary, focusErrorSummary,
  parseUrlStateMode, readUrlState, writeUrlState, onUrlStateChange,
} from '@gongkai/ui';
import { formStyles } from '@gongkai/ui/form-styles';
import type { FieldError, MessageCatalog, UrlStateMode } from '@gongkai/ui';
import { createCollectionSource, errorDetail, placeFieldErrors, DraftStore, PendingSubmissionStore, SourceError, isAbortError } from '@gongkai/client';
import type { Submission, SubmissionState } from '@gongkai/client';
import type { Agency, DisclosureRequest } from '@gongkai/schema';
import { DRAFT_FIELDS, emptyValues, fieldForPath, valuesFromDraft } from './form-model.js';
import type { FieldName, FormValues } from './form-model.js';
import { renderForm } from './views/form-view.js';
import { fieldId } from './views/fields.js';
import { disclosureRequestStyles } from './styles.js';
import { disclosureRequestCatalog } from './catalog.js';
import type { Receipt, StatusResponse } from './lazy/schema-checks.js';

type Later = typeof import('./lazy/later.js');
type View = 'apply' | 'lookup';
type Step = 'form' | 'check' | 'submitting' | 'receipt';

/** Retry and timeout settings of the submission (tests shorten them). */
export interface SubmitTiming {
  timeoutMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  inFlightDelayMs?: number;
  maxAutoAttempts?: number;
}

const URL_PREFIX = 'dr';
const STEPS: readonly Step[] = ['form', 'check', 'submitting', 'receipt'];
/** Order of the fields on the page: the error summary lists problems in this order. */
const FIELD_ORDER: readonly FieldName[] = [
  'applicantType', 'name', 'idType', 'idNumber', 'workUnit', 'creditCode', 'legalRepresentative', 'contactPerson',
  'phone', 'email', 'address', 'postcode', 'agencyId', 'description', 'documentNumber', 'indexNumber',
  'timeFrom', 'timeUntil', 'provisionForms', 'deliveryMethods', 'purpose', 'privacyAccepted',
];

let laterModule: Promise<Later> | undefined;
/** Loads the chunk with everything after the form (see lazy/later.ts); once per page. */
const loadLater = (): Promise<Later> =>
  (laterModule ??= import('./lazy/later.js').catch((error: unknown) => {
    laterModule = undefined; // a chunk that failed (offline) is fetched again next time
    throw error;
  }));

/**
 * `<gk-disclosure-request>`: the application for disclosure on request (依申请公开申请表), the
 * receipt, and the status lookup.
 *
 * Steps: form → check your answers → submitting → receipt; the lookup is a second tab. The
 * current step is kept in the URL (`dr.step`). Submissions go through @gongkai/client's
 * Submission: one Idempotency-Key per application, created at the check step and reused for every
 * retry, so a retry can never file a second application; the receipt appears only after a 201.
 *
 * Form fields are native inputs with `<label for>` and `autocomplete` tokens in the element's
 * open shadow root (label and input share a root, so the label works; Chromium, Firefox and
 * Safari autofill labelled inputs in open shadow roots).
 *
 * Drafts of the non-sensitive fields are kept in sessionStorage for 24 hours (never the ID
 * number, phone or e-mail); "this is a shared computer" turns drafts off; "clear my data" removes
 * them.
 *
 * @tagname gk-disclosure-request
 * @fires gk-load - The agency list is ready (also without one): `{count, skippedCount}`
 * @fires gk-error - The agency list could not be loaded: `{code, path, issues, message}`
 * @fires gk-submit - The applicant pressed submit: `{agencyId, idempotencyKey}`
 * @fires gk-submitted - The server stored the application (201): `{trackingNumber, receivedAt, dueDate}`
 * @fires gk-submit-failed - The server refused the application: `{code, status, issues, message}`
 * @csspart base - The wrapper carrying typography and colours
 * @csspart form - The application form
 * @csspart error-summary - The list of problems that takes focus after a failed check
 * @csspart check - The check-your-answers step
 * @csspart progress - The sending / will-retry status
 * @csspart receipt - The receipt
 * @csspart lookup - The status lookup
 * @csspart loading - The loading view (agency list, later steps' code)
 * @csspart error - The error view (agency list failed)
 */
export class GkDisclosureRequest extends GkElement {
  static override styles = [GkElement.styles, viewStyles, formStyles, disclosureRequestStyles];
  static override catalogs: readonly MessageCatalog[] = [...GkElement.catalogs, disclosureRequestCatalog];

  static override properties = {
    api: { type: String, reflect: true },
    src: { type: String, reflect: true },
    urlState: { type: String, attribute: 'url-state' },
    submitTiming: { attribute: false },
    _view: { state: true, attribute: false },
    _step: { state: true, attribute: false },
    _values: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _warnings: { state: true, attribute: false },
    _summary: { state: true, attribute: false },
    _agencies: { state: true, attribute: false },
    _agencyLoading: { state: true, attribute: false },
    _agencyError: { state: true, attribute: false },
    _submitState: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _receipt: { state: true, attribute: false },
    _copied: { state: true, attribute: false },
    _shared: { state: true, attribute: false },
    _lookup: { state: true, attribute: false },
    _pendingSince: { state: true, attribute: false },
    _keyReused: { state: true, attribute: false },
    _later: { state: true, attribute: false },
    _chunkFailed: { state: true, attribute: false },
  };

  /** Base URL of a server speaking the REST contract (`GET agencies`, `POST disclosure/requests`, `GET disclosure/requests/{n}`). Without it the form offers print-and-post. */
  declare api: string | undefined;
  /** URL of a static JSON file of kind `agency-directory`, for the agency list when there is no `api`. */
  declare src: string | undefined;
  /** Where the current step is kept: `hash` (default), `query` or `none`. */
  declare urlState: string | undefined;
  /** Timeout and retry settings of the submission; defaults suit real networks. */
  declare submitTiming: SubmitTiming | undefined;

  declare private _view: View;
  declare private _step: Step;
  declare private _values: FormValues;
  declare private _errors: Partial<Record<FieldName, string>>;
  declare private _warnings: Partial<Record<FieldName, string>>;
  declare private _summary: FieldError[];
  declare private _agencies: Agency[] | undefined;
  declare private _agencyLoading: boolean;
  declare private _agencyError: Error | undefined;
  declare private _submitState: SubmissionState<unknown> | undefined;
  declare private _failure: string | undefined;
  declare private _receipt: Receipt | undefined;
  declare private _copied: 'trackingNumber' | 'queryCode' | undefined;
  declare private _shared: boolean;
  declare private _lookup: {
    trackingNumber: string;
    queryCode: string;
    errors: { lookupNumber?: string; lookupCode?: string };
    busy: boolean;
    notFound: boolean;
    failure: string | undefined;
    result: StatusResponse | undefined;
  };

  /** When a submission that had not been answered was started before this page loaded (see #pending). */
  declare private _pendingSince: number | undefined;
  /** The server refused the pending key for a different body: an earlier copy may be filed; the applicant chooses. */
  declare private _keyReused: boolean;

  #drafts = new DraftStore<Partial<Record<FieldName, unknown>>>({ key: 'gongkai:disclosure-request:draft', fields: DRAFT_FIELDS });
  #sharedFlag = new DraftStore<{ shared: boolean }>({ key: 'gongkai:disclosure-request:shared-computer', fields: ['shared'] });
  /**
   * The Idempotency-Key of a started, unanswered submission, kept across a reload (key and times
   * only, also on a shared computer: it holds nothing typed, and losing it is what would file an
   * application twice). Every submission reuses it until a 201, "clear my data" or an explicit
   * "send as a new application"; the server replays the first answer for an identical body.
   */
  #pending = new PendingSubmissionStore({ key: 'gongkai:disclosure-request:pending' });
  /** Everything after the form, once loaded; every step but the form needs it. */
  declare private _later: Later | undefined;
  /** The lazy chunk could not be downloaded (offline): say so instead of doing nothing. */
  declare private _chunkFailed: boolean;
  #submission: Submission<DisclosureRequest, Receipt> | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The key of this application and the body it was created for: a changed answer gets a new key. */
  #idempotency: { key: string; body: string } | undefined;
  #agencyController: AbortController | undefined;
  #lookupController: AbortController | undefined;
  #unlistenUrl: (() => void) | undefined;

  constructor() {
    super();
    this._view = 'apply';
    this._step = 'form';
    this._values = emptyValues();
    this._errors = {};
    this._warnings = {};
    this._summary = [];
    this._agencyLoading = false;
    this._shared = false;
    this._chunkFailed = false;
    this._keyReused = false;
    this._lookup = { trackingNumber: '', queryCode: '', errors: {}, busy: false, notFound: false, failure: undefined, result: undefined };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._shared = this.#sharedFlag.load()?.shared === true;
    this._pendingSince = this.#pending.load()?.startedAt;
    if (this._pendingSince !== undefined) this.#ensureLater().catch(() => undefined); // the notice lives in the lazy chunk
    if (!this._shared) {
      const draft = this.#drafts.load();
      if (draft) this._values = valuesFromDraft(draft);
    }
    // A reload lands on the form (the ID number and phone were never stored) or on the lookup.
    const step = readUrlState(this.#urlMode, URL_PREFIX)['step'];
    if (step === 'lookup') {
      this._view = 'lookup';
      this.#ensureLater().catch(() => undefined);
    }
    else if (step && step !== 'form') writeUrlState(this.#urlMode, URL_PREFIX, { step: 'form' }, false);
    this.#unlistenUrl = onUrlStateChange(() => this.#applyUrlState());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlistenUrl?.();
    this.#agencyController?.abort();
    this.#lookupController?.abort();
    this.#unsubscribe?.();
    this.#submission?.cancel();
    this.#submission = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('api') || changed.has('src')) void this.#loadAgencies();
  }

  get #urlMode(): UrlStateMode {
    return parseUrlStateMode(this.urlState);
  }

  // ——— agencies ———

  async #loadAgencies(): Promise<void> {
    this.#agencyController?.abort();
    this._agencyError = undefined;
    const source = createCollectionSource('agency-directory', { api: this.api, src: this.src, baseUrl: document.baseURI });
    if (!source) {
      this._agencies = undefined;
      this.emit('gk-load', { count: 0, skippedCount: 0 });
      return;
    }
    const controller = new AbortController();
    this.#agencyController = controller;
    this._agencyLoading = true;
    try {
      const info = await source.load({ signal: controller.signal });
      const result = await source.query({ pageSize: 1000, sort: 'name' }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this._agencies = result.items.filter((agency) => agency.acceptsDisclosureRequests !== false);
      this.emit('gk-load', { count: this._agencies.length, skippedCount: info.skippedCount });
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      // The form stays usable: the agency becomes a text field and the error says why.
      this._agencies = undefined;
      this._agencyError = error instanceof Error ? error : new Error(String(error));
      this.emit('gk-error', errorDetail(error, this.locale));
    } finally {
      if (!controller.signal.aborted) this._agencyLoading = false;
    }
  }

  // ——— steps and URL ———

  #applyUrlState(): void {
    if (this.#urlMode === 'none') return;
    const step = readUrlState(this.#urlMode, URL_PREFIX)['step'] ?? 'form';
    if (step === 'lookup') {
      this._view = 'lookup';
      this.#ensureLater().catch(() => undefined);
      return;
    }
    this._view = 'apply';
    // Back from the check step returns to the form; Forward re-checks. Sending and the receipt are not left by history.
    if (step === 'form' && this._step === 'check') void this.#goTo('form', false);
    else if (step === 'check' && this._step === 'form') void this.#continue(false);
  }

  async #goTo(step: Step, push: boolean, focusField?: FieldName): Promise<void> {
    this._step = step;
    this._view = 'apply';
    writeUrlState(this.#urlMode, URL_PREFIX, { step }, push);
    await this.updateComplete;
    const target = focusField ? this.renderRoot.querySelector<HTMLElement>(`#${fieldId(focusField)}`) : this.renderRoot.querySelector<HTMLElement>('.step-title');
    target?.focus();
    if (focusField) target?.scrollIntoView({ block: 'center' });
  }

  #showTab(view: View): void {
    this._view = view;
    writeUrlState(this.#urlMode, URL_PREFIX, { step: view === 'lookup' ? 'lookup' : this._step }, true);
    if (view === 'lookup') this.#ensureLater().catch(() => undefined);
  }

  async #ensureLater(): Promise<Later> {
    try {
      this._later ??= await loadLater();
      this._chunkFailed = false;
      return this._later;
    } catch (error) {
      this._chunkFailed = true;
      throw error;
    }
  }

  // ——— form ———

  #saveDraft(): void {
    if (!this._shared) this.#drafts.save(this._values as unknown as Record<FieldName, unknown>);
  }

  #onInput = (field: FieldName, value: string): void => {
    // The first keystroke starts loading the check step, so Continue does not wait for it.
    if (!this._later) this.#ensureLater().catch(() => undefined);
    this._values = { ...this._values, [field]: value };
    this.#saveDraft();
  };

  #onToggle = (field: 'provisionForms' | 'deliveryMethods', value: string): void => {
    const current = this._values[field] as string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    this._values = { ...this._values, [field]: next };
    this.#saveDraft();
  };

  async #showErrors(errors: Partial<Record<FieldName, string>>): Promise<void> {
    this._errors = errors;
    this._summary = FIELD_ORDER.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: errors[field]! }));
    await this.updateComplete;
    focusErrorSummary(this.renderRoot as ShadowRoot);
  }

  async #continue(push: boolean): Promise<void> {
    let later: Later;
    try {
      later = await this.#ensureLater();
    } catch {
      return; // the form shows the "could not load" notice; nothing typed is lost
    }
    const check = this.localize(() => later.validateForm(this._values, this.locale));
    this._warnings = check.warnings;
    if (Object.keys(check.errors).length > 0) {
      if (this._step !== 'form') await this.#goTo('form', false);
      await this.#showErrors(check.errors);
      return;
    }
    // The contract's own schema as a last net, for any rule the form's checks do not know.
    const body = later.toRequestBody(this._values);
    const errors: Partial<Record<FieldName, string>> = {};
    for (const issue of later.checkRequestBody(body)) {
      const field = fieldForPath(issue.path) ?? 'description';
      errors[field] ??= pickText(issue.message, this.locale);
    }
    if (Object.keys(errors).length > 0) {
      await this.#showErrors(errors);
      return;
    }
    this._errors = {};
    this._summary = [];
    const fingerprint = JSON.stringify(body);
    if (this.#idempotency?.body !== fingerprint) this.#idempotency = { key: later.createIdempotencyKey(), body: fingerprint };
    await this.#goTo('check', push);
  }

  #clearData = (): void => {
    this.#drafts.clear();
    this.#pending.clear(); // the applicant discards the application, an unanswered earlier attempt included
    this._pendingSince = undefined;
    this._values = emptyValues();
    this._errors = {};
    this._warnings = {};
    this._summary = [];
    this.#idempotency = undefined;
  };

  #toggleShared = (event: Event): void => {
    this._shared = (event.target as HTMLInputElement).checked;
    if (this._shared) {
      this.#drafts.clear();
      this.#sharedFlag.save({ shared: true });
    } else {
      this.#sharedFlag.clear();
      this.#saveDraft();
    }
  };

  // ——— submit ———

  #submit = (): void => {
    // A second click (or a double click) finds the submission already under way.
    const later = this._later;
    if (this.#submission || !this.api || !later || !this.#idempotency) return;
    const body = later.toRequestBody(this._values);
    const fingerprint = JSON.stringify(body);
    if (this.#idempotency.body !== fingerprint) this.#idempotency = { key: later.createIdempotencyKey(), body: fingerprint };
    // Once an attempt may have reached the server, its key is reused whatever changed: the server
    // replays the stored answer for the same body and refuses another one (see #refused).
    const idempotencyKey = this.#pending.keyFor(this.#idempotency.key);
    this.#pending.begin(idempotencyKey);
    this._keyReused = false;
    const submission = new later.Submission<DisclosureRequest, Receipt>({
      api: this.api,
      path: 'disclosure/requests',
      body,
      idempotencyKey,
      baseUrl: document.baseURI,
      headers: { 'Accept-Language': this.locale },
      parse: later.parseReceipt,
      ...this.submitTiming,
    });
    this.#submission = submission;
    this._failure = undefined;
    this.#unsubscribe = submission.subscribe((state) => (this._submitState = state));
    this.emit('gk-submit', { agencyId: body.agencyId, idempotencyKey: submission.idempotencyKey });
    void this.#goTo('submitting', true);
    submission.start().then(
      (receipt) => this.#submitted(submission, receipt),
      (error: unknown) => this.#refused(submission, error),
    );
  };

  #submitted(submission: Submission<DisclosureRequest, Receipt>, receipt: Receipt): void {
    if (this.#submission !== submission) return;
    this.#endSubmission();
    this._receipt = receipt;
    this.#drafts.clear();
    this.#pending.clear();
    this._pendingSince = undefined;
    this.#idempotency = undefined;
    this.emit('gk-submitted', { trackingNumber: receipt.trackingNumber, receivedAt: receipt.receivedAt, dueDate: receipt.dueDate });
    void this.#goTo('receipt', false);
  }

  #refused(submission: Submission<DisclosureRequest, Receipt>, error: unknown): void {
    if (this.#submission !== submission || isAbortError(error)) return;
    this.#endSubmission();
    this.emit('gk-submit-failed', errorDetail(error, this.locale));
    if (this._later?.isKeyReused(error)) {
      // An earlier attempt with this key was stored with other answers: nothing was filed now.
      this._keyReused = true;
      return;
    }
    const { errors, unplaced, failure } = placeFieldErrors(error, this.locale, fieldForPath);
    if (Object.keys(errors).length > 0) {
      // Back to the form with the server's messages on the right fields; nothing typed is lost.
      void this.#goTo('form', false).then(() => this.#showErrors(errors));
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
    void this.#goTo('form', false);
  };

  /** The applicant's explicit choice after "may already have been received": a new key, a new application. */
  #sendAsNew = (): void => {
    this.#pending.clear();
    this._pendingSince = undefined;
    this._keyReused = false;
    this._submitState = undefined;
    this.#idempotency = undefined;
    const later = this._later;
    if (!later) return;
    this.#idempotency = { key: later.createIdempotencyKey(), body: JSON.stringify(later.toRequestBody(this._values)) };
    this.#submit();
  };

  #newApplication = (): void => {
    this._receipt = undefined;
    this._submitState = undefined;
    this._values = emptyValues();
    this._copied = undefined;
    void this.#goTo('form', true);
  };

  async #copy(what: 'trackingNumber' | 'queryCode'): Promise<void> {
    const text = this._receipt?.[what];
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this._copied = what;
    } catch {
      // No clipboard permission: select the code so Ctrl+C works.
      const codes = this.renderRoot.querySelectorAll('.receipt__code');
      const code = codes[what === 'trackingNumber' ? 0 : 1];
      const selection = getSelection();
      if (code && selection) {
        const range = document.createRange();
        range.selectNodeContents(code);
        selection.removeAllRanges();
        selection.addRange(range);
      }
    }
  }

  // ——— lookup ———

  #onLookupInput = (field: 'trackingNumber' | 'queryCode', value: string): void => {
    this._lookup = { ...this._lookup, [field]: value };
  };

  #onLookup = async (event: Event): Promise<void> => {
    event.preventDefault();
    const trackingNumber = this._lookup.trackingNumber.trim();
    const queryCode = this._lookup.queryCode.trim();
    const errors: { lookupNumber?: string; lookupCode?: string } = {};
    if (!trackingNumber) errors.lookupNumber = msg('请填写申请编号', { id: 'dr.lookup.needNumber' });
    if (!queryCode) errors.lookupCode = msg('请填写查询码', { id: 'dr.lookup.needCode' });
    this._lookup = { ...this._lookup, errors, notFound: false, failure: undefined, result: undefined };
    if (errors.lookupNumber || errors.lookupCode || !this.api) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(errors.lookupNumber ? '#dr-lookupNumber' : '#dr-lookupCode')?.focus();
      return;
    }
    this.#lookupController?.abort();
    const controller = new AbortController();
    this.#lookupController = controller;
    this._lookup = { ...this._lookup, busy: true };
    try {
      const later = await this.#ensureLater();
      const result = await later.lookupRecord({
        api: this.api,
        path: `disclosure/requests/${encodeURIComponent(trackingNumber)}`,
        headers: { 'X-Query-Code': queryCode, 'Accept-Language': this.locale },
        baseUrl: document.baseURI,
        signal: controller.signal,
        parse: later.parseStatus,
      });
      if (controller.signal.aborted) return;
      this._lookup = { ...this._lookup, busy: false, result, notFound: result === undefined };
      if (result) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
      }
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this._lookup = { ...this._lookup, busy: false, failure: error instanceof SourceError ? pickText(error.messages, this.locale) : msg('查询时出错，请稍后重试。', { id: 'dr.lookup.failed' }) };
    }
  };

  // ——— render ———

  override render(): TemplateResult {
    return html`<div part="base" class="dr">
      <nav class="tabs no-print" aria-label=${msg('依申请公开', { id: 'dr.tabs.label' })}>
        <button type="button" class="tab" aria-current=${this._view === 'apply' ? 'page' : 'false'} @click=${() => this.#showTab('apply')}>${msg('提交申请', { id: 'dr.tabs.apply' })}</button>
        <button type="button" class="tab" aria-current=${this._view === 'lookup' ? 'page' : 'false'} @click=${() => this.#showTab('lookup')}>${msg('查询办理进度', { id: 'dr.tabs.lookup' })}</button>
      </nav>
      ${this._agencyError ? this.#renderAgencyError() : nothing}
      ${this._view === 'lookup' ? this.#renderLookup() : this.#renderApply()}
    </div>`;
  }

  #renderAgencyError(): TemplateResult {
    const error = this._agencyError;
    const sourceError = error instanceof SourceError ? error : undefined;
    return renderError(
      {
        message: sourceError ? pickText(sourceError.messages, this.locale) : msg('无法加载行政机关列表。', { id: 'dr.agency.error' }),
        issues: sourceError?.issues.map((issue) => ({ path: issue.path, message: pickText(issue.message, this.locale) })),
        url: sourceError?.url,
        advice: msg('您仍可填写申请，并手动填写受理机关名称。', { id: 'dr.agency.errorAdvice' }),
        onRetry: () => void this.#loadAgencies(),
      },
      this.locale,
    );
  }

  #stepTitle(): string {
    switch (this._step) {
      case 'form': return msg('填写申请', { id: 'dr.step.form' });
      case 'check': return msg('核对申请内容', { id: 'dr.step.check' });
      case 'submitting': return msg('正在提交', { id: 'dr.step.submitting' });
      case 'receipt': return msg('申请已提交', { id: 'dr.step.receipt' });
    }
  }

  #renderApply(): TemplateResult {
    const later = this._later;
    if (this._step !== 'form' && !later) return renderLoading(this.locale);
    const index = Math.min(STEPS.indexOf(this._step), 2) + 1;
    const groups = later && (this._step === 'check' || this._step === 'receipt') ? later.answerGroups(this._values, this._agencies) : undefined;
    return html`
      <h2 class="step-title" tabindex="-1">${this.#stepTitle()}</h2>
      ${this._step !== 'receipt' ? html`<p class="steps">${msg('步骤', { id: 'dr.step.label' })} ${index} / 3</p>` : nothing}
      ${this._step === 'form' ? this.#renderFormStep() : nothing}
      ${this._step === 'check' && later && groups
        ? later.renderCheck({
            groups,
            warnings: Object.values(this._warnings).filter((w): w is string => Boolean(w)),
            canSubmit: Boolean(this.api),
            onChange: (field) => void this.#goTo('form', true, field),
            onSubmit: this.#submit,
            onPrint: () => window.print(),
          })
        : nothing}
      ${this._step === 'submitting' && later
        ? later.renderProgress({
            state: this._submitState, locale: this.locale, failure: this._failure, keyReused: this._keyReused,
            onRetryNow: () => this.#submission?.retryNow(), onBackToForm: this.#backToForm, onLookup: () => this.#showTab('lookup'), onSendAsNew: this.#sendAsNew,
          })
        : nothing}
      ${this._step === 'receipt' && later && this._receipt
        ? later.renderReceipt({
            receipt: this._receipt,
            agencyName: later.agencyName(this._values.agencyId, this._agencies),
            locale: this.locale,
            copied: this._copied,
            onCopy: (what) => void this.#copy(what),
            onPrint: () => window.print(),
            onNew: this.#newApplication,
          })
        : nothing}
      ${later && groups ? later.renderPrintForm(groups, this._receipt?.trackingNumber) : nothing}
    `;
  }

  #renderFormStep(): TemplateResult {
    return html`
      ${this._chunkFailed ? html`<p class="gk-notice" role="alert">${msg('页面的一部分未能下载，可能是网络已断开。您填写的内容仍在，请检查网络后再点击“继续”。', { id: 'dr.chunk.failed' })}</p>` : nothing}
      ${this._pendingSince !== undefined && this._later ? this._later.renderPendingNotice(this._pendingSince, this.locale) : nothing}
      ${this.api ? nothing : html`<p class="gk-notice">${msg('本网站尚未开通在线提交。您可以在此填写申请，核对后打印申请表，签名后邮寄或送至受理机关。', { id: 'dr.offline.formNotice' })}</p>`}
      ${renderErrorSummary(this._summary)}
      ${renderForm({
        values: this._values,
        errors: this._errors,
        warnings: this._warnings,
        agencies: this._agencies,
        agencyLoading: this._agencyLoading,
        onInput: this.#onInput,
        onToggle: this.#onToggle,
        onPrivacy: (accepted) => {
          this._values = { ...this._values, privacyAccepted: accepted };
        },
        onContinue: (event) => {
          event.preventDefault();
          void this.#continue(true);
        },
      })}
      <div class="options no-print">
        <div class="choice">
          <input type="checkbox" id="dr-shared" .checked=${this._shared} @change=${this.#toggleShared} />
          <label for="dr-shared">${msg('这是公用电脑：不在本机保存草稿', { id: 'dr.options.shared' })}</label>
        </div>
        <button type="button" class="gk-button clear-data" @click=${this.#clearData}>${msg('清除我填写的内容', { id: 'dr.options.clear' })}</button>
      </div>
    `;
  }

  #renderLookup(): TemplateResult {
    return html`<h2 class="step-title" tabindex="-1">${msg('查询办理进度', { id: 'dr.tabs.lookup' })}</h2>
      ${!this._later && this._chunkFailed ? html`<p class="gk-notice" role="alert">${msg('页面的一部分未能下载，可能是网络已断开。请检查网络后重试。', { id: 'dr.chunk.failedLookup' })}</p>` : nothing}
      ${!this._later ? (this._chunkFailed ? nothing : renderLoading(this.locale)) : this._later.renderLookup({ available: Boolean(this.api), ...this._lookup, locale: this.locale, onInput: this.#onLookupInput, onSubmit: (event) => void this.#onLookup(event) })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-disclosure-request': GkDisclosureRequest;
  }
}
