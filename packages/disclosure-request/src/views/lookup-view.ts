/**
 * The status lookup: tracking number + query code → status, timeline, due date and its
 * explanation, and the reply when there is one. A wrong number or code gives one message that
 * does not say which was wrong.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg } from '@gongkai/ui';
import { renderLookupField } from '@gongkai/ui/lookup';
import type { Locale, LookupState } from '@gongkai/ui';
import { isSafeUrl } from '@gongkai/schema';
import type { StatusResponse } from '../lazy/schema-checks.js';
import { replyTypeLabel, statusLabel } from '../status-labels.js';

export interface LookupViewModel {
  available: boolean;
  lookup: LookupState<StatusResponse>;
  locale: Locale;
  onInput: (field: 'number' | 'code', value: string) => void;
  onSubmit: (event: Event) => void;
}

export function renderLookup(m: LookupViewModel): TemplateResult {
  if (!m.available) {
    return html`<p class="gk-notice">${msg('本网站尚未开通在线查询。请联系受理机关查询办理进度。', { id: 'dr.lookup.unavailable' })}</p>`;
  }
  const l = m.lookup;
  const field = (name: 'number' | 'code', id: string, label: string) => renderLookupField({ id, label, value: l[name], error: l.errors[name], onInput: (value) => m.onInput(name, value) });
  return html`<div class="lookup" part="lookup">
    <form class="form" novalidate @submit=${m.onSubmit}>
      ${field('number', 'dr-lookupNumber', msg('申请编号', { id: 'dr.receipt.trackingNumber' }))}
      ${field('code', 'dr-lookupCode', msg('查询码', { id: 'dr.receipt.queryCode' }))}
      <div class="actions"><button type="submit" class="gk-button gk-button--primary" ?disabled=${l.busy}>${msg('查询', { id: 'dr.lookup.submit' })}</button></div>
    </form>
    <div role="status" aria-live="polite" class="lookup__status">
      ${l.busy ? msg('正在查询…', { id: 'dr.lookup.busy' }) : nothing}
      ${l.notFound ? html`<p class="gk-notice">${msg('未找到与该申请编号和查询码对应的申请，请核对后重新输入。', { id: 'dr.lookup.notFound' })}</p>` : nothing}
      ${l.failure ? html`<p class="gk-notice">${l.failure}</p>` : nothing}
    </div>
    ${l.result ? renderStatus(l.result, m.locale) : nothing}
  </div>`;
}

function renderStatus(s: StatusResponse, locale: Locale): TemplateResult {
  return html`<section class="section status" tabindex="-1" aria-labelledby="dr-status-title">
    <h3 class="section__title" id="dr-status-title">${msg('办理进度', { id: 'dr.lookup.title' })}</h3>
    <dl class="answers">
      <div class="answers__row"><dt>${msg('申请编号', { id: 'dr.receipt.trackingNumber' })}</dt><dd class="answers__value">${s.trackingNumber}</dd></div>
      <div class="answers__row"><dt>${msg('当前状态', { id: 'dr.lookup.status' })}</dt><dd class="answers__value"><strong>${statusLabel(s.status)}</strong></dd></div>
      <div class="answers__row"><dt>${msg('法定答复期限', { id: 'dr.receipt.dueDate' })}</dt>
        <dd class="answers__value">${formatDate(s.dueDate, locale)}${s.dueDateProvisional ? msg('（暂定）', { id: 'dr.receipt.provisional' }) : nothing}
          ${s.dueDateExplanation ? html`<br /><span class="explanation">${s.dueDateExplanation}</span>` : nothing}</dd></div>
    </dl>
    <h4>${msg('办理记录', { id: 'dr.lookup.timeline' })}</h4>
    <ol class="timeline">
      ${s.events.map((event) => html`<li>
        <span class="timeline__date">${formatDate(event.at, locale)}</span>
        <span>${statusLabel(event.status)}</span>
        ${event.note ? html`<span class="gk-muted">${event.note}</span>` : nothing}
        ${event.dueDate ? html`<span class="gk-muted">${msg('答复期限调整为', { id: 'dr.lookup.dueChanged' })} ${formatDate(event.dueDate, locale)}</span>` : nothing}
      </li>`)}
    </ol>
    ${s.reply
      ? html`<h4>${msg('答复', { id: 'dr.lookup.reply' })}</h4>
        <p><strong>${replyTypeLabel(s.reply.type)}</strong> <span class="gk-muted">${formatDate(s.reply.repliedAt, locale)}</span></p>
        <p class="reply__content">${s.reply.content}</p>
        ${s.reply.attachments?.length
          ? html`<ul class="attachments">${s.reply.attachments.map((a) => html`<li>${isSafeUrl(a.url) ? html`<a href=${a.url} rel="noopener">${a.name}</a>` : html`${a.name}`}</li>`)}</ul>`
          : nothing}`
      : nothing}
  </section>`;
}
