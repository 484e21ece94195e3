/**
 * `<gk-wb-request-page>`: one application — the request, its due date with the explanation
 * the server computed, the timeline, the applicant (masked until 显示), the actions the server
 * allows now, and the printable 补正告知书 once a correction was requested.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg, pickText, str } from '@gongkai/ui';
import type { LocalizedText } from '@gongkai/ui';
import type { PersonalDetails, ReplyTemplate, StaffRequest } from '../api/types.js';
import { SignInRequired } from '../api/client.js';
import { REQUEST_ACTION_ORDER, requestActionSpec } from '../actions/request-actions.js';
import type { ActionSpec } from '../actions/action-spec.js';
import { channelLabel, replyTypeLabel, requestStatusLabel } from '../labels.js';
import { renderApprovalHistory, renderApprovalNotice } from '../views/approval-notice.js';
import { routeHref } from '../router.js';
import { renderCorrectionNotice } from '../views/correction-notice.js';
import { DetailPage } from './detail-page.js';
import { renderDueBadge } from './queue-page.js';
import { dueState, OPEN_REQUEST_STATUSES, todayInShanghai } from '../due.js';

export class GkWbRequestPage extends DetailPage<StaffRequest> {
  static override properties = {
    ...DetailPage.properties,
    permissions: { attribute: false },
    templates: { state: true },
  };

  /** The caller's access ids (`permissions` of the session): reply templates are loaded only when readable. */
  declare permissions: readonly string[] | undefined;
  declare templates: ReplyTemplate[];

  constructor() {
    super();
    this.templates = [];
  }

  protected override async reload(): Promise<void> {
    await super.reload();
    const entity = this.entity;
    if (!entity || !this.actions.includes('reply') || !this.permissions?.includes('templates.list')) return;
    try {
      this.templates = await this.api!.replyTemplates(entity.agencyId);
    } catch (error) {
      // Without templates the reply is written by hand; a 401 is the shell's to handle.
      if (!(error instanceof SignInRequired)) this.templates = [];
    }
  }

  protected heading(): string {
    return msg(str`申请 ${this.entityId}`, { id: 'wb.request.title' });
  }
  protected backHref(): string {
    return routeHref({ page: 'requests', query: new URLSearchParams() });
  }
  protected backLabel(): string {
    return msg('返回申请列表', { id: 'wb.request.back' });
  }
  protected personalTitle(): string {
    return msg('申请人', { id: 'wb.request.applicant' });
  }
  protected loadEntity(id: string): Promise<StaffRequest> {
    return this.api!.request(id);
  }
  protected loadActions(id: string): Promise<string[]> {
    return this.api!.requestActions(id);
  }
  protected actionOrder(): readonly string[] {
    return REQUEST_ACTION_ORDER;
  }
  protected actionSpec(action: string, entity: StaffRequest): ActionSpec | undefined {
    return requestActionSpec(action, this.locale, { templates: this.templates, facts: this.#templateFacts(entity) });
  }

  /** What fills a reply template's placeholders; the applicant's name only once it was shown (never the masked one). */
  #templateFacts(entity: StaffRequest) {
    const name = typeof this.personal?.['name'] === 'string' ? (this.personal['name'] as string) : undefined;
    const agency = this.user?.agencies.find((a) => a.id === entity.agencyId);
    return {
      受理编号: entity.trackingNumber,
      ...(name ? { 申请人: name } : {}),
      ...(entity.request.description ? { 申请内容: entity.request.description } : {}),
      ...(entity.receivedDate ? { 收到日期: formatDate(entity.receivedDate, this.locale) } : {}),
      答复期限: formatDate(entity.dueDate, this.locale),
      机关: agency?.name ?? entity.agencyId,
    };
  }
  protected act(action: string, body: Record<string, unknown>): Promise<StaffRequest> {
    return this.api!.actOnRequest(this.entityId, action, body);
  }
  protected loadPersonal(id: string): Promise<PersonalDetails> {
    return this.api!.applicant(id);
  }

  protected renderBody(entity: StaffRequest): TemplateResult {
    const request = entity.request;
    const explanation = typeof entity.dueDateExplanation === 'string' ? entity.dueDateExplanation : entity.dueDateExplanation ? pickText(entity.dueDateExplanation as LocalizedText, this.locale) : '';
    const agency = this.user?.agencies.find((a) => a.id === entity.agencyId);
    const badge = renderDueBadge(dueState({ ...entity, open: OPEN_REQUEST_STATUSES.includes(entity.status) }, todayInShanghai()));
    return html`<div class="no-print">
        <dl class="facts">
          <dt>${msg('状态', { id: 'wb.filter.status' })}</dt>
          <dd>${requestStatusLabel(entity.status)}</dd>
          ${entity.channel ? html`<dt>${msg('收件渠道', { id: 'wb.field.channel' })}</dt><dd>${channelLabel(entity.channel)}</dd>` : nothing}
          <dt>${msg('机关', { id: 'wb.filter.agency' })}</dt>
          <dd>${agency?.name ?? entity.agencyId}</dd>
          <dt>${msg('提交时间', { id: 'wb.request.submittedAt' })}</dt>
          <dd>${formatDate(entity.submittedAt, this.locale)}</dd>
          ${entity.receivedDate ? html`<dt>${msg('收到日期', { id: 'wb.field.receivedAt' })}</dt><dd>${formatDate(entity.receivedDate, this.locale)}</dd>` : nothing}
          <dt>${msg('答复期限', { id: 'wb.request.dueDate' })}</dt>
          <dd>${formatDate(entity.dueDate, this.locale)}${entity.dueDateProvisional ? msg('（暂定）', { id: 'wb.request.provisional' }) : nothing} ${badge}
            ${explanation ? html`<div class="gk-muted">${explanation}</div>` : nothing}</dd>
        </dl>
        ${renderApprovalNotice(entity.approval, this.locale)}
        <div class=${entity.approval ? 'side-by-side' : ''}>
          <section aria-labelledby="request-title">
            <h2 id="request-title">${msg('申请内容', { id: 'wb.request.content' })}</h2>
            <dl class="facts">
              <dt>${msg('所需信息', { id: 'wb.request.description' })}</dt>
              <dd>${request.description ?? ''}</dd>
              ${request.documentNumber ? html`<dt>${msg('文号', { id: 'wb.request.documentNumber' })}</dt><dd>${request.documentNumber}</dd>` : nothing}
              ${request.indexNumber ? html`<dt>${msg('索引号', { id: 'wb.request.indexNumber' })}</dt><dd>${request.indexNumber}</dd>` : nothing}
              ${request.purpose ? html`<dt>${msg('用途', { id: 'wb.request.purpose' })}</dt><dd>${request.purpose}</dd>` : nothing}
            </dl>
          </section>
          ${this.#renderProposal(entity)}
        </div>
        ${this.renderPersonal(request.applicant as Record<string, unknown> | undefined)}
        ${this.renderTimeline(entity.events, requestStatusLabel)} ${renderApprovalHistory(entity.approvalHistory, this.locale)}
        ${entity.reply
          ? html`<section aria-labelledby="reply-title">
              <h2 id="reply-title">${msg('答复', { id: 'wb.action.reply' })}</h2>
              <p><strong>${replyTypeLabel(entity.reply.type)}</strong> ${formatDate(entity.reply.repliedAt, this.locale)}</p>
              <p class="facts"><span>${entity.reply.content}</span></p>
            </section>`
          : nothing}
      </div>
      ${this.#renderNotice(entity, agency?.name ?? entity.agencyId)}`;
  }

  /** The proposed reply, beside the application it answers (four eyes). */
  #renderProposal(entity: StaffRequest): TemplateResult | typeof nothing {
    const proposal = entity.approval?.action === 'reply' ? entity.approval.proposal : undefined;
    if (!proposal) return nothing;
    return html`<section aria-labelledby="proposal-title">
      <h2 id="proposal-title">${msg('拟答复', { id: 'wb.approval.proposedReply' })}</h2>
      <dl class="facts">
        <dt>${msg('答复类型', { id: 'wb.field.replyType' })}</dt>
        <dd>${replyTypeLabel(proposal.type ?? '')}</dd>
        <dt>${msg('答复内容', { id: 'wb.field.replyContent' })}</dt>
        <dd><pre>${proposal.content ?? ''}</pre></dd>
      </dl>
    </section>`;
  }

  #renderNotice(entity: StaffRequest, agencyName: string): TemplateResult | typeof nothing {
    const requested = [...(entity.events ?? [])].reverse().find((event) => event.status === 'correctionRequested');
    if (!requested) return nothing;
    const name = typeof this.personal?.['name'] === 'string' ? (this.personal['name'] as string) : undefined;
    return renderCorrectionNotice({
      trackingNumber: entity.trackingNumber,
      agencyName,
      description: entity.request.description ?? '',
      items: requested.note ?? '',
      requestedAt: requested.at,
      applicantName: name,
      locale: this.locale,
    });
  }
}
