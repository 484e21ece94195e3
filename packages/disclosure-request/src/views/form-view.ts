/**
 * Step 1: the application form (政府信息公开申请表). The applicant type switches the field set
 * of docs/domain.md §3; the other answers stay when it is switched.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, optionalMark } from '@gongkai/ui';
import type { Agency } from '@gongkai/schema';
import { DELIVERY_METHODS, DESCRIPTION_MAX_LENGTH, ID_TYPES, PROVISION_FORMS } from '../form-model.js';
import type { FieldName, FormValues } from '../form-model.js';
import { deliveryMethodLabel, idTypeLabel, provisionFormLabel } from '../labels.js';
import { fieldId, renderChoiceGroup, renderFieldMessages, renderSelect, renderTextField } from './fields.js';

export interface FormViewModel {
  values: FormValues;
  errors: Partial<Record<FieldName, string>>;
  warnings: Partial<Record<FieldName, string>>;
  /** Agencies accepting applications; undefined when none is configured (free text). */
  agencies: readonly Agency[] | undefined;
  agencyLoading: boolean;
  onInput: (field: FieldName, value: string) => void;
  onToggle: (field: 'provisionForms' | 'deliveryMethods', value: string) => void;
  onPrivacy: (accepted: boolean) => void;
  onContinue: (event: Event) => void;
}

