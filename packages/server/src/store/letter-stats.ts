/** `GET mailbox/stats`: this server's letters counted by type, reply, rating and lead unit. */
import type { Tx } from '../storage/db.js';
import type { StoreContext } from './context.js';

export class LetterStatsStore {
  constructor(private readonly ctx: StoreContext) {}

  async compute() {
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
      .sort((a, b) => b.received - a.received || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  }
}
