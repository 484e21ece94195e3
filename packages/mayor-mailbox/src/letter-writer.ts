/**
 * The mailbox's write view as one controller: the letter and its idempotent submission
 * (@gongkai/ui's SubmissionController: drafts, shared computer, error summary, retries, key
 * reused), the personal-data check before a publishable letter is sent, the character counter's
 * polite announcements, and the three steps form → sending → receipt with their rendering. The
 * element only gives it the lazy chunk and a way to show the lookup.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, TemplateResult } from 'lit';
import { msg, renderErrorSummary, renderLoading, SubmissionController, counterAnnouncement } from '@gongkai/ui';
import type { LazyChunkController, SubmissionHost } from '@gongkai/ui';
import type { LetterReceipt, LetterSubmission } from '@gongkai/schema';
import { CONTENT_MAX, DRAFT_FIELDS, FIELD_ORDER, charCount, emptyLetter, fieldForPath, letterDraft, letterFromDraft, personalDataIn } from './form-model.js';
import type { LetterField, LetterValues } from './form-model.js';
import type { PersonalDataKind } from './pii.js';
import { CounterAnnouncer } from './counter-announcer.js';
import { renderWriteForm, fieldId } from './views/write-view.js';
import type { CopyTarget } from './views/receipt-view.js';

type Later = typeof import('./lazy/later.js');
export type WriteStep = 'form' | 'submitting' | 'receipt';

export interface LetterWriterOptions {
  /** The element's lazy chunk: sending, the checks and the later views. */
  later: LazyChunkController<Later>;
  /** Runs `fn` with the element's translations active. */
  localize: <T>(fn: () => T) => T;
  /** Moves focus to the view's heading once rendered. */
  focusTitle(): Promise<void>;
  /** "Look it up" after a key-reused refusal. */
  showLookup(): void;
}

