/** `<gk-disclosure-request>`: the application for disclosure on request. The class is documented below. */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  GkElement, viewStyles, msg, pickText, renderError, renderLoading, renderErrorSummary,
  parseUrlStateMode, readUrlState, writeUrlState, onUrlStateChange, LazyChunkController, lazyModule, SubmissionController,
} from '@gongkai/ui';
import { formStyles } from '@gongkai/ui/form-styles';
import { receiptStyles } from '@gongkai/ui/receipt-styles';
import type { LookupController, MessageCatalog, SubmitTiming, UrlStateMode } from '@gongkai/ui';
import { SourceError } from '@gongkai/client';
import type { DisclosureRequest } from '@gongkai/schema';
import { DRAFT_FIELDS, emptyValues, fieldForPath, valuesFromDraft } from './form-model.js';
import type { FieldName, FormValues } from './form-model.js';
import { AgencyListController } from './agency-list.js';
import { renderForm } from './views/form-view.js';
import { fieldId } from './views/fields.js';
import { disclosureRequestStyles } from './styles.js';
import { disclosureRequestCatalog } from './catalog.js';
import type { Receipt, StatusResponse } from './lazy/schema-checks.js';

export type { SubmitTiming } from '@gongkai/ui';

type Later = typeof import('./lazy/later.js');
type View = 'apply' | 'lookup';
type Step = 'form' | 'check' | 'submitting' | 'receipt';

const URL_PREFIX = 'dr';
const STEPS: readonly Step[] = ['form', 'check', 'submitting', 'receipt'];
/** Order of the fields on the page: the error summary lists problems in this order. */
const FIELD_ORDER: readonly FieldName[] = [
  'applicantType', 'name', 'idType', 'idNumber', 'workUnit', 'creditCode', 'legalRepresentative', 'contactPerson',
  'phone', 'email', 'address', 'postcode', 'agencyId', 'description', 'documentNumber', 'indexNumber',
  'timeFrom', 'timeUntil', 'provisionForms', 'deliveryMethods', 'purpose', 'privacyAccepted',
];

