/**
 * The behaviour of a form that files something with the server (the disclosure application, the
 * mayor's letter), written once as a Lit reactive controller: the element declares its values,
 * fields and steps, and renders; this controller keeps the promises of docs/design.md §5–§6.
 *
 * - Values and drafts: the values as typed; a draft of the allow-listed fields in sessionStorage
 *   after every change (never ID numbers, phones, e-mail addresses); the "shared computer" switch
 *   turns drafts off and is itself remembered; `clear()` forgets everything.
 * - Errors: per field, and the error summary in page order that takes focus.
 * - Sending: one Idempotency-Key per body, created when first needed and kept while the body is
 *   unchanged; once an attempt may have reached the server its key is reused whatever changed
 *   (the pending-submission store survives a reload), so the server decides: the same body
 *   replays the first receipt, another is refused as "key reused" and nothing is filed twice
 *   unless the person chooses "send as new". Retry states come from @gongkai/client's Submission;
 *   the server's field errors go back onto the fields; `gk-submit` / `gk-submitted` /
 *   `gk-submit-failed`.
 *
 * The Submission class and the key maker come from the form's lazy chunk (`chunk()`), so the
 * first load carries only the form.
 */
import type { LitElement, ReactiveController } from 'lit';
import { DraftStore, PendingSubmissionStore, errorDetail, isAbortError, placeFieldErrors } from '@gongkai/client';
import type { Submission, SubmissionState } from '@gongkai/client';
import type { GkEventMap, GkEventName } from '../base/events.js';
import { pickText } from '../base/text.js';
import type { LocalizedText } from '../base/text.js';
import type { Locale } from '../localize/locale.js';
import { focusErrorSummary } from '../views/error-summary.js';
import type { FieldError } from '../views/error-summary.js';

/** Retry and timeout settings of a submission (the forms' `submitTiming` property; tests shorten them). */
export interface SubmitTiming {
  timeoutMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  inFlightDelayMs?: number;
  maxAutoAttempts?: number;
}

/** The form element as this controller sees it. */
export interface SubmissionHost extends LitElement {
  api?: string | undefined;
  submitTiming?: SubmitTiming | undefined;
  readonly locale: Locale;
  emit<N extends GkEventName>(name: N, detail: GkEventMap[N]): boolean;
}

/** What the controller needs from the form's lazy chunk. */
export interface SubmissionChunk {
  createIdempotencyKey(): string;
  isKeyReused(error: unknown): boolean;
}

/** Everything a submission of `body` is made from (see @gongkai/client's applicationSubmission). */
export interface SubmissionStart<B> extends SubmitTiming {
  api: string;
  body: B;
  idempotencyKey: string;
  baseUrl: string;
  locale: Locale;
}

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface SubmissionControllerOptions<F extends string, V, B, R, C extends SubmissionChunk> {
  /** Prefix of the storage keys: `…:draft`, `…:shared-computer`, `…:pending`. */
  storageKey: string;
  /** The only fields a draft may hold. */
  draftFields: readonly string[];
  empty(): V;
  /** Values from a stored draft (only well-formed entries). */
  restore(draft: Readonly<Record<string, unknown>>): V;
  /** What of the values goes into a draft (default: the values; the store keeps only `draftFields`). */
  draft?(values: V): Readonly<Record<string, unknown>>;
  /** Page order of the fields (the summary lists problems in this order), their ids, and the field of a contract path. */
  fieldOrder: readonly F[];
  fieldId(field: F): string;
  fieldForPath(path: string): F | undefined;
  chunk(): Promise<C>;
  toBody(chunk: C, values: V): B;
  /** The contract's schema as a last net: its problems (none when the body is fine), placed by `fieldForPath` or on `fallbackField`. */
  checkBody(chunk: C, body: B): readonly { path: string; message: LocalizedText }[];
  fallbackField: F;
  /** Makes the (unstarted) submission with the contract's typed client function. */
  create(chunk: C, start: SubmissionStart<B>): Submission<B, R>;
  submitDetail(body: B, idempotencyKey: string): GkEventMap['gk-submit'];
  submittedDetail(receipt: R): GkEventMap['gk-submitted'];
  /** Show the sending step; the receipt step; the form (after "back", or with the server's field errors). */
  showSending(): Promise<void> | void;
  showReceipt(receipt: R): Promise<void> | void;
  showForm(): Promise<void> | void;
}

