/**
 * Checks the form before the check-your-answers step (docs/domain.md §3, §6). Messages are written for
 * the applicant, one per field, with the same wording beside the field and in the error summary.
 * Identifiers are checked after normalization (spaces, hyphens, full-width characters), so
 * `１１０１０５ １９４９１２３１ ００２ｘ` is accepted. A credit code that fails only its checksum
 * is a warning: some genuine early codes do (docs/domain.md §6).
 *
 * Call inside the element's `localize()` so msg() reads the reader's language.
 */
import { msg, pickText } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { validateCreditCode, validatePhone, validatePostcode, validateResidentId } from '@gongkai/schema/identifiers';
import { DESCRIPTION_MAX_LENGTH } from './form-model.js';
import type { FieldName, FormValues } from './form-model.js';

export interface FormCheck {
  errors: Partial<Record<FieldName, string>>;
  warnings: Partial<Record<FieldName, string>>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateForm(values: FormValues, locale: Locale): FormCheck {
  const errors: FormCheck['errors'] = {};
  const warnings: FormCheck['warnings'] = {};
  const blank = (value: string) => value.trim() === '';
  const person = values.applicantType === 'person';

  if (blank(values.name)) {
    errors.name = person ? msg('请填写姓名', { id: 'dr.error.name' }) : msg('请填写法人或其他组织的名称', { id: 'dr.error.orgName' });
  }
  if (person) {
    if (blank(values.idNumber)) errors.idNumber = msg('请填写证件号码', { id: 'dr.error.idNumber' });
    else if (values.idType === 'residentId') {
      const id = validateResidentId(values.idNumber);
      if (!id.valid && id.issue) errors.idNumber = pickText(id.issue.message, locale);
    }
  } else {
    if (blank(values.creditCode)) errors.creditCode = msg('请填写统一社会信用代码', { id: 'dr.error.creditCode' });
    else {
      const code = validateCreditCode(values.creditCode);
      if (code.issue) (code.valid ? warnings : errors).creditCode = pickText(code.issue.message, locale);
    }
    if (blank(values.legalRepresentative)) errors.legalRepresentative = msg('请填写法定代表人或负责人', { id: 'dr.error.legalRepresentative' });
    if (blank(values.contactPerson)) errors.contactPerson = msg('请填写联系人姓名', { id: 'dr.error.contactPerson' });
  }
  if (blank(values.phone)) errors.phone = msg('请填写联系电话', { id: 'dr.error.phone' });
  else {
    const phone = validatePhone(values.phone);
    if (!phone.valid && phone.issue) errors.phone = pickText(phone.issue.message, locale);
  }
  if (!blank(values.email) && !EMAIL.test(values.email.trim())) {
    errors.email = msg('请填写正确的电子邮箱地址，如 name@example.cn', { id: 'dr.error.email' });
  } else if (blank(values.email) && values.deliveryMethods.includes('email')) {
    errors.email = msg('选择电子邮件方式时需填写电子邮箱', { id: 'dr.error.emailForEmail' });
  }
  if (blank(values.address) && values.deliveryMethods.includes('post')) {
    errors.address = msg('选择邮寄时需填写通信地址', { id: 'dr.error.addressForPost' });
  }
  if (!blank(values.postcode)) {
    const postcode = validatePostcode(values.postcode);
    if (!postcode.valid && postcode.issue) errors.postcode = pickText(postcode.issue.message, locale);
  }
  if (blank(values.agencyId)) errors.agencyId = msg('请选择受理申请的行政机关', { id: 'dr.error.agency' });
  if (blank(values.description)) errors.description = msg('请描述您需要的政府信息', { id: 'dr.error.description' });
  else if (values.description.trim().length > DESCRIPTION_MAX_LENGTH) {
    errors.description = msg('内容描述过长，请精简到 5000 字以内', { id: 'dr.error.descriptionLong' });
  }
  if (values.timeFrom && values.timeUntil && values.timeFrom > values.timeUntil) {
    errors.timeUntil = msg('结束日期不能早于开始日期', { id: 'dr.error.timeRange' });
  }
  if (values.provisionForms.length === 0) errors.provisionForms = msg('请至少选择一种提供形式', { id: 'dr.error.provisionForms' });
  if (values.deliveryMethods.length === 0) errors.deliveryMethods = msg('请至少选择一种获取方式', { id: 'dr.error.deliveryMethods' });
  if (!values.privacyAccepted) errors.privacyAccepted = msg('请阅读并同意个人信息保护说明', { id: 'dr.error.privacy' });
  return { errors, warnings };
}
