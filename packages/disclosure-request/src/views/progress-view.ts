/**
 * Step 3: sending. The state is always visible and announced politely: sending, not sent yet
 * (with the time of the next automatic attempt and a "retry now" button), or failed. Nothing is
 * called a receipt until the server has answered 201.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str, formatClockTime } from '@gongkai/ui';
// A subpath, not the package index: the view belongs to the forms' lazy chunk, and a bundler
// splitting by module would otherwise put it in every first load that imports the index.
import { renderSubmissionProgress } from '@gongkai/ui/submission-progress';
import type { Locale } from '@gongkai/ui';
import type { SubmissionState } from '@gongkai/client';

export interface ProgressViewModel {
  state: SubmissionState<unknown> | undefined;
  locale: Locale;
  /** A final failure that is not about fields (the server refused for another reason). */
  failure?: string | undefined;
  /** The server refused the pending key for other answers: an earlier copy may be filed. */
  keyReused?: boolean;
  onRetryNow: () => void;
  onBackToForm: () => void;
  onLookup: () => void;
  /** Sends with a new key: only on the applicant's explicit choice. */
  onSendAsNew: () => void;
}

/**
 * Plain words for `422 idempotency-key-reused`: an earlier attempt whose answer was lost was stored
 * with other answers (usually a retyped phone, ID number or e-mail). Nothing was filed now; the
 * applicant can retype as before (the server then replays that receipt), look it up, or send it as
 * a new application knowingly.
 */
function renderKeyReused(m: ProgressViewModel): TemplateResult {
  return html`<div class="progress key-reused" part="progress">
    <div class="gk-status gk-error" role="alert">
      <p class="progress__message"><strong>${msg('这份申请可能已经提交过，本次没有提交。', { id: 'dr.reused.title' })}</strong></p>
      <p>${msg('此前有一次提交没有收到回执，那份申请可能已被受理。本次填写的内容与那次不完全相同（例如证件号码、联系电话或电子邮箱），所以无法确认是不是同一份申请。', { id: 'dr.reused.explain' })}</p>
      <ul>
        <li>${msg('如果是同一份申请：请返回按那次的内容填写后再提交，将显示那份申请的回执，不会重复提交。', { id: 'dr.reused.same' })}</li>
        <li>${msg('如果您已收到申请编号和查询码，可以查询办理进度。', { id: 'dr.reused.lookup' })}</li>
        <li>${msg('如果这是另一份申请，或您确定要再提交一份，可以作为新申请提交；受理机关可能因此收到两份申请。', { id: 'dr.reused.new' })}</li>
      </ul>
    </div>
    <div class="actions">
      <button type="button" class="gk-button gk-button--primary back-to-form" @click=${m.onBackToForm}>${msg('返回核对申请', { id: 'dr.reused.back' })}</button>
      <button type="button" class="gk-button reused-lookup" @click=${m.onLookup}>${msg('查询办理进度', { id: 'dr.tabs.lookup' })}</button>
      <button type="button" class="gk-button send-as-new" @click=${m.onSendAsNew}>${msg('作为新申请提交', { id: 'dr.reused.sendAsNew' })}</button>
    </div>
  </div>`;
}


/** On the form after a reload: an application was being sent when the page closed, and no answer arrived. */
export function renderPendingNotice(since: number, locale: Locale): TemplateResult {
  const time = formatClockTime(since, locale);
  return html`<div class="gk-notice pending-notice" role="note">
    <p><strong>${msg(str`页面关闭时，有一份申请正在提交（${time}），尚未收到回执，可能已被受理。`, { id: 'dr.pending.title' })}</strong></p>
    <p>${msg('请按原样重新填写证件号码、联系电话和电子邮箱，然后再次提交：如果那份申请已被受理，将直接显示它的回执，不会重复提交。', { id: 'dr.pending.advice' })}</p>
  </div>`;
}

export function renderProgress(m: ProgressViewModel): TemplateResult {
  if (m.keyReused) return renderKeyReused(m);
  return renderSubmissionProgress({
    state: m.state,
    locale: m.locale,
    failure: m.failure,
    onRetryNow: m.onRetryNow,
    onBackToForm: m.onBackToForm,
    texts: {
      sending: msg('正在提交申请，请稍候…', { id: 'dr.progress.sending' }),
      waiting: msg('申请尚未提交成功，将自动重试。', { id: 'dr.progress.waiting' }),
      noDuplicate: msg('重试不会产生重复的申请。', { id: 'dr.progress.noDuplicate' }),
      notSent: msg('申请尚未提交成功。', { id: 'dr.progress.notSent' }),
      gaveUp: msg('多次尝试后仍无法连接服务器。请检查网络后点击“立即重试”；您填写的内容不会丢失，重试也不会产生重复的申请。', { id: 'dr.progress.gaveUp' }),
      failed: msg('申请未能提交。', { id: 'dr.progress.failed' }),
      backToForm: msg('返回修改申请', { id: 'dr.action.backToForm' }),
    },
  });
}
