/**
 * Staff accounts in the database: name, display name, roles, agencies, enabled flag, password
 * hash; the units of each agency a letter can be assigned to; the operator's changes audited.
 * Read per request by the authentication hook, so a change (disable, new role, revoked token)
 * applies to a running server at once.
 */
import { isoInShanghai, type Clock } from '../clock.js';
import type { Db, Tx } from '../storage/db.js';
import { UniqueViolation } from '../storage/db.js';
import { writeAudit } from '../store/audit.js';
import { DEFAULT_SCRYPT, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type ScryptParams } from './passwords.js';
import type { Principal } from './principal.js';
import { isRole, type Role } from './roles.js';

/** Lower-case letters, digits and `._-`: names appear in logs and audit entries, and are typed on a command line. */
export const ACCOUNT_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** An agency id as the agency directory spells it (also checked by `gongkai-server agency`). */
export const AGENCY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/;

/** A refusal an operator should read (bad name, duplicate, unknown account…). */
export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

interface AccountRow {
  name: string;
  display_name: string;
  roles: string;
  enabled: number | string;
  password_hash: string | null;
  created_at: string;
}

export interface AccountSummary {
  name: string;
  displayName: string;
  roles: Role[];
  agencies: string[];
  enabled: boolean;
  createdAt: string;
  activeTokens: number;
}

/** The operator (CLI) in the audit log. */
const OPERATOR = { name: 'operator' };

