/**
 * `<gk-wb-letter-page>`: one letter — subject and content, the writer (masked until 显示), the
 * timeline, replies, the allowed actions (units from the agency's list) and publishing: the text
 * to be published beside the original with the masked spans highlighted, then a confirmation.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, msg, str } from '@gongkai/ui';
import { ApiError, SignInRequired } from '../api/client.js';
import type { LetterPublication, PersonalDetails, StaffLetter } from '../api/types.js';
import { LETTER_ACTION_ORDER, letterActionSpec } from '../actions/letter-actions.js';
import type { ActionSpec } from '../actions/action-spec.js';
import { CLOSED_LETTER_STATUSES, dueState, todayInShanghai } from '../due.js';
import { actionLabel, channelLabel, letterStatusLabel, letterTypeLabel } from '../labels.js';
import { renderApprovalHistory, renderApprovalNotice } from '../views/approval-notice.js';
import { routeHref } from '../router.js';
import { renderMaskedText } from '../views/masked-diff.js';
import { DetailPage } from './detail-page.js';
import { renderDueBadge } from './queue-page.js';

/** Members of the submitted letter that are not about the writer. */
const LETTER_MEMBERS = new Set(['subject', 'content', 'type', 'mayPublish', 'privacyAccepted', 'agencyId']);

export class GkWbLetterPage extends DetailPage<StaffLetter> {
  static override properties = { ...DetailPage.properties, publication: { state: true }, publishFailure: { state: true }, publishing: { state: true } };

  /** What would be published, and the letter as written beside it (an audited read). */
  declare publication: { published: LetterPublication; original: { subject: string; content: string } } | undefined;
  declare publishFailure: string;
  declare publishing: boolean;

  constructor() {
    super();
    this.publishFailure = '';
    this.publishing = false;
  }

  protected heading(): string {
    return msg(str`来信 ${this.entityId}`, { id: 'wb.letter.title' });
  }
  protected backHref(): string {
    return routeHref({ page: 'letters', query: new URLSearchParams() });
  }
  protected backLabel(): string {
    return msg('返回来信列表', { id: 'wb.letter.back' });
  }
  protected personalTitle(): string {
    return msg('来信人', { id: 'wb.letter.writer' });
  }
  protected loadEntity(id: string): Promise<StaffLetter> {
    return this.api!.letter(id);
  }
  protected loadActions(id: string): Promise<string[]> {
    return this.api!.letterActions(id);
  }
  protected actionOrder(): readonly string[] {
    return ['approve', 'return-for-changes', ...LETTER_ACTION_ORDER, 'publish'];
  }
  protected actionSpec(action: string, entity: StaffLetter): ActionSpec | undefined {
    return letterActionSpec(action, this.#units(entity));
  }
  protected act(action: string, body: Record<string, unknown>): Promise<StaffLetter> {
    return this.api!.actOnLetter(this.entityId, action, body);
  }
  protected loadPersonal(id: string): Promise<PersonalDetails> {
    return this.api!.writer(id);
  }

  /** The units of the letter's agency; a server without per-letter agencies: the caller's first agency. */
  #units(entity: StaffLetter): string[] {
    const agencies = this.user?.agencies ?? [];
    return (agencies.find((agency) => agency.id === entity.agencyId) ?? agencies[0])?.units ?? [];
  }

  protected renderBody(entity: StaffLetter): TemplateResult {
    const writer = Object.fromEntries(Object.entries(entity.letter).filter(([key]) => !LETTER_MEMBERS.has(key)));
    const badge = renderDueBadge(dueState({ ...entity, open: !CLOSED_LETTER_STATUSES.includes(entity.status) }, todayInShanghai()));
    return html`<dl class="facts">
        <dt>${msg('类型', { id: 'wb.filter.type' })}</dt>
        <dd>${letterTypeLabel(entity.type)}</dd>
        <dt>${msg('状态', { id: 'wb.filter.status' })}</dt>
        <dd>${letterStatusLabel(entity.status)}</dd>
        <dt>${msg('来信时间', { id: 'wb.letter.submittedAt' })}</dt>
        <dd>${formatDate(entity.submittedAt, this.locale)}</dd>
        ${entity.channel ? html`<dt>${msg('收件渠道', { id: 'wb.field.channel' })}</dt><dd>${channelLabel(entity.channel)}</dd>` : nothing}
        ${entity.channel === 'post' && entity.receivedDate ? html`<dt>${msg('收到日期', { id: 'wb.field.receivedAt' })}</dt><dd>${formatDate(entity.receivedDate, this.locale)}</dd>` : nothing}
        <dt>${msg('办理期限', { id: 'wb.letter.dueDate' })}</dt>
        <dd>${formatDate(entity.dueDate, this.locale)} ${badge}</dd>
        ${entity.leadUnit ? html`<dt>${msg('主办单位', { id: 'wb.field.leadUnit' })}</dt><dd>${entity.leadUnit}</dd>` : nothing}
        ${entity.assistingUnits.length ? html`<dt>${msg('协办单位', { id: 'wb.letter.assisting' })}</dt><dd>${entity.assistingUnits.join('、')}</dd>` : nothing}
        <dt>${msg('公开意愿', { id: 'wb.letter.mayPublish' })}</dt>
        <dd>${entity.mayPublish ? msg('来信人同意公开', { id: 'wb.letter.publishAllowed' }) : msg('来信人不同意公开', { id: 'wb.letter.publishRefused' })}</dd>
        ${entity.published ? html`<dt>${msg('公开', { id: 'wb.letter.published' })}</dt><dd>${msg('已公开发布', { id: 'wb.letter.isPublished' })}</dd>` : nothing}
      </dl>
      ${renderApprovalNotice(entity.approval, this.locale)}
      <section aria-labelledby="letter-title">
        <h2 id="letter-title">${entity.letter.subject ?? ''}</h2>
        <p class="facts"><span>${entity.letter.content ?? ''}</span></p>
      </section>
      ${this.renderPersonal(writer)} ${this.renderTimeline(entity.events, letterStatusLabel)} ${renderApprovalHistory(entity.approvalHistory, this.locale)}
      ${entity.replies.length
        ? html`<section aria-labelledby="replies-title">
            <h2 id="replies-title">${msg('答复', { id: 'wb.action.reply' })}</h2>
            ${entity.replies.map((reply) => html`<p><strong>${reply.unit}</strong> ${formatDate(reply.repliedAt, this.locale)}</p><p class="facts"><span>${reply.content}</span></p>`)}
          </section>`
        : nothing}`;
  }

