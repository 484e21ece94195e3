/**
 * Applications and letters through their whole lifecycles over HTTP, against SQLite and
 * PostgreSQL: deadlines checked against the docs/domain.md §4 vectors, staff authentication, the audit
 * log, the annual report, masking and publishing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeDueDate, addWorkingDays } from '@gongkai/workdays';
import { disclosureRequestStatusSchema, validate } from '@gongkai/schema';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, getJson, grantStaff, newKey, postJson, validApplication, validLetter, writeDataFolder } from './helpers.js';

const TOKEN = 'tok-alice-0123456789-abcdef';

for (const target of DB_TARGETS) {
  describe(`lifecycle (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock('2026-02-06T10:00:00+08:00');
    const staff = (path: string, body: unknown = {}) => postJson(`${api}staff/${path}`, body, { Authorization: `Bearer ${TOKEN}` });
    const staffGet = (path: string) => getJson(`${api}staff/${path}`, { Authorization: `Bearer ${TOKEN}` });
    const submit = async () => {
      const res = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body as { trackingNumber: string; queryCode: string; dueDate: string; status: string };
    };

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock, intakeRateLimit: { max: 0, windowMs: 1 } });
      await grantStaff(server, 'alice', TOKEN, { agencies: ['gov-office', server.publisher.id], units: { [server.publisher.id]: ['示例市城市管理局', '市城管局'] } });
      api = `${server.url}api/`;
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('staff API: 401 without a token, with a wrong one, with a malformed header', async () => {
      const attempts: Array<Record<string, string>> = [{}, { Authorization: 'Bearer wrong-token' }, { Authorization: TOKEN }, { Authorization: `Basic ${TOKEN}` }];
      for (const headers of attempts) {
        const res = await getJson(`${api}staff/disclosure/requests`, headers);
        assert.equal(res.status, 401);
        assert.match(res.headers.get('www-authenticate')!, /^Bearer/);
        assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      }
      const post = await postJson(`${api}staff/mailbox/letters/XJ-1/accept`, {}, { Authorization: 'Bearer nope' });
      assert.equal(post.status, 401);
      assert.equal((await staffGet('disclosure/requests')).status, 200);
    });

    it('receipt 2026-02-06 → due 2026-03-12; extension of 20 days → 2026-04-10; pause and reply; audit and report', async () => {
      clock.set('2026-02-06T10:00:00+08:00');
      const receipt = await submit();
      assert.equal(receipt.dueDate, '2026-03-12');
      const tn = receipt.trackingNumber;

      clock.set('2026-02-26T09:00:00+08:00');
      const extended = await staff(`disclosure/requests/${tn}/extend`, { days: 20, note: '需要调取档案' });
      assert.equal(extended.status, 200, JSON.stringify(extended.body));
      assert.equal(extended.body!.dueDate, '2026-04-10');
      assert.equal(extended.body!.status, 'extended');
      assert.equal((await staff(`disclosure/requests/${tn}/extend`, { days: 5, note: '再延' })).status, 409);
      const tooLong = await staff(`disclosure/requests/${tn}/extend`, { days: 21, note: 'x' });
      assert.equal(tooLong.status, 422);
      assert.equal(tooLong.body!.errors[0].path, 'days');

      clock.set('2026-03-02T09:00:00+08:00');
      assert.equal((await staff(`disclosure/requests/${tn}/pause`, { kind: 'thirdParty', note: '征求第三方意见' })).body!.status, 'paused');
      clock.set('2026-03-06T17:00:00+08:00');
      const resumed = await staff(`disclosure/requests/${tn}/resume`, {});
      assert.equal(resumed.body!.status, 'extended');
      const expected = computeDueDate({
        receivedAt: '2026-02-06',
        extension: { days: 20, grantedAt: '2026-02-26' },
        pauses: [{ kind: 'thirdParty', from: '2026-03-02', until: '2026-03-06' }],
      }).dueDate;
      assert.equal(expected, '2026-04-17'); // five working days not counted
      assert.equal(resumed.body!.dueDate, expected);

      clock.set('2026-04-01T15:00:00+08:00');
      const noRow = await staff(`disclosure/requests/${tn}/reply`, { type: 'refused', content: '涉及国家秘密' });
      assert.equal(noRow.status, 422);
      assert.equal(noRow.body!.errors[0].path, 'reportRow');
      const wrongRow = await staff(`disclosure/requests/${tn}/reply`, { type: 'granted', content: '见附件', reportRow: 'refused.stateSecret' });
      assert.equal(wrongRow.status, 422);
      const replied = await staff(`disclosure/requests/${tn}/reply`, { type: 'partiallyGranted', content: '部分公开，涉及个人隐私部分已作区分处理。' });
      assert.equal(replied.status, 200);
      assert.equal(replied.body!.reportRow, 'partiallyGranted');
      assert.equal((await staff(`disclosure/requests/${tn}/reply`, { type: 'granted', content: '又一次' })).status, 409);

      const status = await getJson(`${api}disclosure/requests/${tn}`, { 'X-Query-Code': receipt.queryCode, 'Accept-Language': 'en' });
      assert.ok(validate(disclosureRequestStatusSchema, status.body).ok, JSON.stringify(status.body));
      assert.deepEqual(status.body!.events.map((e: { status: string }) => e.status), ['submitted', 'received', 'extended', 'paused', 'extended', 'replied']);
      assert.equal(status.body!.events[2].dueDate, '2026-04-10');
      assert.equal(status.body!.reply.type, 'partiallyGranted');
      assert.equal(status.body!.reply.repliedAt, '2026-04-01T15:00:00.000+08:00');
      assert.match(status.body!.dueDateExplanation, /→ 2026-04-17$/);

      const audit = await staffGet(`audit?entityId=${tn}`);
      assert.deepEqual(
        audit.body!.items.map((e: { action: string; actor: string; beforeStatus: string; afterStatus: string }) => [e.action, e.actor, e.beforeStatus, e.afterStatus]),
        [
          ['submit', 'public', undefined, 'received'],
          ['extend', 'alice', 'received', 'extended'],
          ['pause', 'alice', 'extended', 'paused'],
          ['resume', 'alice', 'paused', 'extended'],
          ['reply', 'alice', 'extended', 'replied'],
        ],
      );
      assert.equal(audit.body!.items[1].at, '2026-02-26T09:00:00.000+08:00');

      const report = await staffGet('reports/annual?year=2026');
      const row = (name: string) => report.body!.rows.find((r: { row: string }) => r.row === name).count;
      assert.equal(row('partiallyGranted'), 1);
      assert.equal(report.body!.total, 1);
      assert.equal((await staffGet('reports/annual')).status, 400);
    });

    it('2025-12-31 → 2026-01-29; a correction restarts the 20 days from the corrected application; no correction → abandoned', async () => {
      clock.set('2025-12-31T16:00:00+08:00');
      const receipt = await submit();
      assert.equal(receipt.dueDate, '2026-01-29');
      clock.set('2026-01-05T10:00:00+08:00');
      const asked = await staff(`disclosure/requests/${receipt.trackingNumber}/request-correction`, { note: '请补充所需信息的文号' });
      assert.equal(asked.body!.status, 'correctionRequested');
      assert.equal((await staff(`disclosure/requests/${receipt.trackingNumber}/request-correction`, { note: '再次' })).status, 409);
      clock.set('2026-01-20T10:00:00+08:00');
      const corrected = await staff(`disclosure/requests/${receipt.trackingNumber}/correction-received`, {});
      assert.equal(corrected.body!.status, 'received');
      assert.equal(corrected.body!.dueDate, addWorkingDays('2026-01-20', 20));
      assert.equal((await staff(`disclosure/requests/${receipt.trackingNumber}/correction-received`, {})).status, 409);

      const other = await submit();
      await staff(`disclosure/requests/${other.trackingNumber}/request-correction`, { note: '描述不清' });
      clock.set('2026-03-01T10:00:00+08:00');
      const abandoned = await staff(`disclosure/requests/${other.trackingNumber}/abandon`, {});
      assert.equal(abandoned.body!.status, 'abandoned');
      const report = await staffGet('reports/annual?year=2026');
      assert.equal(report.body!.rows.find((r: { row: string }) => r.row === 'other.noCorrection').count, 1);
    });

    it('staff list puts overdue applications first', async () => {
      clock.set('2026-06-01T10:00:00+08:00'); // every open application above is past its due date now
      const fresh = await submit();
      const list = await staffGet('disclosure/requests?pageSize=100');
      const items = list.body!.items as Array<{ trackingNumber: string; overdue: boolean; status: string }>;
      const firstNotOverdue = items.findIndex((i) => !i.overdue);
      assert.ok(items.slice(firstNotOverdue).every((i) => !i.overdue));
      assert.ok(items.some((i) => i.overdue));
      assert.equal(items.find((i) => i.trackingNumber === fresh.trackingNumber)!.overdue, false);
      const overdueOnly = await staffGet('disclosure/requests?overdue=true');
      assert.ok(overdueOnly.body!.items.every((i: { overdue: boolean }) => i.overdue));
    });

    it('letters: accept, assign, reply, rate, review masking, publish; transitions enforced', async () => {
      clock.set('2026-11-20T09:00:00+08:00');
      const receipt = (await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() })).body!;
      assert.match(receipt.letterNumber, /^XJ-20261120-\d{6}$/);
      const n = receipt.letterNumber;
      assert.equal((await staff(`mailbox/letters/${n}/reply`, { unit: '市城管局', content: '已修复' })).status, 409);
      assert.equal((await staff(`mailbox/letters/${n}/accept`)).body!.status, 'accepted');
      assert.equal((await staff(`mailbox/letters/${n}/assign`, { leadUnit: '示例市城市管理局' })).body!.leadUnit, '示例市城市管理局');
      assert.equal((await staff(`mailbox/letters/${n}/publish`)).status, 409); // not answered yet
      clock.set('2026-11-24T09:00:00+08:00');
      const replied = await staff(`mailbox/letters/${n}/reply`, { unit: '示例市城市管理局', content: '已安排维修，张三反映的路灯已恢复。如有问题请拨打13812345678。' });
      assert.equal(replied.body!.status, 'replied');

      assert.equal((await getJson(`${api}mailbox/letters/${n}`)).status, 404); // private until published
      const own = await getJson(`${api}mailbox/letters/${n}`, { 'X-Query-Code': receipt.queryCode });
      assert.equal(own.body!.content, validLetter().content); // the writer sees the original
      const rated = await postJson(`${api}mailbox/letters/${n}/rating`, { satisfaction: 'satisfied' }, { 'X-Query-Code': receipt.queryCode });
      assert.equal(rated.status, 200);
      assert.equal(rated.body!.status, 'rated');
      assert.equal((await postJson(`${api}mailbox/letters/${n}/rating`, { satisfaction: 'satisfied' }, { 'X-Query-Code': 'WRONGWRONG' })).status, 404);

      const preview = await staffGet(`mailbox/letters/${n}/publication`);
      const text = JSON.stringify(preview.body);
      for (const secret of ['13812345678', '11010519491231002X', '张三', '88号']) assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
      assert.match(preview.body!.content, /张\*/);
      assert.match(preview.body!.content, /138\*\*\*\*5678/);
      assert.match(preview.body!.content, /110\*{12}02X/);
      assert.match(preview.body!.content, /示例市东城区建设路\*\*\*/);
      assert.equal(preview.body!.name, undefined);
      assert.equal(preview.body!.phone, undefined);

      const published = await staff(`mailbox/letters/${n}/publish`, { subject: '建设路路灯维修（张三来信）' });
      assert.equal(published.status, 200);
      assert.equal(published.body!.published.subject, '建设路路灯维修（张*来信）');
      const listed = await getJson(`${api}mailbox/letters?q=${encodeURIComponent('路灯')}`);
      assert.ok(listed.body!.items.some((l: { letterNumber: string }) => l.letterNumber === n));
      const publicView = await getJson(`${api}mailbox/letters/${n}`);
      assert.equal(publicView.body!.satisfaction, 'satisfied');
      assert.ok(!JSON.stringify(publicView.body).includes('13812345678'));

      const stats = await getJson(`${api}mailbox/stats`);
      assert.equal(stats.body!.replied, 1);
      assert.equal(stats.body!.onTimeRate, 1);
      assert.equal(stats.body!.satisfactionRate, 1);

      const privateLetter = (await postJson(`${api}mailbox/letters`, validLetter({ mayPublish: false }), { 'Idempotency-Key': newKey() })).body!;
      await staff(`mailbox/letters/${privateLetter.letterNumber}/accept`);
      await staff(`mailbox/letters/${privateLetter.letterNumber}/assign`, { leadUnit: '示例市城市管理局' });
      await staff(`mailbox/letters/${privateLetter.letterNumber}/reply`, { unit: '示例市城市管理局', content: '已处理' });
      assert.equal((await staff(`mailbox/letters/${privateLetter.letterNumber}/publish`)).status, 409);
    });
  });
}

