/**
 * `<gk-wb-action-form>`: one action as a form — fields from its spec, validation beside each
 * field and in an error summary that takes focus, then a confirmation step that repeats what
 * will be sent, then the call. A refusal shows the server's own sentence (409 "该申请已确认收到，
 * 不能再次确认", 422 at its field) and keeps everything typed, so the staff member can correct it.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { focusErrorSummary, msg, renderErrorSummary, str } from '@gongkai/ui';
import type { FieldError } from '@gongkai/ui';
import { ApiError, SignInRequired } from '../api/client.js';
import { defaultBody, filledRows, validateValues, type ActionSpec, type FieldSpec, type FieldValues, type LinkRow } from '../actions/action-spec.js';
import { actionLabel } from '../labels.js';
import { WorkbenchElement } from '../workbench-element.js';

type Step = 'edit' | 'confirm' | 'sending';

export class GkWbActionForm extends WorkbenchElement {
  static override properties = {
    spec: { attribute: false },
    submit: { attribute: false },
    step: { state: true },
    values: { state: true },
    errors: { state: true },
    refusal: { state: true },
  };

  declare spec: ActionSpec | undefined;
  /** Sends the body; resolves when done (the page then reloads the entity). */
  declare submit: ((body: Record<string, unknown>) => Promise<void>) | undefined;
  declare step: Step;
  declare values: FieldValues;
  declare errors: FieldError[];
  declare refusal: string;

  constructor() {
    super();
    this.step = 'edit';
    this.values = {};
    this.errors = [];
    this.refusal = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The page builds a new spec object on every render; only another action starts a new form.
    const previous = changed.get('spec') as ActionSpec | undefined;
    if (changed.has('spec') && previous !== undefined && previous.action !== this.spec?.action) {
      this.step = 'edit';
      this.values = {};
      this.errors = [];
      this.refusal = '';
    }
  }

  override render(): TemplateResult | typeof nothing {
    const spec = this.spec;
    if (!spec) return nothing;
    const titleId = `action-title-${spec.action}`;
    return html`<section part="base" class="panel" aria-labelledby=${titleId}>
      <h2 id=${titleId} tabindex="-1">${actionLabel(spec.action)}</h2>
      ${spec.explanation ? html`<p>${spec.explanation()}</p>` : nothing}
      ${this.refusal ? html`<p class="refusal" role="alert">${this.refusal}</p>` : nothing}
      ${this.step === 'edit' ? this.#renderEdit(spec) : this.#renderConfirm(spec)}
    </section>`;
  }

  #renderEdit(spec: ActionSpec): TemplateResult {
    return html`<form novalidate @submit=${this.#onReview}>
      ${renderErrorSummary(this.errors)}
      ${spec.fields.filter((field) => !field.when || field.when(this.values)).map((field) => this.#renderField(field))}
      <div class="actions">
        <button type="submit" class="gk-button gk-button--primary">${msg('下一步：核对', { id: 'wb.form.review' })}</button>
      </div>
    </form>`;
  }

  #renderField(field: FieldSpec): TemplateResult {
    if (field.kind === 'links') return this.#renderLinks(field);
    const id = `field-${field.name}`;
    const error = this.errors.find((e) => e.fieldId === id);
    const hintId = field.hint ? `${id}-hint` : undefined;
    const errorId = error ? `${id}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || nothing;
    const value = this.values[field.name];
    const text = typeof value === 'string' ? value : '';
    const set = (next: string | string[]) => {
      const filled = field.fills && typeof next === 'string' && next !== '' ? field.fills(next, this.values) : {};
      this.values = { ...this.values, [field.name]: next, ...filled };
    };
    const onInput = (event: Event) => set((event.target as HTMLInputElement).value);
    const label = field.label();
    const lines = html`${field.hint ? html`<p class="field__hint" id=${hintId!}>${field.hint()}</p>` : nothing}
    ${error ? html`<p class="field__error" id=${errorId!}>${error.message}</p>` : nothing}`;
    const fieldClass = `field${error ? ' field--error' : ''}`;
    switch (field.kind) {
      case 'textarea':
        return html`<div class=${fieldClass}>
          <label class="field__label" for=${id}>${label}</label>${lines}
          <textarea class="field__input field__input--long" id=${id} rows="5" aria-describedby=${describedBy} aria-invalid=${error ? 'true' : 'false'} .value=${text} @input=${onInput}></textarea>
        </div>`;
      case 'select':
        return html`<div class=${fieldClass}>
          <label class="field__label" for=${id}>${label}</label>${lines}
          <select class="field__input" id=${id} aria-describedby=${describedBy} aria-invalid=${error ? 'true' : 'false'} @change=${onInput}>
            <option value="" ?selected=${text === ''}>${msg('请选择', { id: 'wb.form.choose' })}</option>
            ${(field.options?.(this.values) ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${option.label}</option>`)}
          </select>
        </div>`;
      case 'checkboxes': {
        const chosen = Array.isArray(value) ? (value as string[]) : [];
        const options = field.options?.(this.values) ?? [];
        if (options.length === 0) return html``;
        return html`<fieldset class=${fieldClass} id=${id} aria-describedby=${describedBy}>
          <legend class="field__label">${label}</legend>${lines}
          <div class="choices__list">
            ${options.map(
              (option, i) => html`<label class="choice" for=${`${id}-${i}`}>
                <input type="checkbox" id=${`${id}-${i}`} .checked=${chosen.includes(option.value)}
                  @change=${(event: Event) => set((event.target as HTMLInputElement).checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value))} />
                ${option.label}
              </label>`,
            )}
          </div>
        </fieldset>`;
      }
      default:
        return html`<div class=${fieldClass}>
          <label class="field__label" for=${id}>${label}</label>${lines}
          <input class="field__input" id=${id} type=${field.kind === 'number' ? 'text' : field.kind} inputmode=${field.kind === 'number' ? 'numeric' : nothing}
            aria-describedby=${describedBy} aria-invalid=${error ? 'true' : 'false'} .value=${text} @input=${onInput} />
        </div>`;
    }
  }

  /**
   * Zero or more {name, url} rows (the reply's `attachments`), each with its own labelled inputs
   * and a remove button; errors sit at the input they are about. Adding focuses the new row's
   * name, removing focuses the add button, so the keyboard never loses its place.
   */
  #renderLinks(field: FieldSpec): TemplateResult {
    const id = `field-${field.name}`;
    const rows = linkRows(this.values[field.name]);
    const setRows = (next: LinkRow[]) => {
      this.values = { ...this.values, [field.name]: next };
    };
    const hintId = field.hint ? `${id}-hint` : undefined;
    const input = (index: number, part: 'name' | 'url', label: string, row: LinkRow) => {
      const inputId = `${id}-${index}-${part}`;
      const error = this.errors.find((e) => e.fieldId === inputId);
      return html`<div class=${`field${error ? ' field--error' : ''}`}>
        <label class="field__label" for=${inputId}>${label}</label>
        ${error ? html`<p class="field__error" id=${`${inputId}-error`}>${error.message}</p>` : nothing}
        <input class="field__input" id=${inputId} type=${part === 'url' ? 'url' : 'text'} inputmode=${part === 'url' ? 'url' : nothing}
          aria-describedby=${error ? `${inputId}-error` : nothing} aria-invalid=${error ? 'true' : 'false'} .value=${row[part]}
          @input=${(event: Event) => setRows(rows.map((r, i) => (i === index ? { ...r, [part]: (event.target as HTMLInputElement).value } : r)))} />
      </div>`;
    };
    return html`<fieldset class="field links" id=${id} aria-describedby=${hintId ?? nothing}>
      <legend class="field__label">${field.label()}</legend>
      ${field.hint ? html`<p class="field__hint" id=${hintId!}>${field.hint()}</p>` : nothing}
      ${rows.map(
        (row, index) => html`<div class="links__row" role="group" aria-label=${msg(str`附件 ${index + 1}`, { id: 'wb.links.row' })}>
          ${input(index, 'name', msg(str`附件 ${index + 1} 名称`, { id: 'wb.links.name' }), row)}
          ${input(index, 'url', msg(str`附件 ${index + 1} 网址`, { id: 'wb.links.url' }), row)}
          <button type="button" class="gk-button" @click=${async () => {
            setRows(rows.filter((_, i) => i !== index));
            this.errors = this.errors.filter((e) => !e.fieldId.startsWith(`${id}-`));
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>(`#${id}-add`)?.focus();
          }}>${msg(str`删除附件 ${index + 1}`, { id: 'wb.links.remove' })}</button>
        </div>`,
      )}
      <button type="button" class="gk-button" id=${`${id}-add`} @click=${async () => {
        setRows([...rows, { name: '', url: '' }]);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`#${id}-${rows.length}-name`)?.focus();
      }}>${msg('添加附件', { id: 'wb.links.add' })}</button>
    </fieldset>`;
  }

  #renderConfirm(spec: ActionSpec): TemplateResult {
    const shown = spec.fields.filter((field) => (!field.when || field.when(this.values)) && (field.kind === 'links' ? filledRows(this.values[field.name]).length > 0 : hasValue(this.values[field.name])));
    const sending = this.step === 'sending';
    return html`<div>
      <p id="confirm-question"><strong>${msg(str`请核对后确认“${actionLabel(spec.action)}”。`, { id: 'wb.form.confirmQuestion' })}</strong>
        ${spec.irreversible ? msg('此操作不能撤销。', { id: 'wb.form.irreversible' }) : nothing}</p>
      ${shown.length > 0
        ? html`<dl class="facts">
            ${shown.map((field) => html`<dt>${field.label()}</dt><dd>${displayValue(field, this.values)}</dd>`)}
          </dl>`
        : nothing}
      <div class="actions">
        <button type="button" class="gk-button gk-button--primary" aria-describedby="confirm-question" ?disabled=${sending} @click=${this.#onConfirm}>
          ${sending ? msg('正在提交…', { id: 'wb.form.sending' }) : msg('确认提交', { id: 'wb.form.confirm' })}
        </button>
        <button type="button" class="gk-button" ?disabled=${sending} @click=${this.#onBack}>${msg('返回修改', { id: 'wb.form.back' })}</button>
      </div>
    </div>`;
  }

  #onReview = async (event: Event) => {
    event.preventDefault();
    const spec = this.spec!;
    this.refusal = '';
    this.errors = this.localize(() => validateValues(spec, this.values).map(({ field, problem, row }) => ({
      fieldId: row === undefined ? `field-${field.name}` : `field-${field.name}-${row}-${problem === 'link-name' ? 'name' : 'url'}`,
      message:
        problem === 'required'
          ? msg(str`请填写“${field.label()}”`, { id: 'wb.form.required' })
          : problem === 'link-name'
            ? msg(str`请填写附件 ${(row ?? 0) + 1} 的名称`, { id: 'wb.links.nameRequired' })
            : problem === 'link-url'
              ? msg(str`附件 ${(row ?? 0) + 1} 的网址应以 http:// 或 https:// 开头，如 https://www.example.gov.cn/file.pdf`, { id: 'wb.links.urlInvalid' })
              : msg(str`“${field.label()}”应为 ${field.min ?? 0} 到 ${field.max ?? 0} 之间的整数`, { id: 'wb.form.range' }),
    })));
    if (this.errors.length > 0) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot);
      return;
    }
    this.step = 'confirm';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.actions .gk-button--primary')?.focus();
  };

  #onBack = async () => {
    this.step = 'edit';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };

  #onConfirm = async () => {
    const spec = this.spec!;
    this.step = 'sending';
    try {
      await this.submit?.((spec.body ?? ((values) => defaultBody(spec, values)))(this.values));
    } catch (error) {
      this.step = 'confirm';
      // A 401 is the shell's: it shows sign-in over this page; what was typed stays here.
      if (error instanceof SignInRequired) return;
      this.refusal = error instanceof ApiError ? error.message : String(error);
      const atField = error instanceof ApiError ? error.fieldErrors.map((e) => ({ fieldId: fieldIdOf(spec, e.path), message: e.message })).filter((e) => e.fieldId !== '') : [];
      if (atField.length > 0) {
        this.step = 'edit';
        this.errors = atField;
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.refusal')?.setAttribute('tabindex', '-1');
      this.renderRoot.querySelector<HTMLElement>('.refusal')?.focus();
    }
  };
}

