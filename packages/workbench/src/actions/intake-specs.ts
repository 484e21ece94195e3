/**
 * The offline intake forms (登记, docs/staff.md "Offline intake") as action specs: the public
 * intake's body (@gongkai/schema's disclosureRequestSchema and letterSubmissionSchema) plus how it
 * came and the date of receipt. Field names are the body's JSON paths (`applicant.name`), so the
 * server's 422 — the schema's own validation messages — lands at the field it is about.
 */
import { msg } from '@gongkai/ui';
import type { StaffAgency } from '../api/types.js';
import { channelLabel, LETTER_TYPES, letterTypeLabel } from '../labels.js';
import { personalLabel, personalValue } from '../views/personal-labels.js';
import type { ActionSpec, FieldSpec, FieldValues } from './action-spec.js';

const ID_TYPES = ['residentId', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResidentId', 'other'] as const;
const PROVISION_FORMS = ['paper', 'electronic', 'disc'] as const;
const DELIVERY_METHODS = ['post', 'email', 'collect', 'onsite', 'online'] as const;

function provisionFormLabel(form: string): string {
  switch (form) {
    case 'paper': return msg('纸质', { id: 'wb.provision.paper' });
    case 'electronic': return msg('电子数据', { id: 'wb.provision.electronic' });
    case 'disc': return msg('光盘', { id: 'wb.provision.disc' });
    default: return form;
  }
}

function deliveryMethodLabel(method: string): string {
  switch (method) {
    case 'post': return msg('邮寄', { id: 'wb.delivery.post' });
    case 'email': return msg('电子邮件', { id: 'wb.delivery.email' });
    case 'collect': return msg('当面领取', { id: 'wb.delivery.collect' });
    case 'onsite': return msg('现场查阅', { id: 'wb.delivery.onsite' });
    case 'online': return msg('网上获取', { id: 'wb.delivery.online' });
    default: return method;
  }
}

const receivedAt: FieldSpec = {
  name: 'receivedAt',
  kind: 'date',
  required: true,
  label: () => msg('收到日期', { id: 'wb.field.receivedAt' }),
  // docs/domain.md §3, Art. 31: the date of receipt by channel.
  hint: () => msg('当面提交：提交当日；邮寄：签收之日；传真：双方确认收到之日。不能晚于今天，也不能早于一年前。', { id: 'wb.intake.receivedHint' }),
};

const isPerson = (values: FieldValues) => values['applicant.type'] !== 'organization';
const isOrganization = (values: FieldValues) => values['applicant.type'] === 'organization';
const text = (name: string, label: () => string, options: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind: 'text', label, ...options });
const applicantField = (key: string, options: Partial<FieldSpec> = {}) => text(`applicant.${key}`, () => personalLabel(key), options);

/** Builds the nested body from the dotted field names; `privacyAccepted` and `mayPublish` become booleans. */
function nestedBody(spec: ActionSpec, values: FieldValues, fixed: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...fixed };
  for (const field of spec.fields) {
    if (field.when && !field.when(values)) continue;
    const raw = values[field.name];
    let value: unknown = Array.isArray(raw) ? (raw.length > 0 ? raw : undefined) : raw?.trim() ? raw.trim() : undefined;
    if (value === undefined) continue;
    if (field.name === 'privacyAccepted') value = true;
    if (field.name === 'mayPublish') value = value === 'yes';
    const path = field.name.split('.');
    let target = body;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[path.at(-1)!] = value;
  }
  return body;
}

