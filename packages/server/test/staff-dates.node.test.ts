/**
 * Staff-named dates are bounded (issue #16 item 6, #17 item 4), on SQLite and PostgreSQL: a real
 * date, not after today, not before the event it follows — each refusal 422 at the body member
 * with a reason; an application whose stored facts are already out of order (written before the
 * bounds) answers every later step with 422, never 500.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, writeDataFolder } from './helpers.js';

const TOKEN = 'tok-dates-0123456789-abcdef';

/** [action, body, expected status, field, code, words the zh-Hans reason holds] — in order, on one application. */
type Step = [string, Record<string, unknown>, number, string?, string?, RegExp?];

// Submitted 2026-02-02 (Monday); today is 2026-02-10.
const ONE: Step[] = [
  ['confirm-receipt', { receivedAt: '2099-01-01' }, 422, 'receivedAt', 'date-after-today', /receivedAt：不能晚于今天（2026-02-10）/],
  ['confirm-receipt', { receivedAt: '2026-02-11' }, 422, 'receivedAt', 'date-after-today'],
  ['confirm-receipt', { receivedAt: '1900-01-01' }, 422, 'receivedAt', 'date-before-event', /不能早于提交申请之日（2026-02-02）/],
  ['confirm-receipt', { receivedAt: '2026-02-01' }, 422, 'receivedAt', 'date-before-event'],
  ['confirm-receipt', { receivedAt: '2026-02-30' }, 422, 'receivedAt', 'date', /不是有效的日期/],
  ['confirm-receipt', { receivedAt: '2026-13-01' }, 422, 'receivedAt', 'date'],
  ['confirm-receipt', { receivedAt: '2026-02-03' }, 200],
  ['extend', { days: 5, note: '需要汇总', grantedAt: '9999-12-31' }, 422, 'grantedAt', 'date-after-today'],
  ['extend', { days: 5, note: '需要汇总', grantedAt: '2026-02-02' }, 422, 'grantedAt', 'date-before-event', /收到申请之日（2026-02-03）/],
  ['pause', { kind: 'thirdParty', from: '1900-01-01' }, 422, 'from', 'date-before-event'],
  ['pause', { kind: 'thirdParty', from: '2026-02-11' }, 422, 'from', 'date-after-today'],
  ['pause', { kind: 'thirdParty', from: '2026-02-05' }, 200],
  ['resume', { until: '2026-02-04' }, 422, 'until', 'date-before-event', /本次征求意见开始之日（2026-02-05）/],
  ['resume', { until: '2026-02-12' }, 422, 'until', 'date-after-today'],
  ['resume', { until: '2026-02-06' }, 200],
  ['pause', { kind: 'interAgency', from: '2026-02-05' }, 422, 'from', 'date-before-event', /上一次征求意见结束之日（2026-02-06）/],
  ['extend', { days: 5, note: '需要汇总', grantedAt: '2026-02-10' }, 200],
];
const TWO: Step[] = [
  ['confirm-receipt', { receivedAt: '2026-02-03' }, 200],
  ['request-correction', { note: '请补充', requestedAt: '2026-02-02' }, 422, 'requestedAt', 'date-before-event', /收到申请之日/],
  ['request-correction', { note: '请补充', requestedAt: '2026-03-01' }, 422, 'requestedAt', 'date-after-today'],
  ['request-correction', { note: '请补充', requestedAt: '2026-02-04' }, 200],
  ['correction-received', { receivedAt: '2026-02-03' }, 422, 'receivedAt', 'date-before-event', /要求补正之日（2026-02-04）/],
  ['correction-received', { receivedAt: '2099-01-01' }, 422, 'receivedAt', 'date-after-today'],
  ['correction-received', { receivedAt: '2026-02-05' }, 200],
  ['extend', { days: 3, note: '需要汇总', grantedAt: '2026-02-04' }, 422, 'grantedAt', 'date-before-event', /收到补正之日（2026-02-05）/],
];

for (const target of DB_TARGETS) {
  describe(`staff dates are bounded (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock('2026-02-02T10:00:00+08:00');
    const staff = (path: string, body: unknown, locale = 'zh-Hans') => postJson(`${api}staff/${path}`, body, { Authorization: `Bearer ${TOKEN}`, 'Accept-Language': locale });
    const submit = async () => {
      const res = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      return res.body!.trackingNumber as string;
    };

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock, receipt: 'staff', intakeRateLimit: { max: 0, windowMs: 1 }, passwordHashing: TEST_SCRYPT });
      await grantStaff(server, 'dates', TOKEN, { agencies: ['gov-office'] });
      api = `${server.url}api/`;
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('each step refuses dates after today or before the event it follows, naming the field', async () => {
      clock.set('2026-02-02T10:00:00+08:00');
      const tns = [await submit(), await submit(), await submit()];
      clock.set('2026-02-10T11:00:00+08:00');
      for (const [tn, steps] of [[tns[0]!, ONE], [tns[1]!, TWO]] as const) {
        for (const [action, body, status, field, code, words] of steps) {
          const res = await staff(`disclosure/requests/${tn}/${action}`, body);
          const label = `${action} ${JSON.stringify(body)}`;
          assert.equal(res.status, status, `${label}: ${JSON.stringify(res.body)}`);
          if (status !== 422) continue;
          assert.deepEqual(res.body!.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [[field, code]], label);
          if (words) assert.match(res.body!.errors[0].message, words, label);
        }
      }
      const en = await staff(`disclosure/requests/${tns[2]}/confirm-receipt`, { receivedAt: '2099-01-01' }, 'en');
      assert.equal(en.body!.errors[0].message, 'receivedAt: cannot be after today (2026-02-10)');
      // Refused steps change nothing: the first application's facts are only the accepted ones.
      const view = (await server.store.requests.forStaff(tns[0]!))!;
      assert.deepEqual(view.deadlineFacts, {
        receivedAt: '2026-02-03',
        pauses: [{ kind: 'thirdParty', from: '2026-02-05', until: '2026-02-06' }],
        extension: { days: 5, grantedAt: '2026-02-10' },
      });
    });

    it('an application stored with a future receipt answers every later step with 422, never 500', async () => {
      clock.set('2026-02-10T11:00:00+08:00');
      const legacy = async () => {
        const tn = await submit();
        assert.equal((await staff(`disclosure/requests/${tn}/confirm-receipt`, {})).status, 200);
        // As the unbounded confirm-receipt stored it before this fix.
        await server.db.transaction((tx) =>
          tx.run('UPDATE disclosure_requests SET deadline = ?, received_date = ? WHERE tracking_number = ?', [JSON.stringify({ receivedAt: '2099-01-01', pauses: [] }), '2099-01-01', tn]),
        );
        return tn;
      };
      const later: Array<[string, Record<string, unknown>, string]> = [
        ['extend', { days: 5, note: '需要汇总' }, 'grantedAt'],
        ['pause', { kind: 'thirdParty' }, 'from'],
        ['request-correction', { note: '请补充' }, 'requestedAt'],
      ];
      for (const [action, body, field] of later) {
        const res = await staff(`disclosure/requests/${await legacy()}/${action}`, body);
        assert.equal(res.status, 422, `${action}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body!.errors[0].path, field);
      }
      const reply = await staff(`disclosure/requests/${await legacy()}/reply`, { type: 'granted', content: '见附件' });
      assert.ok([200, 422].includes(reply.status), `reply: ${reply.status} ${JSON.stringify(reply.body)}`);
    });
  });
}
