/**
 * Sign-in sessions for the workbench: a random id in an HttpOnly cookie, stored hashed, with a
 * CSRF token the page sends back in `X-CSRF-Token`; ended by sign-out, by the idle timeout
 * (no request for `idleMs`), by the absolute timeout (`absoluteMs` after sign-in), by disabling
 * the account or changing its password.
 */
import { isoInShanghai, type Clock } from '../clock.js';
import type { Db } from '../storage/db.js';
import type { AccountStore } from './accounts.js';
import type { Principal } from './principal.js';
import { newSecret, secretHash } from './secrets.js';

export interface SessionTimeouts {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_TIMEOUTS: SessionTimeouts = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 };

/** `last_seen_at` is refreshed at most this often, so a page polling a queue does not write on every request. */
const TOUCH_RESOLUTION_MS = 30_000;

export interface Session {
  principal: Principal;
  csrfToken: string;
}

export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly accounts: AccountStore,
    readonly timeouts: SessionTimeouts = DEFAULT_SESSION_TIMEOUTS,
  ) {}

  /** A new session for an account already verified; returns the cookie value (once) and the CSRF token. */
  async create(account: string): Promise<{ id: string; csrfToken: string }> {
    const id = newSecret('');
    const csrfToken = newSecret('');
    const now = isoInShanghai(this.clock());
    await this.db.transaction(async (tx) => {
      await tx.run('INSERT INTO staff_sessions (id_hash, account, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', [secretHash(id), account, csrfToken, now, now]);
    });
    return { id, csrfToken };
  }

  /** The live session of this cookie value, its last-seen time refreshed; expired sessions are deleted. */
  async resume(id: string): Promise<Session | undefined> {
    if (id.length < 20 || id.length > 200) return undefined;
    const hash = secretHash(id);
    const at = this.clock().getTime();
    const found = await this.db.read(async (tx) => {
      const row = await tx.get<{ account: string; csrf_token: string; created_at: string; last_seen_at: string }>('SELECT * FROM staff_sessions WHERE id_hash = ?', [hash]);
      if (!row) return undefined;
      const expired = at - Date.parse(row.last_seen_at) >= this.timeouts.idleMs || at - Date.parse(row.created_at) >= this.timeouts.absoluteMs;
      if (expired) return { expired: true as const };
      const principal = await this.accounts.principal(tx, row.account, 'session');
      return principal ? { expired: false as const, principal, row } : undefined;
    });
    if (!found) return undefined;
    if (found.expired) {
      await this.end(id);
      return undefined;
    }
    if (at - Date.parse(found.row.last_seen_at) >= TOUCH_RESOLUTION_MS) {
      await this.db.transaction((tx) => tx.run('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?', [isoInShanghai(new Date(at)), hash]));
    }
    return { principal: found.principal, csrfToken: found.row.csrf_token };
  }

  async end(id: string): Promise<void> {
    await this.db.transaction((tx) => tx.run('DELETE FROM staff_sessions WHERE id_hash = ?', [secretHash(id)]));
  }

  /** Deletes sessions past either timeout (run hourly with the other purges). */
  async purgeExpired(): Promise<number> {
    const at = this.clock().getTime();
    const idleBefore = isoInShanghai(new Date(at - this.timeouts.idleMs));
    const createdBefore = isoInShanghai(new Date(at - this.timeouts.absoluteMs));
    return (await this.db.transaction((tx) => tx.run('DELETE FROM staff_sessions WHERE last_seen_at <= ? OR created_at <= ?', [idleBefore, createdBefore]))).changes;
  }
}
