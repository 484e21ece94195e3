/**
 * The role × scope matrix of the staff API, on SQLite and PostgreSQL: for every staff endpoint,
 * each role that may call it gets 2xx, every other role 403, and an allowed role working for
 * another agency 404 (existence does not leak); lists, the audit log and the annual report are
 * filtered to the caller's agencies. The expected roles are written out here, not read from the
 * server's ACCESS table, so a change to that table has to change this test too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type StartedServer } from '../src/index.js';
import { ACCESS, type AccessId } from '../src/staff/access.js';
import { ROLES, type Role } from '../src/staff/roles.js';
import { DB_TARGETS, fixedClock, getJson, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';

const UNIT = '示例市城市管理局';
const ROOT = 'root-token-0123456789-abcdef';
const tokenOf = (role: Role, scope: 'a' | 'b') => `${role}-${scope}-token-0123456789abcdef`;

/** `proposed`: a reply (publication) awaits four-eyes approval, proposed by another account. */
type ApplicationState = 'submitted' | 'received' | 'correctionRequested' | 'paused' | 'replied' | 'proposed';
type LetterState = 'received' | 'accepted' | 'assigned' | 'replied' | 'rated' | 'proposed';

interface Row {
  access: AccessId;
  method: 'GET' | 'POST';
  /** `{n}` is replaced by the prepared entity's number. */
  path: string;
  allowed: readonly Role[] | 'all';
  body?: Record<string, unknown>;
  /** The entity the call acts on, in the state the action needs (none: a list or report). */
  application?: ApplicationState;
  letter?: LetterState;
  /** Creates a record in the caller's agency (offline intake): an allowed role of another agency gets 404. */
  creates?: true;
}

const READ_APPLICATIONS: readonly Role[] = ['registrar', 'handler', 'approver'];
const READ_LETTERS: readonly Role[] = ['registrar', 'handler', 'approver', 'publisher'];

