/**
 * The receipt, shown only after the server stored the letter (201): the letter number and the
 * query code (shown once: copy, print or write it down), and what happens next.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import type { LetterReceipt } from '@gongkai/schema';

export type CopyTarget = 'letterNumber' | 'queryCode';

export interface ReceiptViewModel {
  receipt: LetterReceipt;
  locale: Locale;
  copied: CopyTarget | undefined;
  onCopy: (what: CopyTarget) => void;
  onPrint: () => void;
  onNew: () => void;
}

export function renderReceipt(m: ReceiptViewModel): TemplateResult {
  const r = m.receipt;
  const copy = (what: CopyTarget, label: string) => html`<button type="button" class="gk-button copy no-print" data-copy=${what} @click=${() => m.onCopy(what)}>${label}</button>`;
  return html`<div class="receipt" part="receipt">
    <p class="receipt__lead">${msg('您的信件已提交成功。', { id: 'mm.receipt.lead' })}</p>
    <dl class="receipt__codes">
      <div><dt>${msg('信件编号', { id: 'mm.letter.number' })}</dt>
        <dd><code class="receipt__code" data-code="letterNumber">${r.letterNumber}</code> ${copy('letterNumber', msg('复制信件编号', { id: 'mm.receipt.copyNumber' }))}</dd></div>
      <div><dt>${msg('查询码', { id: 'mm.receipt.queryCode' })}</dt>
        <dd><code class="receipt__code" data-code="queryCode">${r.queryCode}</code> ${copy('queryCode', msg('复制查询码', { id: 'mm.receipt.copyCode' }))}</dd></div>
      <div><dt>${msg('提交时间', { id: 'mm.receipt.submittedAt' })}</dt><dd>${formatDate(r.submittedAt, m.locale)}</dd></div>
    </dl>
    <p class="receipt__warning"><strong>${msg('查询码只显示这一次。请现在复制、打印或抄写保存；查询办理进度和评价答复时需要信件编号和查询码。', { id: 'mm.receipt.codeOnce' })}</strong></p>
    <p class="gk-visually-hidden" role="status">${m.copied === 'letterNumber' ? msg('已复制信件编号', { id: 'mm.receipt.copiedNumber' }) : m.copied === 'queryCode' ? msg('已复制查询码', { id: 'mm.receipt.copiedCode' }) : ''}</p>
    <p>${msg('信件会先经过登记受理，再转交承办单位办理和答复。您可以在“查询信件”中查看进度。', { id: 'mm.receipt.next' })}</p>
    <div class="actions no-print">
      <button type="button" class="gk-button" @click=${m.onPrint}>${msg('打印回执', { id: 'mm.receipt.print' })}</button>
      <button type="button" class="gk-button" @click=${m.onNew}>${msg('再写一封信', { id: 'mm.receipt.new' })}</button>
    </div>
  </div>`;
}