export function requestIntakeSpec(agencies: readonly StaffAgency[]): ActionSpec {
  const spec: ActionSpec = {
    action: 'register-request',
    explanation: () => msg('登记当面提交、邮寄或传真的申请。答复期限自收到日期的次日起计算；登记后打印回执交给申请人。', { id: 'wb.intake.requestExplain' }),
    fields: [
      {
        name: 'channel',
        kind: 'select',
        required: true,
        label: () => msg('收件渠道', { id: 'wb.field.channel' }),
        options: () => (['in-person', 'post', 'fax'] as const).map((value) => ({ value, label: channelLabel(value) })),
      },
      receivedAt,
      { name: 'agencyId', kind: 'select', required: true, label: () => msg('机关', { id: 'wb.filter.agency' }), options: () => agencies.map((agency) => ({ value: agency.id, label: agency.name })) },
      {
        name: 'applicant.type',
        kind: 'select',
        required: true,
        label: () => personalLabel('type'),
        options: () => (['person', 'organization'] as const).map((value) => ({ value, label: personalValue('type', value) })),
      },
      applicantField('name', { required: true }),
      { name: 'applicant.idType', kind: 'select', required: true, when: isPerson, label: () => personalLabel('idType'), options: () => ID_TYPES.map((value) => ({ value, label: personalValue('idType', value) })) },
      applicantField('idNumber', { required: true, when: isPerson }),
      applicantField('phone', { required: true, when: isPerson }),
      applicantField('creditCode', { required: true, when: isOrganization }),
      applicantField('legalRepresentative', { required: true, when: isOrganization }),
      applicantField('contactPerson', { required: true, when: isOrganization }),
      applicantField('contactPhone', { required: true, when: isOrganization }),
      applicantField('address'),
      applicantField('postcode'),
      applicantField('email'),
      { name: 'description', kind: 'textarea', required: true, label: () => msg('所需信息', { id: 'wb.request.description' }) },
      text('documentNumber', () => msg('文号', { id: 'wb.request.documentNumber' })),
      {
        name: 'provisionForms',
        kind: 'checkboxes',
        required: true,
        label: () => msg('提供形式', { id: 'wb.intake.provisionForms' }),
        options: () => PROVISION_FORMS.map((value) => ({ value, label: provisionFormLabel(value) })),
      },
      {
        name: 'deliveryMethods',
        kind: 'checkboxes',
        required: true,
        label: () => msg('获取方式', { id: 'wb.intake.deliveryMethods' }),
        options: () => DELIVERY_METHODS.map((value) => ({ value, label: deliveryMethodLabel(value) })),
      },
      {
        name: 'privacyAccepted',
        kind: 'checkboxes',
        required: true,
        label: () => msg('个人信息处理', { id: 'wb.intake.privacy' }),
        options: () => [{ value: 'yes', label: msg('申请人已在申请表上签字同意个人信息处理规则', { id: 'wb.intake.privacyAccepted' }) }],
      },
    ],
  };
  spec.body = (values) => nestedBody(spec, values, {});
  return spec;
}

export function letterIntakeSpec(): ActionSpec {
  const spec: ActionSpec = {
    action: 'register-letter',
    explanation: () => msg('登记邮寄的来信。办理期限自收到日期起计算；登记后打印回执寄给来信人。', { id: 'wb.intake.letterExplain' }),
    fields: [
      receivedAt,
      { name: 'type', kind: 'select', required: true, label: () => msg('类型', { id: 'wb.filter.type' }), options: () => LETTER_TYPES.map((value) => ({ value, label: letterTypeLabel(value) })) },
      text('subject', () => msg('标题', { id: 'wb.intake.subject' }), { required: true }),
      { name: 'content', kind: 'textarea', required: true, label: () => msg('来信内容', { id: 'wb.intake.content' }) },
      text('name', () => personalLabel('name'), { required: true }),
      text('phone', () => personalLabel('phone'), { required: true }),
      text('address', () => personalLabel('address')),
      text('email', () => personalLabel('email')),
      {
        name: 'mayPublish',
        kind: 'select',
        required: true,
        label: () => msg('公开意愿', { id: 'wb.letter.mayPublish' }),
        options: () => [
          { value: 'yes', label: msg('来信人同意公开', { id: 'wb.letter.publishAllowed' }) },
          { value: 'no', label: msg('来信人不同意公开', { id: 'wb.letter.publishRefused' }) },
        ],
      },
    ],
  };
  spec.body = (values) => nestedBody(spec, values, { channel: 'post' });
  return spec;
}
