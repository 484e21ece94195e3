/**
 * Bounds on the dates staff may name when they record a step late (confirm-receipt `receivedAt`,
 * extend `grantedAt`, pause `from`…): a real calendar date, not after today, and not before the
 * event it follows (the submission, the receipt, the correction request, the pause it ends).
 * Without them `grantedAt: 9999-12-31` or `from: 1900-01-01` were stored and a future receipt
 * made every later step fail in the deadline engine (docs/security.md, "Audit log"; issue #17
 * item 4). Refusals are 422 at the body member, in plain words.
 */
import type { LocalizedText } from '@gongkai/schema';
import { HttpProblem, TITLES, t } from './problem.js';

/** What a lower bound is, for the message: `the submission (2026-02-06)`. */
export interface EarliestDate {
  date: string;
  what: LocalizedText;
}

export const AFTER = {
  submission: t('提交申请之日', '提交申請之日', 'the day the application was submitted'),
  receipt: t('收到申请之日', '收到申請之日', 'the day the application was received'),
  correctionRequest: t('要求补正之日', '要求補正之日', 'the day the correction was requested'),
  correctionReceived: t('收到补正之日', '收到補正之日', 'the day the correction was received'),
  previousPause: t('上一次征求意见结束之日', '上一次徵求意見結束之日', 'the end of the previous consultation'),
  pauseStart: t('本次征求意见开始之日', '本次徵求意見開始之日', 'the start of this consultation'),
} as const;

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function refuse(field: string, code: string, message: LocalizedText): never {
  throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [{ path: field, code, message }]);
}

/**
 * The date staff gave for `field` (today when they gave none), checked: the latest of the
 * `earliest` bounds ≤ date ≤ today. Returns the date to record.
 */
export function boundedStaffDate(field: string, given: string | undefined, today: string, earliest: ReadonlyArray<EarliestDate | undefined>): string {
  // No date given means today, which must still follow the earlier events (it does, unless a
  // fact stored before these bounds lies in the future).
  if (given === undefined) given = today;
  if (!isCalendarDate(given)) refuse(field, 'date', t(`${field}：不是有效的日期`, `${field}：不是有效的日期`, `${field}: not a valid date`));
  if (given > today) {
    refuse(field, 'date-after-today', t(`${field}：不能晚于今天（${today}）`, `${field}：不能晚於今天（${today}）`, `${field}: cannot be after today (${today})`));
  }
  const bound = earliest.filter((e): e is EarliestDate => e !== undefined).reduce<EarliestDate | undefined>((latest, e) => (!latest || e.date > latest.date ? e : latest), undefined);
  if (bound && given < bound.date) {
    refuse(
      field,
      'date-before-event',
      t(
        `${field}：不能早于${bound.what['zh-Hans']}（${bound.date}）`,
        `${field}：不能早於${bound.what['zh-Hant']}（${bound.date}）`,
        `${field}: cannot be before ${bound.what.en} (${bound.date})`,
      ),
    );
  }
  return given;
}
