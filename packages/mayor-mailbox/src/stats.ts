/**
 * The figures of the statistics view. A server (`GET mailbox/stats`) or a file's `stats` member
 * gives the published figures for the period; a file without `stats` gets them computed from
 * its letters. Letters per handling unit come from the published figures' `byUnit` when they
 * carry it (a server counts every letter, with on-time rates); otherwise they are counted from
 * the letters at hand, and the view says they count published letters only.
 *
 * Rates follow the published practice (docs/domain.md §5): reply rate = replied ÷ received, satisfaction
 * rate = (satisfied + basically satisfied) ÷ rated letters.
 */
import type { MailboxStats, PublicLetter } from '@gongkai/schema';
import { LETTER_TYPES } from './labels.js';

export interface CountRow {
  key: string;
  count: number;
  /** Units from published figures: the share of their letters answered in time, when known. */
  onTimeRate?: number | undefined;
}

export interface StatsModel {
  period?: { from: string; until: string } | undefined;
  received: number;
  replied: number;
  replyRate?: number | undefined;
  onTimeRate?: number | undefined;
  satisfactionRate?: number | undefined;
  byType: CountRow[];
  /** Letters per handling unit, most first; absent when there are none. */
  byUnit?: CountRow[] | undefined;
  /** `published`: units from the figures (all letters); `letters`: counted from the published letters. */
  byUnitOrigin?: 'published' | 'letters' | undefined;
  note?: string | undefined;
  /** `published`: the figures come from the server or the file; `computed`: counted from the letters. */
  origin: 'published' | 'computed';
}

const REPLIED_STATUSES = new Set(['replied', 'rated', 'closed']);

/** Whether a letter counts as replied: it has a reply, or its status is past the reply. */
export function isReplied(letter: Pick<PublicLetter, 'replies' | 'status'>): boolean {
  return letter.replies.length > 0 || REPLIED_STATUSES.has(letter.status);
}

/** Statistics of a set of letters, in the contract's shape (no on-time rate: letters carry no due date). */
export function statsFromLetters(letters: readonly PublicLetter[]): MailboxStats {
  const byType: Record<string, number> = {};
  const satisfaction = { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 };
  let replied = 0;
  for (const letter of letters) {
    byType[letter.type] = (byType[letter.type] ?? 0) + 1;
    if (isReplied(letter)) replied++;
    if (letter.satisfaction) satisfaction[letter.satisfaction]++;
  }
  const rated = satisfaction.satisfied + satisfaction.basicallySatisfied + satisfaction.unsatisfied;
  return {
    received: letters.length,
    replied,
    byType,
    ...(rated > 0 ? { satisfaction, satisfactionRate: (satisfaction.satisfied + satisfaction.basicallySatisfied) / rated } : {}),
  };
}

export function countByUnit(letters: readonly PublicLetter[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const letter of letters) {
    const unit = letter.handlingUnit ?? letter.replies[0]?.unit;
    if (unit) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'zh-Hans-CN'));
}

/** Published units, most letters first (the publisher's order kept among equals). */
function unitRows(byUnit: NonNullable<MailboxStats['byUnit']>): CountRow[] {
  return byUnit
    .map((u) => ({ key: u.unit, count: u.received, ...(u.onTimeRate !== undefined ? { onTimeRate: u.onTimeRate } : {}) }))
    .sort((a, b) => b.count - a.count);
}

/** Types in the order of the letter form, then any local types the publisher added. */
function typeRows(byType: Record<string, number> | undefined): CountRow[] {
  const entries = Object.entries(byType ?? {});
  const known = LETTER_TYPES.filter((t) => byType?.[t] !== undefined).map((t) => ({ key: t, count: byType![t]! }));
  const local = entries.filter(([key]) => !(LETTER_TYPES as readonly string[]).includes(key)).map(([key, count]) => ({ key, count }));
  return [...known, ...local];
}

export function buildStatsModel(published: MailboxStats | undefined, letters: readonly PublicLetter[] | undefined): StatsModel {
  const stats = published ?? statsFromLetters(letters ?? []);
  const rated = stats.satisfaction ? (stats.satisfaction.satisfied ?? 0) + (stats.satisfaction.basicallySatisfied ?? 0) + (stats.satisfaction.unsatisfied ?? 0) : 0;
  const satisfactionRate = stats.satisfactionRate ?? (rated > 0 ? ((stats.satisfaction?.satisfied ?? 0) + (stats.satisfaction?.basicallySatisfied ?? 0)) / rated : undefined);
  const byUnit = stats.byUnit ? unitRows(stats.byUnit) : letters ? countByUnit(letters) : [];
  return {
    period: stats.period,
    received: stats.received,
    replied: stats.replied,
    replyRate: stats.received > 0 ? Math.min(1, stats.replied / stats.received) : undefined,
    onTimeRate: stats.onTimeRate,
    satisfactionRate,
    byType: typeRows(stats.byType),
    byUnit: byUnit.length > 0 ? byUnit : undefined,
    byUnitOrigin: byUnit.length === 0 ? undefined : stats.byUnit ? 'published' : 'letters',
    note: typeof stats.note === 'string' ? stats.note : undefined,
    origin: published ? 'published' : 'computed',
  };
}