  /**
   * Publishing, and approving a proposed publication (four eyes): the text to be published beside
   * the letter as written, masked spans highlighted. Approval shows the proposal exactly as it
   * was proposed, not a text computed again.
   */
  protected override renderSpecialAction(action: string, entity: StaffLetter): TemplateResult | undefined {
    if (action !== 'publish' && action !== 'approve') return undefined;
    const proposed = action === 'approve' ? entity.approval?.proposal.published : undefined;
    const loaded = this.publication;
    const publication = loaded && proposed ? { ...loaded, published: proposed } : loaded;
    // Loaded when the panel first opens; rendering again while it loads does not ask twice.
    if (!publication && !this.publishFailure && !this.#publicationPending) this.#publicationPending = this.#loadPublication();
    const label = msg('已隐去的个人信息', { id: 'wb.publish.masked' });
    return html`<section class="panel special-action" aria-labelledby="publish-title">
      <h2 id="publish-title" tabindex="-1">${actionLabel(action)}</h2>
      <p>${msg('请核对将要公开的文本：右栏中标出的部分已隐去个人信息。打开原文会记入审计日志。', { id: 'wb.publish.explain' })}</p>
      ${action === 'approve' ? html`<p>${msg('审核通过后，右栏的文本即公开发布。', { id: 'wb.explain.approvePublication' })}</p>` : nothing}
      ${this.publishFailure ? html`<p class="refusal" role="alert" tabindex="-1">${this.publishFailure}</p>` : nothing}
      ${publication
        ? html`<div class="side-by-side">
              <section aria-labelledby="original-title">
                <h3 id="original-title">${msg('原文', { id: 'wb.publish.original' })}</h3>
                <p><strong>${publication.original.subject}</strong></p>
                <pre>${publication.original.content}</pre>
              </section>
              <section aria-labelledby="public-title">
                <h3 id="public-title">${msg('公开文本', { id: 'wb.publish.public' })}</h3>
                <p><strong>${renderMaskedText(publication.original.subject, publication.published.subject, label)}</strong></p>
                <pre>${renderMaskedText(publication.original.content, publication.published.content, label)}</pre>
              </section>
            </div>
            <div class="actions">
              <button type="button" class="gk-button gk-button--primary" ?disabled=${this.publishing} @click=${() => this.#publish(action)}>
                ${this.publishing
                  ? msg('正在提交…', { id: 'wb.form.sending' })
                  : action === 'approve'
                    ? msg('确认审核通过并公开', { id: 'wb.approval.confirmPublication' })
                    : msg('确认公开发布', { id: 'wb.publish.confirm' })}
              </button>
            </div>`
        : this.publishFailure
          ? nothing
          : html`<p role="status">${msg('正在生成公开文本…', { id: 'wb.publish.loading' })}</p>`}
    </section>`;
  }

  #publicationPending: Promise<void> | undefined;

  async #loadPublication(): Promise<void> {
    await Promise.resolve();
    try {
      const [published, asWritten] = await Promise.all([this.api!.publication(this.entityId), this.api!.letterAsWritten(this.entityId)]);
      this.publication = { published, original: { subject: asWritten.letter.subject ?? '', content: asWritten.letter.content ?? '' } };
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.publishFailure = error instanceof ApiError ? error.message : String(error);
    } finally {
      this.#publicationPending = undefined;
    }
  }

  #publish = async (action: 'publish' | 'approve') => {
    this.publishing = true;
    this.publishFailure = '';
    try {
      await this.performAction(action, {});
      this.publication = undefined;
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.publishFailure = error instanceof ApiError ? error.message : String(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.special-action .refusal')?.focus();
    } finally {
      this.publishing = false;
    }
  };
}
