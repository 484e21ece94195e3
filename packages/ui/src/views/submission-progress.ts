/**
 * A submission on its way (disclosure application, letter): the state is always visible and
 * announced politely — sending, not sent yet (why, when the next automatic attempt is, and
 * "retry now"), gave up after several attempts, or refused. Nothing here is a receipt: that
 * appears only after the server's 201. Also the "may already have been received" view of a key
 * reused with other answers, and the notice after a reload while sending. The form supplies its
 * own nouns (申请 / 信件).
 *
 * Imported as `@gongkai/ui/submission-progress` (not from the package index) so that it stays in
 * the forms' lazy chunks.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../localize/msg.js';
import type { Locale } from '../localize/locale.js';
import { formatClockTime } from '../localize/format.js';

/** The phases of @gongkai/client's SubmissionState this view tells apart. */
export type SubmissionProgressState =
  | { phase: 'idle' | 'sending' | 'done' }
  | { phase: 'waiting'; retryAt: number; reason: string }
  | { phase: 'failed'; retryable: boolean };

/** The form's own wording for `422 idempotency-key-reused` (docs/design.md §5), in the page's language. */
export interface KeyReusedTexts {
  /** 这份申请可能已经提交过，本次没有提交。 */
  title: string;
  /** Why: an earlier attempt got no answer and had other answers (a retyped phone, say). */
  explain: string;
  /** The three ways on: retype as before (the receipt is replayed), look it up, send it as new. */
  same: string;
  lookup: string;
  asNew: string;
  /** The three buttons. */
  back: string;
  lookupAction: string;
  sendAsNew: string;
}

/** The form's own wording, in the page's language. */
export interface SubmissionProgressTexts {
  /** 正在提交申请，请稍候… */
  sending: string;
  /** 申请尚未提交成功，将自动重试。 */
  waiting: string;
  /** 重试不会产生重复的申请。 */
  noDuplicate: string;
  /** 申请尚未提交成功。 (after the automatic attempts) */
  notSent: string;
  /** What to do now that the automatic attempts are over. */
  gaveUp: string;
  /** 申请未能提交。 (refused) */
  failed: string;
  /** 返回修改申请 */
  backToForm: string;
}

export interface SubmissionProgressModel {
  state: SubmissionProgressState | undefined;
  locale: Locale;
  texts: SubmissionProgressTexts;
  /** A final failure that is not about fields (the server refused for another reason). */
  failure?: string | undefined;
  /** The server refused the pending key for another body: an earlier copy may be filed. */
  keyReused?: boolean | undefined;
  /** Its wording and its two other ways on (look it up; send with a new key, only on the person's explicit choice). */
  reusedTexts?: KeyReusedTexts;
  onLookup?: () => void;
  onSendAsNew?: () => void;
  onRetryNow: () => void;
  onBackToForm: () => void;
}

/**
 * Plain words for `422 idempotency-key-reused`: an earlier attempt whose answer was lost was stored
 * with other answers (usually a retyped phone, ID number or e-mail). Nothing was filed now; the
 * person can retype as before (the server then replays that receipt), look it up, or send it as
 * new knowingly.
 */
function renderKeyReused(m: SubmissionProgressModel, t: KeyReusedTexts): TemplateResult {
  return html`<div class="progress key-reused" part="progress">
    <div class="gk-status gk-error" role="alert">
      <p class="progress__message"><strong>${t.title}</strong></p>
      <p>${t.explain}</p>
      <ul><li>${t.same}</li><li>${t.lookup}</li><li>${t.asNew}</li></ul>
    </div>
    <div class="actions">
      <button type="button" class="gk-button gk-button--primary back-to-form" @click=${m.onBackToForm}>${t.back}</button>
      <button type="button" class="gk-button reused-lookup" @click=${m.onLookup}>${t.lookupAction}</button>
      <button type="button" class="gk-button send-as-new" @click=${m.onSendAsNew}>${t.sendAsNew}</button>
    </div>
  </div>`;
}

/** On the form after a reload: a submission was being sent when the page closed, and no answer arrived. */
export function renderPendingNotice(title: string, advice: string): TemplateResult {
  return html`<div class="gk-notice pending-notice" role="note">
    <p><strong>${title}</strong></p>
    <p>${advice}</p>
  </div>`;
}

export function renderSubmissionProgress(m: SubmissionProgressModel): TemplateResult {
  if (m.keyReused && m.reusedTexts) return renderKeyReused(m, m.reusedTexts);
  const { state, texts } = m;
  let message = texts.sending;
  let detail: TemplateResult | string | typeof nothing = nothing;
  let retry = false;
  let back = false;
  let busy = true;
  if (state?.phase === 'waiting') {
    message = texts.waiting;
    detail = html`${state.reason === 'timeout' || state.reason === 'network'
      ? msg('网络连接不稳定或已断开。', { id: 'ui.submit.reasonNetwork' })
      : msg('服务器暂时繁忙。', { id: 'ui.submit.reasonServer' })}
      ${msg(str`下次自动重试时间：${formatClockTime(state.retryAt, m.locale, { seconds: true })}。`, { id: 'ui.submit.nextAttempt' })}
      ${texts.noDuplicate}`;
    retry = true;
    busy = false;
  } else if (state?.phase === 'failed' && state.retryable) {
    message = texts.notSent;
    detail = texts.gaveUp;
    retry = true;
    back = true;
    busy = false;
  } else if (state?.phase === 'failed' || m.failure) {
    message = texts.failed;
    detail = m.failure ?? '';
    back = true;
    busy = false;
  }
  return html`<div class="progress" part="progress">
    <div class="gk-status ${busy ? 'gk-loading' : 'gk-error'}" role="status" aria-live="polite">
      ${busy ? html`<span class="gk-spinner" aria-hidden="true"></span>` : nothing}
      <p class="progress__message"><strong>${message}</strong></p>
      ${detail !== nothing ? html`<p class="progress__detail">${detail}</p>` : nothing}
    </div>
    <div class="actions">
      ${retry ? html`<button type="button" class="gk-button gk-button--primary retry-now" @click=${m.onRetryNow}>${msg('立即重试', { id: 'ui.submit.retryNow' })}</button>` : nothing}
      ${back ? html`<button type="button" class="gk-button back-to-form" @click=${m.onBackToForm}>${texts.backToForm}</button>` : nothing}
    </div>
  </div>`;
}
