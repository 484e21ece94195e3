/**
 * Step 4: the receipt, shown only after the server stored the application (201): tracking number,
 * query code (shown once), received date, legal due date with its explanation, what happens next.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { Receipt } from '../lazy/schema-checks.js';

export interface ReceiptViewModel {
  receipt: Receipt;
  agencyName: string;
  locale: Locale;
  copied: 'trackingNumber' | 'queryCode' | undefined;
  onCopy: (what: 'trackingNumber' | 'queryCode') => void;
  onPrint: () => void;
  onNew: () => void;
}

export function renderReceipt(m: ReceiptViewModel): TemplateResult {
  const r = m.receipt;
  const copyButton = (what: 'trackingNumber' | 'queryCode', label: string) =>
    html`<button type="button" class="gk-button copy no-print" @click=${() => m.onCopy(what)}>${label}</button>`;
  return html`<div class="receipt" part="receipt">
    <div class="receipt__panel">
      <p class="receipt__lead">${msg('申请已提交，受理机关已收到。', { id: 'dr.receipt.lead' })}</p>
      <dl class="receipt__codes">
        <div><dt>${msg('申请编号', { id: 'dr.receipt.trackingNumber' })}</dt>
          <dd><code class="receipt__code" data-code="trackingNumber">${r.trackingNumber}</code> ${copyButton('trackingNumber', msg('复制申请编号', { id: 'dr.receipt.copyNumber' }))}</dd></div>
        <div><dt>${msg('查询码', { id: 'dr.receipt.queryCode' })}</dt>
          <dd><code class="receipt__code" data-code="queryCode">${r.queryCode}</code> ${copyButton('queryCode', msg('复制查询码', { id: 'dr.receipt.copyCode' }))}</dd></div>
      </dl>
      <p class="receipt__warning"><strong>${msg('查询码只显示这一次。请现在复制、打印或抄写保存，查询办理进度时需要申请编号和查询码。', { id: 'dr.receipt.codeOnce' })}</strong></p>
      <p class="gk-visually-hidden" role="status">${m.copied === 'trackingNumber' ? msg('已复制申请编号', { id: 'dr.receipt.copiedNumber' }) : m.copied === 'queryCode' ? msg('已复制查询码', { id: 'dr.receipt.copiedCode' }) : ''}</p>
    </div>
    <dl class="answers">
      <div class="answers__row"><dt>${msg('受理机关', { id: 'dr.receipt.agency' })}</dt><dd class="answers__value">${m.agencyName}</dd></div>
      <div class="answers__row"><dt>${msg('提交时间', { id: 'dr.receipt.receivedAt' })}</dt><dd class="answers__value">${formatDate(r.receivedAt, m.locale)}</dd></div>
      <div class="answers__row"><dt>${msg('法定答复期限', { id: 'dr.receipt.dueDate' })}</dt>
        <dd class="answers__value"><strong class="due-date">${formatDate(r.dueDate, m.locale)}</strong>
          ${r.dueDateProvisional ? html`<span>${msg('（暂定）', { id: 'dr.receipt.provisional' })}</span>` : nothing}
          ${r.dueDateExplanation ? html`<br /><span class="explanation">${r.dueDateExplanation}</span>` : nothing}</dd></div>
    </dl>
    <section class="section">
      <h3 class="section__title">${msg('接下来会怎样', { id: 'dr.receipt.nextTitle' })}</h3>
      <ol class="next-steps">
        <li>${msg('网上提交的申请，以双方确认之日为收到申请之日；受理机关确认后，办理进度中会显示“已受理”。', { id: 'dr.receipt.next1' })}</li>
        <li>${msg('受理机关应当自收到申请之日起 20 个工作日内答复；需要延长的，会告知您，延长期限最长不超过 20 个工作日。', { id: 'dr.receipt.next2' })}</li>
        <li>${msg('申请内容不明确的，受理机关会在 7 个工作日内一次性告知您补正；答复期限自收到补正后的申请之日起重新计算。', { id: 'dr.receipt.next3' })}</li>
        <li>${msg('征求第三方或其他机关意见所需的时间，不计入答复期限。', { id: 'dr.receipt.next4' })}</li>
      </ol>
    </section>
    <div class="actions no-print">
      <button type="button" class="gk-button" @click=${m.onPrint}>${msg('打印回执和申请表', { id: 'dr.receipt.print' })}</button>
      <button type="button" class="gk-button" @click=${m.onNew}>${msg('提交新的申请', { id: 'dr.receipt.new' })}</button>
    </div>
  </div>`;
}
