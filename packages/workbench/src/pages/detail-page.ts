/**
 * What the application page and the letter page share: loading the entity (masked view), the
 * actions the server allows now, one action form open at a time, the "done" line after an
 * action, and personal details that stay hidden until 显示 is pressed (the server audits that
 * read). Each page names its loaders and renders its own facts.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { formatDate, msg, renderError, renderLoading, str } from '@gongkai/ui';
import { ApiError, SignInRequired } from '../api/client.js';
import type { StaffApi } from '../api/client.js';
import type { PersonalDetails, StaffUser, TimelineEvent } from '../api/types.js';
import type { ActionSpec } from '../actions/action-spec.js';
import { actionLabel } from '../labels.js';
import { WorkbenchElement } from '../workbench-element.js';
import { GkWbActionForm } from '../views/action-form.js';
import { personalLabel, personalValue } from '../views/personal-labels.js';

export abstract class DetailPage<T extends { status: string; allowedActions?: string[]; approval?: { state: string } | undefined }> extends WorkbenchElement {
  static override properties = {
    api: { attribute: false },
    user: { attribute: false },
    entityId: { attribute: false },
    entity: { state: true },
    actions: { state: true },
    chosen: { state: true },
    done: { state: true },
    failure: { state: true },
    personal: { state: true },
    personalFailure: { state: true },
  };

  declare api: StaffApi | undefined;
  declare user: StaffUser | undefined;
  declare entityId: string;
  declare entity: T | undefined;
  declare actions: string[];
  declare chosen: string;
  declare done: string;
  declare failure: string;
  declare personal: PersonalDetails | undefined;
  declare personalFailure: string;

  constructor() {
    super();
    this.entityId = '';
    this.actions = [];
    this.chosen = '';
    this.done = '';
    this.failure = '';
    this.personalFailure = '';
  }

  protected abstract heading(): string;
  protected abstract loadEntity(id: string): Promise<T>;
  /** The server's list of allowed actions when the detail body does not carry it. */
  protected abstract loadActions(id: string): Promise<string[]>;
  protected abstract actionOrder(): readonly string[];
  protected abstract actionSpec(action: string, entity: T): ActionSpec | undefined;
  protected abstract act(action: string, body: Record<string, unknown>): Promise<T>;
  protected abstract loadPersonal(id: string): Promise<PersonalDetails>;
  protected abstract renderBody(entity: T): TemplateResult;
  /** An action with its own panel instead of the generic form (publishing a letter). */
  protected renderSpecialAction(_action: string, _entity: T): TemplateResult | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('entityId') || changed.has('api')) && this.api && this.entityId) {
      this.entity = undefined;
      this.personal = undefined;
      this.chosen = '';
      this.done = '';
      void this.reload();
    }
  }

  protected async reload(): Promise<void> {
    this.failure = '';
    try {
      const entity = await this.loadEntity(this.entityId);
      this.actions = await this.#allowedActions(entity);
      this.entity = entity;
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.failure = error instanceof ApiError && error.status === 404 ? this.localize(() => msg('找不到该事项，或不在您的办理范围内。', { id: 'wb.detail.notFound' })) : error instanceof ApiError ? error.message : String(error);
    }
  }

  async #allowedActions(entity: T): Promise<string[]> {
    // The server decides (state and role); the page offers exactly that, nothing it would refuse.
    return Array.isArray(entity.allowedActions) ? entity.allowedActions : this.loadActions(this.entityId);
  }

  override render(): TemplateResult {
    return html`<div part="base">
      <p class="no-print"><a href=${this.backHref()}>${this.backLabel()}</a></p>
      <h1 tabindex="-1">${this.heading()}</h1>
      ${this.failure
        ? renderError({ message: this.failure, onRetry: () => void this.reload() }, this.locale)
        : this.entity
          ? html`${this.renderBody(this.entity)} ${this.#renderActions(this.entity)}`
          : renderLoading(this.locale)}
    </div>`;
  }

  protected abstract backHref(): string;
  protected abstract backLabel(): string;

  #renderActions(entity: T): TemplateResult {
    const order = this.actionOrder();
    const offered = [...this.actions].sort((a, b) => rank(order, a) - rank(order, b));
    return html`<section class="no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">${msg('办理', { id: 'wb.detail.actions' })}</h2>
      <p class="done" role="status" ?hidden=${!this.done} tabindex="-1">${this.done}</p>
      ${offered.length === 0
        ? html`<p>${msg('当前状态下您没有可执行的操作。', { id: 'wb.detail.noActions' })}</p>`
        : html`<div class="actions action-choices">
            ${offered.map(
              (action) => html`<button type="button" class="gk-button" aria-expanded=${this.chosen === action ? 'true' : 'false'} @click=${() => this.#choose(action)}>
                ${actionLabel(action)}
              </button>`,
            )}
          </div>`}
      ${this.chosen ? this.#renderChosen(entity) : nothing}
    </section>`;
  }

  #renderChosen(entity: T): TemplateResult {
    const special = this.renderSpecialAction(this.chosen, entity);
    if (special) return special;
    const spec = this.actionSpec(this.chosen, entity);
    if (!spec) return html``;
    return html`<gk-wb-action-form .spec=${spec} .submit=${(body: Record<string, unknown>) => this.performAction(spec.action, body)}></gk-wb-action-form>`;
  }

  async #choose(action: string): Promise<void> {
    this.chosen = this.chosen === action ? '' : action;
    this.done = '';
    await this.updateComplete;
    const form = this.renderRoot.querySelector('gk-wb-action-form');
    if (form instanceof GkWbActionForm) {
      await form.updateComplete;
      form.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('.special-action h2')?.focus();
    }
  }

  /** Sends an action; on success shows the new state and says so; a refusal propagates to the form. */
  protected async performAction(action: string, body: Record<string, unknown>): Promise<void> {
    const updated = await this.act(action, body);
    this.chosen = '';
    // Where the agency requires four eyes, a reply or publication is only proposed (docs/staff.md).
    const proposed = updated.approval?.state === 'pending' && (action === 'reply' || action === 'publish');
    this.done = this.localize(() =>
      proposed ? msg(str`已提交审核：${actionLabel(action)}，审核通过后生效`, { id: 'wb.detail.proposed' }) : msg(str`已完成：${actionLabel(action)}`, { id: 'wb.detail.done' }),
    );
    this.entity = updated;
    this.actions = await this.#allowedActions(updated);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.done')?.focus();
  }

  /* ---- personal details */

  protected renderPersonal(masked: Record<string, unknown> | undefined): TemplateResult {
    const shown = this.personal;
    const details = shown ?? masked ?? {};
    const entries = Object.entries(details).filter(([, value]) => typeof value === 'string' || typeof value === 'number');
    return html`<section aria-labelledby="personal-title">
      <h2 id="personal-title">${this.personalTitle()}</h2>
      ${entries.length > 0 ? html`<dl class="facts">${entries.map(([key, value]) => html`<dt>${personalLabel(key)}</dt><dd>${personalValue(key, String(value))}</dd>`)}</dl>` : nothing}
      ${this.personalFailure ? html`<p class="refusal" role="alert">${this.personalFailure}</p>` : nothing}
      <div class="actions no-print">
        ${shown
          ? html`<button type="button" class="gk-button" @click=${() => (this.personal = undefined)}>${msg('隐藏', { id: 'wb.personal.hide' })}</button>`
          : html`<button type="button" class="gk-button" aria-describedby="personal-note" @click=${this.#showPersonal}>${msg('显示', { id: 'wb.personal.show' })}</button>
              <span id="personal-note" class="gk-muted">${msg('查看完整个人信息会记入审计日志。', { id: 'wb.personal.audited' })}</span>`}
      </div>
    </section>`;
  }

  protected abstract personalTitle(): string;

  #showPersonal = async () => {
    this.personalFailure = '';
    try {
      this.personal = await this.loadPersonal(this.entityId);
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.personalFailure = error instanceof ApiError ? error.message : String(error);
    }
  };

  /* ---- shared pieces */

  protected renderTimeline(events: readonly TimelineEvent[] | undefined, statusLabel: (status: string) => string): TemplateResult {
    if (!events?.length) return html``;
    return html`<section aria-labelledby="timeline-title">
      <h2 id="timeline-title">${msg('办理过程', { id: 'wb.detail.timeline' })}</h2>
      <ol class="timeline">
        ${events.map(
          (event) => html`<li>
            <strong>${statusLabel(event.status)}</strong> ${formatDate(event.at, this.locale)}
            ${event.unit ? html`（${event.unit}）` : nothing}
            ${event.note ? html`<div>${event.note}</div>` : nothing}
            ${event.dueDate ? html`<div class="gk-muted">${msg(str`答复期限：${formatDate(event.dueDate, this.locale)}`, { id: 'wb.detail.eventDue' })}</div>` : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }
}

function rank(order: readonly string[], action: string): number {
  const i = order.indexOf(action);
  return i < 0 ? order.length : i;
}
