/**
 * Due badges of the queues: 逾期 (overdue, as the server decides it) and 3日内到期 (due within
 * three calendar days, counted in China Standard Time, the agency's time, whatever the PC's
 * clock zone). Closed items get no badge.
 */
export type DueState = 'overdue' | 'soon' | 'none';

/** Today's civil date in Asia/Shanghai (UTC+8, no daylight saving). */
export function todayInShanghai(now: number = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

function dayNumber(civilDate: string): number {
  return Math.floor(Date.parse(`${civilDate}T00:00:00Z`) / 86_400_000);
}

export function dueState(item: { dueDate: string; overdue: boolean; open: boolean }, today: string): DueState {
  if (!item.open) return 'none';
  if (item.overdue) return 'overdue';
  const days = dayNumber(item.dueDate) - dayNumber(today);
  if (Number.isNaN(days)) return 'none';
  if (days < 0) return 'overdue';
  return days <= 3 ? 'soon' : 'none';
}

export const OPEN_REQUEST_STATUSES: readonly string[] = ['submitted', 'received', 'correctionRequested', 'paused', 'extended'];
export const CLOSED_LETTER_STATUSES: readonly string[] = ['replied', 'rated', 'closed', 'rejected'];
