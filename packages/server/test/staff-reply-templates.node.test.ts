/**
 * Reply templates an agency maintains (docs/staff.md "Reply templates"), on SQLite and
 * PostgreSQL: approvers add, replace and delete them, handlers and approvers read them, other
 * roles get 403, another agency's templates are 404 however addressed; bodies are validated
 * (table of bad ones, unknown placeholders included); every change is in the audit log of the
 * agency and of no other; a cookie change needs the CSRF header.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, grantStaff, TEST_SCRYPT, writeDataFolder } from './helpers.js';

const TOKENS = {
  approver: 'templates-approver-token-0123456789',
  handler: 'templates-handler-token-0123456789',
  registrar: 'templates-registrar-token-012345678',
  auditor: 'templates-auditor-token-0123456789a',
  otherApprover: 'templates-other-approver-token-0123',
  otherAuditor: 'templates-other-auditor-token-01234',
};
const PASSWORD = 'templates-password-2026';
const BASE = 'agencies/gov-office/reply-templates';
const GRANTED = { replyType: 'granted', title: '予以公开（标准）', body: '{申请人}：您于{收到日期}提出的申请（{受理编号}）所需信息予以公开。' };

for (const target of DB_TARGETS) {
  describe(`reply templates (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;

    const call = async (token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(`${api}staff/${path}`, {
        method,
        headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
    };

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock: fixedClock('2026-03-02T10:00:00+08:00'), passwordHashing: TEST_SCRYPT });
      api = `${server.url}api/`;
      const mine = ['gov-office'];
      await grantStaff(server, 'approver', TOKENS.approver, { roles: ['approver'], agencies: mine, password: PASSWORD });
      await grantStaff(server, 'handler', TOKENS.handler, { roles: ['handler'], agencies: mine });
      await grantStaff(server, 'registrar', TOKENS.registrar, { roles: ['registrar'], agencies: mine });
      await grantStaff(server, 'auditor', TOKENS.auditor, { roles: ['auditor'], agencies: mine });
      await grantStaff(server, 'other-approver', TOKENS.otherApprover, { roles: ['approver'], agencies: ['market'] });
      await grantStaff(server, 'other-auditor', TOKENS.otherAuditor, { roles: ['auditor'], agencies: ['market'] });
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('approvers add, replace and delete; handlers and approvers read, by reply type', async () => {
      const created = await call(TOKENS.approver, 'POST', BASE, GRANTED);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.deepEqual({ ...created.body, id: 0 }, { id: 0, agencyId: 'gov-office', ...GRANTED, updatedAt: '2026-03-02T10:00:00.000+08:00', updatedBy: 'approver' });
      const refusal = await call(TOKENS.approver, 'POST', BASE, { replyType: 'refused', title: '不予公开：国家秘密', body: '经审查，所申请信息属于国家秘密，不予公开。' });
      assert.equal(refusal.status, 201);

      const listed = await call(TOKENS.handler, 'GET', BASE);
      assert.equal(listed.status, 200);
      assert.deepEqual(listed.body!.templates.map((tpl: { title: string }) => tpl.title), ['予以公开（标准）', '不予公开：国家秘密']);
      assert.ok(listed.body!.placeholders.includes('受理编号'));
      const refusals = await call(TOKENS.approver, 'GET', `${BASE}?replyType=refused`);
      assert.deepEqual(refusals.body!.templates.map((tpl: { id: number }) => tpl.id), [refusal.body!.id]);

      const id = created.body!.id as number;
      const replaced = await call(TOKENS.approver, 'PUT', `${BASE}/${id}`, { ...GRANTED, title: '予以公开' });
      assert.equal(replaced.status, 200);
      assert.equal(replaced.body!.title, '予以公开');
      assert.equal((await call(TOKENS.approver, 'DELETE', `${BASE}/${id}`)).status, 204);
      assert.equal((await call(TOKENS.approver, 'DELETE', `${BASE}/${id}`)).status, 404);
      assert.equal((await call(TOKENS.approver, 'PUT', `${BASE}/${id}`, GRANTED)).status, 404);
      assert.deepEqual((await call(TOKENS.handler, 'GET', BASE)).body!.templates.map((tpl: { id: number }) => tpl.id), [refusal.body!.id]);
    });

    it('other roles may not change them (403); the registrar may not read them either', async () => {
      const { body } = await call(TOKENS.approver, 'POST', BASE, GRANTED);
      for (const token of [TOKENS.handler, TOKENS.registrar, TOKENS.auditor]) {
        assert.equal((await call(token, 'POST', BASE, GRANTED)).status, 403);
        assert.equal((await call(token, 'PUT', `${BASE}/${body!.id}`, GRANTED)).status, 403);
        assert.equal((await call(token, 'DELETE', `${BASE}/${body!.id}`)).status, 403);
      }
      assert.equal((await call(TOKENS.registrar, 'GET', BASE)).status, 403);
      assert.equal((await call('', 'GET', BASE)).status, 401);
    });

    it('another agency’s templates are 404 however addressed', async () => {
      const { body } = await call(TOKENS.approver, 'POST', BASE, GRANTED);
      assert.equal((await call(TOKENS.otherApprover, 'GET', BASE)).status, 404);
      assert.equal((await call(TOKENS.otherApprover, 'POST', BASE, GRANTED)).status, 404);
      assert.equal((await call(TOKENS.otherApprover, 'PUT', `${BASE}/${body!.id}`, GRANTED)).status, 404);
      assert.equal((await call(TOKENS.otherApprover, 'DELETE', `${BASE}/${body!.id}`)).status, 404);
      // Its own agency's address with this agency's template id: not found either.
      const theirs = await call(TOKENS.otherApprover, 'POST', 'agencies/market/reply-templates', GRANTED);
      assert.equal(theirs.status, 201);
      assert.equal((await call(TOKENS.approver, 'PUT', `${BASE}/${theirs.body!.id}`, GRANTED)).status, 404);
      assert.equal((await call(TOKENS.otherApprover, 'PUT', `agencies/market/reply-templates/${body!.id}`, GRANTED)).status, 404);
      for (const id of ['abc', '-1', '1.5', '9'.repeat(30)]) assert.equal((await call(TOKENS.approver, 'PUT', `${BASE}/${id}`, GRANTED)).status, 404, id);
    });

    const BAD: Array<[string, unknown, string]> = [
      ['no title', { replyType: 'granted', body: '正文' }, 'title'],
      ['empty body', { ...GRANTED, body: '' }, 'body'],
      ['unknown reply type', { ...GRANTED, replyType: 'maybe' }, 'replyType'],
      ['title too long', { ...GRANTED, title: '题'.repeat(101) }, 'title'],
      ['body too long', { ...GRANTED, body: '文'.repeat(5001) }, 'body'],
      ['unknown placeholder', { ...GRANTED, body: '{姓名}：予以公开。' }, 'body'],
      ['an extra member', { ...GRANTED, agencyId: 'market' }, 'agencyId'],
      ['control characters', { ...GRANTED, title: '予以\u0007公开' }, 'title'],
      ['not an object', [GRANTED], ''],
    ];
    for (const [what, body, path] of BAD) {
      it(`a body with ${what} → 422 at "${path}"`, async () => {
        const res = await call(TOKENS.approver, 'POST', BASE, body);
        assert.equal(res.status, 422, JSON.stringify(res.body));
        assert.equal(res.body!.errors[0].path, path);
      });
    }

    it('every change is in the audit log of the agency, and of no other', async () => {
      const audit = await call(TOKENS.auditor, 'GET', 'audit?entityId=gov-office&pageSize=500');
      const actions = new Set((audit.body!.items as Array<{ action: string }>).map((entry) => entry.action));
      for (const action of ['reply-template-create', 'reply-template-update', 'reply-template-delete']) assert.ok(actions.has(action), action);
      const theirs = await call(TOKENS.otherAuditor, 'GET', 'audit?pageSize=500');
      assert.ok((theirs.body!.items as Array<{ entityId: string }>).every((entry) => entry.entityId === 'market'));
    });

    it('with the session cookie a change needs X-CSRF-Token', async () => {
      const signIn = await fetch(`${api}staff/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'approver', password: PASSWORD }) });
      const cookie = /^(gk_staff=[^;]+)/.exec(signIn.headers.get('set-cookie')!)![1]!;
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      assert.equal((await call('', 'POST', BASE, GRANTED, { Cookie: cookie })).status, 403);
      assert.equal((await call('', 'POST', BASE, GRANTED, { Cookie: cookie, 'X-CSRF-Token': csrfToken })).status, 201);
      assert.equal((await call('', 'GET', BASE, undefined, { Cookie: cookie })).status, 200);
    });
  });
}
