/**
 * Staff action answers carry no personal data (issue #15, docs/staff.md "Personal data"), on
 * SQLite and PostgreSQL: every action POST on applications and letters answers with the masked
 * view (the body `?view=masked` gives, plus `allowedActions`), so no name, ID number, phone or
 * address leaves the server without an audit entry; the personal-data reads stay the audited
 * `…/applicant`, `…/writer` and full detail reads, and an action writes no `read-personal` entry.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type StartedServer } from '../src/index.js';
import { LETTER_ACTIONS, REQUEST_ACTIONS } from '../src/refusals.js';
import { DB_TARGETS, fixedClock, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';

const UNIT = '示例市城市管理局';
const TOKEN = 'action-responses-token-0123456789abcdef';
/** What helpers.validApplication and validLetter hold of the applicant and the writer. */
const PERSONAL = ['张三', '11010519491231002X', '13812345678', '建设路88号3单元'];

type ApplicationState = 'submitted' | 'received' | 'correctionRequested' | 'paused';
type LetterState = 'received' | 'accepted' | 'assigned' | 'replied' | 'rated';

const REQUEST_CASES: Array<{ action: (typeof REQUEST_ACTIONS)[number]; from: ApplicationState; body?: Record<string, unknown> }> = [
  { action: 'confirm-receipt', from: 'submitted' },
  { action: 'request-correction', from: 'received', body: { note: '请补充张三所需文件名称' } },
  { action: 'correction-received', from: 'correctionRequested' },
  { action: 'abandon', from: 'correctionRequested' },
  { action: 'extend', from: 'received', body: { days: 10, note: '需要调取档案' } },
  { action: 'pause', from: 'received', body: { kind: 'thirdParty' } },
  { action: 'resume', from: 'paused' },
  { action: 'reply', from: 'received', body: { type: 'partiallyGranted', content: '张三：部分公开。' } },
];
const LETTER_CASES: Array<{ action: (typeof LETTER_ACTIONS)[number]; from: LetterState; body?: Record<string, unknown> }> = [
  { action: 'accept', from: 'received' },
  { action: 'reject', from: 'received', body: { reason: '不属于本信箱受理范围' } },
  { action: 'assign', from: 'accepted', body: { leadUnit: UNIT } },
  { action: 'return', from: 'assigned' },
  { action: 'start', from: 'assigned' },
  // A reply that names the writer: masked in the answer like the letter itself.
  { action: 'reply', from: 'assigned', body: { unit: UNIT, content: '张三您好，电话13812345678已联系。' } },
  { action: 'reopen', from: 'rated' },
  { action: 'close', from: 'replied' },
  { action: 'publish', from: 'replied' },
];

for (const target of DB_TARGETS) {
  describe(`staff action answers are masked (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;

    const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
      const response = await fetch(`${api}staff/${path}`, {
        method,
        headers: { Authorization: `Bearer ${TOKEN}`, ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}) },
        ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
      });
      const text = await response.text();
      return { status: response.status, text, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
    };
    const post = async (path: string, body: unknown = {}) => {
      const res = await call('POST', path, body);
      assert.equal(res.status, 200, `${path}: ${res.text}`);
      return res;
    };
    const personalReads = async (entityId: string) =>
      ((await call('GET', `audit?entityId=${entityId}&pageSize=500`)).body!.items as Array<{ action: string }>).filter((entry) => entry.action === 'read-personal').length;

    const newApplication = async (state: ApplicationState) => {
      const res = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      const tn = res.body!.trackingNumber as string;
      if (state === 'submitted') return tn;
      await post(`disclosure/requests/${tn}/confirm-receipt`);
      if (state === 'correctionRequested') await post(`disclosure/requests/${tn}/request-correction`, { note: '请补充' });
      if (state === 'paused') await post(`disclosure/requests/${tn}/pause`, { kind: 'interAgency' });
      return tn;
    };
    const newLetter = async (state: LetterState) => {
      const res = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      const { letterNumber: n, queryCode } = res.body as { letterNumber: string; queryCode: string };
      if (state === 'received') return n;
      await post(`mailbox/letters/${n}/accept`);
      if (state === 'accepted') return n;
      await post(`mailbox/letters/${n}/assign`, { leadUnit: UNIT });
      if (state === 'assigned') return n;
      await post(`mailbox/letters/${n}/reply`, { unit: UNIT, content: '已处理。' });
      if (state === 'rated') assert.equal((await postJson(`${api}mailbox/letters/${n}/rating`, { satisfaction: 'unsatisfied' }, { 'X-Query-Code': queryCode })).status, 200);
      return n;
    };

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({
        port: 0,
        db: db.target,
        data: data.dir,
        clock: fixedClock('2026-03-02T10:00:00+08:00'),
        receipt: 'staff',
        passwordHashing: TEST_SCRYPT,
        intakeRateLimit: { max: 0, windowMs: 1 },
        lookupRateLimit: { max: 0, windowMs: 1 },
      });
      api = `${server.url}api/`;
      await grantStaff(server, 'root', TOKEN, { agencies: ['gov-office', server.publisher.id], units: { [server.publisher.id]: [UNIT] } });
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('covers every application and letter action', () => {
      assert.deepEqual(REQUEST_CASES.map((c) => c.action).sort(), [...REQUEST_ACTIONS].sort());
      assert.deepEqual(LETTER_CASES.map((c) => c.action).sort(), [...LETTER_ACTIONS].sort());
    });

    for (const { action, from, body } of REQUEST_CASES) {
      it(`POST disclosure/requests/{n}/${action} answers the masked view, without a personal-data read`, async () => {
        const tn = await newApplication(from);
        const res = await post(`disclosure/requests/${tn}/${action}`, body);
        for (const personal of PERSONAL) assert.ok(!res.text.includes(personal), `${action} answer holds ${personal}: ${res.text}`);
        // The same body as ?view=masked (every other member kept), with the actions possible now.
        const masked = await call('GET', `disclosure/requests/${tn}?view=masked`);
        assert.deepEqual(res.body, masked.body);
        assert.equal(res.body!.masked, true);
        assert.equal(res.body!.request.applicant.name, '张*');
        assert.ok(Array.isArray(res.body!.allowedActions));
        assert.equal(await personalReads(tn), 0, 'an action is no personal-data read');
        // The audited read still gives the details, and is recorded.
        const applicant = await call('GET', `disclosure/requests/${tn}/applicant`);
        assert.equal(applicant.body!.applicant.idNumber, '11010519491231002X');
        assert.equal(await personalReads(tn), 1);
      });
    }

    for (const { action, from, body } of LETTER_CASES) {
      it(`POST mailbox/letters/{n}/${action} answers the masked view, without a personal-data read`, async () => {
        const n = await newLetter(from);
        const res = await post(`mailbox/letters/${n}/${action}`, body);
        for (const personal of PERSONAL) assert.ok(!res.text.includes(personal), `${action} answer holds ${personal}: ${res.text}`);
        const masked = await call('GET', `mailbox/letters/${n}?view=masked`);
        assert.deepEqual(res.body, masked.body);
        assert.equal(res.body!.masked, true);
        assert.ok(Array.isArray(res.body!.allowedActions));
        assert.equal(await personalReads(n), 0, 'an action is no personal-data read');
        const writer = await call('GET', `mailbox/letters/${n}/writer`);
        assert.equal(writer.body!.writer.phone, '13812345678');
        assert.equal(await personalReads(n), 1);
      });
    }
  });
}
