/**
 * `GET mailbox/stats`: this server's letters counted by type, reply, rating and lead unit. Read
 * from the tallies kept with every letter change (./letter-tallies.ts), so a request costs a few
 * rows whatever the number of letters; computeByScan() is the same answer by grouping the whole
 * table, kept for the tests and the benchmark that compare the two (docs/design.md §5).
 */
import type { Tx } from '../storage/db.js';
import type { StoreContext } from './context.js';
import { readTallies } from './letter-tallies.js';

export type LetterStats = Awaited<ReturnType<LetterStatsStore['computeByScan']>>;

export class LetterStatsStore {
  constructor(private readonly ctx: StoreContext) {}

  async compute(): Promise<LetterStats> {
    const rows = await this.ctx.db.read((tx) => readTallies(tx, ['all', 'type', 'satisfaction', 'unit']));
    const all = rows.find((row) => row.facet === 'all');
    const received = all?.n ?? 0;
    const replied = all?.replied ?? 0;
    const onTime = all?.onTime ?? 0;
    const byType: Record<string, number> = {};
    const satisfaction = { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 };
    // Types in the order the grouping query gave them (by value), so both paths serialize alike.
    for (const row of rows.filter((r) => r.facet === 'type').sort((a, b) => compareCodeUnits(a.value, b.value))) byType[row.value] = row.n;
    for (const row of rows) if (row.facet === 'satisfaction' && row.value in satisfaction) satisfaction[row.value as keyof typeof satisfaction] = row.n;
    const rated = satisfaction.satisfied + satisfaction.basicallySatisfied + satisfaction.unsatisfied;
    const byUnit = unitRows(rows.filter((r) => r.facet === 'unit').map((r) => ({ unit: r.value, n: r.n, replied: r.replied, on_time: r.onTime })));
    return {
      received,
      replied,
      byType,
      ...(byUnit.length > 0 ? { byUnit } : {}),
      ...(replied > 0 ? { onTimeRate: Math.min(1, onTime / replied) } : {}),
      ...(rated > 0 ? { satisfactionRate: (satisfaction.satisfied + satisfaction.basicallySatisfied) / rated, satisfaction } : {}),
    };
  }

  /** The statistics by grouping every letter row (what compute() did before the tallies). */
  async computeByScan() {
    return this.ctx.db.read(async (tx) => {
      const rows = await tx.all<{ type: string; n: number | string; on_time: number | string; replied: number | string; sat: string | null }>(
        `SELECT type, satisfaction AS sat, COUNT(*) AS n,
                SUM(CASE WHEN first_replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,
                SUM(CASE WHEN first_replied_at IS NOT NULL AND SUBSTR(first_replied_at, 1, 10) <= due_date THEN 1 ELSE 0 END) AS on_time
         FROM letters GROUP BY type, satisfaction`,
      );
      let received = 0;
      let replied = 0;
      let onTime = 0;
      const byType: Record<string, number> = {};
      const satisfaction = { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 };
      for (const row of rows) {
        const n = Number(row.n);
        received += n;
        byType[row.type] = (byType[row.type] ?? 0) + n;
        replied += Number(row.replied);
        onTime += Number(row.on_time);
        if (row.sat && row.sat in satisfaction) satisfaction[row.sat as keyof typeof satisfaction] += n;
      }
      const rated = satisfaction.satisfied + satisfaction.basicallySatisfied + satisfaction.unsatisfied;
      const byUnit = await this.letterStatsByUnit(tx);
      return {
        received,
        replied,
        byType,
        ...(byUnit.length > 0 ? { byUnit } : {}),
        ...(replied > 0 ? { onTimeRate: Math.min(1, onTime / replied) } : {}),
        ...(rated > 0 ? { satisfactionRate: (satisfaction.satisfied + satisfaction.basicallySatisfied) / rated, satisfaction } : {}),
      };
    });
  }

  /**
   * Letters per lead unit (letters not assigned yet belong to none), most first: how many it was
   * given, answered, and answered by the due date (`letterReplyDays` working days after receipt).
   */
  private async letterStatsByUnit(tx: Tx) {
    const rows = await tx.all<{ unit: string; n: number | string; replied: number | string; on_time: number | string }>(
      `SELECT lead_unit AS unit, COUNT(*) AS n,
              SUM(CASE WHEN first_replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,
              SUM(CASE WHEN first_replied_at IS NOT NULL AND SUBSTR(first_replied_at, 1, 10) <= due_date THEN 1 ELSE 0 END) AS on_time
       FROM letters WHERE lead_unit IS NOT NULL GROUP BY lead_unit`,
    );
    return unitRows(rows);
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unitRows(rows: Array<{ unit: string; n: number | string; replied: number | string; on_time: number | string }>) {
  return rows
    .map((row) => {
      const replied = Number(row.replied);
      return {
        unit: row.unit,
        received: Number(row.n),
        replied,
        ...(replied > 0 ? { onTimeRate: Math.min(1, Number(row.on_time) / replied) } : {}),
      };
    })
    .sort((a, b) => b.received - a.received || compareCodeUnits(a.unit, b.unit));
}
