/**
 * Idempotent intake. The Idempotency-Key record, the submission and its first event are written
 * in ONE transaction: after a crash there is either all of it or none, so a client retrying with
 * the same key gets the stored 201 again or a fresh, single submission — never two.
 *
 * In flight: a second request with the same key while the first is still inside its transaction
 * gets 409 (an in-process set, plus a PostgreSQL advisory lock for several server processes).
 */
import type { Tx, Db } from './storage/db.js';
import { HttpProblem, TITLES } from './problem.js';
import { seal, sha256, unseal } from './secrets.js';

export const IDEMPOTENCY_KEY = /^[\x21-\x7E]{8,200}$/;

export interface IntakeOutcome<R> {
  replayed: boolean;
  response: R;
}

export class Intake {
  private readonly inFlight = new Set<string>();

  constructor(private readonly db: Db) {}

  async submit<R>(
    scope: 'disclosure-request' | 'letter' | 'staff-disclosure-request' | 'staff-letter',
    idempotencyKey: string,
    bodyHash: string,
    create: (tx: Tx) => Promise<{ entityId: string; response: R }>,
    now: string,
    /** Runs before `create` for a new submission only (not a replay), in its transaction: the rate limits (src/rate-limit.ts); throwing refuses and rolls back. */
    admit?: (tx: Tx) => Promise<void>,
  ): Promise<IntakeOutcome<R>> {
    const keyHash = sha256(`${scope}\n${idempotencyKey}`);
    const flightKey = `${scope}:${keyHash}`;
    if (this.inFlight.has(flightKey)) throw new HttpProblem(409, 'in-flight', TITLES.inFlight, [], { 'Retry-After': '1' });
    this.inFlight.add(flightKey);
    try {
      return await this.db.transaction(async (tx) => {
        if (!(await tx.tryLock(flightKey))) throw new HttpProblem(409, 'in-flight', TITLES.inFlight, [], { 'Retry-After': '1' });
        const existing = await tx.get<{ body_hash: string; response_sealed: string }>(
          'SELECT body_hash, response_sealed FROM idempotency_keys WHERE scope = ? AND key_hash = ?',
          [scope, keyHash],
        );
        if (existing) {
          if (existing.body_hash !== bodyHash) throw new HttpProblem(422, 'idempotency-key-reused', TITLES.keyReused);
          return { replayed: true, response: JSON.parse(unseal(existing.response_sealed, idempotencyKey, scope)) as R };
        }
        await admit?.(tx);
        const { entityId, response } = await create(tx);
        await tx.run(
          'INSERT INTO idempotency_keys (scope, key_hash, body_hash, response_sealed, entity_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          [scope, keyHash, bodyHash, seal(JSON.stringify(response), idempotencyKey, scope), entityId, now],
        );
        return { replayed: false, response };
      });
    } finally {
      this.inFlight.delete(flightKey);
    }
  }
}

/**
 * Forgets idempotency records created before `before` (an ISO instant in the server's +08:00
 * form, as `created_at` is written, so text order is time order). The submissions themselves are
 * kept; a retry with an expired key would be taken as a new submission, so the retention must
 * outlast any client's retrying (the elements give up after 24 hours).
 */
export async function purgeIdempotencyKeys(db: Db, before: string): Promise<number> {
  return (await db.transaction((tx) => tx.run('DELETE FROM idempotency_keys WHERE created_at < ?', [before]))).changes;
}

/** Next number of the day for a counter (`YSQ`, `XJ`): one row per day, incremented in the transaction. */
export async function nextSerial(tx: Tx, name: string, day: string): Promise<number> {
  const row = await tx.get<{ value: number | string }>(
    'INSERT INTO counters (name, day, value) VALUES (?, ?, 1) ON CONFLICT (name, day) DO UPDATE SET value = counters.value + 1 RETURNING value',
    [name, day],
  );
  return Number(row?.value);
}

/** `YSQ-20261122-000123`: prefix, civil date, serial (at least 6 digits). */
export function formatNumber(prefix: string, compactDay: string, serial: number): string {
  return `${prefix}-${compactDay}-${String(serial).padStart(6, '0')}`;
}
