import * as z from 'zod/mini';
import { email, filledText, isoDate, isoDateTime, text } from '../fields.js';
import { normalizeIdentifier } from '../identifiers/normalize.js';
import { validateCreditCode } from '../identifiers/credit-code.js';
import { validatePhone } from '../identifiers/phone.js';
import { validatePostcode } from '../identifiers/postcode.js';
import { validateResidentId } from '../identifiers/resident-id.js';
import { identifierMessages } from '../identifiers/messages.js';
import { carryIssue, identifierField } from './common.js';

/** Longest description accepted; protects the server, far above any real application. */
export const DESCRIPTION_MAX_LENGTH = 5000;

/** 证件类型. Only the resident ID has a checksum that can be verified here. */
export const ID_TYPES = [
  'residentId', // 居民身份证
  'passport', // 护照
  'hkMacaoPermit', // 港澳居民来往内地通行证 / 居住证
  'taiwanPermit', // 台湾居民来往大陆通行证 / 居住证
  'foreignPermanentResidentId', // 外国人永久居留身份证
  'other',
] as const;

/** 提供形式: 纸质 / 电子 / 光盘. */
export const PROVISION_FORMS = ['paper', 'electronic', 'disc'] as const;
/** 获取方式: 邮寄 / 电子邮件 / 自行领取 / 当场阅读抄录 / 网上获取. */
export const DELIVERY_METHODS = ['post', 'email', 'collect', 'onsite', 'online'] as const;

/** Status of an application as the applicant sees it. */
export const DISCLOSURE_REQUEST_STATUSES = [
  'submitted', // stored, receipt not yet confirmed (online: Art. 31 "both sides confirm")
  'received', // 已受理: the 20 working days run
  'correctionRequested', // 补正: the clock restarts when the corrected application arrives
  'paused', // third-party or other-agency consultation, not counted (Art. 32)
  'extended', // 延期 (Art. 33)
  'replied', // 已答复
  'abandoned', // no correction in time
  'withdrawn', // 撤回
] as const;

/** 答复类型 (Art. 36–39). */
export const DISCLOSURE_REPLY_TYPES = [
  'alreadyPublic',
  'granted',
  'partiallyGranted',
  'refused',
  'notExist',
  'notThisAgency',
  'repeated',
  'specialLaw',
  'notGovernmentInformation',
  'petition',
  'other',
] as const;

const phoneField = () => identifierField(validatePhone);
const postcodeField = () => identifierField(validatePostcode);

/** 自然人 (docs/domain.md §3). */
export const personApplicantSchema = z.object({
  type: z.literal('person'),
  name: filledText(),
  idType: z.enum(ID_TYPES),
  /**
   * Stored as normalized (`110105 19491231 002x` → `11010519491231002X`): full-width folded,
   * spaces and dashes removed, upper case — so staff search, masking and de-duplication see one
   * form. The resident ID checksum is checked below.
   */
  idNumber: text().check(z.overwrite(normalizeIdentifier), z.minLength(1)),
  workUnit: z.optional(z.string()),
  address: z.optional(z.string()),
  postcode: z.optional(postcodeField()),
  phone: phoneField(),
  email: z.optional(email()),
});

/** 法人或其他组织 (docs/domain.md §3). */
export const organizationApplicantSchema = z.object({
  type: z.literal('organization'),
  name: filledText(),
  creditCode: identifierField(validateCreditCode),
  legalRepresentative: filledText(),
  contactPerson: filledText(),
  contactPhone: phoneField(),
  address: z.optional(z.string()),
  postcode: z.optional(postcodeField()),
  email: z.optional(email()),
});

export const applicantSchema = z.discriminatedUnion('type', [personApplicantSchema, organizationApplicantSchema]);
export type Applicant = z.infer<typeof applicantSchema>;

/**
 * Body of `POST disclosure/requests` (Art. 29). Unknown members are dropped: the server stores
 * only what the contract names. Cross-field rules: a resident ID number must be valid; post
 * needs an address, e-mail delivery an e-mail address.
 */
