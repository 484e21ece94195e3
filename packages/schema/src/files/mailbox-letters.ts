import * as z from 'zod/mini';
import { anyText, isoDate, isoDateOrDateTime, nonNegativeInt, text } from '../fields.js';
import { envelopeShape } from './envelope.js';

/** 咨询 / 建议 / 投诉 / 求助 / 举报 / 感谢 / 其他. */
export const LETTER_TYPES = ['consult', 'suggestion', 'complaint', 'help', 'report', 'praise', 'other'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/** The closed loop of docs/domain.md §5, in order. */
export const LETTER_STATUSES = [
  'received',
  'accepted',
  'rejected',
  'assigned',
  'inProgress',
  'replied',
  'rated',
  'closed',
] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** 满意 / 基本满意 / 不满意. */
export const SATISFACTION_LEVELS = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

export const letterReplySchema = z.looseObject({
  /** 答复单位. */
  unit: text(),
  content: text(),
  repliedAt: isoDateOrDateTime(),
});

/** A published letter; personal data already masked by the publisher. */
export const publicLetterSchema = z.looseObject({
  letterNumber: text(),
  type: z.enum(LETTER_TYPES),
  subject: text(),
  content: text(),
  submittedAt: isoDateOrDateTime(),
  status: z.enum(LETTER_STATUSES),
  replies: z.array(letterReplySchema),
  satisfaction: z.optional(z.enum(SATISFACTION_LEVELS)),
  /** 承办单位. */
  handlingUnit: z.optional(text()),
});
export type PublicLetter = z.infer<typeof publicLetterSchema>;
export type LetterReply = z.infer<typeof letterReplySchema>;

/** A share between 0 and 1 (0.985 = 98.5 %). */
const rate = () => z.number().check(z.minimum(0), z.maximum(1));

/**
 * Letters of one handling unit (承办单位) in the period: those it was assigned, how many it
 * answered and, when the publisher knows the due dates, the share answered in time.
 */
export const mailboxUnitStatsSchema = z.looseObject({
  unit: text(),
  received: nonNegativeInt(),
  replied: z.optional(nonNegativeInt()),
  onTimeRate: z.optional(rate()),
});
export type MailboxUnitStats = z.infer<typeof mailboxUnitStatsSchema>;

/** Published statistics for one period. Rates are fractions from 0 to 1. */
export const mailboxStatsSchema = z.looseObject({
  period: z.optional(z.looseObject({ from: isoDate(), until: isoDate() })),
  received: nonNegativeInt(),
  replied: nonNegativeInt(),
  /** Letters received per LetterType key; other keys are allowed for local types. */
  byType: z.optional(z.record(z.string(), nonNegativeInt())),
  /** Letters per handling unit, most first; units without letters may be left out. */
  byUnit: z.optional(z.array(mailboxUnitStatsSchema)),
  onTimeRate: z.optional(rate()),
  satisfactionRate: z.optional(rate()),
  satisfaction: z.optional(
    z.looseObject({
      satisfied: z.optional(nonNegativeInt()),
      basicallySatisfied: z.optional(nonNegativeInt()),
      unsatisfied: z.optional(nonNegativeInt()),
    }),
  ),
  note: z.optional(anyText()),
});
export type MailboxStats = z.infer<typeof mailboxStatsSchema>;

export const mailboxLettersFileSchema = z.looseObject({
  ...envelopeShape,
  kind: z.literal('mailbox-letters'),
  letters: z.array(publicLetterSchema),
  stats: z.optional(mailboxStatsSchema),
});
export type MailboxLettersFile = z.infer<typeof mailboxLettersFileSchema>;