const MATRIX: Row[] = [
  { access: 'session.read', method: 'GET', path: 'session', allowed: 'all' },
  { access: 'agencies.list', method: 'GET', path: 'agencies', allowed: 'all' },

  { access: 'requests.list', method: 'GET', path: 'disclosure/requests', allowed: READ_APPLICATIONS },
  { access: 'requests.read', method: 'GET', path: 'disclosure/requests/{n}', allowed: READ_APPLICATIONS, application: 'received' },
  { access: 'requests.applicant', method: 'GET', path: 'disclosure/requests/{n}/applicant', allowed: READ_APPLICATIONS, application: 'received' },
  { access: 'requests.actions', method: 'GET', path: 'disclosure/requests/{n}/actions', allowed: READ_APPLICATIONS, application: 'received' },
  { access: 'requests.confirm-receipt', method: 'POST', path: 'disclosure/requests/{n}/confirm-receipt', allowed: ['registrar'], application: 'submitted' },
  { access: 'requests.request-correction', method: 'POST', path: 'disclosure/requests/{n}/request-correction', allowed: ['handler'], application: 'received', body: { note: '请补充文件名称' } },
  { access: 'requests.correction-received', method: 'POST', path: 'disclosure/requests/{n}/correction-received', allowed: ['registrar', 'handler'], application: 'correctionRequested' },
  { access: 'requests.abandon', method: 'POST', path: 'disclosure/requests/{n}/abandon', allowed: ['handler'], application: 'correctionRequested' },
  { access: 'requests.extend', method: 'POST', path: 'disclosure/requests/{n}/extend', allowed: ['handler'], application: 'received', body: { days: 10, note: '需要调取档案' } },
  { access: 'requests.pause', method: 'POST', path: 'disclosure/requests/{n}/pause', allowed: ['handler'], application: 'received', body: { kind: 'thirdParty' } },
  { access: 'requests.resume', method: 'POST', path: 'disclosure/requests/{n}/resume', allowed: ['handler'], application: 'paused' },
  { access: 'requests.reply', method: 'POST', path: 'disclosure/requests/{n}/reply', allowed: ['handler'], application: 'received', body: { type: 'partiallyGranted', content: '部分公开。' } },
  { access: 'requests.register', method: 'POST', path: 'disclosure/requests', allowed: ['registrar'], creates: true, body: { ...validApplication(), channel: 'post', receivedAt: '2026-02-27' } },
  { access: 'requests.approve', method: 'POST', path: 'disclosure/requests/{n}/approve', allowed: ['approver'], application: 'proposed' },
  { access: 'requests.return-for-changes', method: 'POST', path: 'disclosure/requests/{n}/return-for-changes', allowed: ['approver'], application: 'proposed', body: { note: '请补充法律依据' } },

  { access: 'letters.list', method: 'GET', path: 'mailbox/letters', allowed: READ_LETTERS },
  { access: 'letters.read', method: 'GET', path: 'mailbox/letters/{n}', allowed: READ_LETTERS, letter: 'received' },
  { access: 'letters.writer', method: 'GET', path: 'mailbox/letters/{n}/writer', allowed: READ_LETTERS, letter: 'received' },
  { access: 'letters.actions', method: 'GET', path: 'mailbox/letters/{n}/actions', allowed: READ_LETTERS, letter: 'received' },
  { access: 'letters.accept', method: 'POST', path: 'mailbox/letters/{n}/accept', allowed: ['handler'], letter: 'received' },
  { access: 'letters.reject', method: 'POST', path: 'mailbox/letters/{n}/reject', allowed: ['handler'], letter: 'received', body: { reason: '不属于本信箱受理范围' } },
  { access: 'letters.assign', method: 'POST', path: 'mailbox/letters/{n}/assign', allowed: ['handler'], letter: 'accepted', body: { leadUnit: UNIT } },
  { access: 'letters.return', method: 'POST', path: 'mailbox/letters/{n}/return', allowed: ['handler'], letter: 'assigned' },
  { access: 'letters.start', method: 'POST', path: 'mailbox/letters/{n}/start', allowed: ['handler'], letter: 'assigned' },
  { access: 'letters.reply', method: 'POST', path: 'mailbox/letters/{n}/reply', allowed: ['handler'], letter: 'assigned', body: { unit: UNIT, content: '已处理。' } },
  { access: 'letters.reopen', method: 'POST', path: 'mailbox/letters/{n}/reopen', allowed: ['handler'], letter: 'rated' },
  { access: 'letters.close', method: 'POST', path: 'mailbox/letters/{n}/close', allowed: ['handler'], letter: 'replied' },
  { access: 'letters.publication', method: 'GET', path: 'mailbox/letters/{n}/publication', allowed: ['handler', 'approver', 'publisher'], letter: 'replied' },
  { access: 'letters.publish', method: 'POST', path: 'mailbox/letters/{n}/publish', allowed: ['publisher'], letter: 'replied' },
  { access: 'letters.register', method: 'POST', path: 'mailbox/letters', allowed: ['registrar'], creates: true, body: { ...validLetter(), channel: 'post', receivedAt: '2026-02-27' } },
  { access: 'letters.approve', method: 'POST', path: 'mailbox/letters/{n}/approve', allowed: ['approver'], letter: 'proposed' },
  { access: 'letters.return-for-changes', method: 'POST', path: 'mailbox/letters/{n}/return-for-changes', allowed: ['approver'], letter: 'proposed', body: { note: '请再遮盖门牌号' } },

  { access: 'templates.list', method: 'GET', path: 'agencies/gov-office/reply-templates', allowed: ['handler', 'approver'] },
  // PUT and DELETE share this entry: staff-reply-templates.node.test.ts.
  { access: 'templates.edit', method: 'POST', path: 'agencies/gov-office/reply-templates', allowed: ['approver'], body: { replyType: 'granted', title: '予以公开', body: '经审查，{受理编号}所申请的信息予以公开。' } },

  { access: 'audit.list', method: 'GET', path: 'audit', allowed: ['auditor'] },
  { access: 'reports.annual', method: 'GET', path: 'reports/annual?year=2026', allowed: ['auditor', 'approver'] },
];

/**
 * Endpoints of the ACCESS table tested elsewhere: sign-in and sign-out (staff-auth.node.test.ts),
 * the sign-in methods and single sign-on's two legs (staff-oidc.node.test.ts, public by design).
 */
const ELSEWHERE: readonly AccessId[] = ['session.create', 'session.end', 'session.methods', 'oidc.start', 'oidc.callback'];

