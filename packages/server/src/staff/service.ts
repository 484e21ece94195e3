/**
 * Everything about staff identity in one object the routes and the CLI hold: accounts and
 * units, API tokens, sessions, the sign-in throttle, and sign-in itself.
 */
import type { Clock } from '../clock.js';
import type { Db } from '../storage/db.js';
import { AccountStore } from './accounts.js';
import { ApiTokenStore } from './api-tokens.js';
import { dummyHash, verifyPassword, type ScryptParams } from './passwords.js';
import { SessionStore, type SessionTimeouts } from './sessions.js';
import { SignInThrottle, type SignInLimits } from './sign-in-throttle.js';

export interface StaffServiceOptions {
  sessionTimeouts?: SessionTimeouts;
  signInLimits?: SignInLimits;
  /** scrypt cost for new password hashes (tests lower it; verification always uses the stored parameters). */
  passwordHashing?: ScryptParams;
}

export class StaffService {
  readonly accounts: AccountStore;
  readonly tokens: ApiTokenStore;
  readonly sessions: SessionStore;
  readonly throttle: SignInThrottle;

  constructor(db: Db, clock: Clock, options: StaffServiceOptions = {}) {
    this.accounts = new AccountStore(db, clock, options.passwordHashing);
    this.tokens = new ApiTokenStore(db, clock, this.accounts);
    this.sessions = new SessionStore(db, clock, this.accounts, options.sessionTimeouts);
    this.throttle = new SignInThrottle(db, clock, options.signInLimits);
  }

  /**
   * Checks a name and password; a new session on success. Every failure — unknown name, wrong
   * password, disabled account, locked name or address — returns undefined after the same work
   * (one scrypt verification), so neither the answer nor its timing tells them apart.
   */
  async signIn(name: string, password: string, address: string): Promise<{ account: string; id: string; csrfToken: string } | undefined> {
    const locked = await this.throttle.locked(name, address);
    const stored = await this.accounts.passwordHashOf(name);
    const matches = await verifyPassword(password, stored ?? (await dummyHash()));
    if (locked || !stored || !matches) {
      await this.throttle.fail(name, address);
      return undefined;
    }
    await this.throttle.succeed(name);
    return { account: name, ...(await this.sessions.create(name)) };
  }
}
