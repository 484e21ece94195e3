/**
 * The letter form: native inputs with `<label for>` in the shadow root, each with its hint and
 * its error (the same wording as in the error summary), `autocomplete` tokens so browsers can
 * fill name, phone, e-mail and address, a live character counter, and a warning when the letter
 * may be published and its text contains personal data.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str, describedBy, fieldError, optionalMark, renderCounter } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { LETTER_TYPES, letterTypeLabel } from '../labels.js';
import { CONTENT_MAX, SUBJECT_MAX, charCount } from '../form-model.js';
import type { LetterField, LetterValues } from '../form-model.js';
import type { PersonalDataKind } from '../pii.js';

export const fieldId = (field: LetterField): string => `mm-${field}`;

export interface WriteViewModel {
  values: LetterValues;
  errors: Partial<Record<LetterField, string>>;
  locale: Locale;
  /** Personal data found in subject or content. */
  personalData: readonly PersonalDataKind[];
  /** The polite announcement of the counter (changes only when it should be spoken). */
  counterAnnouncement: string;
  onInput: (field: LetterField, value: string) => void;
  onCheck: (field: 'mayPublish' | 'privacyAccepted', checked: boolean) => void;
  onSubmit: (event: Event) => void;
  onClear: () => void;
  /** "公共电脑": drafts off. */
  shared: boolean;
  onShared: (shared: boolean) => void;
}

export function personalDataNames(kinds: readonly PersonalDataKind[]): string {
  const names = kinds.map((kind) =>
    kind === 'idNumber' ? msg('身份证号码', { id: 'mm.pii.idNumber' }) : kind === 'phone' ? msg('电话号码', { id: 'mm.pii.phone' }) : msg('电子邮箱', { id: 'mm.pii.email' }),
  );
  return names.join(msg('、', { id: 'mm.list.separator' }));
}

const described = (field: LetterField, parts: { hint?: boolean; error?: string | undefined; extra?: string[] }) => describedBy(fieldId(field), parts);
const errorOf = (field: LetterField, error: string | undefined) => fieldError(fieldId(field), error);

interface TextOptions {
  label: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputmode?: 'tel' | 'email';
}

function textField(m: WriteViewModel, field: LetterField, o: TextOptions): TemplateResult {
  const error = m.errors[field];
  return html`<div class="field ${error ? 'field--error' : ''}">
    <label class="field__label" for=${fieldId(field)}>${o.label}${optionalMark(o.optional)}</label>
    ${o.hint ? html`<p class="field__hint" id=${`${fieldId(field)}-hint`}>${o.hint}</p>` : nothing}
    ${errorOf(field, error)}
    <input class="field__input" id=${fieldId(field)} name=${field} type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete ?? nothing} inputmode=${o.inputmode ?? nothing} spellcheck="false"
      aria-required=${o.optional ? 'false' : 'true'} aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described(field, { hint: Boolean(o.hint), error })}
      .value=${live(m.values[field] as string)}
      @input=${(event: Event) => m.onInput(field, (event.target as HTMLInputElement).value)} />
  </div>`;
}

function checkbox(m: WriteViewModel, field: 'mayPublish' | 'privacyAccepted', label: TemplateResult | string, hint?: string): TemplateResult {
  const error = m.errors[field];
  return html`<div class="field ${error ? 'field--error' : ''}">
    ${errorOf(field, error)}
    <div class="choice">
      <input type="checkbox" id=${fieldId(field)} name=${field} .checked=${live(m.values[field] as boolean)}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described(field, { hint: Boolean(hint), error })}
        @change=${(event: Event) => m.onCheck(field, (event.target as HTMLInputElement).checked)} />
      <label for=${fieldId(field)}>${label}</label>
    </div>
    ${hint ? html`<p class="field__hint choice__hint" id=${`${fieldId(field)}-hint`}>${hint}</p>` : nothing}
  </div>`;
}

