/**
 * The audit log: one entry per submission, staff read of personal data and action, written
 * inside the action's transaction and hash-chained to the entry before it (./audit-chain.ts), and
 * its reader. Entries never hold personal data: free text a staff member typed (a note, a reason,
 * a reply) is recorded by its length only — the text itself lives in the record it belongs to.
 */
import type { SqlValue, Tx } from '../storage/db.js';
import { APPROVAL_STEPS, type ApprovalStep } from '../four-eyes.js';
import { AUDIT_LOCK, chainHead, entryHash } from './audit-chain.js';
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
  const stored = auditDetail(detail);
  const fields = { at, actor: actor.name, action, entity_type: entityType, entity_id: entityId, before_status: before, after_status: after, detail: stored ? JSON.stringify(stored) : null };
  // Held to commit: the next append (any process) reads this entry's hash as its predecessor.
  await tx.waitLock(AUDIT_LOCK);
  const prevHash = await chainHead(tx);
  await tx.run(
    'INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_status, after_status, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [fields.at, fields.actor, fields.action, fields.entity_type, fields.entity_id, fields.before_status, fields.after_status, fields.detail, prevHash, entryHash(fields, prevHash)],
  );
}

/**
 * The four-eyes steps of one record, oldest first (docs/staff.md "Four-eyes approval"), from the
 * audit entries every step writes — so the history cannot disagree with the log.
 */
export async function approvalHistory(tx: Tx, entityType: 'disclosure-request' | 'letter', entityId: string): Promise<ApprovalStep[]> {
  const rows = await tx.all<{ action: ApprovalStep['action']; actor: string; at: string }>(
    `SELECT action, actor, at FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action IN (${APPROVAL_STEPS.map(() => '?').join(', ')}) ORDER BY id`,
    [entityType, entityId, ...APPROVAL_STEPS],
  );
  // Who and when only: entries keep notes as their length (auditDetail), so a returned proposal's
  // note is read from the record's `approval`, where the handler needs it.
  return rows.map((row) => ({ action: row.action, by: row.actor, at: row.at }));
}

/** Members of action bodies that are free text and may name people: kept as a length only. */
const FREE_TEXT = new Set(['note', 'reason', 'content', 'subject', 'comment']);

/** The detail as stored: free text replaced by `<member>Length`, everything else as given. */
export function auditDetail(detail: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!detail) return undefined;
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (value === undefined) continue;
    if (FREE_TEXT.has(key)) stored[`${key}Length`] = typeof value === 'string' ? [...value].length : 0;
    else stored[key] = value;
  }
  return stored;
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
