/**
 * Staff roles (issue #15). What each role may call is in ./access.ts, the one table of it.
 * - registrar 登记: offline intake, confirm receipt, register corrections received
 * - handler 承办: corrections, extensions, pauses, replies, letters
 * - approver 审核: approves or returns others' proposed replies and publications (four eyes, ../four-eyes.ts)
 * - publisher: publishes letters
 * - auditor: read-only: the audit log and the reports
 * - admin: accounts (through the operator CLI) and the units of agencies
 */
export const ROLES = ['registrar', 'handler', 'approver', 'publisher', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** `registrar,handler` → roles; unknown names throw (an operator's typo must not pass). */
export function parseRoles(text: string): Role[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) throw new Error(`no role given (one or more of ${ROLES.join(', ')})`);
  for (const name of names) if (!isRole(name)) throw new Error(`unknown role "${name}" (one of ${ROLES.join(', ')})`);
  return [...new Set(names)] as Role[];
}
