import { localized, type LocalizedText } from '../locale.js';

/*
 * Messages of the identifier validators and of the API bodies' cross-field rules. Apart from
 * src/messages.ts so that a page that only reads data files does not download them.
 */
export const identifierMessages = {
  residentIdFormat: (): LocalizedText =>
    localized(
      '身份证号码应为 18 位：17 位数字加最后 1 位数字或 X',
      '身分證號碼應為 18 位：17 位數字加最後 1 位數字或 X',
      'A resident ID number has 18 characters: 17 digits, then a digit or X',
    ),
  residentIdDate: (): LocalizedText =>
    localized('身份证号码中的出生日期不存在', '身分證號碼中的出生日期不存在', 'The birth date inside this ID number does not exist'),
  residentIdChecksum: (): LocalizedText =>
    localized(
      '身份证号码校验位不正确，请核对是否有输错的数字',
      '身分證號碼校驗碼不正確，請核對是否有輸錯的數字',
      'The check character of this ID number is wrong; please check for a mistyped digit',
    ),
  creditCodeLength: (): LocalizedText =>
    localized('统一社会信用代码应为 18 位', '統一社會信用代碼應為 18 位', 'A unified social credit code has 18 characters'),
  creditCodeCharset: (): LocalizedText =>
    localized(
      '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
      '統一社會信用代碼只能包含數字和大寫字母（不含 I、O、Z、S、V）',
      'A unified social credit code contains only digits and capital letters (not I, O, Z, S or V)',
    ),
  creditCodeChecksum: (): LocalizedText =>
    localized(
      '统一社会信用代码校验位不符，请核对；部分早期代码属正常情况',
      '統一社會信用代碼校驗碼不符，請核對；部分早期代碼屬正常情況',
      'The check character of this credit code does not match; please verify (some early codes are genuine)',
    ),
  phone: (): LocalizedText =>
    localized(
      '应为 11 位手机号码，或带区号的固定电话（如 010-12345678）',
      '應為 11 位手機號碼，或帶區號的市話（如 010-12345678）',
      'Must be an 11-digit mobile number or a landline with area code (e.g. 010-12345678)',
    ),
  mobile: (): LocalizedText =>
    localized('应为 11 位手机号码（1 开头）', '應為 11 位手機號碼（1 開頭）', 'Must be an 11-digit mobile number starting with 1'),
  postcode: (): LocalizedText => localized('邮政编码应为 6 位数字', '郵遞區號應為 6 位數字', 'A postcode has 6 digits'),
  addressRequiredForPost: (): LocalizedText =>
    localized('选择邮寄时需填写通信地址', '選擇郵寄時需填寫通訊地址', 'An address is needed for delivery by post'),
  emailRequiredForEmail: (): LocalizedText =>
    localized('选择电子邮件方式时需填写电子邮箱', '選擇電子郵件方式時需填寫電子郵件地址', 'An e-mail address is needed for delivery by e-mail'),
};
