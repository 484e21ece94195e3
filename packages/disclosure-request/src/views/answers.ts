/**
 * The answers as label/value rows, shared by the check step and the printed application form,
 * so both always show the same thing.
 */
import { msg } from '@gongkai/ui';
import type { Agency } from '@gongkai/schema';
import type { FieldName, FormValues } from '../form-model.js';
import { deliveryMethodLabel, idTypeLabel, provisionFormLabel } from '../labels.js';

export interface AnswerRow {
  field: FieldName;
  label: string;
  value: string;
}

export interface AnswerGroup {
  title: string;
  rows: AnswerRow[];
}

export function agencyName(agencyId: string, agencies: readonly Agency[] | undefined): string {
  return agencies?.find((a) => a.id === agencyId)?.name ?? agencyId;
}

export function answerGroups(v: FormValues, agencies: readonly Agency[] | undefined): AnswerGroup[] {
  const none = msg('未填写', { id: 'dr.answer.none' });
  const row = (field: FieldName, label: string, value: string): AnswerRow => ({ field, label, value: value.trim() || none });
  const person = v.applicantType === 'person';
  const applicant: AnswerRow[] = [
    row('applicantType', msg('申请人类型', { id: 'dr.field.applicantType' }), person ? msg('公民（自然人）', { id: 'dr.applicant.person' }) : msg('法人或其他组织', { id: 'dr.applicant.organization' })),
    ...(person
      ? [
          row('name', msg('姓名', { id: 'dr.field.name' }), v.name),
          row('idType', msg('证件类型', { id: 'dr.field.idType' }), idTypeLabel(v.idType)),
          row('idNumber', msg('证件号码', { id: 'dr.field.idNumber' }), v.idNumber),
          row('workUnit', msg('工作单位', { id: 'dr.field.workUnit' }), v.workUnit),
        ]
      : [
          row('name', msg('名称', { id: 'dr.field.orgName' }), v.name),
          row('creditCode', msg('统一社会信用代码', { id: 'dr.field.creditCode' }), v.creditCode),
          row('legalRepresentative', msg('法定代表人或负责人', { id: 'dr.field.legalRepresentative' }), v.legalRepresentative),
          row('contactPerson', msg('联系人', { id: 'dr.field.contactPerson' }), v.contactPerson),
        ]),
    row('phone', msg('联系电话', { id: 'dr.field.phone' }), v.phone),
    row('email', msg('电子邮箱', { id: 'dr.field.email' }), v.email),
    row('address', msg('通信地址', { id: 'dr.field.address' }), v.address),
    row('postcode', msg('邮政编码', { id: 'dr.field.postcode' }), v.postcode),
  ];
  const range = v.timeFrom || v.timeUntil ? `${v.timeFrom || '…'} – ${v.timeUntil || '…'}` : '';
  const information: AnswerRow[] = [
    row('agencyId', msg('受理申请的行政机关', { id: 'dr.field.agency' }), agencyName(v.agencyId, agencies)),
    row('description', msg('所需政府信息的名称或内容描述', { id: 'dr.field.description' }), v.description),
    row('documentNumber', msg('文件文号', { id: 'dr.field.documentNumber' }), v.documentNumber),
    row('indexNumber', msg('索引号', { id: 'dr.field.indexNumber' }), v.indexNumber),
    row('timeFrom', msg('信息形成的时间范围', { id: 'dr.field.timeRange' }), range),
    row('provisionForms', msg('信息的提供形式', { id: 'dr.field.provisionForms' }), v.provisionForms.map(provisionFormLabel).join('、')),
    row('deliveryMethods', msg('获取信息的方式', { id: 'dr.field.deliveryMethods' }), v.deliveryMethods.map(deliveryMethodLabel).join('、')),
    row('purpose', msg('申请用途', { id: 'dr.field.purpose' }), v.purpose),
  ];
  return [
    { title: msg('申请人信息', { id: 'dr.section.applicant' }), rows: applicant },
    { title: msg('所需信息', { id: 'dr.section.information' }), rows: information },
  ];
}
