/**
 * The audit log's hash chain (docs/security.md, "Audit log"): every entry
 * carries the SHA-256 of its own canonical encoding together with the previous entry's hash, so
 * changing, removing or inserting an entry anywhere breaks every link after it. Database
 * triggers refuse UPDATE and DELETE (migration 7); the chain is what still catches someone who
 * can drop those triggers — a database superuser or whoever holds the SQLite file.
 *
 * Appends are serialized (`gongkai:audit` lock: a PostgreSQL advisory lock held to commit, so
 * several server processes never chain two entries to the same predecessor; SQLite has one
 * writer anyway). The chain cannot show that entries were cut off the END: `audit verify`
 * prints the head hash so that an operator can record it elsewhere and compare later.
 */
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../storage/db.js';

/** The predecessor of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);
export const AUDIT_LOCK = 'gongkai:audit';

/** The stored columns an entry's hash covers: everything but its id (the chain orders it). */
export interface ChainedFields {
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_status: string | null;
  after_status: string | null;
  /** The stored JSON text, hashed exactly as stored. */
  detail: string | null;
}

/**
 * SHA-256 over a JSON array of the fields in a fixed order and the previous hash. A JSON array
 * of strings and nulls has one encoding, so the hash never depends on key order or driver.
 */
export function entryHash(entry: ChainedFields, prevHash: string): string {
  const canonical = JSON.stringify([
    'gongkai-audit-v1',
    entry.at,
    entry.actor,
    entry.action,
    entry.entity_type,
    entry.entity_id,
    entry.before_status ?? null,
    entry.after_status ?? null,
    entry.detail ?? null,
    prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The hash the next entry chains to (inside the caller's transaction, after taking the lock). */
export async function chainHead(tx: Tx): Promise<string> {
  const last = await tx.get<{ hash: string | null }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
  return last?.hash ?? GENESIS_HASH;
}

const COLUMNS = 'id, at, actor, action, entity_type, entity_id, before_status, after_status, detail, prev_hash, hash';
type StoredEntry = ChainedFields & { id: number | string; prev_hash: string | null; hash: string | null };
const PAGE = 1000;

/**
 * Chains the entries written before migration 7 (no hash yet), oldest first. Runs inside the
 * migration's transaction, before the triggers exist.
 */
export async function chainUnhashedEntries(tx: Tx): Promise<number> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let chained = 0;
  for (;;) {
    const rows = await tx.all<StoredEntry>(`SELECT ${COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ${PAGE}`, [afterId]);
    if (rows.length === 0) return chained;
    for (const row of rows) {
      if (row.hash === null) {
        const hash = entryHash(row, prev);
        await tx.run('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?', [prev, hash, Number(row.id)]);
        prev = hash;
        chained += 1;
      } else prev = row.hash;
      afterId = Number(row.id);
    }
  }
}

export type AuditVerification =
  | { ok: true; count: number; head: string }
  | {
      ok: false;
      /** Entries checked and found sound before the broken one. */
      count: number;
      entryId: number;
      /** `prev_hash`: the link to the previous entry differs (one removed or inserted before it); `hash`: the entry's own content differs. */
      differs: 'prev_hash' | 'hash';
      expected: string;
      found: string | null;
    };

/** Walks the whole chain, oldest first, in pages; stops at the first broken link. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const rows = await db.read((tx) => tx.all<StoredEntry>(`SELECT ${COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ${PAGE}`, [afterId]));
    if (rows.length === 0) return { ok: true, count, head: prev };
    for (const row of rows) {
      const entryId = Number(row.id);
      if (row.prev_hash !== prev) return { ok: false, count, entryId, differs: 'prev_hash', expected: prev, found: row.prev_hash };
      const expected = entryHash(row, prev);
      if (row.hash !== expected) return { ok: false, count, entryId, differs: 'hash', expected, found: row.hash };
      prev = expected;
      count += 1;
      afterId = entryId;
    }
  }
}
