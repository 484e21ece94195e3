/**
 * The 补正告知书 (Art. 30: the agency tells the applicant, once and in full, what to correct).
 * Shown on screen under the application and printed alone: the page's other parts are
 * `no-print`. The applicant's name is filled in only once staff pressed 显示 (an audited read);
 * otherwise the line is left for handwriting.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg, str } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';

export interface CorrectionNoticeModel {
  trackingNumber: string;
  agencyName: string;
  description: string;
  items: string;
  requestedAt: string;
  applicantName: string | undefined;
  locale: Locale;
}

export function renderCorrectionNotice(model: CorrectionNoticeModel): TemplateResult {
  const print = () => window.print();
  return html`<section class="panel notice" aria-labelledby="notice-title">
    <h2 id="notice-title">${msg('补正告知书', { id: 'wb.notice.title' })}</h2>
    <p>${model.applicantName ?? '＿＿＿＿＿＿'}${msg('：', { id: 'wb.notice.salutation' })}</p>
    <p>
      ${msg(str`本机关于 ${formatDate(model.requestedAt, model.locale)} 审查了您提交的政府信息公开申请（受理编号 ${model.trackingNumber}）。根据《中华人民共和国政府信息公开条例》第三十条，申请内容不明确，请您对以下事项作出补正：`, { id: 'wb.notice.intro' })}
    </p>
    <blockquote class="facts"><span>${model.items}</span></blockquote>
    <p>${msg('原申请所需信息：', { id: 'wb.notice.original' })}${model.description}</p>
    <p>${msg('答复期限自本机关收到补正后的申请之日起重新计算。无正当理由逾期不补正的，视为放弃申请。', { id: 'wb.notice.consequence' })}</p>
    <p>${model.agencyName}</p>
    <p>${formatDate(model.requestedAt, model.locale)}</p>
    <div class="actions no-print">
      <button type="button" class="gk-button" @click=${print}>${msg('打印补正告知书', { id: 'wb.notice.print' })}</button>
    </div>
  </section>`;
}