export class SubmissionController<F extends string, V, B, R, C extends SubmissionChunk = SubmissionChunk> implements ReactiveController {
  readonly #host: SubmissionHost;
  readonly #o: SubmissionControllerOptions<F, V, B, R, C>;
  readonly #drafts: DraftStore<Record<string, unknown>>;
  readonly #sharedFlag: DraftStore<{ shared: boolean }>;
  /**
   * The key of a started, unanswered submission, across a reload (a key and times only, also on
   * a shared computer: it holds nothing typed, and losing it is what would file twice).
   */
  readonly #pending: PendingSubmissionStore;
  #values: V;
  #errors: FieldErrors<F> = {};
  #summary: FieldError[] = [];
  #shared = false;
  #pendingSince: number | undefined;
  #keyReused = false;
  #state: SubmissionState<R> | undefined;
  #failure: string | undefined;
  #receipt: R | undefined;
  #submission: Submission<B, R> | undefined;
  /** True from the click until the submission exists: a double click finds it under way. */
  #starting = false;
  #unsubscribe: (() => void) | undefined;
  /** The key of this body and the body it was made for: a changed answer gets a new key. */
  #idempotency: { key: string; body: string } | undefined;

  constructor(host: SubmissionHost, options: SubmissionControllerOptions<F, V, B, R, C>) {
    this.#host = host;
    this.#o = options;
    this.#drafts = new DraftStore({ key: `${options.storageKey}:draft`, fields: options.draftFields });
    this.#sharedFlag = new DraftStore({ key: `${options.storageKey}:shared-computer`, fields: ['shared'] });
    this.#pending = new PendingSubmissionStore({ key: `${options.storageKey}:pending` });
    this.#values = options.empty();
    host.addController(this);
  }