export const disclosureRequestSchema = z
  .object({
    applicant: applicantSchema,
    agencyId: text(),
    /** 所需信息的名称或描述. */
    description: filledText().check(z.maxLength(DESCRIPTION_MAX_LENGTH)),
    documentNumber: z.optional(z.string()),
    indexNumber: z.optional(z.string()),
    timeRange: z.optional(z.object({ from: z.optional(isoDate()), until: z.optional(isoDate()) })),
    provisionForms: z.array(z.enum(PROVISION_FORMS)).check(z.minLength(1)),
    deliveryMethods: z.array(z.enum(DELIVERY_METHODS)).check(z.minLength(1)),
    /** No longer required by the 2019 Regulations; kept for agencies that still ask. */
    purpose: z.optional(z.string()),
    privacyAccepted: z.literal(true),
  })
  .check(
    z.superRefine((request, ctx) => {
      const { applicant } = request;
      if (applicant.type === 'person' && applicant.idType === 'residentId') {
        const id = validateResidentId(applicant.idNumber);
        if (!id.valid && id.issue !== undefined) carryIssue(ctx, ['applicant', 'idNumber'], id.issue);
      }
      if (request.deliveryMethods.includes('post') && !applicant.address?.trim()) {
        carryIssue(ctx, ['applicant', 'address'], { code: 'required', message: identifierMessages.addressRequiredForPost() });
      }
      if (request.deliveryMethods.includes('email') && applicant.email === undefined) {
        carryIssue(ctx, ['applicant', 'email'], { code: 'required', message: identifierMessages.emailRequiredForEmail() });
      }
    }),
  );
export type DisclosureRequest = z.infer<typeof disclosureRequestSchema>;
export type DisclosureRequestStatus = (typeof DISCLOSURE_REQUEST_STATUSES)[number];

/** `201` reply to a submitted application. */
export const disclosureReceiptSchema = z.looseObject({
  trackingNumber: text(),
  /** 查询码: secret, needed with the tracking number to see the status. */
  queryCode: text(),
  receivedAt: isoDateTime(),
  /** Legal due date (20 working days, Art. 33), a civil date. */
  dueDate: isoDate(),
  /** How the due date was counted, in the requested language ("收到申请 …；20个工作日；… → 2026-03-12"). */
  dueDateExplanation: z.optional(z.string()),
  status: z.enum(DISCLOSURE_REQUEST_STATUSES),
});
export type DisclosureReceipt = z.infer<typeof disclosureReceiptSchema>;

export const disclosureRequestEventSchema = z.looseObject({
  status: z.enum(DISCLOSURE_REQUEST_STATUSES),
  at: isoDateTime(),
  /** What happened, in words for the applicant (e.g. the correction requested). */
  note: z.optional(z.string()),
  /** The due date after this event, when it changed (extension, restart). */
  dueDate: z.optional(isoDate()),
});

export const disclosureReplySchema = z.looseObject({
  type: z.enum(DISCLOSURE_REPLY_TYPES),
  content: text(),
  repliedAt: isoDateTime(),
  attachments: z.optional(z.array(z.looseObject({ name: text(), url: text() }))),
});

/** `GET disclosure/requests/{trackingNumber}`. */
export const disclosureRequestStatusSchema = z.looseObject({
  trackingNumber: text(),
  status: z.enum(DISCLOSURE_REQUEST_STATUSES),
  events: z.array(disclosureRequestEventSchema),
  dueDate: isoDate(),
  /** True when the working-day calendar for that year is not published yet (docs/domain.md §4). */
  dueDateProvisional: z.optional(z.boolean()),
  /** How the due date was counted, in the requested language. */
  dueDateExplanation: z.optional(z.string()),
  reply: z.optional(disclosureReplySchema),
});
export type DisclosureRequestStatusResponse = z.infer<typeof disclosureRequestStatusSchema>;
