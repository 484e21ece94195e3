/** Who is calling the staff API, as loaded from the database for every request. */
import type { Role } from './roles.js';

export interface Principal {
  /** Account name: what the audit log records as the actor (never a secret). */
  name: string;
  displayName: string;
  roles: Role[];
  /** Agency ids (from the agency directory) whose applications, letters and audit entries the account sees. */
  agencies: string[];
  /** How this request was authenticated: a session needs the CSRF header on state changes, a token does not. */
  via: 'token' | 'session';
}

export function hasRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