/** The chunk with everything after the form (lazy/later.ts): once per page, again after a failure. */
const loadLater = lazyModule((): Promise<Later> => import('./lazy/later.js'));

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
  static override styles = [GkElement.styles, viewStyles, formStyles, receiptStyles, disclosureRequestStyles];
  static override catalogs: readonly MessageCatalog[] = [...GkElement.catalogs, disclosureRequestCatalog];

  static override properties = {
    api: { type: String, reflect: true },
    src: { type: String, reflect: true },
    urlState: { type: String, attribute: 'url-state' },
    submitTiming: { attribute: false },
    _view: { state: true, attribute: false },
    _step: { state: true, attribute: false },
    _warnings: { state: true, attribute: false },
    _copied: { state: true, attribute: false },
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
  declare private _warnings: Partial<Record<FieldName, string>>;
  declare private _copied: 'trackingNumber' | 'queryCode' | undefined;

  /** Everything after the form; every step but the form needs it. */
  readonly #later = new LazyChunkController<Later>(this, loadLater);
  readonly #agencies = new AgencyListController(this);
  /** Values, drafts, errors and the idempotent submission (docs/design.md §5–§6). */
  readonly #form = new SubmissionController<FieldName, FormValues, DisclosureRequest, Receipt, Later>(this, {
    storageKey: 'gongkai:disclosure-request',
    draftFields: DRAFT_FIELDS,
    empty: emptyValues,
    restore: valuesFromDraft,
    fieldOrder: FIELD_ORDER,
    fieldId,
    fieldForPath,
    fallbackField: 'description',
    chunk: () => this.#later.ensure(),
    toBody: (later, values) => later.toRequestBody(values),
    checkBody: (later, body) => later.checkRequestBody(body),
    create: (later, start) => later.applicationSubmission({ ...start, parse: later.parseReceipt }),
    submitDetail: (body, idempotencyKey) => ({ agencyId: body.agencyId, idempotencyKey }),
    submittedDetail: (receipt) => ({ trackingNumber: receipt.trackingNumber, receivedAt: receipt.receivedAt, dueDate: receipt.dueDate }),
    showSending: () => this.#goTo('submitting', true),
    showReceipt: () => this.#goTo('receipt', false),
    showForm: () => this.#goTo('form', false),
  });
  /** Made with the lookup chunk (see #lookupOf). */
  #lookup: LookupController<StatusResponse> | undefined;
  #unlistenUrl: (() => void) | undefined;

  constructor() {
    super();
    this._view = 'apply';
    this._step = 'form';
    this._warnings = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reload lands on the form (the ID number and phone were never stored) or on the lookup.
    const step = readUrlState(this.#urlMode, URL_PREFIX)['step'];
    if (step === 'lookup') {
      this._view = 'lookup';
      this.#later.prefetch();
    } else if (step && step !== 'form') writeUrlState(this.#urlMode, URL_PREFIX, { step: 'form' }, false);
    this.#unlistenUrl = onUrlStateChange(() => this.#applyUrlState());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlistenUrl?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('api') || changed.has('src')) void this.#agencies.load();
  }

  get #urlMode(): UrlStateMode {
    return parseUrlStateMode(this.urlState);
  }

  // ——— steps and URL ———

  #applyUrlState(): void {
    if (this.#urlMode === 'none') return;
    const step = readUrlState(this.#urlMode, URL_PREFIX)['step'] ?? 'form';
    if (step === 'lookup') {
      this._view = 'lookup';
      this.#later.prefetch();
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
    const target = this.renderRoot.querySelector<HTMLElement>(focusField ? `#${fieldId(focusField)}` : '.step-title');
    target?.focus();
    if (focusField) target?.scrollIntoView({ block: 'center' });
  }

  #showTab(view: View): void {
    this._view = view;
    writeUrlState(this.#urlMode, URL_PREFIX, { step: view === 'lookup' ? 'lookup' : this._step }, true);
    if (view === 'lookup') this.#later.prefetch();
  }

  // ——— form ———

  #onInput = (field: FieldName, value: string | boolean): void => {
    // The first keystroke starts loading the check step, so Continue does not wait for it.
    if (!this.#later.value) this.#later.prefetch();
    this.#form.update({ [field]: value });
  };

  #onToggle = (field: 'provisionForms' | 'deliveryMethods', value: string): void => {
    const current = this.#form.values[field] as string[];
    this.#form.update({ [field]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };

  async #continue(push: boolean): Promise<void> {
    let later: Later;
    try {
      later = await this.#later.ensure();
    } catch {
      return; // the form shows the "could not load" notice; nothing typed is lost
    }
    const check = this.localize(() => later.validateForm(this.#form.values, this.locale));
    this._warnings = check.warnings;
    if (Object.keys(check.errors).length > 0) {
      if (this._step !== 'form') await this.#goTo('form', false);
      await this.#form.showErrors(check.errors);
      return;
    }
    // The contract's own schema as a last net, and the application's key.
    if (await this.#form.prepare()) await this.#goTo('check', push);
  }

  #clearData = (): void => {
    this.#form.clear();
    this._warnings = {};
  };

  #newApplication = (): void => {
    this.#form.startOver();
    this._copied = undefined;
    void this.#goTo('form', true);
  };

  async #copy(what: 'trackingNumber' | 'queryCode'): Promise<void> {
    const text = this.#form.receipt?.[what];
    const later = this.#later.value;
    if (text && later && (await later.copyCode(this.renderRoot, text, what))) this._copied = what;
  }

  // ——— lookup ———

  /** The status lookup, made once its chunk is here (it brings the lookup and its views). */
  #lookupOf(later: Later): LookupController<StatusResponse> {
    return (this.#lookup ??= later.applicationLookup(this, (fn) => this.localize(fn)));
  }

  // ——— render ———

  override render(): TemplateResult {
    return html`<div part="base" class="dr">
      <nav class="tabs no-print" aria-label=${msg('依申请公开', { id: 'dr.tabs.label' })}>
        <button type="button" class="tab" aria-current=${this._view === 'apply' ? 'page' : 'false'} @click=${() => this.#showTab('apply')}>${msg('提交申请', { id: 'dr.tabs.apply' })}</button>
        <button type="button" class="tab" aria-current=${this._view === 'lookup' ? 'page' : 'false'} @click=${() => this.#showTab('lookup')}>${msg('查询办理进度', { id: 'dr.tabs.lookup' })}</button>
      </nav>
      ${this.#agencies.error ? this.#renderAgencyError(this.#agencies.error) : nothing}
      ${this._view === 'lookup' ? this.#renderLookup() : this.#renderApply()}
    </div>`;
  }

  #renderAgencyError(error: Error): TemplateResult {
    const sourceError = error instanceof SourceError ? error : undefined;
    return renderError(
      {
        message: sourceError ? pickText(sourceError.messages, this.locale) : msg('无法加载行政机关列表。', { id: 'dr.agency.error' }),
        issues: sourceError?.issues.map((issue) => ({ path: issue.path, message: pickText(issue.message, this.locale) })),
        url: sourceError?.url,
        advice: msg('您仍可填写申请，并手动填写受理机关名称。', { id: 'dr.agency.errorAdvice' }),
        onRetry: () => void this.#agencies.load(),
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
    const later = this.#later.value;
    if (this._step !== 'form' && !later) return renderLoading(this.locale);
    const form = this.#form;
    const agencies = this.#agencies.agencies;
    const index = Math.min(STEPS.indexOf(this._step), 2) + 1;
    const groups = later && (this._step === 'check' || this._step === 'receipt') ? later.answerGroups(form.values, agencies) : undefined;
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
            onSubmit: () => void form.send(),
            onPrint: () => window.print(),
          })
        : nothing}
      ${this._step === 'submitting' && later
        ? later.renderProgress({
            state: form.state, locale: this.locale, failure: form.failure, keyReused: form.keyReused,
            onRetryNow: () => form.retryNow(), onBackToForm: () => form.backToForm(), onLookup: () => this.#showTab('lookup'), onSendAsNew: () => void form.sendAsNew(),
          })
        : nothing}
      ${this._step === 'receipt' && later && form.receipt
        ? later.renderReceipt({
            receipt: form.receipt,
            agencyName: later.agencyName(form.values.agencyId, agencies),
            locale: this.locale,
            copied: this._copied,
            onCopy: (what) => void this.#copy(what),
            onPrint: () => window.print(),
            onNew: this.#newApplication,
          })
        : nothing}
      ${later && groups ? later.renderPrintForm(groups, form.receipt?.trackingNumber) : nothing}
    `;
  }

  #renderFormStep(): TemplateResult {
    const form = this.#form;
    const later = this.#later.value;
    return html`
      ${this.#later.failed ? html`<p class="gk-notice" role="alert">${msg('页面的一部分未能下载，可能是网络已断开。您填写的内容仍在，请检查网络后再点击“继续”。', { id: 'dr.chunk.failed' })}</p>` : nothing}
      ${form.pendingSince !== undefined && later ? later.renderPendingNotice(form.pendingSince, this.locale) : nothing}
      ${this.api ? nothing : html`<p class="gk-notice">${msg('本网站尚未开通在线提交。您可以在此填写申请，核对后打印申请表，签名后邮寄或送至受理机关。', { id: 'dr.offline.formNotice' })}</p>`}
      ${renderErrorSummary(form.summary)}
      ${renderForm({
        values: form.values,
        errors: form.errors,
        warnings: this._warnings,
        agencies: this.#agencies.agencies,
        agencyLoading: this.#agencies.loading,
        onInput: this.#onInput,
        onToggle: this.#onToggle,
        onPrivacy: (accepted) => form.update({ privacyAccepted: accepted }),
        onContinue: (event) => {
          event.preventDefault();
          void this.#continue(true);
        },
      })}
      <div class="options no-print">
        <div class="choice">
          <input type="checkbox" id="dr-shared" .checked=${form.shared} @change=${(event: Event) => form.setShared((event.target as HTMLInputElement).checked)} />
          <label for="dr-shared">${msg('这是公用电脑：不在本机保存草稿', { id: 'dr.options.shared' })}</label>
        </div>
        <button type="button" class="gk-button clear-data" @click=${this.#clearData}>${msg('清除我填写的内容', { id: 'dr.options.clear' })}</button>
      </div>
    `;
  }

  #renderLookup(): TemplateResult {
    const later = this.#later.value;
    return html`<h2 class="step-title" tabindex="-1">${msg('查询办理进度', { id: 'dr.tabs.lookup' })}</h2>
      ${!later && this.#later.failed ? html`<p class="gk-notice" role="alert">${msg('页面的一部分未能下载，可能是网络已断开。请检查网络后重试。', { id: 'dr.chunk.failedLookup' })}</p>` : nothing}
      ${!later
        ? this.#later.failed ? nothing : renderLoading(this.locale)
        : later.renderLookup({ available: Boolean(this.api), lookup: this.#lookupOf(later).state, locale: this.locale, onInput: (field, value) => this.#lookup?.input(field, value), onSubmit: (event) => void this.#lookup?.submit(event) })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-disclosure-request': GkDisclosureRequest;
  }
}
