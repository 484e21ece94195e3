/**
 * Due date for a reply to a request for disclosure (依申请公开), under Art. 30–33 of the
 * Regulations on Open Government Information (2019):
 * - reply within 20 working days, counted from the day after receipt;
 * - an unclear application is sent back for correction once, within 7 working days of receipt; the
 *   20 days then count from receipt of the corrected application;
 * - one extension of at most 20 working days;
 * - time spent consulting a third party (who has 15 working days to answer) or another agency is
 *   not counted.
 * Years without holiday data make the result provisional instead of failing, because an agency
 * still needs an estimate to show; the result says so in `provisional` and in the text.
 */
import type { HolidayKey } from './calendar-types.js';
import { bundledCalendar, type HolidayCalendar } from './calendar.js';
import { civilDateOf, formatDayNumber, toDayNumber, type DayNumber } from './civil-date.js';
import { DueDateInputError, InvalidDateError } from './errors.js';
import { renderAll, type ExplanationStep, type LocalizedText, type PauseKind } from './explanation.js';
import { walkWorkingDays } from './working-days.js';

/** Art. 33: reply within 20 working days. */
export const STATUTORY_LIMIT_DAYS = 20;
/** Art. 33: one extension of at most 20 working days. */
export const MAX_EXTENSION_DAYS = 20;
/** Art. 30: correction must be requested within 7 working days of receipt. */
export const CORRECTION_WINDOW_DAYS = 7;
/** Art. 32: a consulted third party has 15 working days to answer. */
export const THIRD_PARTY_REPLY_DAYS = 15;

export interface ConsultationPause {
  readonly kind: PauseKind;
  /** First day of the consultation, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the consultation (inclusive), `YYYY-MM-DD`. */
  readonly until: string;
}

export interface DueDateInput {
  /** Date of receipt (Art. 31), `YYYY-MM-DD`. */
  readonly receivedAt: string;
  readonly correction?: { readonly requestedAt: string; readonly correctedReceivedAt: string };
  readonly extension?: { readonly days: number; readonly grantedAt: string };
  readonly pauses?: readonly ConsultationPause[];
  /** Working days allowed before any extension; default and maximum 20. */
  readonly limitDays?: number;
}

export type DueDateWarningCode =
  /** Correction requested more than 7 working days after receipt. */
  | 'correctionRequestedLate'
  /** A third-party pause longer than 15 working days: only the first 15 are not counted. */
  | 'thirdPartyPauseCapped'
  /** Extension approved after the original due date had passed. */
  | 'extensionGrantedAfterDueDate'
  /** A pause with no working day inside the counted span. */
  | 'pauseOutsideCountedSpan';

export interface DueDateWarning {
  readonly code: DueDateWarningCode;
  readonly message: LocalizedText;
}

export interface DueDateResult {
  readonly dueDate: string;
  /** Due date without the extension (equal to `dueDate` when there is none). */
  readonly originalDueDate: string;
  /** True when the count went through a year without holiday data (Monday–Friday assumed there). */
  readonly provisional: boolean;
  readonly explanation: readonly ExplanationStep[];
  readonly text: LocalizedText;
  readonly warnings: readonly DueDateWarning[];
}

function parseField(field: string, value: unknown): DayNumber {
  try {
    return toDayNumber(value);
  } catch (error) {
    if (error instanceof InvalidDateError) throw new DueDateInputError(field, error.message);
    throw error;
  }
}

function checkWholeDays(field: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new DueDateInputError(field, `expected a whole number of working days from 1 to ${max}, got ${String(value)}`);
  }
  return value;
}

interface ResolvedPause {
  readonly pause: ConsultationPause;
  readonly days: ReadonlySet<DayNumber>;
}

