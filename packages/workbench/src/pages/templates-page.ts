/**
 * `<gk-wb-templates-page>`: 答复模板 — an approver keeps the agency's reply templates
 * (docs/staff.md "Reply templates"): the list by reply type, add and edit in one form with the
 * placeholders the server accepts offered as buttons that insert them at the cursor, delete
 * after a confirmation. The server checks every save again (unknown placeholders, lengths) and
 * its refusal is shown at the field it names. The agency lives in the URL like the report's.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { focusErrorSummary, msg, renderError, renderErrorSummary, renderLoading, str } from '@gongkai/ui';
import type { FieldError } from '@gongkai/ui';
import { ALLOWED_ROWS, type ReplyType } from '@gongkai/server/report-rows';
import { ApiError, SignInRequired } from '../api/client.js';
import type { StaffApi } from '../api/client.js';
import type { ReplyTemplate, ReplyTemplateInput, StaffUser } from '../api/types.js';
import { replyTypeLabel } from '../labels.js';
import { navigate } from '../router.js';
import { WorkbenchElement } from '../workbench-element.js';

/** The server's limits (replyTemplateSchema in packages/server/src/staff-schemas.ts). */
const TITLE_MAX = 100;
const BODY_MAX = 5000;

const REPLY_TYPES = Object.keys(ALLOWED_ROWS) as ReplyType[];

type Editing = { id: number | undefined; values: ReplyTemplateInput };

export class GkWbTemplatesPage extends WorkbenchElement {
  static override properties = {
    api: { attribute: false },
    user: { attribute: false },
    query: { attribute: false },
    templates: { state: true },
    placeholders: { state: true },
    failure: { state: true },
    editing: { state: true },
    errors: { state: true },
    refusal: { state: true },
    deleting: { state: true },
    status: { state: true },
    busy: { state: true },
  };