for (const target of DB_TARGETS) {
  describe(`staff role × scope matrix (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock('2026-03-02T10:00:00+08:00');

    const call = async (token: string, method: 'GET' | 'POST', path: string, body?: unknown) => {
      const response = await fetch(`${api}staff/${path}`, {
        method,
        // A fresh Idempotency-Key on every POST (the offline intake requires one; the actions ignore it).
        headers: { Authorization: `Bearer ${token}`, ...(method === 'POST' ? { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() } : {}) },
        ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
    };
    const root = async (path: string, body: unknown = {}) => {
      const res = await call(ROOT, 'POST', path, body);
      assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
    };

    /** Root proposes while the agency requires four eyes, then the setting goes off again (the proposal stays pending). */
    const proposeWithFourEyes = async (agencyId: string, path: string, body: unknown) => {
      await server.store.agencySettings.setFourEyes(agencyId, true);
      try {
        const res = await call(ROOT, 'POST', path, body);
        assert.equal(res.status, 202, `${path}: ${JSON.stringify(res.body)}`);
      } finally {
        await server.store.agencySettings.setFourEyes(agencyId, false);
      }
    };
    const newApplication = async (state: ApplicationState, agencyId = 'gov-office') => {
      const res = await postJson(`${api}disclosure/requests`, validApplication({ agencyId }), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      const tn = res.body!.trackingNumber as string;
      if (state === 'submitted') return tn;
      await root(`disclosure/requests/${tn}/confirm-receipt`);
      if (state === 'correctionRequested') await root(`disclosure/requests/${tn}/request-correction`, { note: '请补充' });
      if (state === 'paused') await root(`disclosure/requests/${tn}/pause`, { kind: 'interAgency' });
      if (state === 'replied') await root(`disclosure/requests/${tn}/reply`, { type: 'partiallyGranted', content: '部分公开。' });
      if (state === 'proposed') await proposeWithFourEyes(agencyId, `disclosure/requests/${tn}/reply`, { type: 'partiallyGranted', content: '部分公开。' });
      return tn;
    };
    const newLetter = async (state: LetterState) => {
      const res = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      const { letterNumber: n, queryCode } = res.body as { letterNumber: string; queryCode: string };
      if (state === 'received') return n;
      await root(`mailbox/letters/${n}/accept`);
      if (state === 'accepted') return n;
      await root(`mailbox/letters/${n}/assign`, { leadUnit: UNIT });
      if (state === 'assigned') return n;
      await root(`mailbox/letters/${n}/reply`, { unit: UNIT, content: '已处理。' });
      if (state === 'proposed') await proposeWithFourEyes(server.publisher.id, `mailbox/letters/${n}/publish`, {});
      if (state === 'rated') {
        const rated = await postJson(`${api}mailbox/letters/${n}/rating`, { satisfaction: 'unsatisfied' }, { 'X-Query-Code': queryCode });
        assert.equal(rated.status, 200);
      }
      return n;
    };
    const prepare = (row: Row) => (row.application ? newApplication(row.application) : row.letter ? newLetter(row.letter) : Promise.resolve(''));

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      // Receipt by staff, so that confirm-receipt has applications to confirm.
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock, receipt: 'staff', passwordHashing: TEST_SCRYPT, intakeRateLimit: { max: 0, windowMs: 1 }, lookupRateLimit: { max: 0, windowMs: 1 } });
      api = `${server.url}api/`;
      const mine = ['gov-office', server.publisher.id];
      await grantStaff(server, 'root', ROOT, { agencies: [...mine, 'market'], units: { [server.publisher.id]: [UNIT] } });
      for (const role of ROLES) {
        await grantStaff(server, `${role}-a`, tokenOf(role, 'a'), { roles: [role], agencies: mine });
        await grantStaff(server, `${role}-b`, tokenOf(role, 'b'), { roles: [role], agencies: ['market'] });
      }
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('covers every endpoint of the ACCESS table', () => {
      assert.deepEqual([...MATRIX.map((row) => row.access), ...ELSEWHERE].sort(), Object.keys(ACCESS).sort());
    });

    for (const row of MATRIX) {
      const allowed = row.allowed === 'all' ? ROLES : row.allowed;
      it(`${row.method} ${row.path}: ${allowed.join(', ')} → 2xx; others → 403; other agency → ${row.application || row.letter || row.creates ? '404' : 'filtered'}`, async () => {
        const first = await prepare(row);
        const path = (n: string) => row.path.replace('{n}', n);
        for (const role of ROLES.filter((r) => !allowed.includes(r))) {
          for (const scope of ['a', 'b'] as const) {
            const res = await call(tokenOf(role, scope), row.method, path(first), row.body);
            assert.equal(res.status, 403, `${role}-${scope}: ${JSON.stringify(res.body)}`);
            assert.equal(res.body!.type, 'urn:gongkai:problem:forbidden');
          }
        }
        if (row.application || row.letter || row.creates) {
          for (const role of allowed) {
            const res = await call(tokenOf(role, 'b'), row.method, path(first), row.body);
            assert.equal(res.status, 404, `${role}-b on another agency's ${first}: ${JSON.stringify(res.body)}`);
          }
        }
        let entity = first;
        for (const [i, role] of allowed.entries()) {
          if (i > 0) entity = await prepare(row);
          const res = await call(tokenOf(role, 'a'), row.method, path(entity), row.body);
          assert.ok(res.status >= 200 && res.status < 300, `${role}-a: ${res.status} ${JSON.stringify(res.body)}`);
        }
      });
    }

    it('lists, the audit log and the annual report hold only the caller’s agencies', async () => {
      const mine = await newApplication('replied');
      const theirs = await newApplication('received', 'market');
      await newLetter('received');
      const listA = await call(tokenOf('handler', 'a'), 'GET', 'disclosure/requests?pageSize=100');
      const listB = await call(tokenOf('handler', 'b'), 'GET', 'disclosure/requests?pageSize=100');
      const numbers = (res: { body?: Record<string, any> }) => (res.body!.items as Array<{ trackingNumber: string }>).map((item) => item.trackingNumber);
      assert.ok(numbers(listA).includes(mine) && !numbers(listA).includes(theirs));
      assert.deepEqual(numbers(listB), [theirs]);
      assert.equal(listB.body!.total, 1);
      // Asking for the other agency by filter does not widen the scope.
      assert.deepEqual(numbers(await call(tokenOf('handler', 'a'), 'GET', 'disclosure/requests?agencyId=market')), []);
      assert.equal((await call(tokenOf('handler', 'b'), 'GET', 'mailbox/letters')).body!.total, 0);
      assert.ok((await call(tokenOf('handler', 'a'), 'GET', 'mailbox/letters')).body!.total > 0);

      const auditB = await call(tokenOf('auditor', 'b'), 'GET', 'audit?pageSize=500');
      assert.ok(auditB.body!.items.length > 0);
      for (const entry of auditB.body!.items as Array<{ entityId: string }>) assert.equal(entry.entityId, theirs);
      const auditA = await call(tokenOf('auditor', 'a'), 'GET', 'audit?pageSize=500');
      assert.ok(!(auditA.body!.items as Array<{ entityId: string }>).some((entry) => entry.entityId === theirs));
      assert.equal((await call(tokenOf('auditor', 'a'), 'GET', `audit?entityId=${theirs}`)).body!.total, 0);

      const reportB = await call(tokenOf('auditor', 'b'), 'GET', 'reports/annual?year=2026');
      assert.equal(reportB.body!.received, 1);
      assert.equal(reportB.body!.total, 0);
      const reportA = await call(tokenOf('auditor', 'a'), 'GET', 'reports/annual?year=2026&agencyId=gov-office');
      assert.ok(reportA.body!.total >= 1);
      assert.equal((await call(tokenOf('auditor', 'a'), 'GET', 'reports/annual?year=2026&agencyId=market')).status, 404);
    });

    it('the session body says what the caller may do: the permissions of the matrix and the workbench sections', async () => {
      const sections: Record<Role, string[]> = {
        registrar: ['requests', 'letters', 'intake'],
        handler: ['requests', 'letters'],
        approver: ['requests', 'letters', 'reports'],
        publisher: ['letters'],
        auditor: ['reports'],
        admin: [],
      };
      for (const role of ROLES) {
        const res = await call(tokenOf(role, 'a'), 'GET', 'session');
        const expected = [...MATRIX.filter((row) => row.allowed === 'all' || row.allowed.includes(role)).map((row) => row.access), 'session.end'].sort();
        assert.deepEqual([...(res.body!.permissions as string[])].sort(), expected, role);
        assert.deepEqual(res.body!.sections, sections[role], role);
      }
    });

    it('agencies: the caller’s, with names from the directory and their units', async () => {
      const res = await call(tokenOf('registrar', 'a'), 'GET', 'agencies');
      assert.deepEqual(res.body, {
        agencies: [
          { id: 'example-city', name: '示例市人民政府', units: [UNIT] },
          { id: 'gov-office', name: '示例市人民政府办公室', units: [] },
        ],
      });
    });
  });
}
