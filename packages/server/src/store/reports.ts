/** The annual report of 国办公开办函〔2021〕30号: applications answered per report row. */
import { REPORT_ROW_KEYS, REPORT_ROWS } from '../report-rows.js';
import type { SqlValue } from '../storage/db.js';
import type { StoreContext } from './context.js';
import { scopeCondition, type Scope } from './scope.js';

export class ReportStore {
  constructor(private readonly ctx: StoreContext) {}

  /** Applications answered in `year` (Asia/Shanghai), one count per report row, in the official order. */
  async annual(year: number, scope?: Scope) {
    return this.ctx.db.read(async (tx) => {
      const where: string[] = [];
      const params: SqlValue[] = [];
      scopeCondition(scope, 'agency_id', where, params);
      const and = where.map((condition) => ` AND ${condition}`).join('');
      const counted = await tx.all<{ report_row: string; n: number | string }>(
        `SELECT report_row, COUNT(*) AS n FROM disclosure_requests WHERE report_row IS NOT NULL AND replied_at LIKE ?${and} GROUP BY report_row`,
        [`${year}-%`, ...params],
      );
      const received = await tx.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM disclosure_requests WHERE submitted_at LIKE ?${and}`, [`${year}-%`, ...params]);
      const counts = new Map(counted.map((row) => [row.report_row, Number(row.n)]));
      const rows = REPORT_ROW_KEYS.map((row) => ({ row, label: REPORT_ROWS[row], count: counts.get(row) ?? 0 }));
      return { year, received: Number(received?.n ?? 0), rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
    });
  }
}