describe('receipt confirmed by staff (--receipt staff)', () => {
  it('2025-01-20 → 2025-02-21 and 2025-09-26 → 2025-10-30 → 2025-11-27 with an extension', async () => {
    const target = DB_TARGETS[0]!;
    const db = await target.create();
    const clock = fixedClock('2025-01-18T11:00:00+08:00'); // submitted on a Saturday
    const server = await startServer({ port: 0, db: db.target, clock, receipt: 'staff', intakeRateLimit: { max: 0, windowMs: 1 } });
    await grantStaff(server, 'staff', TOKEN, { agencies: ['gov-office'] });
    const api = `${server.url}api/`;
    const staff = (path: string, body: unknown = {}) => postJson(`${api}staff/${path}`, body, { Authorization: `Bearer ${TOKEN}` });
    try {
      const a = (await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() })).body!;
      assert.equal(a.status, 'submitted');
      clock.set('2025-01-20T09:00:00+08:00');
      const confirmed = await staff(`disclosure/requests/${a.trackingNumber}/confirm-receipt`);
      assert.equal(confirmed.body!.receivedDate, '2025-01-20');
      assert.equal(confirmed.body!.dueDate, '2025-02-21');
      assert.equal((await staff(`disclosure/requests/${a.trackingNumber}/confirm-receipt`)).status, 409);

      clock.set('2025-09-26T09:00:00+08:00');
      const b = (await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() })).body!;
      await staff(`disclosure/requests/${b.trackingNumber}/confirm-receipt`);
      clock.set('2025-10-20T09:00:00+08:00');
      const extended = await staff(`disclosure/requests/${b.trackingNumber}/extend`, { days: 20, note: '情况复杂' });
      assert.equal(extended.body!.dueDate, '2025-11-27');
      assert.match(extended.body!.dueDateExplanation['zh-Hans'], /2025-10-30/);
    } finally {
      await server.close();
      await db.drop();
    }
  });
});
