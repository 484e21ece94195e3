/**
 * The deadline of one application, recomputed from its recorded facts (receipt, correction,
 * extension, consultation pauses) with @gongkai/workdays every time one of them changes, so the
 * due date and its explanation never drift from the rules (docs/domain.md §3, Art. 30–33).
 */
import { bundledCalendar, computeDueDate, type DueDateInput, type HolidayCalendar, type LocalizedText, type PauseKind } from '@gongkai/workdays';

export interface DeadlineFacts {
  /** Date of receipt (Art. 31); absent while the server waits for staff to confirm it. */
  receivedAt?: string;
  correction?: { requestedAt: string; correctedReceivedAt?: string };
  extension?: { days: number; grantedAt: string };
  pauses: Array<{ kind: PauseKind; from: string; until?: string }>;
}

export interface Deadline {
  dueDate: string;
  provisional: boolean;
  text: LocalizedText;
  warnings: Array<{ code: string; message: LocalizedText }>;
}

/**
 * `submittedOn` stands in for the receipt date until it is confirmed; an open pause runs to
 * `today`; a correction not yet answered leaves the earlier due date standing (the clock restarts
 * only when the corrected application arrives).
 */
export function computeDeadline(facts: DeadlineFacts, submittedOn: string, today: string, calendar: HolidayCalendar = bundledCalendar): Deadline {
  const input: { -readonly [K in keyof DueDateInput]: DueDateInput[K] } = { receivedAt: facts.receivedAt ?? submittedOn };
  if (facts.correction?.correctedReceivedAt) {
    input.correction = { requestedAt: facts.correction.requestedAt, correctedReceivedAt: facts.correction.correctedReceivedAt };
  }
  if (facts.extension) input.extension = facts.extension;
  if (facts.pauses.length > 0) {
    input.pauses = facts.pauses.map((pause) => ({
      kind: pause.kind,
      from: pause.from,
      until: pause.until ?? (today > pause.from ? today : pause.from),
    }));
  }
  const result = computeDueDate(input, calendar);
  return {
    dueDate: result.dueDate,
    provisional: result.provisional,
    text: result.text,
    warnings: result.warnings.map((warning) => ({ code: warning.code, message: warning.message })),
  };
}
