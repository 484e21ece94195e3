/**
 * The letter statistics kept incrementally (docs/design.md §5 "Reads that scale"): every change
 * of a letter row adds its contribution after the change and subtracts the one before, in the
 * same transaction, so `GET mailbox/stats` and the published list's facet counts read a handful
 * of rows instead of grouping the whole table. Migration 8 starts the tallies from the rows
 * already stored, with the same rules in SQL.
 *
 * A tally row is (facet, value) → letters, of which replied, of which replied on time:
 *   all ''            every letter
 *   type <type>       by type
 *   satisfaction <s>  by the writer's rating
 *   unit <unit>       by lead unit
 *   published <type>|<status>  published letters (replied/on_time unused)
 */
import type { Tx } from '../storage/db.js';

/** The columns of a letter row the tallies depend on. */
export interface TalliedLetter {
  type: string;
  status: string;
  satisfaction: string | null;
  lead_unit: string | null;
  first_replied_at: string | null;
  due_date: string;
  published: string | null;
}

export const TALLIED_COLUMNS = ['type', 'status', 'satisfaction', 'lead_unit', 'first_replied_at', 'due_date', 'published'] as const;

interface Tally {
  facet: string;
  value: string;
  n: number;
  replied: number;
  onTime: number;
}

/** A published letter's key in the `published` facet. */
export function publishedCell(type: string, status: string): string {
  return `${type}|${status}`;
}

/** What one letter adds to the tallies (the rules of LetterStatsStore.computeByScan). */
export function letterContribution(row: TalliedLetter): Tally[] {
  const replied = row.first_replied_at != null ? 1 : 0;
  const onTime = replied && row.first_replied_at!.slice(0, 10) <= row.due_date ? 1 : 0;
  const tallies: Tally[] = [
    { facet: 'all', value: '', n: 1, replied, onTime },
    { facet: 'type', value: row.type, n: 1, replied, onTime },
  ];
  if (row.satisfaction !== null) tallies.push({ facet: 'satisfaction', value: row.satisfaction, n: 1, replied, onTime });
  if (row.lead_unit !== null) tallies.push({ facet: 'unit', value: row.lead_unit, n: 1, replied, onTime });
  if (row.published !== null) tallies.push({ facet: 'published', value: publishedCell(row.type, row.status), n: 1, replied: 0, onTime: 0 });
  return tallies;
}

/**
 * Applies after − before. Rows are touched in one fixed order (facet, value) so that two
 * PostgreSQL transactions updating the same tallies never deadlock.
 */
export async function updateTallies(tx: Tx, before: TalliedLetter | undefined, after: TalliedLetter): Promise<void> {
  const delta = new Map<string, Tally>();
  const add = (tallies: Tally[], sign: 1 | -1) => {
    for (const t of tallies) {
      const key = `${t.facet}\u0000${t.value}`;
      const d = delta.get(key) ?? { facet: t.facet, value: t.value, n: 0, replied: 0, onTime: 0 };
      d.n += sign * t.n;
      d.replied += sign * t.replied;
      d.onTime += sign * t.onTime;
      delta.set(key, d);
    }
  };
  if (before) add(letterContribution(before), -1);
  add(letterContribution(after), 1);
  const changed = [...delta.entries()].filter(([, d]) => d.n !== 0 || d.replied !== 0 || d.onTime !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, d] of changed) {
    await tx.run(
      `INSERT INTO letter_tallies (facet, value, n, replied, on_time) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (facet, value) DO UPDATE SET n = letter_tallies.n + excluded.n, replied = letter_tallies.replied + excluded.replied,
         on_time = letter_tallies.on_time + excluded.on_time`,
      [d.facet, d.value, d.n, d.replied, d.onTime],
    );
  }
}

export interface TallyRow {
  facet: string;
  value: string;
  n: number;
  replied: number;
  onTime: number;
}

/** The tallies of some facets (rows whose count fell to 0 stay, and are left out here). */
export async function readTallies(tx: Tx, facets: readonly string[]): Promise<TallyRow[]> {
  const rows = await tx.all<{ facet: string; value: string; n: number | string; replied: number | string; on_time: number | string }>(
    `SELECT facet, value, n, replied, on_time FROM letter_tallies WHERE facet IN (${facets.map(() => '?').join(', ')}) AND n > 0`,
    facets,
  );
  return rows.map((row) => ({ facet: row.facet, value: row.value, n: Number(row.n), replied: Number(row.replied), onTime: Number(row.on_time) }));
}
