/**
 * Sending: the state is always visible and announced politely — sending, not sent yet (with the
 * time of the next automatic attempt and "retry now"), or failed. Nothing is called a receipt
 * until the server has answered 201.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { SubmissionState } from '@gongkai/client';

export interface ProgressViewModel {
  state: SubmissionState<unknown> | undefined;
  locale: Locale;
  failure?: string | undefined;
  onRetryNow: () => void;
  onBackToForm: () => void;
}

function formatTime(epochMs: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh-Hant' ? 'zh-TW' : locale === 'en' ? 'en' : 'zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(epochMs));
}

export function renderProgress(m: ProgressViewModel): TemplateResult {
  const state = m.state;
  let message: string = msg('正在提交信件，请稍候…', { id: 'mm.progress.sending' });
  let detail: TemplateResult | string | typeof nothing = nothing;
  let retry = false;
  let back = false;
  let busy = true;
  if (state?.phase === 'waiting') {
    message = msg('信件尚未提交成功，将自动重试。', { id: 'mm.progress.waiting' });
    detail = html`${state.reason === 'timeout' || state.reason === 'network'
      ? msg('网络连接不稳定或已断开。', { id: 'mm.progress.reasonNetwork' })
      : msg('服务器暂时繁忙。', { id: 'mm.progress.reasonServer' })}
      ${msg(str`下次自动重试时间：${formatTime(state.retryAt, m.locale)}。`, { id: 'mm.progress.nextAttempt' })}
      ${msg('重试不会产生重复的信件。', { id: 'mm.progress.noDuplicate' })}`;
    retry = true;
    busy = false;
  } else if (state?.phase === 'failed' && state.retryable) {
    message = msg('信件尚未提交成功。', { id: 'mm.progress.notSent' });
    detail = msg('多次尝试后仍无法连接服务器。请检查网络后点击“立即重试”；您填写的内容不会丢失，重试也不会产生重复的信件。', { id: 'mm.progress.gaveUp' });
    retry = true;
    back = true;
    busy = false;
  } else if (state?.phase === 'failed' || m.failure) {
    message = msg('信件未能提交。', { id: 'mm.progress.failed' });
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
      ${retry ? html`<button type="button" class="gk-button gk-button--primary retry-now" @click=${m.onRetryNow}>${msg('立即重试', { id: 'mm.action.retryNow' })}</button>` : nothing}
      ${back ? html`<button type="button" class="gk-button back-to-form" @click=${m.onBackToForm}>${msg('返回修改信件', { id: 'mm.action.backToForm' })}</button>` : nothing}
    </div>
  </div>`;
}
