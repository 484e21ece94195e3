/**
 * Failed sign-ins, counted in the database (so several server processes share them) per account
 * name and per client address — both stored hashed. Past a limit within the window the key is
 * locked for a while; while locked every sign-in fails with the same generic answer, even with
 * the right password, so an attacker learns nothing from the lock either. A success clears the
 * account's counter but not the address's (an attacker must not reset it with an account of
 * their own).
 */
import { isoInShanghai, type Clock } from '../clock.js';
import type { Db } from '../storage/db.js';
import { secretHash } from './secrets.js';

export interface SignInLimits {
  /** Failures per account name within `windowMs` before it locks. */
  perAccount: number;
  /** Failures per client address within `windowMs` before it locks. */
  perAddress: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

type Kind = 'account' | 'address';

export class SignInThrottle {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  ) {}

  /** True while either the account name or the address is locked. */
  async locked(account: string, address: string): Promise<boolean> {
    const at = this.clock().getTime();
    const rows = await this.db.read((tx) =>
      tx.all<{ locked_until: string | null }>('SELECT locked_until FROM sign_in_failures WHERE (kind = ? AND key_hash = ?) OR (kind = ? AND key_hash = ?)', [
        'account',
        key(account),
        'address',
        key(address),
      ]),
    );
    return rows.some((row) => row.locked_until !== null && Date.parse(row.locked_until) > at);
  }

  async fail(account: string, address: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const [kind, value, limit] of [
        ['account', account, this.limits.perAccount],
        ['address', address, this.limits.perAddress],
      ] as Array<[Kind, string, number]>) {
        const at = this.clock().getTime();
        const row = await tx.get<{ failures: number | string; first_at: string; locked_until: string | null }>('SELECT failures, first_at, locked_until FROM sign_in_failures WHERE kind = ? AND key_hash = ?', [kind, key(value)]);
        // A locked key stays locked until its time runs out; more failures do not extend it.
        if (row?.locked_until && Date.parse(row.locked_until) > at) continue;
        const fresh = !row || at - Date.parse(row.first_at) >= this.limits.windowMs;
        const failures = fresh ? 1 : Number(row.failures) + 1;
        const firstAt = fresh ? isoInShanghai(new Date(at)) : row.first_at;
        const lockedUntil = failures >= limit ? isoInShanghai(new Date(at + this.limits.lockMs)) : null;
        await tx.run(
          `INSERT INTO sign_in_failures (kind, key_hash, failures, first_at, locked_until) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (kind, key_hash) DO UPDATE SET failures = excluded.failures, first_at = excluded.first_at, locked_until = excluded.locked_until`,
          [kind, key(value), failures, firstAt, lockedUntil],
        );
      }
    });
  }

  async succeed(account: string): Promise<void> {
    await this.db.transaction((tx) => tx.run('DELETE FROM sign_in_failures WHERE kind = ? AND key_hash = ?', ['account', key(account)]));
  }
}

const key = (value: string) => secretHash(`sign-in\n${value}`);
