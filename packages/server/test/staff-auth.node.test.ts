/**
 * Staff authentication against a running server, on SQLite and PostgreSQL: sign-in and its one
 * generic failure, the cookie's attributes, CSRF, idle and absolute session expiry (injected
 * clock), lockout per account and per address, API tokens (any characters, `Bearer =` never,
 * revocation, expiry, disabled accounts — all at once, without restart), audited personal-data
 * reads and the masked views, refusals in plain words and the actions offered.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type StartedServer } from '../src/index.js';
import { DEMO_PASSWORD, seedDemoStaff } from '../src/demo-staff.js';
import { DB_TARGETS, fixedClock, getJson, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';

const PASSWORD = 'correct horse battery staple';
const UNIT = '示例市城市管理局';
const START = '2026-03-02T09:00:00+08:00';
/** Every test signs in from its own address (X-Forwarded-For, trusted here) so the per-address lock of one does not touch another. */
let nextAddress = 1;
const newAddress = () => `198.51.100.${nextAddress++}`;

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, any> | undefined;
}

for (const target of DB_TARGETS) {
  describe(`staff authentication (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock(START);

    const request = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Answer> => {
      const response = await fetch(`${api}${path}`, {
        method,
        headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
    };
    const signIn = (name: string, password: string, address = newAddress(), extra: Record<string, string> = {}) =>
      request('POST', 'staff/session', { 'X-Forwarded-For': address, ...extra }, { name, password });
    /** Signs in and returns the headers a browser would then send (cookie) plus the CSRF token. */
    const session = async (name: string) => {
      const res = await signIn(name, PASSWORD);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const cookie = /^(gk_staff=[^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
      return { cookie: { Cookie: cookie }, csrf: res.body!.csrfToken as string, body: res.body! };
    };
    const account = async (name: string, roles: Parameters<typeof grantStaff>[3] = {}) => {
      const token = `${name}-token-0123456789abcdef`;
      await grantStaff(server, name, token, { password: PASSWORD, agencies: ['gov-office', server.publisher.id], ...roles });
      return { Authorization: `Bearer ${token}` };
    };

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({
        port: 0,
        db: db.target,
        data: data.dir,
        clock,
        trustProxy: true,
        passwordHashing: TEST_SCRYPT,
        signInLimits: { perAccount: 3, perAddress: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
        intakeRateLimit: { max: 0, windowMs: 1 },
      });
      api = `${server.url}api/`;
      await server.staff.accounts.setUnits(server.publisher.id, [UNIT, '示例市交通运输局']);
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('signs in: the user with roles and agencies, a CSRF token, an HttpOnly SameSite=Strict cookie on the API path', async () => {
      await account('wang', { roles: ['registrar', 'handler'] });
      const res = await signIn('wang', PASSWORD);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body!.user, {
        name: 'wang',
        displayName: 'wang',
        roles: ['registrar', 'handler'],
        agencies: [
          { id: 'example-city', name: '示例市人民政府', units: [UNIT, '示例市交通运输局'] },
          { id: 'gov-office', name: '示例市人民政府办公室', units: [] },
        ],
      });
      assert.match(res.body!.csrfToken, /^[A-Za-z0-9_-]{40,}$/);
      const cookie = res.headers.get('set-cookie')!;
      assert.match(cookie, /^gk_staff=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=\/api\/$/);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.ok(!JSON.stringify(res.body).includes(PASSWORD));

      const headers = { Cookie: /^(gk_staff=[^;]+)/.exec(cookie)![1]! };
      const again = await request('GET', 'staff/session', headers);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, res.body);
      assert.equal((await request('GET', 'staff/disclosure/requests', headers)).status, 200);
    });

    it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
      await account('secure');
      const res = await signIn('secure', PASSWORD, newAddress(), { 'X-Forwarded-Proto': 'https' });
      assert.match(res.headers.get('set-cookie')!, /; Secure$/);
    });

    it('one generic 401 for an unknown name, a wrong password, a disabled account', async () => {
      await account('li');
      await account('zhao');
      await server.staff.accounts.setEnabled('zhao', false);
      const answers = [await signIn('nobody', PASSWORD), await signIn('li', 'wrong password!'), await signIn('zhao', PASSWORD)];
      for (const res of answers) {
        assert.equal(res.status, 401);
        assert.equal(res.body!.title, '用户名或密码错误');
        assert.equal(res.headers.get('set-cookie'), null);
      }
      assert.deepEqual(answers.map((res) => ({ ...res.body, instance: undefined })), answers.map(() => ({ ...answers[0]!.body, instance: undefined })));
      const en = await request('POST', 'staff/session', { 'Accept-Language': 'en', 'X-Forwarded-For': newAddress() }, { name: 'li', password: 'nope nope nope' });
      assert.equal(en.body!.title, 'Wrong user name or password');
    });

    it('locks an account after repeated failures (even the right password fails), for a while', async () => {
      clock.set(START);
      await account('locked');
      for (let i = 0; i < 3; i++) assert.equal((await signIn('locked', `wrong-${i}-password`)).status, 401);
      const refused = await signIn('locked', PASSWORD);
      assert.equal(refused.status, 401);
      assert.equal(refused.body!.title, '用户名或密码错误');
      clock.set('2026-03-02T09:16:00+08:00');
      assert.equal((await signIn('locked', PASSWORD)).status, 200);
      clock.set(START);
    });

    it('locks an address after repeated failures across names, without locking the accounts elsewhere', async () => {
      await account('victim');
      const attacker = newAddress();
      for (let i = 0; i < 5; i++) assert.equal((await signIn(`guess${i}`, 'password123456', attacker)).status, 401);
      assert.equal((await signIn('victim', PASSWORD, attacker)).status, 401);
      assert.equal((await signIn('victim', PASSWORD, newAddress())).status, 200);
    });

    it('refuses state changes made with the cookie unless X-CSRF-Token matches; tokens need none', async () => {
      const bearer = await account('chen', { roles: ['handler'] });
      const { cookie, csrf } = await session('chen');
      const letter = (await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() })).body!;
      const accept = `staff/mailbox/letters/${letter.letterNumber}/accept`;
      for (const headers of [cookie, { ...cookie, 'X-CSRF-Token': 'wrong' }, { ...cookie, 'X-CSRF-Token': '' }]) {
        const res = await request('POST', accept, headers, {});
        assert.equal(res.status, 403);
        assert.equal(res.body!.type, 'urn:gongkai:problem:csrf');
      }
      assert.equal((await request('GET', `staff/mailbox/letters/${letter.letterNumber}/actions`, cookie)).status, 200, 'reads need no CSRF token');
      assert.equal((await request('POST', accept, { ...cookie, 'X-CSRF-Token': csrf }, {})).status, 200);
      assert.equal((await request('POST', `staff/mailbox/letters/${letter.letterNumber}/assign`, bearer, { leadUnit: UNIT })).status, 200);
      // Signing out is a state change too.
      assert.equal((await request('DELETE', 'staff/session', cookie)).status, 403);
      const out = await request('DELETE', 'staff/session', { ...cookie, 'X-CSRF-Token': csrf });
      assert.equal(out.status, 204);
      assert.match(out.headers.get('set-cookie')!, /^gk_staff=; HttpOnly; SameSite=Strict; Path=\/api\/; Max-Age=0$/);
      assert.equal((await request('GET', 'staff/session', cookie)).status, 401);
    });

    it('ends a session after 30 idle minutes, and 12 hours after sign-in however busy', async () => {
      clock.set(START);
      await account('idle');
      const idle = await session('idle');
      clock.set('2026-03-02T09:29:00+08:00');
      assert.equal((await request('GET', 'staff/session', idle.cookie)).status, 200);
      clock.set('2026-03-02T09:58:00+08:00');
      assert.equal((await request('GET', 'staff/session', idle.cookie)).status, 200, 'the last request counts, not the sign-in');
      clock.set('2026-03-02T10:28:30+08:00');
      assert.equal((await request('GET', 'staff/session', idle.cookie)).status, 401);

      clock.set(START);
      const busy = await session('idle');
      let at = new Date(START).getTime();
      for (let step = 0; step < 35; step++) {
        at += 20 * 60_000;
        clock.set(new Date(at).toISOString());
        assert.equal((await request('GET', 'staff/session', busy.cookie)).status, 200, `step ${step}`);
      }
      // 35 × 20 min = 11 h 40 min; 20 more minutes reach the absolute limit.
      clock.set(new Date(at + 20 * 60_000).toISOString());
      assert.equal((await request('GET', 'staff/session', busy.cookie)).status, 401);
      clock.set(START);
    });

    it('takes tokens with "=", ",", "/", "+" whole; "Bearer =", empty and malformed headers never match', async () => {
      await account('base64');
      const tokens = ['abc/DEF+ghi=jkl,mno==pqrs', 'S3cr3t+/==,S3cr3t+/==,x', '=,=,/+/+=,=,/+/+=,=,/+/+'];
      for (const token of tokens) await server.staff.tokens.import('base64', token);
      for (const token of tokens) {
        const res = await request('GET', 'staff/session', { Authorization: `Bearer ${token}` });
        assert.equal(res.status, 200, token);
        assert.equal(res.body!.user.name, 'base64');
        assert.ok(!JSON.stringify(res.body).includes(token));
      }
      // The part after "=" or before "," is no token of its own (the old name=token parsing).
      for (const header of ['Bearer =', 'Bearer ', 'Bearer', 'Bearer ==', 'Bearer abc/DEF+ghi', 'Bearer jkl,mno==pqrs', 'Bearer S3cr3t+/==', `Basic ${tokens[0]}`, tokens[0]!]) {
        const res = await request('GET', 'staff/session', { Authorization: header });
        assert.equal(res.status, 401, header);
      }
      const audit = await server.store.auditLog({ page: 1, pageSize: 500 });
      for (const token of tokens) assert.ok(!JSON.stringify(audit).includes(token));
    });

    it('revoking a token, expiry and disabling an account take effect in the running server at once', async () => {
      clock.set(START);
      const bearer = await account('integration');
      const { cookie } = await session('integration');
      const second = await server.staff.tokens.issue('integration', { days: 1, label: 'nightly' });
      assert.match(second, /^gkt_[A-Za-z0-9_-]{43}$/);
      assert.equal((await request('GET', 'staff/session', { Authorization: `Bearer ${second}` })).status, 200);

      await server.staff.accounts.setEnabled('integration', false);
      for (const headers of [bearer, cookie, { Authorization: `Bearer ${second}` }]) assert.equal((await request('GET', 'staff/session', headers)).status, 401);
      await server.staff.accounts.setEnabled('integration', true);
      assert.equal((await request('GET', 'staff/session', bearer)).status, 200, 'tokens work again');
      assert.equal((await request('GET', 'staff/session', cookie)).status, 401, 'sessions stay ended');

      assert.equal(await server.staff.tokens.revoke('integration', 'token'), 1);
      assert.equal((await request('GET', 'staff/session', bearer)).status, 401);
      assert.equal((await request('GET', 'staff/session', { Authorization: `Bearer ${second}` })).status, 200);
      clock.set('2026-03-03T09:00:01+08:00');
      assert.equal((await request('GET', 'staff/session', { Authorization: `Bearer ${second}` })).status, 401, 'expired after one day');
      clock.set(START);
      const listed = await server.staff.tokens.list('integration');
      assert.deepEqual(listed.map((t) => [t.label, t.revoked]), [['token', true], ['nightly', false]]);
      assert.ok(listed[1]!.lastUsedAt);
    });

    it('audits every full read of personal data; the masked views and lists carry none and are not audited', async () => {
      const bearer = await account('reader', { roles: ['handler'] });
      const filed = (await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() })).body!;
      const tn = filed.trackingNumber as string;
      const personal = ['张三', '11010519491231002X', '13812345678', '建设路88号'];
      const auditOf = async (id: string) => (await server.store.auditLog({ entityId: id, page: 1, pageSize: 100 })).items.filter((e) => e.action === 'read-personal');

      const masked = await request('GET', `staff/disclosure/requests/${tn}?view=masked`, bearer);
      assert.equal(masked.status, 200);
      for (const value of personal) assert.ok(!JSON.stringify(masked.body).includes(value), value);
      assert.equal(masked.body!.request.applicant.name, '张*');
      assert.equal(masked.body!.request.applicant.idNumber, '110************02X');
      assert.equal(masked.body!.request.applicant.phone, '138****5678');
      const list = await request('GET', 'staff/disclosure/requests?pageSize=100', bearer);
      for (const value of personal) assert.ok(!JSON.stringify(list.body).includes(value), value);
      assert.deepEqual(await auditOf(tn), []);

      const full = await request('GET', `staff/disclosure/requests/${tn}`, bearer);
      assert.equal(full.body!.request.applicant.idNumber, '11010519491231002X', 'the detail body integrations rely on is unchanged');
      const applicant = await request('GET', `staff/disclosure/requests/${tn}/applicant`, bearer);
      assert.deepEqual(applicant.body, { trackingNumber: tn, applicant: validApplication().applicant });
      const reads = await auditOf(tn);
      assert.deepEqual(reads.map((e) => [e.actor, e.entityType, e.detail]), [
        ['reader', 'disclosure-request', { view: 'full' }],
        ['reader', 'disclosure-request', { view: 'applicant' }],
      ]);
      for (const value of personal) assert.ok(!JSON.stringify(reads).includes(value));

      const letter = (await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() })).body!;
      const n = letter.letterNumber as string;
      const maskedLetter = await request('GET', `staff/mailbox/letters/${n}?view=masked`, bearer);
      for (const value of personal) assert.ok(!JSON.stringify(maskedLetter.body).includes(value), value);
      assert.equal(maskedLetter.body!.letter.name, '张*');
      const letters = await request('GET', 'staff/mailbox/letters?pageSize=100', bearer);
      for (const value of personal) assert.ok(!JSON.stringify(letters.body).includes(value), value);
      assert.deepEqual(await auditOf(n), []);
      const writer = await request('GET', `staff/mailbox/letters/${n}/writer`, bearer);
      assert.deepEqual(writer.body, { letterNumber: n, writer: { name: '张三', phone: '13812345678', address: '示例市东城区建设路88号3单元' } });
      assert.equal((await request('GET', `staff/mailbox/letters/${n}`, bearer)).body!.letter.phone, '13812345678');
      assert.deepEqual((await auditOf(n)).map((e) => [e.actor, e.detail]), [
        ['reader', { view: 'writer' }],
        ['reader', { view: 'full' }],
      ]);
      assert.equal((await request('GET', `staff/mailbox/letters/${n}?view=everything`, bearer)).status, 400);
    });

    it('refuses impossible actions in plain words and offers only the possible ones', async () => {
      const bearer = await account('plain', { roles: ['registrar', 'handler'] });
      const tn = (await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() })).body!.trackingNumber as string;
      const twice = await request('POST', `staff/disclosure/requests/${tn}/confirm-receipt`, bearer, {});
      assert.equal(twice.status, 409);
      assert.equal(twice.body!.errors[0].message, '该申请已确认收到，不能再次确认');
      const hant = await request('POST', `staff/disclosure/requests/${tn}/confirm-receipt`, { ...bearer, 'Accept-Language': 'zh-TW' }, {});
      assert.equal(hant.body!.errors[0].message, '該申請已確認收到，不能再次確認');
      const en = await request('POST', `staff/disclosure/requests/${tn}/resume`, { ...bearer, 'Accept-Language': 'en' }, {});
      assert.equal(en.body!.errors[0].message, 'Cannot resume the reply period: the application is being handled.');

      const actions = await request('GET', `staff/disclosure/requests/${tn}/actions`, bearer);
      assert.deepEqual(actions.body!.allowedActions, ['request-correction', 'extend', 'pause', 'reply']);
      const extended = await request('POST', `staff/disclosure/requests/${tn}/extend`, bearer, { days: 5, note: '情况复杂' });
      assert.deepEqual(extended.body!.allowedActions, ['pause', 'reply']);
      const again = await request('POST', `staff/disclosure/requests/${tn}/extend`, bearer, { days: 5, note: '再延' });
      assert.equal(again.body!.errors[0].message, '该申请已延长过一次答复期限，不能再次延长');
      for (const message of [twice, en, again].map((res) => res.body!.errors[0].message as string)) assert.doesNotMatch(message, /“|confirm-receipt|received”/);

      const n = (await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() })).body!.letterNumber as string;
      assert.deepEqual((await request('GET', `staff/mailbox/letters/${n}`, bearer)).body!.allowedActions, ['accept', 'reject']);
      const early = await request('POST', `staff/mailbox/letters/${n}/close`, bearer, {});
      assert.equal(early.body!.errors[0].message, '该来信尚未受理，不能办结');
      await request('POST', `staff/mailbox/letters/${n}/accept`, bearer, {});
      const typo = await request('POST', `staff/mailbox/letters/${n}/assign`, bearer, { leadUnit: '示例市城市管里局' });
      assert.equal(typo.status, 422);
      assert.deepEqual(typo.body!.errors, [{ path: 'leadUnit', code: 'unknown-unit', message: '“示例市城市管里局”不在本机关的承办单位列表中，请从列表中选择' }]);
      assert.equal((await request('POST', `staff/mailbox/letters/${n}/assign`, bearer, { leadUnit: UNIT })).status, 200);
      const wrongReply = await request('POST', `staff/mailbox/letters/${n}/reply`, bearer, { unit: '别的单位', content: '已处理' });
      assert.equal(wrongReply.status, 422);
      const publish = await request('POST', `staff/mailbox/letters/${n}/publish`, await account('pub', { roles: ['publisher'] }), {});
      assert.equal(publish.body!.errors[0].message, '该来信尚未答复，答复后才能公开');
    });

    it('--demo-staff: demo accounts sign in with the published demo password; seeding twice changes nothing', async () => {
      const first = await seedDemoStaff(server, server.data.archiveUnits(), 'market');
      await server.staff.accounts.setEnabled('demo-admin', false);
      const second = await seedDemoStaff(server, [], 'market');
      assert.deepEqual(second, first);
      const handler = await signIn('demo-handler', DEMO_PASSWORD);
      assert.equal(handler.status, 200);
      assert.deepEqual(handler.body!.user.roles, ['handler']);
      assert.deepEqual(handler.body!.user.agencies.map((a: { id: string }) => a.id), ['example-city', 'market']);
      assert.equal((await signIn('demo-admin', DEMO_PASSWORD)).status, 401, 'a restart does not re-enable what an operator disabled');
    });

    it('answers 401 without credentials and never treats a bad bearer as a fallback to the cookie', async () => {
      await account('mixed');
      const { cookie } = await session('mixed');
      assert.equal((await request('GET', 'staff/session')).status, 401);
      assert.equal((await request('GET', 'staff/session', { ...cookie, Authorization: 'Bearer nope' })).status, 401);
      assert.equal((await request('GET', 'staff/session', { Cookie: 'gk_staff=forged-session-id-0123456789' })).status, 401);
      const res = await getJson(`${api}staff/agencies`, cookie);
      assert.equal(res.status, 200);
    });
  });
}