/**
 * The input a server error path names: a field (`content`) or a link row's part
 * (`attachments.0.url`, `attachments/0/url`, `attachments[0].url`); '' when none in this form.
 */
function fieldIdOf(spec: ActionSpec, path: string): string {
  // A field may itself be named by a path (intake's `applicant.idNumber`).
  if (spec.fields.some((f) => f.name === path)) return `field-${path}`;
  const [name = '', index, part] = path.split(/[./[\]]+/).filter(Boolean);
  const field = spec.fields.find((f) => f.name === name);
  if (!field) return '';
  if (field.kind === 'links' && index !== undefined && /^\d+$/.test(index)) return `field-${name}-${index}-${part === 'name' ? 'name' : 'url'}`;
  return `field-${name}`;
}

function linkRows(value: FieldValues[string] | undefined): LinkRow[] {
  return Array.isArray(value) ? (value as Array<string | LinkRow>).filter((row): row is LinkRow => typeof row === 'object') : [];
}

function hasValue(value: FieldValues[string] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : (value ?? '').trim() !== '';
}

function displayValue(field: FieldSpec, values: FieldValues): string {
  const value = values[field.name];
  if (field.kind === 'links') return filledRows(value).map((row) => `${row.name.trim()}（${row.url.trim()}）`).join('、');
  const options = field.options?.(values) ?? [];
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  return Array.isArray(value) ? (value as string[]).map(labelOf).join('、') : labelOf((value ?? '').trim());
}
