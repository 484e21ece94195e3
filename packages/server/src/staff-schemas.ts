/**
 * Bodies of the staff API. Not part of the shared contract (only this server and its clients use
 * them), so they live here, built with the same zod/mini as @gongkai/schema so that `validate`
 * reports them with the same paths and messages.
 */
import * as z from 'zod/mini';
import { DISCLOSURE_REPLY_TYPES, filledText, httpUrl } from '@gongkai/schema';
import { REPORT_ROW_KEYS } from './report-rows.js';

const civilDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' }));
/** Required staff text: not empty and not only whitespace. */
const nonEmpty = filledText;

/** Date defaults to today (Asia/Shanghai); a later registration of an earlier event may name it. */
export const confirmReceiptSchema = z.object({ receivedAt: z.optional(civilDate()), note: z.optional(z.string()) });
export const requestCorrectionSchema = z.object({ note: nonEmpty(), requestedAt: z.optional(civilDate()) });
export const correctionReceivedSchema = z.object({ receivedAt: z.optional(civilDate()), note: z.optional(z.string()) });
export const abandonSchema = z.object({ note: z.optional(z.string()) });
export const extendSchema = z.object({
  days: z.int().check(z.minimum(1), z.maximum(20)),
  note: nonEmpty(),
  grantedAt: z.optional(civilDate()),
});
export const pauseSchema = z.object({
  kind: z.enum(['thirdParty', 'interAgency']),
  note: z.optional(z.string()),
  from: z.optional(civilDate()),
});
export const resumeSchema = z.object({ until: z.optional(civilDate()), note: z.optional(z.string()) });
export const requestReplySchema = z.object({
  type: z.enum(DISCLOSURE_REPLY_TYPES),
  content: nonEmpty(),
  reportRow: z.optional(z.enum(REPORT_ROW_KEYS as [string, ...string[]])),
  // http(s) only: a `javascript:` link would run in the applicant's browser (docs/security.md §Input).
  attachments: z.optional(z.array(z.object({ name: nonEmpty(), url: httpUrl() }))),
});

export const letterNoteSchema = z.object({ note: z.optional(z.string()) });
export const letterRejectSchema = z.object({ reason: nonEmpty() });
export const letterAssignSchema = z.object({ leadUnit: nonEmpty(), assistingUnits: z.optional(z.array(nonEmpty())), note: z.optional(z.string()) });
export const letterReplySchema = z.object({ unit: nonEmpty(), content: nonEmpty() });
export const letterPublishSchema = z.object({ subject: z.optional(nonEmpty()), content: z.optional(nonEmpty()) });

/** `POST staff/session`. */
export const signInSchema = z.object({ name: z.string().check(z.minLength(1), z.maxLength(64)), password: z.string().check(z.minLength(1), z.maxLength(1024)) });

/**
 * The body each action endpoint validates with, by action name: what the OpenAPI document
 * (openapi-staff.ts) describes, so it cannot drift from what the routes accept.
 */
export const REQUEST_ACTION_BODIES = {
  'confirm-receipt': confirmReceiptSchema,
  'request-correction': requestCorrectionSchema,
  'correction-received': correctionReceivedSchema,
  abandon: abandonSchema,
  extend: extendSchema,
  pause: pauseSchema,
  resume: resumeSchema,
  reply: requestReplySchema,
} as const;
export const LETTER_ACTION_BODIES = {
  accept: letterNoteSchema,
  reject: letterRejectSchema,
  assign: letterAssignSchema,
  return: letterNoteSchema,
  start: letterNoteSchema,
  reply: letterReplySchema,
  reopen: letterNoteSchema,
  close: letterNoteSchema,
  publish: letterPublishSchema,
} as const;

/**
 * The placeholders a reply template may hold; the workbench fills them in from the application
 * (docs/staff.md "Reply templates"). Any other `{…}` is refused, so a typo is caught when saved.
 */
export const REPLY_TEMPLATE_PLACEHOLDERS = ['受理编号', '申请人', '申请内容', '收到日期', '答复期限', '机关'] as const;

export const replyTemplateSchema = z.object({
  replyType: z.enum(DISCLOSURE_REPLY_TYPES),
  title: z.string().check(z.minLength(1), z.maxLength(100)),
  body: z.string().check(z.minLength(1), z.maxLength(5000)),
});

/**
 * Offline intake (docs/staff.md "Offline intake"): the public body plus how it came and the
 * civil date it was received; the route checks that date's bounds (not in the future, at most a
 * year back) with a reason.
 */
export const offlineRequestIntakeSchema = z.object({ channel: z.enum(['in-person', 'post', 'fax']), receivedAt: civilDate() });
export const offlineLetterIntakeSchema = z.object({ channel: z.enum(['post']), receivedAt: civilDate() });

/** Four-eyes approval: approving may carry a note; returning must say what to change. */
export const approveSchema = z.object({ note: z.optional(z.string()) });
export const returnForChangesSchema = z.object({ note: nonEmpty() });
