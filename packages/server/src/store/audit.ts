/** The audit log: one entry per action, written inside the action's transaction, and its reader. */
import type { Tx } from '../storage/db.js';
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

export class AuditStore {
  constructor(private readonly ctx: StoreContext) {}

  async list(filter: { entityId?: string; page: number; pageSize: number }) {
    return this.ctx.db.read(async (tx) => {
      const where = filter.entityId ? 'WHERE entity_id = ?' : '';
      const params = filter.entityId ? [filter.entityId] : [];
      const total = Number((await tx.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM audit_log ${where}`, params))?.n ?? 0);
      const rows = await tx.all<Record<string, unknown>>(`SELECT * FROM audit_log ${where} ORDER BY id LIMIT ? OFFSET ?`, [
        ...params,
        filter.pageSize,
        (filter.page - 1) * filter.pageSize,
      ]);
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
