/**
 * API tokens for integrations: 256 random bits (or an imported operator token of ≥ 22
 * characters), named, optionally expiring, revocable, last use recorded; stored only as a hash
 * and looked up by it, so nothing is parsed out of a token and an empty or `=` token never matches.
 */
import { isoInShanghai, type Clock } from '../clock.js';
import type { Db } from '../storage/db.js';
import { UniqueViolation } from '../storage/db.js';
import { writeAudit } from '../store/audit.js';
import { AccountError, OPERATOR, type AccountStore } from './accounts.js';
import type { Principal } from './principal.js';
import { MIN_IMPORTED_TOKEN_LENGTH, newSecret, secretHash } from './secrets.js';

export interface TokenSummary {
  id: number;
  label: string;
  createdAt: string;
  expiresAt?: string;
  revoked: boolean;
  lastUsedAt?: string;
}

/** `last_used_at` is written at most this often per token, so reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiTokenStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly accounts: AccountStore,
  ) {}

  /** A new token for `account`; returned once, never stored. */
  async issue(account: string, options: { days?: number; label?: string } = {}): Promise<string> {
    const token = newSecret('gkt_');
    await this.store(account, token, options);
    return token;
  }

  /** Registers a token the operator already holds (an integration configured before accounts existed). */
  async import(account: string, token: string, options: { days?: number; label?: string } = {}): Promise<void> {
    if (token.length < MIN_IMPORTED_TOKEN_LENGTH || token.length > 1000 || /[\s\u0000-\u001f\u007f]/.test(token)) {
      throw new AccountError(`an imported token must be ${MIN_IMPORTED_TOKEN_LENGTH}–1000 visible characters without spaces`);
    }
    await this.store(account, token, options);
  }

  private async store(account: string, token: string, options: { days?: number; label?: string }): Promise<void> {
    const days = options.days;
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3660)) throw new AccountError('--days must be a whole number from 1 to 3660');
    const label = (options.label ?? 'token').trim();
    if (label === '' || label.length > 100 || /[\u0000-\u001f\u007f]/.test(label)) throw new AccountError('the token name must be 1–100 characters');
    const at = this.clock();
    const now = isoInShanghai(at);
    const expires = days === undefined ? null : isoInShanghai(new Date(at.getTime() + days * 86_400_000));
    try {
      await this.db.transaction(async (tx) => {
        await this.accounts.row(tx, account);
        await tx.run('INSERT INTO staff_tokens (token_hash, account, label, created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, 0)', [secretHash(token), account, label, now, expires]);
        await writeAudit(tx, OPERATOR, 'token-issue', 'staff-account', account, null, null, { label, ...(expires ? { expiresAt: expires } : {}) }, now);
      });
    } catch (error) {
      if (error instanceof UniqueViolation) throw new AccountError('this token is registered already');
      throw error;
    }
  }

  /** Revokes the account's tokens named `label` (or all of them with `label` undefined); returns how many. */
  async revoke(account: string, label?: string): Promise<number> {
    const now = isoInShanghai(this.clock());
    return this.db.transaction(async (tx) => {
      await this.accounts.row(tx, account);
      const { changes } = label === undefined
        ? await tx.run('UPDATE staff_tokens SET revoked = 1 WHERE account = ? AND revoked = 0', [account])
        : await tx.run('UPDATE staff_tokens SET revoked = 1 WHERE account = ? AND label = ? AND revoked = 0', [account, label]);
      await writeAudit(tx, OPERATOR, 'token-revoke', 'staff-account', account, null, null, { ...(label !== undefined ? { label } : { all: true }), revoked: changes }, now);
      return changes;
    });
  }

  async list(account: string): Promise<TokenSummary[]> {
    const rows = await this.db.read((tx) =>
      tx.all<{ id: number | string; label: string; created_at: string; expires_at: string | null; revoked: number | string; last_used_at: string | null }>(
        'SELECT id, label, created_at, expires_at, revoked, last_used_at FROM staff_tokens WHERE account = ? ORDER BY id',
        [account],
      ),
    );
    return rows.map((row) => ({
      id: Number(row.id),
      label: row.label,
      createdAt: row.created_at,
      ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
      revoked: Number(row.revoked) === 1,
      ...(row.last_used_at ? { lastUsedAt: row.last_used_at } : {}),
    }));
  }

  /** The caller a bearer token stands for: a known, unrevoked, unexpired token of an enabled account. */
  async authenticate(token: string): Promise<Principal | undefined> {
    if (token.length < MIN_IMPORTED_TOKEN_LENGTH || token.length > 1000) return undefined;
    const at = this.clock();
    const found = await this.db.read(async (tx) => {
      const row = await tx.get<{ id: number | string; account: string; expires_at: string | null; revoked: number | string; last_used_at: string | null }>(
        'SELECT id, account, expires_at, revoked, last_used_at FROM staff_tokens WHERE token_hash = ?',
        [secretHash(token)],
      );
      if (!row || Number(row.revoked) !== 0 || (row.expires_at !== null && Date.parse(row.expires_at) <= at.getTime())) return undefined;
      const principal = await this.accounts.principal(tx, row.account, 'token');
      return principal ? { principal, row } : undefined;
    });
    if (!found) return undefined;
    if (found.row.last_used_at === null || at.getTime() - Date.parse(found.row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
      await this.db.transaction((tx) => tx.run('UPDATE staff_tokens SET last_used_at = ? WHERE id = ?', [isoInShanghai(at), Number(found.row.id)]));
    }
    return found.principal;
  }
}
