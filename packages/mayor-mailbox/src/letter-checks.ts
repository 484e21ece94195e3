/**
 * The letter form's checks and the request body (`POST mailbox/letters`, letterSubmissionSchema),
 * in the lazy chunk with sending: the writer's first keystroke starts loading it, so the first
 * paint carries only the form (as the disclosure request's form-validation.ts).
 */
import { msg, str } from '@gongkai/ui';
import type { LetterSubmission } from '@gongkai/schema';
import { LETTER_TYPES } from './labels.js';
import { CONTENT_MAX, SUBJECT_MAX, charCount } from './form-model.js';
import type { LetterField, LetterValues } from './form-model.js';

/** Removes spaces, hyphens and a +86/86 prefix; folds full-width digits. */
export function normalizePhone(value: string): string {
  const folded = value.replace(/[\uFF10-\uFF19\uFF0B\uFF0D]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return folded.replace(/[\s\-()（）]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

/** A mobile number (docs/domain.md §6) or a landline with its area code. */
export function isPhone(value: string): boolean {
  const n = normalizePhone(value);
  return /^1[3-9]\d{9}$/.test(n) || /^0\d{2,3}\d{7,8}$/.test(n);
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value.trim());
}

/** Problems per field, in the reader's locale (call while rendering or inside `localize`). */
export function validateLetter(v: LetterValues): Partial<Record<LetterField, string>> {
  const errors: Partial<Record<LetterField, string>> = {};
  if (!(LETTER_TYPES as readonly string[]).includes(v.type)) errors.type = msg('请选择来信类型', { id: 'mm.error.type' });
  if (!v.subject.trim()) errors.subject = msg('请填写信件标题', { id: 'mm.error.subject' });
  else if (charCount(v.subject) > SUBJECT_MAX) errors.subject = msg(str`标题不能超过 ${SUBJECT_MAX} 个字`, { id: 'mm.error.subjectLong' });
  if (!v.content.trim()) errors.content = msg('请填写信件内容', { id: 'mm.error.content' });
  else if (charCount(v.content) > CONTENT_MAX) errors.content = msg(str`信件内容不能超过 ${CONTENT_MAX} 个字，请删减后再提交`, { id: 'mm.error.contentLong' });
  if (!v.name.trim()) errors.name = msg('请填写姓名', { id: 'mm.error.name' });
  if (!v.phone.trim()) errors.phone = msg('请填写联系电话', { id: 'mm.error.phone' });
  else if (!isPhone(v.phone)) errors.phone = msg('请填写正确的手机号码或带区号的固定电话，如 138 0013 8000 或 010-12345678', { id: 'mm.error.phoneFormat' });
  if (v.email.trim() && !isEmail(v.email)) errors.email = msg('请填写正确的电子邮箱，如 name@example.cn', { id: 'mm.error.email' });
  if (!v.privacyAccepted) errors.privacyAccepted = msg('请阅读并同意个人信息保护说明', { id: 'mm.error.privacy' });
  return errors;
}

/** The body of `POST mailbox/letters`; optional fields are left out when empty. */
export function toLetterBody(v: LetterValues): LetterSubmission {
  return {
    type: v.type as LetterSubmission['type'],
    subject: v.subject.trim(),
    content: v.content.trim(),
    name: v.name.trim(),
    phone: normalizePhone(v.phone),
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
    ...(v.address.trim() ? { address: v.address.trim() } : {}),
    mayPublish: v.mayPublish,
  };
}

