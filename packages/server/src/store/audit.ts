/** The audit log: one entry per action, written inside the action's transaction, and its reader. */
import type { SqlValue, Tx } from '../storage/db.js';
import { APPROVAL_STEPS, type ApprovalStep } from '../four-eyes.js';
import { scopeCondition, type Scope } from './scope.js';
import type { Actor, StoreContext } from './context.js';

export async function writeAudit(
  tx: Tx,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  before: string | null,
  after: string | null,
  detail: Record<string, unknown> | undefined,
  at: string,
): Promise<void> {
  await tx.run(
    'INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_status, after_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [at, actor.name, action, entityType, entityId, before, after, detail ? JSON.stringify(detail) : null],
  );
}

/**
 * The four-eyes steps of one record, oldest first (docs/staff.md "Four-eyes approval"), from the
 * audit entries every step writes — so the history cannot disagree with the log.
 */
export async function approvalHistory(tx: Tx, entityType: 'disclosure-request' | 'letter', entityId: string): Promise<ApprovalStep[]> {
  const rows = await tx.all<{ action: ApprovalStep['action']; actor: string; at: string; detail: string | null }>(
    `SELECT action, actor, at, detail FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action IN (${APPROVAL_STEPS.map(() => '?').join(', ')}) ORDER BY id`,
    [entityType, entityId, ...APPROVAL_STEPS],
  );
  return rows.map((row) => {
    const note = row.action === 'return-for-changes' && row.detail ? (JSON.parse(row.detail) as { note?: unknown }).note : undefined;
    return { action: row.action, by: row.actor, at: row.at, ...(typeof note === 'string' ? { note } : {}) };
  });
}

export class AuditStore {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * A staff read of personal data (applicant or writer details): who, what, when — never the
   * data itself. Its own transaction: the read is recorded before the data leaves.
   */
  async recordRead(actor: Actor, entityType: 'disclosure-request' | 'letter', entityId: string, view: string): Promise<void> {
    const { iso } = this.ctx.now();
    await this.ctx.db.transaction((tx) => writeAudit(tx, actor, 'read-personal', entityType, entityId, null, null, { view }, iso));
  }

  /**
   * Entries, oldest first. With `scope`, only those about the caller's agencies' applications
   * and letters (and the units of those agencies): an entry inherits its entity's agency.
   */
  async list(filter: { entityId?: string; page: number; pageSize: number; scope?: Scope }) {
    return this.ctx.db.read(async (tx) => {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (filter.entityId) {
        where.push('a.entity_id = ?');
        params.push(filter.entityId);
      }
      scopeCondition(filter.scope, ENTRY_AGENCY, where, params);
      const from = `FROM audit_log a
        LEFT JOIN disclosure_requests r ON a.entity_type = 'disclosure-request' AND r.tracking_number = a.entity_id
        LEFT JOIN letters l ON a.entity_type = 'letter' AND l.letter_number = a.entity_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
      const total = Number((await tx.get<{ n: number | string }>(`SELECT COUNT(*) AS n ${from}`, params))?.n ?? 0);
      const rows = await tx.all<Record<string, unknown>>(`SELECT a.* ${from} ORDER BY a.id LIMIT ? OFFSET ?`, [...params, filter.pageSize, (filter.page - 1) * filter.pageSize]);
      const items = rows.map((row) => ({
        id: Number(row.id),
        at: row.at,
        actor: row.actor,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        beforeStatus: row.before_status ?? undefined,
        afterStatus: row.after_status ?? undefined,
        ...(row.detail ? { detail: JSON.parse(String(row.detail)) as unknown } : {}),
      }));
      return { items, total, page: filter.page, pageSize: filter.pageSize };
    });
  }
}

const ENTRY_AGENCY = "COALESCE(r.agency_id, l.agency_id, CASE WHEN a.entity_type = 'agency' THEN a.entity_id END)";
