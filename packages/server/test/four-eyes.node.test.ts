/**
 * Four-eyes approval (docs/staff.md "Four-eyes approval"), on SQLite and PostgreSQL: the
 * operator turns it on with `gongkai-server agency set ID --four-eyes on` (a real child process
 * on the running server's database, effective at once); the handler's reply and the publisher's
 * publication become proposals (202) that change nothing the citizen sees; an approver other
 * than the proposer approves (delivered / published exactly as a direct action) or returns them
 * with a note; self-approval is refused in plain words; turning it off restores direct action.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, getJson, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';
import { runServerCli } from './run-server-cli.js';

const HANDLER = 'handler-token-0123456789abcdef';
const APPROVER = 'approver-token-0123456789abcdef';
/** Handler and approver in one person: may propose, never approve their own proposal. */
const BOTH = 'both-token-0123456789abcdef';
const PUBLISHER = 'publisher-token-0123456789abcdef';
const AUDITOR = 'auditor-token-0123456789abcdef';
const UNIT = '示例市城市管理局';
const REPLY = { type: 'granted', content: '现将2025年老旧小区改造项目清单提供给您。' };

for (const target of DB_TARGETS) {
  describe(`four-eyes approval (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock('2026-03-02T10:00:00+08:00');
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
    const post = (token: string, path: string, body: unknown = {}) => postJson(`${api}staff/${path}`, body, bearer(token));
    const get = (token: string, path: string) => getJson(`${api}staff/${path}`, bearer(token));
    const agencyCli = (...args: string[]) => runServerCli(['agency', ...args, '--db', db.target]);

    const newApplication = async () => {
      const res = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      return res.body as { trackingNumber: string; queryCode: string };
    };
    const newRepliedLetter = async () => {
      const res = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() });
      const n = res.body!.letterNumber as string;
      for (const [step, body] of [['accept', {}], ['assign', { leadUnit: UNIT }], ['reply', { unit: UNIT, content: '路灯已修复。' }]] as const) {
        assert.equal((await post(HANDLER, `mailbox/letters/${n}/${step}`, body)).status, 200);
      }
      return n;
    };
    const publicLetters = async () => ((await getJson(`${api}mailbox/letters?pageSize=100`)).body!.items as Array<{ letterNumber: string; content: string }>);

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock, passwordHashing: TEST_SCRYPT, intakeRateLimit: { max: 0, windowMs: 1 }, lookupRateLimit: { max: 0, windowMs: 1 } });
      api = `${server.url}api/`;
      const agencies = ['gov-office', server.publisher.id];
      await grantStaff(server, 'li', HANDLER, { roles: ['handler'], agencies, units: { [server.publisher.id]: [UNIT] } });
      await grantStaff(server, 'chen', APPROVER, { roles: ['approver'], agencies });
      await grantStaff(server, 'sun', BOTH, { roles: ['handler', 'approver', 'publisher'], agencies });
      await grantStaff(server, 'zhou', PUBLISHER, { roles: ['publisher'], agencies });
      await grantStaff(server, 'wu', AUDITOR, { roles: ['auditor'], agencies });
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('the agency CLI: refuses bad arguments; sets and shows the setting', async () => {
      for (const args of [['set', 'gov-office'], ['set', 'gov-office', '--four-eyes', 'yes'], ['set', '--four-eyes', 'on'], ['set', 'bad id', '--four-eyes', 'on'], ['frobnicate', 'gov-office']]) {
        const run = await agencyCli(...args);
        assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, /gongkai-server agency: /);
      }
      const shown = await agencyCli('show', 'gov-office');
      assert.equal(shown.code, 0, shown.stderr);
      assert.equal(shown.stdout, 'four-eyes\toff\n');
    });

    it('off (the default): the handler’s reply is delivered at once, as before', async () => {
      const { trackingNumber } = await newApplication();
      const res = await post(HANDLER, `disclosure/requests/${trackingNumber}/reply`, REPLY);
      assert.equal(res.status, 200);
      assert.equal(res.body!.status, 'replied');
      assert.equal(res.body!.approval, undefined);
    });

    it('on: a reply is a proposal until another approver approves; returned with a note it goes back to the handler', async () => {
      const set = await agencyCli('set', 'gov-office', '--four-eyes', 'on');
      assert.equal(set.code, 0, set.stderr);
      assert.equal(set.stdout, 'four-eyes\ton\n');
      const { trackingNumber: tn, queryCode } = await newApplication();

      // The running server sees the CLI's change at once: the reply becomes a proposal.
      const proposed = await post(BOTH, `disclosure/requests/${tn}/reply`, REPLY);
      assert.equal(proposed.status, 202, JSON.stringify(proposed.body));
      assert.equal(proposed.body!.status, 'received');
      assert.equal(proposed.body!.approval.state, 'pending');
      assert.equal(proposed.body!.approval.proposedBy, 'sun');
      assert.deepEqual(proposed.body!.approval.proposal, { ...REPLY });
      // The proposer holds the approver role too, but is not offered (and refused) the approval.
      assert.ok(!proposed.body!.allowedActions.includes('approve'));
      assert.ok(!proposed.body!.allowedActions.includes('reply'));
      const self = await post(BOTH, `disclosure/requests/${tn}/approve`);
      assert.equal(self.status, 409);
      assert.equal(self.body!.errors[0].message, '该申请的答复是您本人提交的，须由另一位审核人审核');
      assert.equal((await post(BOTH, `disclosure/requests/${tn}/return-for-changes`, { note: '自己退回' })).status, 409);
      // Nobody replies a second time meanwhile.
      const again = await post(HANDLER, `disclosure/requests/${tn}/reply`, REPLY);
      assert.equal(again.status, 409);
      assert.equal(again.body!.errors[0].message, '该申请的答复已提交审核，请等待审核结果');

      // The citizen sees no reply yet.
      const before = await getJson(`${api}disclosure/requests/${tn}`, { 'X-Query-Code': queryCode });
      assert.equal(before.body!.status, 'received');
      assert.equal(before.body!.reply, undefined);

      // The approver's queue.
      const queue = await get(APPROVER, 'disclosure/requests?pendingApproval=true');
      assert.deepEqual((queue.body!.items as Array<{ trackingNumber: string }>).map((i) => i.trackingNumber), [tn]);
      // The row says who proposed it and when, not the text (lists carry no personal data).
      assert.deepEqual(Object.keys(queue.body!.items[0].approval).sort(), ['action', 'proposedAt', 'proposedBy', 'state']);
      const detail = await get(APPROVER, `disclosure/requests/${tn}?view=masked`);
      assert.deepEqual(detail.body!.allowedActions, ['approve', 'return-for-changes']);

      // Returned: a note is required; then the handler sees it and may reply (propose) again.
      assert.equal((await post(APPROVER, `disclosure/requests/${tn}/return-for-changes`, {})).status, 422);
      const returned = await post(APPROVER, `disclosure/requests/${tn}/return-for-changes`, { note: '请写明获取方式' });
      assert.equal(returned.status, 200, JSON.stringify(returned.body));
      assert.equal(returned.body!.approval.state, 'returned');
      assert.equal(returned.body!.approval.note, '请写明获取方式');
      assert.equal(returned.body!.approval.returnedBy, 'chen');
      const handlerView = await get(HANDLER, `disclosure/requests/${tn}/actions`);
      assert.ok(handlerView.body!.allowedActions.includes('reply'));
      assert.equal((await post(APPROVER, `disclosure/requests/${tn}/approve`)).status, 409, 'nothing pending after the return');
      assert.equal((await get(APPROVER, 'disclosure/requests?pendingApproval=true')).body!.total, 0);

      const revised = { ...REPLY, content: `${REPLY.content}请于工作日到政务服务中心领取。` };
      assert.equal((await post(HANDLER, `disclosure/requests/${tn}/reply`, revised)).status, 202);
      // A handler who is also an approver approves a colleague's proposal.
      const approved = await post(BOTH, `disclosure/requests/${tn}/approve`, { note: '同意' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body!.status, 'replied');
      assert.equal(approved.body!.approval, undefined);
      assert.equal(approved.body!.reportRow, 'granted');
      const after = await getJson(`${api}disclosure/requests/${tn}`, { 'X-Query-Code': queryCode });
      assert.equal(after.body!.status, 'replied');
      assert.equal(after.body!.reply.content, revised.content);
      assert.equal((await post(APPROVER, `disclosure/requests/${tn}/approve`)).status, 409);
      // The staff view keeps the rounds, from the audit entries (who and when: entries keep notes only as their length).
      const history = (await get(HANDLER, `disclosure/requests/${tn}?view=masked`)).body!.approvalHistory as Array<Record<string, string>>;
      assert.deepEqual(history.map((step) => `${step.action}:${step.by}${step.note ? `:${step.note}` : ''}`), ['propose-reply:sun', 'return-for-changes:chen', 'propose-reply:li', 'approve:sun']);
      assert.equal((await get(HANDLER, 'disclosure/requests?pageSize=100')).body!.items.some((i: Record<string, unknown>) => 'approvalHistory' in i), false, 'not in lists');

      const audit = await get(AUDITOR, `audit?entityId=${tn}`);
      const steps = (audit.body!.items as Array<{ action: string; actor: string }>).filter((e) => e.action !== 'read-personal').map((e) => `${e.action}:${e.actor}`);
      assert.deepEqual(steps, ['submit:public', 'propose-reply:sun', 'return-for-changes:chen', 'propose-reply:li', 'approve:sun']);
      const settingAudit = await get(AUDITOR, 'audit?entityId=gov-office');
      assert.ok((settingAudit.body!.items as Array<{ action: string; actor: string }>).some((e) => e.action === 'agency-four-eyes' && e.actor === 'operator'));
    });

    it('on: a proposal with a report row that does not fit is refused at once, not at approval', async () => {
      const { trackingNumber } = await newApplication();
      const res = await post(HANDLER, `disclosure/requests/${trackingNumber}/reply`, { type: 'granted', content: '好。', reportRow: 'refused.stateSecret' });
      assert.equal(res.status, 422);
      assert.equal((await get(HANDLER, `disclosure/requests/${trackingNumber}?view=masked`)).body!.approval, undefined);
    });

    it('on: a publication is a proposal; approved, the reviewed masked text is published; self-approval refused', async () => {
      assert.equal((await agencyCli('set', server.publisher.id, '--four-eyes', 'on')).code, 0);
      const n = await newRepliedLetter();
      const review = await get(PUBLISHER, `mailbox/letters/${n}/publication`);
      const proposed = await post(BOTH, `mailbox/letters/${n}/publish`);
      assert.equal(proposed.status, 202, JSON.stringify(proposed.body));
      assert.equal(proposed.body!.approval.state, 'pending');
      assert.deepEqual(proposed.body!.approval.proposal.published, review.body);
      assert.ok(!(await publicLetters()).some((l) => l.letterNumber === n), 'not public before approval');
      assert.equal((await post(PUBLISHER, `mailbox/letters/${n}/publish`)).status, 409);
      const self = await post(BOTH, `mailbox/letters/${n}/approve`);
      assert.equal(self.status, 409);
      assert.equal(self.body!.errors[0].message, '该来信的公开是您本人提交的，须由另一位审核人审核');
      const queue = await get(APPROVER, 'mailbox/letters?pendingApproval=true');
      assert.deepEqual((queue.body!.items as Array<{ letterNumber: string }>).map((i) => i.letterNumber), [n]);
      assert.deepEqual((await get(APPROVER, `mailbox/letters/${n}/actions`)).body!.allowedActions, ['approve', 'return-for-changes']);

      const approved = await post(APPROVER, `mailbox/letters/${n}/approve`);
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body!.approval, undefined);
      const listed = (await publicLetters()).find((l) => l.letterNumber === n);
      assert.ok(listed, 'public after approval');
      assert.equal(listed.content, review.body!.content);
      assert.ok(!listed.content.includes('13812345678'), 'masked');
      const audit = await get(AUDITOR, `audit?entityId=${n}`);
      assert.ok((audit.body!.items as Array<{ action: string; actor: string }>).some((e) => e.action === 'approve' && e.actor === 'chen'));
      assert.deepEqual(((await get(PUBLISHER, `mailbox/letters/${n}?view=masked`)).body!.approvalHistory as Array<{ action: string; by: string }>).map((s) => `${s.action}:${s.by}`), ['propose-publish:sun', 'approve:chen']);
    });

    it('on: a returned publication goes back with its note and is not published', async () => {
      const n = await newRepliedLetter();
      assert.equal((await post(PUBLISHER, `mailbox/letters/${n}/publish`)).status, 202);
      const returned = await post(APPROVER, `mailbox/letters/${n}/return-for-changes`, { note: '请再遮盖门牌号' });
      assert.equal(returned.status, 200);
      assert.equal(returned.body!.approval.state, 'returned');
      assert.ok((await get(PUBLISHER, `mailbox/letters/${n}/actions`)).body!.allowedActions.includes('publish'));
      assert.ok(!(await publicLetters()).some((l) => l.letterNumber === n));
    });

    it('off again: direct replies and publications, even for a proposal returned meanwhile', async () => {
      assert.equal((await agencyCli('set', 'gov-office', '--four-eyes', 'off')).code, 0);
      assert.equal((await agencyCli('set', server.publisher.id, '--four-eyes', 'off')).code, 0);
      const { trackingNumber } = await newApplication();
      const res = await post(HANDLER, `disclosure/requests/${trackingNumber}/reply`, REPLY);
      assert.equal(res.status, 200);
      assert.equal(res.body!.status, 'replied');
      const n = await newRepliedLetter();
      assert.equal((await post(PUBLISHER, `mailbox/letters/${n}/publish`)).status, 200);
      assert.ok((await publicLetters()).some((l) => l.letterNumber === n));
    });
  });
}
