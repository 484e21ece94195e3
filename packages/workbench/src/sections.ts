/**
 * Which sections (queues, the report) the signed-in staff member may open, so the header offers
 * only those and a publisher does not land on a queue the server would refuse. The server says
 * which (`sections` of `GET staff/session`, from its access table — docs/staff.md "Roles"); the
 * workbench keeps no copy of the roles, and the server still decides every call.
 */
import type { StaffSession } from './api/types.js';

export type Section = 'requests' | 'letters' | 'reports' | 'intake' | 'templates';

const KNOWN: readonly Section[] = ['requests', 'letters', 'reports', 'intake'];

/** The section a route belongs to. */
export function sectionOf(page: string): Section {
  if (page === 'letters' || page === 'letter') return 'letters';
  if (page === 'reports') return 'reports';
  if (page === 'intake') return 'intake';
  if (page === 'templates') return 'templates';
  return 'requests';
}

/** The sections of the session, in the workbench's order; a section this build does not know is left out. */
export function sectionsOf(session: Pick<StaffSession, 'sections'> & Partial<Pick<StaffSession, 'permissions'>> | undefined): Section[] {
  const offered = session?.sections ?? [];
  const sections = KNOWN.filter((section) => offered.includes(section));
  // 答复模板 is not a section of the server's table but one permission (`templates.edit`,
  // approvers): the page is offered exactly when the server would accept its changes.
  if (session?.permissions?.includes('templates.edit')) sections.push('templates');
  return sections;
}
