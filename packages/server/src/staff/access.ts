/**
 * Which roles may call which staff endpoint: the one table of it. Every staff route names its
 * entry (`config: { access }`); a route without one is refused (fail closed). Scope — which
 * agencies' records a caller sees — is checked by the Store queries, not here: a record outside
 * the caller's agencies answers 404.
 */
import type { Principal } from './principal.js';
import type { Role } from './roles.js';

const ANY = 'any' as const;
/** Everyone who works on applications reads them. */
const REQUEST_READERS: readonly Role[] = ['registrar', 'handler', 'approver'];
const LETTER_READERS: readonly Role[] = ['registrar', 'handler', 'approver', 'publisher'];

export const ACCESS = {
  /** Sign-in itself needs no caller. */
  'session.create': 'public',
  /** Which ways to sign in this server offers (password; single sign-on when configured). */
  'session.methods': 'public',
  'oidc.start': 'public',
  'oidc.callback': 'public',
  'session.read': ANY,
  'session.end': ANY,
  'agencies.list': ANY,

  'requests.list': REQUEST_READERS,
  'requests.read': REQUEST_READERS,
  'requests.applicant': REQUEST_READERS,
  'requests.actions': REQUEST_READERS,
  'requests.confirm-receipt': ['registrar'],
  'requests.correction-received': ['registrar', 'handler'],
  'requests.request-correction': ['handler'],
  'requests.abandon': ['handler'],
  'requests.extend': ['handler'],
  'requests.pause': ['handler'],
  'requests.resume': ['handler'],
  'requests.reply': ['handler'],
  // Offline intake and four-eyes approval (docs/staff.md).
  'requests.register': ['registrar'],
  'requests.approve': ['approver'],
  'requests.return-for-changes': ['approver'],

  'letters.list': LETTER_READERS,
  'letters.read': LETTER_READERS,
  'letters.writer': LETTER_READERS,
  'letters.actions': LETTER_READERS,
  'letters.accept': ['handler'],
  'letters.reject': ['handler'],
  'letters.assign': ['handler'],
  'letters.return': ['handler'],
  'letters.start': ['handler'],
  'letters.reply': ['handler'],
  'letters.reopen': ['handler'],
  'letters.close': ['handler'],
  'letters.publication': ['handler', 'approver', 'publisher'],
  'letters.publish': ['publisher'],
  'letters.register': ['registrar'],
  'letters.approve': ['approver'],
  'letters.return-for-changes': ['approver'],

  // Handlers and approvers read the agency's reply templates; approvers (审核), who answer for the
  // wording of replies, maintain them (docs/staff.md "Reply templates").
  'templates.list': ['handler', 'approver'],
  'templates.edit': ['approver'],

  'audit.list': ['auditor'],
  'reports.annual': ['auditor', 'approver'],
} as const satisfies Record<string, readonly Role[] | typeof ANY | 'public'>;

export type AccessId = keyof typeof ACCESS;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The staff route's entry in ACCESS. */
    access?: AccessId;
  }
}

export function mayCall(principal: Principal, access: AccessId): boolean {
  const allowed: readonly Role[] | 'any' | 'public' = ACCESS[access];
  if (allowed === 'any' || allowed === 'public') return true;
  return principal.roles.some((role) => allowed.includes(role));
}

/** Every access id the principal's roles allow (`GET staff/session` answers it as `permissions`). */
export function permissionsOf(principal: Principal): AccessId[] {
  return (Object.keys(ACCESS) as AccessId[]).filter((access) => ACCESS[access] !== 'public' && mayCall(principal, access));
}

/**
 * The workbench's sections and the list each opens with: a section is offered when its list is
 * allowed, so the workbench keeps no copy of this table (packages/workbench/src/sections.ts).
 */
export const SECTIONS = { requests: 'requests.list', letters: 'letters.list', reports: 'reports.annual', intake: 'requests.register' } as const satisfies Record<string, AccessId>;
export type Section = keyof typeof SECTIONS;

export function sectionsOf(principal: Principal): Section[] {
  return (Object.keys(SECTIONS) as Section[]).filter((section) => mayCall(principal, SECTIONS[section]));
}
