/**
 * `--demo-staff` (used by the root `npm start`): demo accounts with a known password so that
 * anyone trying the demo can sign in to the workbench. DEMO ONLY — the password is public. The
 * accounts are created once (a restart keeps them and their changes); the units of the mailbox
 * agency are seeded from the units that answered the archive's letters, when it has none yet.
 */
import type { GongkaiServer } from './app.js';
import type { Role } from './staff/roles.js';

export const DEMO_PASSWORD = 'gongkai-demo-2026';

export interface DemoAccount {
  name: string;
  displayName: string;
  roles: Role[];
  agencies: string[];
}

export function demoAccounts(mailboxAgency: string, otherAgency: string | undefined): DemoAccount[] {
  const both = [mailboxAgency, ...(otherAgency ? [otherAgency] : [])];
  return [
    { name: 'demo-registrar', displayName: '登记员（演示）', roles: ['registrar'], agencies: both },
    { name: 'demo-handler', displayName: '承办人（演示）', roles: ['handler'], agencies: both },
    { name: 'demo-approver', displayName: '审核人（演示）', roles: ['approver'], agencies: both },
    { name: 'demo-publisher', displayName: '公开发布员（演示）', roles: ['publisher'], agencies: [mailboxAgency] },
    { name: 'demo-auditor', displayName: '审计员（演示）', roles: ['auditor'], agencies: both },
    { name: 'demo-admin', displayName: '管理员（演示）', roles: ['admin'], agencies: both },
    ...(otherAgency ? [{ name: 'demo-handler-2', displayName: `承办人（仅 ${otherAgency}，演示）`, roles: ['handler', 'registrar'] as Role[], agencies: [otherAgency] }] : []),
  ];
}

export async function seedDemoStaff(server: GongkaiServer, archiveUnits: readonly string[], otherAgency: string | undefined): Promise<DemoAccount[]> {
  const existing = new Set((await server.staff.accounts.list()).map((account) => account.name));
  const accounts = demoAccounts(server.publisher.id, otherAgency);
  for (const account of accounts) {
    if (!existing.has(account.name)) await server.staff.accounts.create({ ...account, password: DEMO_PASSWORD });
  }
  if ((await server.staff.accounts.units(server.publisher.id)).length === 0 && archiveUnits.length > 0) {
    await server.staff.accounts.setUnits(server.publisher.id, archiveUnits);
  }
  return accounts;
}
