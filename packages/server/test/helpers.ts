/**
 * Shared test set-up: the databases every conformance-style suite runs against, and small HTTP
 * helpers. PostgreSQL comes from GONGKAI_TEST_PG_URL (a server we may create databases on);
 * unset, the PostgreSQL cases skip locally but FAIL when CI=true, so CI cannot skip silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { GongkaiServer } from '../src/index.js';
import { ROLES, type Role } from '../src/staff/roles.js';

export const PG_URL = process.env.GONGKAI_TEST_PG_URL;
export const IN_CI = process.env.CI === 'true';

export interface DbTarget {
  name: 'sqlite' | 'postgres';
  /** Skip reason when the target is unavailable locally. */
  skip?: string;
  /** A fresh, empty database; `drop` removes it. */
  create(): Promise<{ target: string; drop(): Promise<void> }>;
}

const sqliteTarget: DbTarget = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-server-test-'));
    return { target: join(dir, 'test.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

/** A new database on the test server for each suite, so suites never see each other's rows. */
const postgresTarget: DbTarget = {
  name: 'postgres',
  ...(PG_URL ? {} : { skip: 'GONGKAI_TEST_PG_URL is not set' }),
  async create() {
    if (!PG_URL) throw new Error('GONGKAI_TEST_PG_URL is not set (required when CI=true)');
    const name = `gongkai_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return {
      target: url.href,
      drop: async () => {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  },
};

/** Both targets; in CI the PostgreSQL one is never skipped (its create() fails instead). */
export const DB_TARGETS: DbTarget[] = [sqliteTarget, IN_CI ? { ...postgresTarget, skip: undefined } as DbTarget : postgresTarget];
for (const target of DB_TARGETS) if (target.skip === undefined) delete target.skip;

export const FIXTURE_DATA = new URL('../../../test/fixtures/data/', import.meta.url).pathname;

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

export function newKey(): string {
  return `test-${randomBytes(12).toString('hex')}`;
}

/** A valid application (person, resident ID from DOMAIN §6). */
export function validApplication(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicant: { type: 'person', name: '张三', idType: 'residentId', idNumber: '11010519491231002X', phone: '13812345678', address: '示例市东城区建设路88号3单元' },
    agencyId: 'gov-office',
    description: '2025年本市老旧小区改造项目清单及资金安排',
    provisionForms: ['electronic'],
    deliveryMethods: ['online'],
    privacyAccepted: true,
    ...overrides,
  };
}

export function validLetter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'help',
    subject: '建设路路灯不亮',
    content: '我是张三，住在示例市东城区建设路88号3单元，电话13812345678，身份证11010519491231002X。建设路路灯已坏一周。',
    name: '张三',
    phone: '13812345678',
    address: '示例市东城区建设路88号3单元',
    mayPublish: true,
    ...overrides,
  };
}

/** A mutable clock for walking through the DOMAIN §4 vectors. */
export function fixedClock(iso: string) {
  let now = new Date(iso);
  const clock = () => new Date(now);
  clock.set = (next: string) => {
    now = new Date(next);
  };
  return clock;
}

/** A data folder with one file of each kind (the schema package's examples + the power-catalog fixture). */
export async function writeDataFolder(): Promise<{ dir: string; remove(): void }> {
  const { examples } = await import('@gongkai/schema/examples');
  const { copyFileSync, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-data-'));
  copyFileSync(join(FIXTURE_DATA, 'power-catalog.json'), join(dir, 'power-catalog.json'));
  // A sub-category with two documents: one filed under it and its parent (counted once above),
  // one filed under the sub-category only (found by choosing the parent).
  const directory = structuredClone(examples['disclosure-directory']) as {
    categories: Array<Record<string, unknown>>;
    documents: Array<{ id: string; indexNumber: string; categoryIds: string[] }>;
  };
  directory.categories.push({ id: 'topic-finance-budget', name: '预算决算', parentId: 'topic-finance' });
  const first = directory.documents[0]!;
  first.categoryIds.push('topic-finance-budget');
  directory.documents.push({ ...structuredClone(first), id: `${first.id}-budget`, indexNumber: `${first.indexNumber}9`, categoryIds: ['topic-finance-budget'] });
  writeFileSync(join(dir, 'disclosure-directory.json'), JSON.stringify(directory));
  const agencies = structuredClone(examples['agency-directory']) as { agencies: Array<Record<string, unknown>> };
  agencies.agencies.push({ id: 'no-requests', name: '示例市某中心', acceptsDisclosureRequests: false });
  writeFileSync(join(dir, 'agency-directory.json'), JSON.stringify(agencies));
  writeFileSync(join(dir, 'mailbox-letters.json'), JSON.stringify(examples['mailbox-letters']));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sqliteFile() {
  return DB_TARGETS[0]!.create();
}

/** Cheap scrypt for test accounts (the server's default costs ~250 ms a hash; verification reads the stored parameters). */
export const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/**
 * A staff account holding `token` as an API token (imported, as an operator would with
 * `gongkai-server staff token NAME --import`), with every role by default, for the agencies
 * given (default: the server's mailbox agency) and the units of those agencies.
 */
export async function grantStaff(
  server: GongkaiServer,
  name: string,
  token: string,
  options: { roles?: readonly Role[]; agencies?: readonly string[]; units?: Record<string, readonly string[]>; password?: string } = {},
): Promise<void> {
  await server.staff.accounts.create({
    name,
    roles: [...(options.roles ?? ROLES)],
    agencies: [...(options.agencies ?? [server.publisher.id])],
    password: options.password ?? `pw-${randomBytes(12).toString('hex')}`,
  });
  await server.staff.tokens.import(name, token);
  for (const [agency, units] of Object.entries(options.units ?? {})) await server.staff.accounts.setUnits(agency, units);
}