export function renderWriteForm(m: WriteViewModel): TemplateResult {
  const v = m.values;
  const typeError = m.errors.type;
  const contentError = m.errors.content;
  const warnPersonal = v.mayPublish && m.personalData.length > 0;
  return html`<form class="form" part="form" novalidate @submit=${m.onSubmit}>
    <div class="field ${typeError ? 'field--error' : ''}">
      <label class="field__label" for=${fieldId('type')}>${msg('来信类型', { id: 'mm.field.type' })}</label>
      ${errorOf('type', typeError)}
      <select class="field__input" id=${fieldId('type')} name="type" aria-required="true" aria-invalid=${typeError ? 'true' : 'false'}
        aria-describedby=${described('type', { error: typeError })}
        @change=${(event: Event) => m.onInput('type', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${v.type === ''}>${msg('请选择', { id: 'mm.field.choose' })}</option>
        ${LETTER_TYPES.map((t) => html`<option value=${t} ?selected=${v.type === t}>${letterTypeLabel(t)}</option>`)}
      </select>
    </div>
    ${textField(m, 'subject', { label: msg('标题', { id: 'mm.field.subject' }), hint: msg(str`用一句话概括您反映的事情，不超过 ${SUBJECT_MAX} 个字`, { id: 'mm.field.subjectHint' }) })}
    <div class="field ${contentError ? 'field--error' : ''}">
      <label class="field__label" for=${fieldId('content')}>${msg('信件内容', { id: 'mm.field.content' })}</label>
      <p class="field__hint" id=${`${fieldId('content')}-hint`}>${msg('请写明事情发生的时间、地点和经过，以及您的诉求。', { id: 'mm.field.contentHint' })}</p>
      ${errorOf('content', contentError)}
      <textarea class="field__input field__input--long" id=${fieldId('content')} name="content" rows="8"
        aria-required="true" aria-invalid=${contentError ? 'true' : 'false'}
        aria-describedby=${described('content', { hint: true, error: contentError, extra: ['mm-content-count', ...(warnPersonal ? ['mm-content-pii'] : [])] })}
        .value=${live(v.content)}
        @input=${(event: Event) => m.onInput('content', (event.target as HTMLTextAreaElement).value)}></textarea>
      ${renderCounter('mm-content-count', charCount(v.content), CONTENT_MAX, m.locale)}
      <p class="gk-visually-hidden counter-live" role="status" aria-live="polite">${m.counterAnnouncement}</p>
      ${warnPersonal
        ? html`<p class="field__warning" id="mm-content-pii">${msg(str`内容中似乎有${personalDataNames(m.personalData)}。信件公开时可能被他人看到，建议删去，联系方式请填在下方栏目中。`, { id: 'mm.pii.inline' })}</p>`
        : nothing}
    </div>
    <fieldset class="field group">
      <legend class="field__label group__title">${msg('联系方式', { id: 'mm.group.contact' })}</legend>
      <p class="field__hint">${msg('仅用于办理单位与您联系，不会公开。', { id: 'mm.group.contactHint' })}</p>
      ${textField(m, 'name', { label: msg('姓名', { id: 'mm.field.name' }), autocomplete: 'name' })}
      ${textField(m, 'phone', { label: msg('联系电话', { id: 'mm.field.phone' }), type: 'tel', inputmode: 'tel', autocomplete: 'tel', hint: msg('手机号码或带区号的固定电话', { id: 'mm.field.phoneHint' }) })}
      ${textField(m, 'email', { label: msg('电子邮箱', { id: 'mm.field.email' }), type: 'email', inputmode: 'email', autocomplete: 'email', optional: true })}
      ${textField(m, 'address', { label: msg('通信地址', { id: 'mm.field.address' }), autocomplete: 'street-address', optional: true })}
    </fieldset>
    ${checkbox(m, 'mayPublish', msg('同意在网站上公开本信及答复', { id: 'mm.field.mayPublish' }), msg('公开前会隐去姓名、电话等个人信息，并经工作人员审核；不同意公开的，信件同样会办理和答复。', { id: 'mm.field.mayPublishHint' }))}
    <section class="privacy" aria-labelledby="mm-privacy-title">
      <h3 class="privacy__title" id="mm-privacy-title">${msg('个人信息保护说明', { id: 'mm.privacy.title' })}</h3>
      <p>${msg('您填写的姓名、电话、邮箱和地址仅用于办理本信件和与您联系，按规定保管，不会公开或提供给无关单位。本页面不会在浏览器中保存这些信息。', { id: 'mm.privacy.text' })}</p>
    </section>
    ${checkbox(m, 'privacyAccepted', msg('我已阅读并同意个人信息保护说明', { id: 'mm.field.privacy' }))}
    <div class="actions">
      <button type="submit" class="gk-button gk-button--primary submit">${msg('提交信件', { id: 'mm.action.submit' })}</button>
      <button type="button" class="gk-button clear-data" @click=${m.onClear}>${msg('清除填写内容', { id: 'mm.action.clear' })}</button>
    </div>
    <div class="choice shared no-print">
      <input type="checkbox" id="mm-shared" .checked=${live(m.shared)} @change=${(event: Event) => m.onShared((event.target as HTMLInputElement).checked)} />
      <label for="mm-shared">${msg('这是公共电脑：不在本机保存草稿', { id: 'mm.field.shared' })}</label>
    </div>
  </form>`;
}
