/**
 * The application as a printed 政府信息公开申请表: a bordered two-column table with the
 * applicant's details, the information requested, and lines for signature and date. Hidden on
 * screen; `@media print` shows it alone.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@gongkai/ui';
import type { AnswerGroup } from './answers.js';

export function renderPrintForm(groups: AnswerGroup[], trackingNumber?: string): TemplateResult {
  return html`<div class="print-only print-form" aria-hidden="true">
    <h2 class="print-form__title">${msg('政府信息公开申请表', { id: 'dr.print.title' })}</h2>
    ${trackingNumber ? html`<p>${msg('申请编号：', { id: 'dr.print.trackingNumber' })}${trackingNumber}</p>` : ''}
    <table class="print-form__table">
      ${groups.map((group) => html`<tbody>
        <tr><th colspan="2" class="print-form__group">${group.title}</th></tr>
        ${group.rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.value}</td></tr>`)}
      </tbody>`)}
      <tbody>
        <tr><th scope="row">${msg('申请人签名（盖章）', { id: 'dr.print.signature' })}</th><td class="print-form__blank"></td></tr>
        <tr><th scope="row">${msg('申请日期', { id: 'dr.print.date' })}</th><td class="print-form__blank"></td></tr>
      </tbody>
    </table>
  </div>`;
}
