/**
 * Which sections (queues, the report) a staff member's roles let them open, so the header offers only those and a
 * publisher does not land on a queue the server would refuse. It mirrors the list entries of
 * the server's access table (packages/server/src/staff/access.ts); the server still decides
 * every call, so a stale copy here can only hide a link, never grant anything.
 */
export type Section = 'requests' | 'letters' | 'reports' | 'intake';

const READERS: Record<Section, readonly string[]> = {
  requests: ['registrar', 'handler', 'approver'],
  letters: ['registrar', 'handler', 'approver', 'publisher'],
  reports: ['auditor', 'approver'],
  intake: ['registrar'],
};

/** The section a route belongs to. */
export function sectionOf(page: string): Section {
  if (page === 'letters' || page === 'letter') return 'letters';
  if (page === 'reports') return 'reports';
  if (page === 'intake') return 'intake';
  return 'requests';
}

export function sectionsFor(roles: readonly string[]): Section[] {
  return (Object.keys(READERS) as Section[]).filter((section) => READERS[section].some((role) => roles.includes(role)));
}
