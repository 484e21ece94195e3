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
