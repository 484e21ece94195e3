import * as z from 'zod/mini';
import { email, filledText, isoDateOrDateTime, isoDateTime, text } from '../fields.js';
import { LETTER_STATUSES, LETTER_TYPES, SATISFACTION_LEVELS, publicLetterSchema } from '../files/mailbox-letters.js';
import { validatePhone } from '../identifiers/phone.js';
import { identifierField } from './common.js';

export const LETTER_SUBJECT_MAX_LENGTH = 100;
export const LETTER_CONTENT_MAX_LENGTH = 5000;
export const RATING_COMMENT_MAX_LENGTH = 500;

/** Body of `POST mailbox/letters`. */
export const letterSubmissionSchema = z.object({
  type: z.enum(LETTER_TYPES),
  subject: filledText().check(z.maxLength(LETTER_SUBJECT_MAX_LENGTH)),
  content: filledText().check(z.maxLength(LETTER_CONTENT_MAX_LENGTH)),
  name: filledText(),
  phone: identifierField(validatePhone),
  email: z.optional(email()),
  address: z.optional(z.string()),
  /** The writer allows publishing the letter (masked) once answered. */
  mayPublish: z.boolean(),
});
export type LetterSubmission = z.infer<typeof letterSubmissionSchema>;

/** `201` reply to a letter. */
export const letterReceiptSchema = z.looseObject({
  letterNumber: text(),
  queryCode: text(),
  submittedAt: isoDateTime(),
});
export type LetterReceipt = z.infer<typeof letterReceiptSchema>;

/** Body of `POST mailbox/letters/{letterNumber}/rating`. */
export const letterRatingSchema = z.object({
  satisfaction: z.enum(SATISFACTION_LEVELS),
  comment: z.optional(z.string().check(z.maxLength(RATING_COMMENT_MAX_LENGTH))),
});
export type LetterRating = z.infer<typeof letterRatingSchema>;

/** One step of a letter along the closed loop (docs/domain.md §5), as the writer sees it. */
export const letterEventSchema = z.looseObject({
  status: z.enum(LETTER_STATUSES),
  at: isoDateOrDateTime(),
  /** The unit the letter went to or that answered, when that is public (assignment, reply). */
  unit: z.optional(text()),
  /** What happened, in words for the writer (e.g. why the letter was not accepted). */
  note: z.optional(z.string()),
});
export type LetterEvent = z.infer<typeof letterEventSchema>;

/**
 * `GET mailbox/letters/{letterNumber}` with `X-Query-Code` (the writer's own letter) and the answer
 * of a rating: the letter as published letters are shown, plus its events, oldest first. `events`
 * is optional so that a published letter (no query code) and older servers stay valid.
 */
export const writerLetterSchema = z.looseObject({
  ...publicLetterSchema.shape,
  events: z.optional(z.array(letterEventSchema)),
});
export type WriterLetter = z.infer<typeof writerLetterSchema>;