/** Working days each pause keeps out of the count; third-party pauses stop after 15 working days. */
function resolvePauses(
  pauses: readonly ConsultationPause[],
  countStart: DayNumber,
  warnings: DueDateWarning[],
  uncoveredYears: Set<number>,
  calendar: HolidayCalendar,
): ResolvedPause[] {
  return pauses.map((pause, index) => {
    const field = `pauses[${index}]`;
    if (pause.kind !== 'thirdParty' && pause.kind !== 'interAgency') {
      throw new DueDateInputError(`${field}.kind`, `expected 'thirdParty' or 'interAgency', got ${JSON.stringify(pause.kind)}`);
    }
    const from = parseField(`${field}.from`, pause.from);
    const until = parseField(`${field}.until`, pause.until);
    if (until < from) throw new DueDateInputError(field, `until ${pause.until} is before from ${pause.from}`);
    const days = new Set<DayNumber>();
    let excess = 0;
    for (let day = Math.max(from, countStart + 1); day <= until; day++) {
      const info = calendar.dayInfo(day);
      if (!info.covered) uncoveredYears.add(civilDateOf(day).year);
      if (!info.working) continue;
      if (pause.kind === 'thirdParty' && days.size >= THIRD_PARTY_REPLY_DAYS) excess++;
      else days.add(day);
    }
    if (excess > 0) {
      warnings.push({
        code: 'thirdPartyPauseCapped',
        message: {
          'zh-Hans': `征求第三方意见 ${pause.from} 至 ${pause.until} 超过15个工作日，超出的${excess}个工作日计入期限`,
          'zh-Hant': `徵求第三方意見 ${pause.from} 至 ${pause.until} 超過15個工作日，超出的${excess}個工作日計入期限`,
          en: `third-party consultation ${pause.from} to ${pause.until} exceeds 15 working days; the ${excess} extra working days count towards the limit`,
        },
      });
    }
    return { pause, days };
  });
}

/** Holiday periods and make-up days in (after, through], in calendar order. */
function calendarSteps(after: DayNumber, through: DayNumber, calendar: HolidayCalendar): ExplanationStep[] {
  const periods: { from: DayNumber; to: DayNumber; holidays: HolidayKey[] }[] = [];
  const makeUpDays: string[] = [];
  let open = false; // a working day closes a holiday period; a plain weekend does not
  for (let day = after + 1; day <= through; day++) {
    const info = calendar.dayInfo(day);
    const current = periods.at(-1);
    if (info.holiday !== undefined) {
      if (open && current !== undefined) {
        current.to = day;
        if (!current.holidays.includes(info.holiday)) current.holidays.push(info.holiday);
      } else {
        periods.push({ from: day, to: day, holidays: [info.holiday] });
        open = true;
      }
    } else if (info.working) {
      open = false;
      if (info.makeUpFor !== undefined) makeUpDays.push(formatDayNumber(day));
    }
  }
  const steps: ExplanationStep[] = periods.map((period) => ({
    kind: 'holidayPeriod',
    from: formatDayNumber(period.from),
    to: formatDayNumber(period.to),
    holidays: period.holidays,
  }));
  if (makeUpDays.length > 0) steps.push({ kind: 'makeUpWorkdays', dates: makeUpDays });
  return steps;
}

/**
 * Computes the reply due date and an ordered explanation of how it was reached.
 * @throws DueDateInputError for malformed dates, an extension over 20 days, a second extension,
 *   a correction before receipt, a pause ending before it starts, or a limit over 20 days
 */