  get values(): V { return this.#values; }
  get errors(): FieldErrors<F> { return this.#errors; }
  get summary(): readonly FieldError[] { return this.#summary; }
  /** "This is a shared computer": no drafts. */
  get shared(): boolean { return this.#shared; }
  /** When a submission that got no answer was started before this page loaded. */
  get pendingSince(): number | undefined { return this.#pendingSince; }
  /** The server refused the pending key for another body: an earlier copy may be filed; the person chooses. */
  get keyReused(): boolean { return this.#keyReused; }
  get state(): SubmissionState<R> | undefined { return this.#state; }
  /** A final refusal that is not about fields, in the reader's language. */
  get failure(): string | undefined { return this.#failure; }
  get receipt(): R | undefined { return this.#receipt; }

  hostConnected(): void {
    this.#shared = this.#sharedFlag.load()?.shared === true;
    this.#pendingSince = this.#pending.load()?.startedAt;
    if (this.#pendingSince !== undefined) this.#o.chunk().catch(() => undefined); // its notice lives in the lazy chunk
    const draft = this.#shared ? undefined : this.#drafts.load();
    if (draft) this.#values = this.#o.restore(draft);
  }

  hostDisconnected(): void {
    this.#submission?.cancel();
    this.#end();
  }

  /** The host renders the new state. */
  #update(): void {
    this.#host.requestUpdate();
  }

  // ---- Values and drafts ---------------------------------------------------

  /** Changes some values and keeps the draft. */
  update(patch: Partial<V>): void {
    this.#values = { ...this.#values, ...patch };
    this.#update();
    this.#saveDraft();
  }

  #saveDraft(): void {
    if (!this.#shared) this.#drafts.save(this.#o.draft?.(this.#values) ?? (this.#values as Record<string, unknown>));
  }

  /** The "shared computer" switch: on removes the draft and stops drafts, also after a reload. */
  setShared(shared: boolean): void {
    this.#shared = shared;
    this.#update();
    if (shared) {
      this.#drafts.clear();
      this.#sharedFlag.save({ shared: true });
    } else {
      this.#sharedFlag.clear();
      this.#saveDraft();
    }
  }

  /** "Clear my data": the values, the draft, the errors and an unanswered earlier attempt. */
  clear(): void {
    this.#drafts.clear();
    this.#pending.clear();
    this.#idempotency = undefined;
    this.#pendingSince = undefined;
    this.#values = this.#o.empty();
    this.#errors = {};
    this.#summary = [];
    this.#update();
  }

  /** After the receipt: an empty form for the next one. */
  startOver(): void {
    this.#receipt = undefined;
    this.#state = undefined;
    this.#values = this.#o.empty();
    this.#update();
  }

  // ---- Errors --------------------------------------------------------------

  /** Shows `errors` beside their fields and in the summary, which takes focus. */
  async showErrors(errors: FieldErrors<F>): Promise<void> {
    this.#errors = errors;
    this.#summary = this.#o.fieldOrder.filter((field) => errors[field]).map((field) => ({ fieldId: this.#o.fieldId(field), message: errors[field]! }));
    this.#update();
    await this.#host.updateComplete;
    focusErrorSummary(this.#host.renderRoot);
  }

  clearErrors(): void {
    this.#errors = {};
    this.#summary = [];
    this.#update();
  }

  /**
   * The body of the current values once it passes the contract's schema, with its key made or
   * kept; undefined (the problems shown) when it does not.
   */
  async prepare(): Promise<B | undefined> {
    const chunk = await this.#o.chunk();
    const body = this.#o.toBody(chunk, this.#values);
    const errors: FieldErrors<F> = {};
    for (const issue of this.#o.checkBody(chunk, body)) errors[this.#o.fieldForPath(issue.path) ?? this.#o.fallbackField] ??= pickText(issue.message, this.#host.locale);
    if (Object.keys(errors).length > 0) {
      await this.showErrors(errors);
      return undefined;
    }
    this.clearErrors();
    const fingerprint = JSON.stringify(body);
    if (this.#idempotency?.body !== fingerprint) this.#idempotency = { key: chunk.createIdempotencyKey(), body: fingerprint };
    return body;
  }

  // ---- Sending -------------------------------------------------------------

  /** Sends the current values (once: a second call while one is under way does nothing). */
  async send(): Promise<void> {
    const api = this.#host.api;
    if (this.#submission || this.#starting || !api) return;
    this.#starting = true;
    let body: B | undefined;
    let chunk: C;
    try {
      chunk = await this.#o.chunk();
      body = await this.prepare();
    } finally {
      this.#starting = false;
    }
    if (!body || !this.#idempotency || this.#submission) return;
    // Once an attempt may have reached the server, its key is reused whatever changed.
    const idempotencyKey = this.#pending.keyFor(this.#idempotency.key);
    this.#pending.begin(idempotencyKey);
    const submission = this.#o.create(chunk, {
      api, body, idempotencyKey, baseUrl: document.baseURI, locale: this.#host.locale, ...this.#host.submitTiming,
    });
    this.#submission = submission;
    this.#keyReused = false;
    this.#failure = undefined;
    this.#unsubscribe = submission.subscribe((state) => {
      this.#state = state;
      this.#update();
    });
    this.#host.emit('gk-submit', this.#o.submitDetail(body, submission.idempotencyKey));
    void this.#o.showSending();
    submission.start().then(
      (receipt) => void this.#submitted(submission, receipt),
      (error: unknown) => void this.#refused(submission, chunk, error),
    );
  }

  async #submitted(submission: Submission<B, R>, receipt: R): Promise<void> {
    if (this.#submission !== submission) return;
    this.#end();
    this.#drafts.clear();
    this.#pending.clear();
    this.#idempotency = undefined;
    this.#receipt = receipt;
    this.#pendingSince = undefined;
    this.#update();
    this.#host.emit('gk-submitted', this.#o.submittedDetail(receipt));
    await this.#o.showReceipt(receipt);
  }

  async #refused(submission: Submission<B, R>, chunk: C, error: unknown): Promise<void> {
    if (this.#submission !== submission || isAbortError(error)) return;
    this.#end();
    const locale = this.#host.locale;
    this.#host.emit('gk-submit-failed', errorDetail(error, locale));
    if (chunk.isKeyReused(error)) {
      // An earlier attempt with this key was stored with another body: nothing was filed now.
      this.#keyReused = true;
      this.#update();
      return;
    }
    const { errors, unplaced, failure } = placeFieldErrors(error, locale, this.#o.fieldForPath);
    if (Object.keys(errors).length > 0) {
      // Back to the form with the server's messages on the right fields; nothing typed is lost.
      this.#state = undefined;
      this.#update();
      await this.#o.showForm();
      await this.showErrors(errors);
      return;
    }
    this.#failure = [failure, ...unplaced].join(' ');
    this.#update();
  }

  #end(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#submission = undefined;
  }

  /** Skips the wait before the next attempt. */
  retryNow(): void {
    this.#submission?.retryNow();
  }

  /** Stops retrying and returns to the form (a resend reuses the key, so nothing is filed twice). */
  backToForm(): void {
    this.#submission?.cancel();
    this.#end();
    this.#state = undefined;
    this.#failure = undefined;
    this.#keyReused = false;
    this.#update();
    void this.#o.showForm();
  }

  /** The person's explicit choice after "may already have been received": a new key, filed as new. */
  sendAsNew(): Promise<void> {
    this.#pending.clear();
    this.#idempotency = undefined;
    this.#pendingSince = undefined;
    this.#keyReused = false;
    this.#state = undefined;
    this.#update();
    return this.send();
  }
}
