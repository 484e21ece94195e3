/**
 * Which queues a staff member's roles let them open, so the header offers only those and a
 * publisher does not land on a queue the server would refuse. It mirrors the list entries of
 * the server's access table (packages/server/src/staff/access.ts); the server still decides
 * every call, so a stale copy here can only hide a link, never grant anything.
 */
export type Section = 'requests' | 'letters';

const READERS: Record<Section, readonly string[]> = {
  requests: ['registrar', 'handler', 'approver'],
  letters: ['registrar', 'handler', 'approver', 'publisher'],
};

export function sectionsFor(roles: readonly string[]): Section[] {
  return (Object.keys(READERS) as Section[]).filter((section) => READERS[section].some((role) => roles.includes(role)));
}