export function computeDueDate(input: DueDateInput, calendar: HolidayCalendar = bundledCalendar): DueDateResult {
  const received = parseField('receivedAt', input.receivedAt);
  const limitDays = checkWholeDays('limitDays', input.limitDays ?? STATUTORY_LIMIT_DAYS, STATUTORY_LIMIT_DAYS);
  const warnings: DueDateWarning[] = [];
  const uncoveredYears = new Set<number>();
  const steps: ExplanationStep[] = [{ kind: 'received', date: formatDayNumber(received) }];

  let countStart = received;
  if (input.correction !== undefined) {
    const requested = parseField('correction.requestedAt', input.correction.requestedAt);
    const corrected = parseField('correction.correctedReceivedAt', input.correction.correctedReceivedAt);
    if (requested < received) throw new DueDateInputError('correction.requestedAt', 'is before receivedAt');
    if (corrected < requested) throw new DueDateInputError('correction.correctedReceivedAt', 'is before requestedAt');
    let workingDaysToRequest = 0;
    for (let day = received + 1; day <= requested; day++) {
      const info = calendar.dayInfo(day);
      if (!info.covered) uncoveredYears.add(civilDateOf(day).year);
      if (info.working) workingDaysToRequest++;
    }
    if (workingDaysToRequest > CORRECTION_WINDOW_DAYS) {
      const { requestedAt } = input.correction;
      warnings.push({
        code: 'correctionRequestedLate',
        message: {
          'zh-Hans': `补正要求 ${requestedAt} 在收到申请后第${workingDaysToRequest}个工作日发出，超过7个工作日`,
          'zh-Hant': `補正要求 ${requestedAt} 在收到申請後第${workingDaysToRequest}個工作日發出，超過7個工作日`,
          en: `correction requested ${requestedAt}, ${workingDaysToRequest} working days after receipt (the limit is 7)`,
        },
      });
    }
    steps.push({ kind: 'correctionRequested', date: formatDayNumber(requested) });
    steps.push({ kind: 'restarted', date: formatDayNumber(corrected) });
    countStart = corrected;
  }
  steps.push({ kind: 'limit', days: limitDays });

  const extension = input.extension;
  if (Array.isArray(extension)) throw new DueDateInputError('extension', 'only one extension is allowed (Art. 33)');
  const extensionDays = extension === undefined ? 0 : checkWholeDays('extension.days', extension.days, MAX_EXTENSION_DAYS);
  const grantedAt = extension === undefined ? undefined : parseField('extension.grantedAt', extension.grantedAt);
  if (grantedAt !== undefined && grantedAt < countStart) {
    throw new DueDateInputError('extension.grantedAt', 'is before the application (or its correction) was received');
  }

  const pauses = resolvePauses(input.pauses ?? [], countStart, warnings, uncoveredYears, calendar);
  const isPaused = (day: DayNumber) => pauses.some((pause) => pause.days.has(day));
  const walk = (from: DayNumber, count: number) => {
    const result = walkWorkingDays(from, count, { skip: isPaused, allowUncovered: true, calendar });
    for (const year of result.uncoveredYears) uncoveredYears.add(year);
    return result.day;
  };
  const originalDue = walk(countStart, limitDays);
  const due = extensionDays > 0 ? walk(originalDue, extensionDays) : originalDue;

  // Steps of each phase: holidays, make-up days, then the pauses that begin in it.
  const pauseSteps = (after: DayNumber, through: DayNumber) =>
    pauses
      .filter(({ pause }) => {
        const begins = Math.max(toDayNumber(pause.from), countStart + 1);
        return begins > after && begins <= through;
      })
      .map(({ pause, days }): ExplanationStep => ({
        kind: 'pause',
        pauseKind: pause.kind,
        from: pause.from,
        until: pause.until,
        pausedWorkingDays: [...days].filter((day) => day <= due).length,
      }));
  steps.push(...calendarSteps(countStart, originalDue, calendar), ...pauseSteps(countStart, originalDue));
  if (extension !== undefined && grantedAt !== undefined) {
    steps.push({ kind: 'originalDueDate', date: formatDayNumber(originalDue) });
    steps.push({ kind: 'extension', days: extensionDays, grantedAt: formatDayNumber(grantedAt) });
    steps.push(...calendarSteps(originalDue, due, calendar), ...pauseSteps(originalDue, due));
    if (grantedAt > originalDue) {
      warnings.push({
        code: 'extensionGrantedAfterDueDate',
        message: {
          'zh-Hans': `延长期限于 ${extension.grantedAt} 批准，晚于原期限 ${formatDayNumber(originalDue)}`,
          'zh-Hant': `延長期限於 ${extension.grantedAt} 批准，晚於原期限 ${formatDayNumber(originalDue)}`,
          en: `extension approved ${extension.grantedAt}, after the original due date ${formatDayNumber(originalDue)}`,
        },
      });
    }
  }
  for (const { pause, days } of pauses) {
    if ([...days].some((day) => day <= due)) continue;
    warnings.push({
      code: 'pauseOutsideCountedSpan',
      message: {
        'zh-Hans': `征求意见 ${pause.from} 至 ${pause.until} 不在计算期间内，未影响期限`,
        'zh-Hant': `徵求意見 ${pause.from} 至 ${pause.until} 不在計算期間內，未影響期限`,
        en: `consultation ${pause.from} to ${pause.until} lies outside the counted span and does not change the due date`,
      },
    });
  }

  const provisional = uncoveredYears.size > 0;
  if (provisional) steps.push({ kind: 'provisional', years: [...uncoveredYears].sort((a, b) => a - b) });
  steps.push({ kind: 'dueDate', date: formatDayNumber(due), provisional });

  return {
    dueDate: formatDayNumber(due),
    originalDueDate: formatDayNumber(originalDue),
    provisional,
    explanation: steps,
    text: renderAll(steps),
    warnings,
  };
}