export class LetterWriter implements ReactiveController {
  readonly #host: SubmissionHost;
  readonly #o: LetterWriterOptions;
  #step: WriteStep = 'form';
  /** Personal data found when a publishable letter was sent: the writer decides first. */
  #piiCheck: PersonalDataKind[] | undefined;
  #counterAnnouncement = '';
  #copied: CopyTarget | undefined;
  /** The letter as typed, its drafts and the idempotent submission (docs/design.md §5–§6). */
  readonly #letter: SubmissionController<LetterField, LetterValues, LetterSubmission, LetterReceipt, Later>;
  readonly #counter = new CounterAnnouncer({
    max: CONTENT_MAX,
    announce: (length) => {
      this.#counterAnnouncement = this.#o.localize(() => counterAnnouncement(length, CONTENT_MAX, this.#host.locale));
      this.#host.requestUpdate();
    },
  });

  constructor(host: SubmissionHost, options: LetterWriterOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
    this.#letter = new SubmissionController(host, {
      storageKey: 'gongkai:mayor-mailbox',
      draftFields: DRAFT_FIELDS,
      empty: emptyLetter,
      restore: letterFromDraft,
      draft: letterDraft,
      fieldOrder: FIELD_ORDER,
      fieldId,
      fieldForPath,
      fallbackField: 'content',
      chunk: () => options.later.ensure(),
      toBody: (later, values) => later.toLetterBody(values),
      checkBody: (later, body) => later.checkLetterBody(body),
      create: (later, start) => later.letterSubmission({ ...start, parse: later.parseReceipt }),
      submitDetail: (body, idempotencyKey) => ({ type: body.type, idempotencyKey }),
      submittedDetail: (receipt) => ({ letterNumber: receipt.letterNumber, submittedAt: receipt.submittedAt }),
      showSending: () => {
        this.#piiCheck = undefined;
        return this.#show('submitting');
      },
      showReceipt: () => this.#show('receipt'),
      showForm: () => this.#show('form'),
    });
  }

  hostDisconnected(): void {
    this.#counter.dispose();
  }

  /** The heading of the write view in its current step. */
  title(): string {
    return this.#step === 'receipt'
      ? msg('信件已提交', { id: 'mm.write.receiptTitle' })
      : this.#step === 'submitting' ? msg('正在提交', { id: 'mm.write.sendingTitle' }) : msg('我要写信', { id: 'mm.tab.write' });
  }

  #show(step: WriteStep): Promise<void> {
    this.#step = step;
    this.#host.requestUpdate();
    return this.#o.focusTitle();
  }

  #onInput = (field: LetterField, value: string | boolean): void => {
    if (!this.#o.later.value) this.#o.later.prefetch(); // so sending does not wait for the chunk
    this.#piiCheck = undefined;
    if (field === 'content') this.#counter.update(charCount(value as string));
    this.#letter.update({ [field]: value });
  };

  #clear = (): void => {
    this.#letter.clear();
    this.#piiCheck = undefined;
  };

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    let later: Later;
    try {
      later = await this.#o.later.ensure(); // the checks come with sending
    } catch {
      return; // the form says the chunk could not be loaded; nothing typed is lost
    }
    const letter = this.#letter;
    const errors = this.#o.localize(() => later.validateLetter(letter.values));
    if (Object.keys(errors).length > 0) return letter.showErrors(errors);
    letter.clearErrors();
    const personal = personalDataIn(letter.values);
    if (letter.values.mayPublish && personal.length > 0) {
      // A letter to be published with personal data in it: the writer decides first.
      this.#piiCheck = personal;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>('.pii-check')?.focus();
      return;
    }
    await letter.send();
  }

  #newLetter = (): void => {
    this.#letter.startOver();
    this.#copied = undefined;
    void this.#show('form');
  };

  async #copy(what: CopyTarget): Promise<void> {
    const text = this.#letter.receipt?.[what];
    const later = this.#o.later.value;
    if (text && later && (await later.copyCode(this.#host.renderRoot, text, what))) {
      this.#copied = what;
      this.#host.requestUpdate();
    }
  }

  render(later: Later | undefined): TemplateResult {
    const letter = this.#letter;
    const locale = this.#host.locale;
    if (this.#step === 'receipt' && later && letter.receipt) {
      return later.renderReceipt({ receipt: letter.receipt, locale, copied: this.#copied, onCopy: (what) => void this.#copy(what), onPrint: () => window.print(), onNew: this.#newLetter });
    }
    if (this.#step === 'submitting') {
      return later
        ? later.renderProgress({
            state: letter.state, locale, failure: letter.failure, keyReused: letter.keyReused,
            onRetryNow: () => letter.retryNow(), onBackToForm: () => letter.backToForm(), onLookup: this.#o.showLookup, onSendAsNew: () => void letter.sendAsNew(),
          })
        : renderLoading(locale);
    }
    const values = letter.values;
    return html`<p class="gk-muted">${msg('带“（选填）”的栏目可以不填，其余栏目都需要填写。', { id: 'mm.write.intro' })}</p>
      ${this.#o.later.failed ? html`<p class="gk-notice" role="alert">${msg('页面的一部分未能下载，可能是网络已断开。您填写的内容仍在，请检查网络后再点击“提交信件”。', { id: 'mm.chunk.failed' })}</p>` : nothing}
      ${letter.pendingSince !== undefined && later ? later.renderPendingNotice(letter.pendingSince, locale) : nothing}
      ${renderErrorSummary(letter.summary)}
      ${this.#piiCheck && later
        ? later.renderPersonalDataCheck({
            kinds: this.#piiCheck,
            onEdit: () => {
              this.#piiCheck = undefined;
              this.#host.requestUpdate();
              void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(`#${fieldId('content')}`)?.focus());
            },
            onSendPrivately: () => {
              letter.update({ mayPublish: false });
              void letter.send();
            },
            onSendAnyway: () => void letter.send(),
          })
        : nothing}
      ${renderWriteForm({
        values,
        errors: letter.errors,
        locale,
        personalData: personalDataIn(values),
        counterAnnouncement: this.#counterAnnouncement,
        onInput: this.#onInput,
        onCheck: this.#onInput,
        onSubmit: (event) => void this.#submit(event),
        onClear: this.#clear,
        shared: letter.shared,
        onShared: (shared) => letter.setShared(shared),
      })}`;
  }
}