export function renderForm(m: FormViewModel): TemplateResult {
  const v = m.values;
  const state = (field: FieldName) => ({ value: String(v[field] ?? ''), error: m.errors[field], warning: m.warnings[field] });
  const input = (field: FieldName) => (value: string) => m.onInput(field, value);
  const person = v.applicantType === 'person';
  return html`<form class="form" novalidate @submit=${m.onContinue} part="form">
    <section class="section" aria-labelledby="dr-applicant-title">
      <h3 class="section__title" id="dr-applicant-title">${msg('申请人信息', { id: 'dr.section.applicant' })}</h3>
      ${renderChoiceGroup('applicantType', { selected: [v.applicantType] }, {
        legend: msg('申请人类型', { id: 'dr.field.applicantType' }),
        kind: 'radio',
        choices: [
          { value: 'person', label: msg('公民（自然人）', { id: 'dr.applicant.person' }) },
          { value: 'organization', label: msg('法人或其他组织', { id: 'dr.applicant.organization' }) },
        ],
        onToggle: (value) => m.onInput('applicantType', value),
      })}
      ${person
        ? html`
          ${renderTextField('name', state('name'), { label: msg('姓名', { id: 'dr.field.name' }), autocomplete: 'name', onInput: input('name') })}
          ${renderSelect('idType', state('idType'), {
            label: msg('证件类型', { id: 'dr.field.idType' }),
            choices: ID_TYPES.map((t) => ({ value: t, label: idTypeLabel(t) })),
            onChange: input('idType'),
          })}
          ${renderTextField('idNumber', state('idNumber'), {
            label: msg('证件号码', { id: 'dr.field.idNumber' }),
            hint: msg('证件号码只随申请提交，不会保存在本机浏览器中。', { id: 'dr.hint.idNumber' }),
            autocomplete: 'off',
            onInput: input('idNumber'),
          })}
          ${renderTextField('workUnit', state('workUnit'), { label: msg('工作单位', { id: 'dr.field.workUnit' }), optional: true, autocomplete: 'organization', onInput: input('workUnit') })}`
        : html`
          ${renderTextField('name', state('name'), { label: msg('名称', { id: 'dr.field.orgName' }), autocomplete: 'organization', onInput: input('name') })}
          ${renderTextField('creditCode', state('creditCode'), {
            label: msg('统一社会信用代码', { id: 'dr.field.creditCode' }),
            hint: msg('18 位，见营业执照或登记证书。', { id: 'dr.hint.creditCode' }),
            autocomplete: 'off',
            onInput: input('creditCode'),
          })}
          ${renderTextField('legalRepresentative', state('legalRepresentative'), { label: msg('法定代表人或负责人', { id: 'dr.field.legalRepresentative' }), onInput: input('legalRepresentative') })}
          ${renderTextField('contactPerson', state('contactPerson'), { label: msg('联系人', { id: 'dr.field.contactPerson' }), autocomplete: 'name', onInput: input('contactPerson') })}`}
      ${renderTextField('phone', state('phone'), {
        label: msg('联系电话', { id: 'dr.field.phone' }),
        hint: msg('手机号码或带区号的固定电话；不会保存在本机浏览器中。', { id: 'dr.hint.phone' }),
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        onInput: input('phone'),
      })}
      ${renderTextField('email', state('email'), {
        label: msg('电子邮箱', { id: 'dr.field.email' }),
        hint: msg('选择“电子邮件”获取方式时必填；不会保存在本机浏览器中。', { id: 'dr.hint.email' }),
        optional: !v.deliveryMethods.includes('email'),
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        onInput: input('email'),
      })}
      ${renderTextField('address', state('address'), {
        label: msg('通信地址', { id: 'dr.field.address' }),
        hint: msg('选择“邮寄”获取方式时必填。', { id: 'dr.hint.address' }),
        optional: !v.deliveryMethods.includes('post'),
        autocomplete: 'street-address',
        onInput: input('address'),
      })}
      ${renderTextField('postcode', state('postcode'), { label: msg('邮政编码', { id: 'dr.field.postcode' }), optional: true, autocomplete: 'postal-code', inputmode: 'numeric', onInput: input('postcode') })}
    </section>

    <section class="section" aria-labelledby="dr-info-title">
      <h3 class="section__title" id="dr-info-title">${msg('所需信息', { id: 'dr.section.information' })}</h3>
      ${renderAgency(m)}
      ${renderTextField('description', state('description'), {
        label: msg('所需政府信息的名称或内容描述', { id: 'dr.field.description' }),
        hint: msg('一事一申请：一份申请只写一项信息。写清信息的名称、文号或能够识别它的特征（如发布机关、大致时间、涉及的地点或项目）。', { id: 'dr.hint.description' }),
        multiline: true,
        maxlength: DESCRIPTION_MAX_LENGTH,
        onInput: input('description'),
      })}
      ${renderTextField('documentNumber', state('documentNumber'), { label: msg('文件文号', { id: 'dr.field.documentNumber' }), hint: msg('如 示政发〔2026〕12号', { id: 'dr.hint.documentNumber' }), optional: true, onInput: input('documentNumber') })}
      ${renderTextField('indexNumber', state('indexNumber'), { label: msg('索引号', { id: 'dr.field.indexNumber' }), optional: true, onInput: input('indexNumber') })}
      <fieldset class="field daterange">
        <legend class="field__label">${msg('信息形成的时间范围', { id: 'dr.field.timeRange' })}${optionalMark(true)}</legend>
        <div class="daterange__row">
          ${renderTextField('timeFrom', state('timeFrom'), { label: msg('开始日期', { id: 'dr.field.timeFrom' }), type: 'date', optional: true, onInput: input('timeFrom') })}
          ${renderTextField('timeUntil', state('timeUntil'), { label: msg('结束日期', { id: 'dr.field.timeUntil' }), type: 'date', optional: true, onInput: input('timeUntil') })}
        </div>
      </fieldset>
      ${renderChoiceGroup('provisionForms', { selected: v.provisionForms, error: m.errors.provisionForms }, {
        legend: msg('信息的提供形式', { id: 'dr.field.provisionForms' }),
        hint: msg('可多选。', { id: 'dr.hint.multiple' }),
        kind: 'checkbox',
        choices: PROVISION_FORMS.map((f) => ({ value: f, label: provisionFormLabel(f) })),
        onToggle: (value) => m.onToggle('provisionForms', value),
      })}
      ${renderChoiceGroup('deliveryMethods', { selected: v.deliveryMethods, error: m.errors.deliveryMethods }, {
        legend: msg('获取信息的方式', { id: 'dr.field.deliveryMethods' }),
        hint: msg('可多选。', { id: 'dr.hint.multiple' }),
        kind: 'checkbox',
        choices: DELIVERY_METHODS.map((d) => ({ value: d, label: deliveryMethodLabel(d) })),
        onToggle: (value) => m.onToggle('deliveryMethods', value),
      })}
      ${renderTextField('purpose', state('purpose'), {
        label: msg('申请用途', { id: 'dr.field.purpose' }),
        hint: msg('法律不要求说明用途，可以不填。', { id: 'dr.hint.purpose' }),
        optional: true,
        onInput: input('purpose'),
      })}
    </section>

    <section class="section" aria-labelledby="dr-privacy-title">
      <h3 class="section__title" id="dr-privacy-title">${msg('个人信息保护', { id: 'dr.section.privacy' })}</h3>
      <p>${msg('您填写的信息仅用于办理本申请，由受理机关依法保管，不会用于其他用途。', { id: 'dr.privacy.text' })}</p>
      <div class="field ${m.errors.privacyAccepted ? 'field--error' : ''}">
        ${renderFieldMessages('privacyAccepted', { error: m.errors.privacyAccepted })}
        <div class="choice">
          <input type="checkbox" id=${fieldId('privacyAccepted')} name="privacyAccepted" .checked=${v.privacyAccepted}
            aria-invalid=${m.errors.privacyAccepted ? 'true' : 'false'}
            aria-describedby=${m.errors.privacyAccepted ? `${fieldId('privacyAccepted')}-error` : nothing}
            @change=${(event: Event) => m.onPrivacy((event.target as HTMLInputElement).checked)} />
          <label for=${fieldId('privacyAccepted')}>${msg('我已阅读并同意上述个人信息保护说明', { id: 'dr.privacy.accept' })}</label>
        </div>
      </div>
    </section>

    <div class="actions">
      <button type="submit" class="gk-button gk-button--primary">${msg('继续：核对申请内容', { id: 'dr.action.continue' })}</button>
    </div>
  </form>`;
}

function renderAgency(m: FormViewModel): TemplateResult {
  const label = msg('受理申请的行政机关', { id: 'dr.field.agency' });
  const state = { value: m.values.agencyId, error: m.errors.agencyId };
  if (m.agencies) {
    return renderSelect('agencyId', state, {
      label,
      placeholder: msg('请选择', { id: 'dr.field.choose' }),
      choices: m.agencies.map((a) => ({ value: a.id, label: a.name })),
      onChange: (value) => m.onInput('agencyId', value),
    });
  }
  if (m.agencyLoading) {
    return html`<p class="field" role="status">${msg('正在加载行政机关列表…', { id: 'dr.agency.loading' })}</p>`;
  }
  return renderTextField('agencyId', state, {
    label,
    hint: msg('填写行政机关的全称。', { id: 'dr.hint.agencyName' }),
    autocomplete: 'off',
    onInput: (value) => m.onInput('agencyId', value),
  });
}