export class AccountStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly passwordParams: ScryptParams = DEFAULT_SCRYPT,
  ) {}

  private now(): string {
    return isoInShanghai(this.clock());
  }

  async create(input: { name: string; displayName?: string; roles: Role[]; agencies: string[]; password: string }): Promise<void> {
    checkName(input.name);
    const displayName = (input.displayName ?? input.name).trim();
    if (displayName === '' || displayName.length > 100 || CONTROL.test(displayName)) throw new AccountError('the display name must be 1–100 characters without control characters');
    if (input.roles.length === 0 || !input.roles.every(isRole)) throw new AccountError('at least one known role is required');
    for (const agency of input.agencies) if (!AGENCY_ID.test(agency)) throw new AccountError(`"${agency}" is not an agency id`);
    checkPassword(input.password);
    const hash = await hashPassword(input.password, this.passwordParams);
    const now = this.now();
    try {
      await this.db.transaction(async (tx) => {
        await tx.run('INSERT INTO staff_accounts (name, display_name, roles, enabled, password_hash, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)', [
          input.name,
          displayName,
          [...new Set(input.roles)].join(','),
          hash,
          now,
          now,
        ]);
        for (const agency of new Set(input.agencies)) await tx.run('INSERT INTO staff_account_agencies (account, agency_id) VALUES (?, ?)', [input.name, agency]);
        await writeAudit(tx, OPERATOR, 'staff-add', 'staff-account', input.name, null, 'enabled', { roles: input.roles, agencies: input.agencies }, now);
      });
    } catch (error) {
      if (error instanceof UniqueViolation) throw new AccountError(`an account named "${input.name}" exists already`);
      throw error;
    }
  }

  async setEnabled(name: string, enabled: boolean): Promise<void> {
    const now = this.now();
    await this.db.transaction(async (tx) => {
      const row = await this.row(tx, name);
      await tx.run('UPDATE staff_accounts SET enabled = ?, updated_at = ? WHERE name = ?', [enabled ? 1 : 0, now, name]);
      // Disabling ends every session at once; tokens stay (re-enabling restores integrations) but do not authenticate meanwhile.
      if (!enabled) await tx.run('DELETE FROM staff_sessions WHERE account = ?', [name]);
      await writeAudit(tx, OPERATOR, enabled ? 'staff-enable' : 'staff-disable', 'staff-account', name, Number(row.enabled) ? 'enabled' : 'disabled', enabled ? 'enabled' : 'disabled', undefined, now);
    });
  }

  async setPassword(name: string, password: string): Promise<void> {
    checkPassword(password);
    const hash = await hashPassword(password, this.passwordParams);
    const now = this.now();
    await this.db.transaction(async (tx) => {
      await this.row(tx, name);
      await tx.run('UPDATE staff_accounts SET password_hash = ?, updated_at = ? WHERE name = ?', [hash, now, name]);
      await tx.run('DELETE FROM staff_sessions WHERE account = ?', [name]);
      await writeAudit(tx, OPERATOR, 'staff-password', 'staff-account', name, null, null, undefined, now);
    });
  }

  async list(): Promise<AccountSummary[]> {
    const now = this.clock().getTime();
    return this.db.read(async (tx) => {
      const rows = await tx.all<AccountRow>('SELECT * FROM staff_accounts ORDER BY name');
      const agencies = await tx.all<{ account: string; agency_id: string }>('SELECT account, agency_id FROM staff_account_agencies ORDER BY agency_id');
      const tokens = await tx.all<{ account: string; expires_at: string | null }>('SELECT account, expires_at FROM staff_tokens WHERE revoked = 0');
      return rows.map((row) => ({
        name: row.name,
        displayName: row.display_name,
        roles: row.roles.split(',') as Role[],
        agencies: agencies.filter((a) => a.account === row.name).map((a) => a.agency_id),
        enabled: Number(row.enabled) === 1,
        createdAt: row.created_at,
        activeTokens: tokens.filter((t) => t.account === row.name && (t.expires_at === null || Date.parse(t.expires_at) > now)).length,
      }));
    });
  }

  /** The account as a caller, if it exists and is enabled. */
  async principal(tx: Tx, name: string, via: Principal['via']): Promise<Principal | undefined> {
    const row = await tx.get<AccountRow>('SELECT * FROM staff_accounts WHERE name = ?', [name]);
    if (!row || Number(row.enabled) !== 1) return undefined;
    const agencies = await tx.all<{ agency_id: string }>('SELECT agency_id FROM staff_account_agencies WHERE account = ? ORDER BY agency_id', [name]);
    return { name: row.name, displayName: row.display_name, roles: row.roles.split(',').filter(isRole), agencies: agencies.map((a) => a.agency_id), via };
  }

  async principalByName(name: string, via: Principal['via']): Promise<Principal | undefined> {
    return this.db.read((tx) => this.principal(tx, name, via));
  }

  /** For sign-in: the stored hash of an enabled account (undefined for unknown and disabled ones alike). */
  async passwordHashOf(name: string): Promise<string | undefined> {
    const row = await this.db.read((tx) => tx.get<AccountRow>('SELECT * FROM staff_accounts WHERE name = ?', [name]));
    return row && Number(row.enabled) === 1 && row.password_hash ? row.password_hash : undefined;
  }

  /* ---- units of an agency */

  async units(agencyId: string): Promise<string[]> {
    return this.db.read((tx) => unitsOf(tx, agencyId));
  }

  async setUnits(agencyId: string, units: readonly string[]): Promise<void> {
    const clean = [...new Set(units.map((unit) => unit.trim()).filter(Boolean))];
    for (const unit of clean) if (unit.length > 100 || CONTROL.test(unit)) throw new AccountError(`"${unit}" is not a unit name (at most 100 characters, no control characters)`);
    const now = this.now();
    await this.db.transaction(async (tx) => {
      const before = await unitsOf(tx, agencyId);
      await tx.run('DELETE FROM agency_units WHERE agency_id = ?', [agencyId]);
      for (const [position, unit] of clean.entries()) await tx.run('INSERT INTO agency_units (agency_id, unit, position) VALUES (?, ?, ?)', [agencyId, unit, position]);
      await writeAudit(tx, OPERATOR, 'agency-units', 'agency', agencyId, null, null, { before, after: clean }, now);
    });
  }

  async row(tx: Tx, name: string): Promise<AccountRow> {
    const row = await tx.get<AccountRow>('SELECT * FROM staff_accounts WHERE name = ?', [name]);
    if (!row) throw new AccountError(`no account named "${name}"`);
    return row;
  }
}

export async function unitsOf(tx: Tx, agencyId: string): Promise<string[]> {
  const rows = await tx.all<{ unit: string }>('SELECT unit FROM agency_units WHERE agency_id = ? ORDER BY position', [agencyId]);
  return rows.map((row) => row.unit);
}

function checkName(name: string): void {
  if (!ACCOUNT_NAME.test(name)) throw new AccountError(`"${name}" is not an account name (lower-case letters, digits, ".", "_", "-"; at most 64)`);
}

function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new AccountError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw new AccountError(`the password must have at most ${MAX_PASSWORD_LENGTH} characters`);
}

export { OPERATOR };
