/**
 * Query codes (查询码) at rest: a keyed HMAC-SHA256 with the server secret (./server-secret.ts)
 * over the salted SHA-256 the server stored before, so that a stolen row cannot be brute-forced
 * without the secret (≈ 50 bits of code, one GPU-day against a bare SHA-256; issue #16 item 10).
 *
 * Stored formats, told apart by the salt column:
 * - `k1:<salt>` — hash = HMAC(secret, "gongkai-query-code\n" + SHA-256(salt + ":" + code)).
 * - `<salt>` (before this version) — hash = SHA-256(salt + ":" + code). Such rows are wrapped into
 *   the keyed form at start-up ({@link upgradeStoredQueryCodes}: the inner hash is what is stored,
 *   so no code is needed) and still verify if one slips in from an older process meanwhile.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from './storage/db.js';
import { hashQueryCode, newSalt } from './secrets.js';

const KEYED = 'k1:';

export class QueryCodeHasher {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('the server secret must be at least 32 bytes');
  }

  private keyed(innerHex: string): string {
    return createHmac('sha256', this.secret).update(`gongkai-query-code\n${innerHex}`).digest('hex');
  }

  /** A new code's stored form. */
  hash(code: string): { salt: string; hash: string } {
    const salt = newSalt();
    return { salt: `${KEYED}${salt}`, hash: this.keyed(hashQueryCode(code, salt)) };
  }

  matches(code: string, storedSalt: string, storedHash: string): boolean {
    const given = storedSalt.startsWith(KEYED)
      ? Buffer.from(this.keyed(hashQueryCode(code, storedSalt.slice(KEYED.length))), 'hex')
      : Buffer.from(hashQueryCode(code, storedSalt), 'hex');
    const stored = Buffer.from(storedHash, 'hex');
    return given.length === stored.length && timingSafeEqual(given, stored);
  }

  /** The keyed form of a row stored before (same code, no code needed). */
  wrap(legacySalt: string, legacyHash: string): { salt: string; hash: string } {
    return { salt: `${KEYED}${legacySalt}`, hash: this.keyed(legacyHash) };
  }
}

/** Rewraps every unkeyed query-code hash of applications and letters; returns how many. */
export async function upgradeStoredQueryCodes(db: Db, hasher: QueryCodeHasher): Promise<number> {
  let upgraded = 0;
  for (const [table, key] of [
    ['disclosure_requests', 'tracking_number'],
    ['letters', 'letter_number'],
  ] as const) {
    for (;;) {
      const done = await db.transaction(async (tx) => {
        const rows = await tx.all<{ id: string; query_salt: string; query_hash: string }>(
          `SELECT ${key} AS id, query_salt, query_hash FROM ${table} WHERE query_salt NOT LIKE 'k1:%' LIMIT 500`,
        );
        for (const row of rows) {
          const wrapped = hasher.wrap(row.query_salt, row.query_hash);
          // The WHERE on the old salt: another process may have upgraded the row meanwhile.
          await tx.run(`UPDATE ${table} SET query_salt = ?, query_hash = ? WHERE ${key} = ? AND query_salt = ?`, [wrapped.salt, wrapped.hash, row.id, row.query_salt]);
        }
        upgraded += rows.length;
        return rows.length === 0;
      });
      if (done) break;
    }
  }
  return upgraded;
}
