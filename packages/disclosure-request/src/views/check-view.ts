/** Step 2: check your answers, each with a change link; then submit (or print without `api`). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@gongkai/ui';
import type { AnswerGroup } from './answers.js';
import type { FieldName } from '../form-model.js';

export interface CheckViewModel {
  groups: AnswerGroup[];
  /** Warnings the applicant may continue past (a credit code failing its checksum). */
  warnings: string[];
  canSubmit: boolean;
  onChange: (field: FieldName) => void;
  onSubmit: () => void;
  onPrint: () => void;
}

export function renderCheck(m: CheckViewModel): TemplateResult {
  return html`<div class="check" part="check">
    ${m.warnings.map((warning) => html`<p class="gk-notice">${warning}</p>`)}
    ${m.groups.map((group) => html`<section class="section">
      <h3 class="section__title">${group.title}</h3>
      <dl class="answers">
        ${group.rows.map((row) => html`<div class="answers__row">
          <dt>${row.label}</dt>
          <dd class="answers__value">${row.value}</dd>
          <dd class="answers__change">
            <button type="button" class="link-button" @click=${() => m.onChange(row.field)}>
              ${msg('修改', { id: 'dr.check.change' })}<span class="gk-visually-hidden">${msg(str`：${row.label}`, { id: 'dr.check.changeWhat' })}</span>
            </button>
          </dd>
        </div>`)}
      </dl>
    </section>`)}
    ${m.canSubmit
      ? html`<p>${msg('提交后，受理机关将依照《中华人民共和国政府信息公开条例》办理并答复。', { id: 'dr.check.declaration' })}</p>
          <div class="actions">
            <button type="button" class="gk-button gk-button--primary submit" @click=${m.onSubmit}>${msg('提交申请', { id: 'dr.action.submit' })}</button>
            <button type="button" class="gk-button" @click=${m.onPrint}>${msg('打印申请表', { id: 'dr.action.printForm' })}</button>
          </div>`
      : html`<div class="gk-notice" role="note">
            <p>${msg('本网站尚未开通在线提交。请打印申请表，签名后邮寄或送至受理机关；以邮寄方式提交的，以签收之日为收到申请之日。', { id: 'dr.offline.notice' })}</p>
          </div>
          <div class="actions">
            <button type="button" class="gk-button gk-button--primary" @click=${m.onPrint}>${msg('打印申请表', { id: 'dr.action.printForm' })}</button>
          </div>`}
    ${nothing}
  </div>`;
}