  declare api: StaffApi | undefined;
  declare user: StaffUser | undefined;
  declare query: URLSearchParams;
  declare templates: ReplyTemplate[] | undefined;
  declare placeholders: string[];
  declare failure: string;
  declare editing: Editing | undefined;
  declare errors: FieldError[];
  declare refusal: string;
  declare deleting: ReplyTemplate | undefined;
  declare status: string;
  declare busy: boolean;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.placeholders = [];
    this.failure = '';
    this.errors = [];
    this.refusal = '';
    this.status = '';
    this.busy = false;
  }

  /** The agency asked for when it is one of the caller's, else their first. */
  get #agencyId(): string {
    const agencies = this.user?.agencies ?? [];
    const asked = this.query.get('agencyId') ?? '';
    return agencies.some((agency) => agency.id === asked) ? asked : (agencies[0]?.id ?? '');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('query') || changed.has('api') || changed.has('user')) && this.api && this.#agencyId) void this.#load();
  }

  async #load(): Promise<void> {
    this.templates = undefined;
    this.failure = '';
    this.editing = undefined;
    this.deleting = undefined;
    try {
      const list = await this.api!.replyTemplateList(this.#agencyId);
      this.templates = list.templates;
      this.placeholders = list.placeholders ?? [];
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.failure = error instanceof ApiError ? error.message : String(error);
    }
  }

  override render(): TemplateResult {
    const agencies = this.user?.agencies ?? [];
    return html`<div part="base">
      <h1 tabindex="-1">${msg('答复模板', { id: 'wb.templates.title' })}</h1>
      <p>${msg('答复时选择答复类型后可选用该类型的模板，选用后填入答复内容，承办人仍可修改。', { id: 'wb.templates.intro' })}</p>
      ${agencies.length > 1
        ? html`<div class="field">
            <label class="field__label" for="templates-agency">${msg('机关', { id: 'wb.filter.agency' })}</label>
            <select class="field__input" id="templates-agency" @change=${this.#onAgency}>
              ${agencies.map((agency) => html`<option value=${agency.id} ?selected=${agency.id === this.#agencyId}>${agency.name}</option>`)}
            </select>
          </div>`
        : nothing}
      <p class="status" role="status">${this.status}</p>
      ${this.failure
        ? renderError({ message: this.failure, onRetry: () => void this.#load() }, this.locale)
        : this.templates === undefined
          ? renderLoading(this.locale)
          : this.#renderBody(this.templates)}
    </div>`;
  }

  #renderBody(templates: ReplyTemplate[]): TemplateResult {
    const groups = REPLY_TYPES.map((type) => ({ type, list: templates.filter((template) => template.replyType === type) })).filter((group) => group.list.length > 0);
    return html`${this.editing ? this.#renderEditor(this.editing) : html`<div class="actions">
          <button type="button" class="gk-button gk-button--primary" id="templates-add" @click=${() => this.#startEditing(undefined)}>${msg('新增模板', { id: 'wb.templates.add' })}</button>
        </div>`}
      ${groups.length === 0 ? html`<p>${msg('本机关还没有答复模板。', { id: 'wb.templates.none' })}</p>` : nothing}
      ${groups.map(
        (group) => html`<section class="templates__group" aria-labelledby=${`templates-type-${group.type}`}>
          <h2 id=${`templates-type-${group.type}`}>${replyTypeLabel(group.type)}</h2>
          <ul class="templates__list">
            ${group.list.map((template) => this.#renderTemplate(template))}
          </ul>
        </section>`,
      )}`;
  }

  #renderTemplate(template: ReplyTemplate): TemplateResult {
    const confirming = this.deleting?.id === template.id;
    return html`<li class="panel templates__item">
      <h3>${template.title}</h3>
      <p class="templates__body">${template.body}</p>
      ${confirming
        ? html`<p id=${`templates-delete-question-${template.id}`} tabindex="-1"><strong>${msg(str`确定删除模板“${template.title}”？此操作不能撤销。`, { id: 'wb.templates.deleteQuestion' })}</strong></p>
            ${this.refusal ? html`<p class="refusal" role="alert">${this.refusal}</p>` : nothing}
            <div class="actions">
              <button type="button" class="gk-button gk-button--primary" aria-describedby=${`templates-delete-question-${template.id}`} ?disabled=${this.busy} @click=${() => this.#delete(template)}>${msg('确认删除', { id: 'wb.templates.deleteConfirm' })}</button>
              <button type="button" class="gk-button" ?disabled=${this.busy} @click=${() => this.#cancelDelete(template)}>${msg('取消', { id: 'wb.templates.cancel' })}</button>
            </div>`
        : html`<div class="actions">
            <button type="button" class="gk-button" id=${`templates-edit-${template.id}`} ?disabled=${this.editing !== undefined} @click=${() => this.#startEditing(template)}>${msg(str`修改“${template.title}”`, { id: 'wb.templates.edit' })}</button>
            <button type="button" class="gk-button" id=${`templates-delete-${template.id}`} ?disabled=${this.editing !== undefined} @click=${() => this.#askDelete(template)}>${msg(str`删除“${template.title}”`, { id: 'wb.templates.delete' })}</button>
          </div>`}
    </li>`;
  }

  #renderEditor(editing: Editing): TemplateResult {
    const error = (name: string) => this.errors.find((e) => e.fieldId === `template-${name}`);
    const described = (name: string, hint = false) => [hint ? `template-${name}-hint` : '', error(name) ? `template-${name}-error` : ''].filter(Boolean).join(' ') || nothing;
    const fieldClass = (name: string) => `field${error(name) ? ' field--error' : ''}`;
    const errorLine = (name: string) => (error(name) ? html`<p class="field__error" id=${`template-${name}-error`}>${error(name)!.message}</p>` : nothing);
    const set = (name: keyof ReplyTemplateInput) => (event: Event) => {
      this.editing = { ...editing, values: { ...editing.values, [name]: (event.target as HTMLInputElement).value } };
    };
    return html`<section class="panel" aria-labelledby="template-editor-title">
      <h2 id="template-editor-title" tabindex="-1">${editing.id === undefined ? msg('新增答复模板', { id: 'wb.templates.addTitle' }) : msg('修改答复模板', { id: 'wb.templates.editTitle' })}</h2>
      ${this.refusal ? html`<p class="refusal" role="alert" tabindex="-1">${this.refusal}</p>` : nothing}
      <form novalidate @submit=${this.#onSave}>
        ${renderErrorSummary(this.errors)}
        <div class=${fieldClass('replyType')}>
          <label class="field__label" for="template-replyType">${msg('答复类型', { id: 'wb.field.replyType' })}</label>${errorLine('replyType')}
          <select class="field__input" id="template-replyType" aria-describedby=${described('replyType')} aria-invalid=${error('replyType') ? 'true' : 'false'} @change=${set('replyType')}>
            <option value="" ?selected=${editing.values.replyType === ''}>${msg('请选择', { id: 'wb.form.choose' })}</option>
            ${REPLY_TYPES.map((type) => html`<option value=${type} ?selected=${type === editing.values.replyType}>${replyTypeLabel(type)}</option>`)}
          </select>
        </div>
        <div class=${fieldClass('title')}>
          <label class="field__label" for="template-title">${msg('模板名称', { id: 'wb.templates.name' })}</label>
          <p class="field__hint" id="template-title-hint">${msg(str`答复时在模板列表中显示，最多 ${TITLE_MAX} 字`, { id: 'wb.templates.nameHint' })}</p>${errorLine('title')}
          <input class="field__input" id="template-title" type="text" aria-describedby=${described('title', true)} aria-invalid=${error('title') ? 'true' : 'false'} .value=${editing.values.title} @input=${set('title')} />
        </div>
        <div class=${fieldClass('body')}>
          <label class="field__label" for="template-body">${msg('模板内容', { id: 'wb.templates.body' })}</label>
          <p class="field__hint" id="template-body-hint">${msg('花括号中的占位符在答复时按申请填入；可用的占位符见下方按钮，其他花括号内容不能保存。', { id: 'wb.templates.bodyHint' })}</p>${errorLine('body')}
          <textarea class="field__input field__input--long" id="template-body" rows="8" aria-describedby=${described('body', true)} aria-invalid=${error('body') ? 'true' : 'false'} .value=${editing.values.body} @input=${set('body')}></textarea>
        </div>
        ${this.placeholders.length > 0
          ? html`<div class="placeholders" role="group" aria-label=${msg('插入占位符', { id: 'wb.templates.insertGroup' })}>
              ${this.placeholders.map((name) => html`<button type="button" class="gk-button" @click=${() => this.#insert(name)}>${msg(str`插入 {${name}}`, { id: 'wb.templates.insert' })}</button>`)}
            </div>`
          : nothing}
        <div class="actions">
          <button type="submit" class="gk-button gk-button--primary" ?disabled=${this.busy}>${this.busy ? msg('正在保存…', { id: 'wb.templates.saving' }) : msg('保存模板', { id: 'wb.templates.save' })}</button>
          <button type="button" class="gk-button" ?disabled=${this.busy} @click=${this.#cancelEditing}>${msg('取消', { id: 'wb.templates.cancel' })}</button>
        </div>
      </form>
    </section>`;
  }

  #onAgency = (event: Event) => {
    navigate({ page: 'templates', query: new URLSearchParams({ agencyId: (event.target as HTMLSelectElement).value }) });
  };

  async #startEditing(template: ReplyTemplate | undefined): Promise<void> {
    this.status = '';
    this.errors = [];
    this.refusal = '';
    this.deleting = undefined;
    this.editing = { id: template?.id, values: { replyType: template?.replyType ?? '', title: template?.title ?? '', body: template?.body ?? '' } };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#template-replyType')?.focus();
  }

  async #cancelEditing(): Promise<void> {
    const id = this.editing?.id;
    this.editing = undefined;
    this.errors = [];
    this.refusal = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(id === undefined ? '#templates-add' : `#templates-edit-${id}`)?.focus();
  }

  /** Puts `{name}` at the cursor of the body (or its end) and returns focus there, after it. */
  async #insert(name: string): Promise<void> {
    const editing = this.editing!;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#template-body');
    const body = editing.values.body;
    const start = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? body.length;
    const token = `{${name}}`;
    this.editing = { ...editing, values: { ...editing.values, body: body.slice(0, start) + token + body.slice(end) } };
    await this.updateComplete;
    if (area) {
      area.focus();
      area.setSelectionRange(start + token.length, start + token.length);
    }
  }

  /** The same checks as the server's, so most mistakes are caught before sending. */
  #validate(values: ReplyTemplateInput): FieldError[] {
    const errors: FieldError[] = [];
    if (values.replyType === '') errors.push({ fieldId: 'template-replyType', message: msg('请选择“答复类型”', { id: 'wb.templates.typeRequired' }) });
    if (values.title.trim() === '') errors.push({ fieldId: 'template-title', message: msg('请填写“模板名称”', { id: 'wb.templates.nameRequired' }) });
    else if (values.title.length > TITLE_MAX) errors.push({ fieldId: 'template-title', message: msg(str`“模板名称”最多 ${TITLE_MAX} 字`, { id: 'wb.templates.nameTooLong' }) });
    const unknown = [...values.body.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).find((name) => this.placeholders.length > 0 && !this.placeholders.includes(name));
    if (values.body.trim() === '') errors.push({ fieldId: 'template-body', message: msg('请填写“模板内容”', { id: 'wb.templates.bodyRequired' }) });
    else if (values.body.length > BODY_MAX) errors.push({ fieldId: 'template-body', message: msg(str`“模板内容”最多 ${BODY_MAX} 字`, { id: 'wb.templates.bodyTooLong' }) });
    else if (unknown !== undefined)
      errors.push({ fieldId: 'template-body', message: msg(str`“{${unknown}}”不是可用的占位符，请用下方按钮插入，或删去花括号`, { id: 'wb.templates.unknownPlaceholder' }) });
    return errors;
  }

  #onSave = async (event: Event) => {
    event.preventDefault();
    const editing = this.editing!;
    this.refusal = '';
    this.errors = this.localize(() => this.#validate(editing.values));
    if (this.errors.length > 0) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot);
      return;
    }
    this.busy = true;
    const values = { ...editing.values, title: editing.values.title.trim() };
    try {
      const saved = editing.id === undefined ? await this.api!.createReplyTemplate(this.#agencyId, values) : await this.api!.updateReplyTemplate(this.#agencyId, editing.id, values);
      this.templates = [...(this.templates ?? []).filter((t) => t.id !== saved.id), saved];
      this.editing = undefined;
      this.errors = [];
      this.status = this.localize(() => msg(str`已保存模板“${saved.title}”。`, { id: 'wb.templates.saved' }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#templates-edit-${saved.id}`)?.focus();
    } catch (error) {
      if (error instanceof SignInRequired) return;
      const fieldErrors = error instanceof ApiError ? error.fieldErrors.filter((e) => ['replyType', 'title', 'body'].includes(e.path)) : [];
      if (fieldErrors.length > 0) {
        this.errors = fieldErrors.map((e) => ({ fieldId: `template-${e.path}`, message: e.message }));
        await this.updateComplete;
        focusErrorSummary(this.renderRoot);
      } else {
        this.refusal = error instanceof ApiError ? error.message : String(error);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.refusal')?.focus();
      }
    } finally {
      this.busy = false;
    }
  };

  async #askDelete(template: ReplyTemplate): Promise<void> {
    this.status = '';
    this.refusal = '';
    this.deleting = template;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#templates-delete-question-${template.id}`)?.focus();
  }

  async #cancelDelete(template: ReplyTemplate): Promise<void> {
    this.deleting = undefined;
    this.refusal = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#templates-delete-${template.id}`)?.focus();
  }

  async #delete(template: ReplyTemplate): Promise<void> {
    this.busy = true;
    try {
      await this.api!.deleteReplyTemplate(this.#agencyId, template.id);
      this.templates = (this.templates ?? []).filter((t) => t.id !== template.id);
      this.deleting = undefined;
      this.status = this.localize(() => msg(str`已删除模板“${template.title}”。`, { id: 'wb.templates.deleted' }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#templates-add')?.focus();
    } catch (error) {
      if (error instanceof SignInRequired) return;
      this.refusal = error instanceof ApiError ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }
}
