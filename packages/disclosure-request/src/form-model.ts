/**
 * The application form as the element holds it: one flat record of strings (what the person
 * typed, never rewritten), turned into the contract's request body only when sent. Flat so that
 * a field keeps its text when the applicant type is switched back and forth.
 */
import type { DisclosureRequest } from '@gongkai/schema';

type Applicant = DisclosureRequest['applicant'];
export type { Applicant };
export type IdType = Extract<Applicant, { type: 'person' }>['idType'];
export type ProvisionForm = DisclosureRequest['provisionForms'][number];
export type DeliveryMethod = DisclosureRequest['deliveryMethods'][number];

/** 证件类型, in the order the form lists them (the contract's enumeration). */
export const ID_TYPES: readonly IdType[] = ['residentId', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResidentId', 'other'];
/** 提供形式. */
export const PROVISION_FORMS: readonly ProvisionForm[] = ['paper', 'electronic', 'disc'];
/** 获取方式. */
export const DELIVERY_METHODS: readonly DeliveryMethod[] = ['post', 'email', 'collect', 'onsite', 'online'];

/** Longest description the contract accepts (DESCRIPTION_MAX_LENGTH in @gongkai/schema, not imported: that module brings the validation library). */
export const DESCRIPTION_MAX_LENGTH = 5000;

export interface FormValues {
  applicantType: 'person' | 'organization';
  /** 姓名 (person) or 名称 (organization). */
  name: string;
  idType: IdType;
  idNumber: string;
  workUnit: string;
  /** 统一社会信用代码. */
  creditCode: string;
  /** 法定代表人. */
  legalRepresentative: string;
  contactPerson: string;
  /** 联系电话 (person) or the contact person's phone (organization). */
  phone: string;
  email: string;
  address: string;
  postcode: string;
  agencyId: string;
  /** 所需信息的内容描述. */
  description: string;
  /** 文号. */
  documentNumber: string;
  /** 索引号. */
  indexNumber: string;
  timeFrom: string;
  timeUntil: string;
  provisionForms: ProvisionForm[];
  deliveryMethods: DeliveryMethod[];
  purpose: string;
  privacyAccepted: boolean;
}

export type FieldName = keyof FormValues;

export function emptyValues(): FormValues {
  return {
    applicantType: 'person',
    name: '',
    idType: 'residentId',
    idNumber: '',
    workUnit: '',
    creditCode: '',
    legalRepresentative: '',
    contactPerson: '',
    phone: '',
    email: '',
    address: '',
    postcode: '',
    agencyId: '',
    description: '',
    documentNumber: '',
    indexNumber: '',
    timeFrom: '',
    timeUntil: '',
    provisionForms: [],
    deliveryMethods: [],
    purpose: '',
    privacyAccepted: false,
  };
}

/**
 * The only fields a draft may keep in sessionStorage. ID number, phone and e-mail are left out
 * on purpose (docs/design.md §6); so is the privacy consent, which is given fresh each time.
 */
export const DRAFT_FIELDS = [
  'applicantType', 'name', 'idType', 'workUnit', 'creditCode', 'legalRepresentative', 'contactPerson',
  'address', 'postcode', 'agencyId', 'description', 'documentNumber', 'indexNumber', 'timeFrom', 'timeUntil',
  'provisionForms', 'deliveryMethods', 'purpose',
] as const satisfies readonly FieldName[];

/** Restores a draft into empty values, keeping only well-formed entries. */
export function valuesFromDraft(draft: Partial<Record<string, unknown>>): FormValues {
  const values = emptyValues();
  const record = values as unknown as Record<string, unknown>;
  for (const field of DRAFT_FIELDS) {
    const value = draft[field];
    const current = record[field];
    if (Array.isArray(current) && Array.isArray(value)) record[field] = value.filter((v) => typeof v === 'string');
    else if (typeof current === 'string' && typeof value === 'string') record[field] = value;
  }
  if (values.applicantType !== 'organization') values.applicantType = 'person';
  if (!ID_TYPES.includes(values.idType)) values.idType = 'residentId';
  values.provisionForms = values.provisionForms.filter((v) => PROVISION_FORMS.includes(v));
  values.deliveryMethods = values.deliveryMethods.filter((v) => DELIVERY_METHODS.includes(v));
  return values;
}

/** The form field a JSON path of the contract (a server's `errors[].path`) belongs to. */
export function fieldForPath(path: string): FieldName | undefined {
  const [head, second] = path.replace(/\[\d+\]/g, '').split('.');
  if (head === 'applicant') {
    if (second === 'contactPhone') return 'phone';
    if (second === 'type') return 'applicantType';
    const known: readonly string[] = ['name', 'idType', 'idNumber', 'workUnit', 'creditCode', 'legalRepresentative', 'contactPerson', 'phone', 'email', 'address', 'postcode'];
    return second && known.includes(second) ? (second as FieldName) : undefined;
  }
  if (head === 'timeRange') return second === 'until' ? 'timeUntil' : 'timeFrom';
  const top: readonly string[] = ['agencyId', 'description', 'documentNumber', 'indexNumber', 'provisionForms', 'deliveryMethods', 'purpose', 'privacyAccepted'];
  return head && top.includes(head) ? (head as FieldName) : undefined;
}
