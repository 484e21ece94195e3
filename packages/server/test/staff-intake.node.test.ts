/**
 * Offline intake by registrars (docs/staff.md "Offline intake"), on SQLite and PostgreSQL: an
 * application received in person, by post or by fax and a letter received by post; the clock
 * counts from the date of receipt (docs/domain.md §3, Art. 31); the receipt (tracking number and
 * query code) comes back once, uncached; Idempotency-Key as on the public intake; every bad input
 * answered 422 with a reason at its field; the audit entry; the citizen's lookup works with it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDaysProvisional, computeDueDate } from '@gongkai/workdays';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, getJson, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';

const REGISTRAR = 'registrar-token-0123456789abcdef';
const OTHER_REGISTRAR = 'registrar2-token-0123456789abcdef';
const AUDITOR = 'auditor-token-0123456789abcdef';
/** 2026-03-02 is a Monday; the paper application was signed for the Friday before. */
const TODAY = '2026-03-02';

for (const target of DB_TARGETS) {
  describe(`offline intake (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock(`${TODAY}T10:00:00+08:00`);
    /** `key` null: no Idempotency-Key (reads, and the missing-key case). */
    const auth = (token: string, key: string | null = newKey()) => ({ Authorization: `Bearer ${token}`, ...(key ? { 'Idempotency-Key': key } : {}) });
    const register = (body: unknown, token = REGISTRAR, key: string = newKey()) => postJson(`${api}staff/disclosure/requests`, body, auth(token, key));
    const registerLetter = (body: unknown, token = REGISTRAR, key: string = newKey()) => postJson(`${api}staff/mailbox/letters`, body, auth(token, key));

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock, passwordHashing: TEST_SCRYPT, intakeRateLimit: { max: 0, windowMs: 1 }, lookupRateLimit: { max: 0, windowMs: 1 } });
      api = `${server.url}api/`;
      const agencies = ['gov-office', 'no-requests', server.publisher.id];
      await grantStaff(server, 'wang', REGISTRAR, { roles: ['registrar'], agencies });
      await grantStaff(server, 'zhao', OTHER_REGISTRAR, { roles: ['registrar'], agencies });
      await grantStaff(server, 'qian', AUDITOR, { roles: ['auditor'], agencies });
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    for (const channel of ['in-person', 'post', 'fax'] as const) {
      it(`an application received ${channel}: received on the date given, due 20 working days after it, the receipt once and uncached`, async () => {
        const res = await register({ ...validApplication(), channel, receivedAt: '2026-02-27' });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        assert.equal(res.headers.get('cache-control'), 'no-store');
        const receipt = res.body!;
        assert.match(receipt.trackingNumber, /^YSQ-20260302-\d{6}$/);
        assert.match(receipt.queryCode, /^\S{6,}$/);
        assert.equal(receipt.channel, channel);
        assert.equal(receipt.receivedAt, '2026-02-27');
        assert.equal(receipt.status, 'received');
        const expected = computeDueDate({ receivedAt: '2026-02-27' }).dueDate;
        assert.equal(receipt.dueDate, expected);
        // Received last Friday: due earlier than an application received today would be.
        assert.ok(expected < computeDueDate({ receivedAt: TODAY }).dueDate);

        const view = await getJson(`${api}staff/disclosure/requests/${receipt.trackingNumber}?view=masked`, auth(REGISTRAR, null));
        assert.equal(view.status, 200);
        assert.equal(view.body!.channel, channel);
        assert.equal(view.body!.receivedDate, '2026-02-27');
        assert.equal(view.body!.dueDate, expected);
        const list = await getJson(`${api}staff/disclosure/requests?pageSize=100`, auth(REGISTRAR, null));
        assert.equal((list.body!.items as Array<{ trackingNumber: string; channel: string }>).find((i) => i.trackingNumber === receipt.trackingNumber)?.channel, channel);

        // The citizen looks it up with the receipt, as after an online application.
        const lookup = await getJson(`${api}disclosure/requests/${receipt.trackingNumber}`, { 'X-Query-Code': receipt.queryCode });
        assert.equal(lookup.status, 200);
        assert.equal(lookup.body!.status, 'received');
        assert.equal(lookup.body!.dueDate, expected);
        assert.match(lookup.body!.events.at(-1).note, /2026-02-27/);

        const audit = await getJson(`${api}staff/audit?entityId=${receipt.trackingNumber}`, auth(AUDITOR, null));
        const entry = (audit.body!.items as Array<Record<string, any>>).find((e) => e.action === 'register');
        assert.ok(entry, JSON.stringify(audit.body));
        assert.equal(entry.actor, 'wang');
        assert.equal(entry.detail.channel, channel);
        assert.ok(!JSON.stringify(audit.body).includes(receipt.queryCode), 'the query code is never in the audit log');
        assert.ok(!JSON.stringify(audit.body).includes('11010519491231002X'), 'personal data is never in the audit log');
      });
    }

    it('an application on the day of receipt is due as one received today', async () => {
      const res = await register({ ...validApplication(), channel: 'in-person', receivedAt: TODAY });
      assert.equal(res.status, 201);
      assert.equal(res.body!.dueDate, computeDueDate({ receivedAt: TODAY }).dueDate);
    });

    it('Idempotency-Key: the same key and body replays the receipt; another body or another registrar gets 422; none stores twice', async () => {
      const key = newKey();
      const body = { ...validApplication(), channel: 'post', receivedAt: '2026-02-26' };
      const first = await register(body, REGISTRAR, key);
      assert.equal(first.status, 201);
      const again = await register(body, REGISTRAR, key);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotency-replayed'), 'true');
      assert.deepEqual(again.body, first.body);
      assert.equal((await register({ ...body, receivedAt: '2026-02-25' }, REGISTRAR, key)).body!.type, 'urn:gongkai:problem:idempotency-key-reused');
      const other = await register(body, OTHER_REGISTRAR, key);
      assert.equal(other.status, 422);
      assert.equal(other.body!.type, 'urn:gongkai:problem:idempotency-key-reused');
      assert.ok(!JSON.stringify(other.body).includes(first.body!.queryCode));
      // The public intake's keys are another space: the same key there is a new application.
      assert.equal((await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': key })).status, 201);
      const missing = await postJson(`${api}staff/disclosure/requests`, body, auth(REGISTRAR, null));
      assert.equal(missing.status, 400);
      assert.equal(missing.body!.type, 'urn:gongkai:problem:idempotency-key-missing');
    });

    const BAD: Array<[string, Record<string, unknown>, string, string]> = [
      ['no channel', { channel: undefined }, 'channel', ''],
      ['channel online (the public form is for that)', { channel: 'online' }, 'channel', ''],
      ['channel e-mail', { channel: 'email' }, 'channel', ''],
      ['channel not a string', { channel: 3 }, 'channel', ''],
      ['no date of receipt', { receivedAt: undefined }, 'receivedAt', ''],
      ['a date in the future', { receivedAt: '2026-03-03' }, 'receivedAt', '不能晚于今天'],
      ['more than a year back', { receivedAt: '2025-03-01' }, 'receivedAt', '不能早于一年前（2025-03-02）'],
      ['a day that does not exist', { receivedAt: '2026-02-30' }, 'receivedAt', '不是有效的日期'],
      ['not a date', { receivedAt: 'yesterday' }, 'receivedAt', ''],
      ['a timestamp instead of a date', { receivedAt: '2026-02-27T09:00:00+08:00' }, 'receivedAt', ''],
      ['an unknown member', { receivedBy: 'wang' }, 'receivedBy', ''],
      ['an invalid applicant', { applicant: { type: 'person', name: '' } }, 'applicant.name', ''],
    ];
    for (const [label, change, path, words] of BAD) {
      it(`422 with the reason at its field: ${label}`, async () => {
        const body: Record<string, unknown> = { ...validApplication(), channel: 'post', receivedAt: '2026-02-27', ...change };
        for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
        const res = await register(body);
        assert.equal(res.status, 422, JSON.stringify(res.body));
        const error = (res.body!.errors as Array<{ path: string; message: string }>).find((e) => e.path === path || e.path.startsWith(`${path}.`));
        assert.ok(error, `${path} in ${JSON.stringify(res.body!.errors)}`);
        if (words) assert.ok(error.message.includes(words), error.message);
      });
    }

    it('hostile bodies: not an object → 422; smuggling __proto__ or constructor → refused by the JSON parser (400); nothing stored', async () => {
      const before = (await getJson(`${api}staff/disclosure/requests?pageSize=1`, auth(REGISTRAR, null))).body!.total;
      const valid = JSON.stringify({ ...validApplication(), channel: 'post', receivedAt: '2026-02-27' });
      const cases: Array<[string, number]> = [
        ['[]', 422],
        ['null', 422],
        ['"post"', 422],
        ['42', 422],
        [`${valid.slice(0, -1)},"__proto__":{"channel":"online"}}`, 400],
        [`${valid.slice(0, -1)},"constructor":{"prototype":{"channel":"online"}}}`, 400],
      ];
      for (const [raw, status] of cases) {
        const res = await register(raw);
        assert.equal(res.status, status, `${raw.slice(-60)}: ${JSON.stringify(res.body)}`);
      }
      assert.equal((await getJson(`${api}staff/disclosure/requests?pageSize=1`, auth(REGISTRAR, null))).body!.total, before);
    });

    it('reports the public body’s errors and the date’s together', async () => {
      const res = await register({ ...validApplication({ description: '' }), channel: 'post', receivedAt: '2027-01-01' });
      assert.equal(res.status, 422);
      const paths = (res.body!.errors as Array<{ path: string }>).map((e) => e.path);
      assert.ok(paths.includes('description') && paths.includes('receivedAt'), paths.join());
    });

    it('an agency that accepts no applications is 422; one outside the registrar’s agencies is 404', async () => {
      const closed = await register({ ...validApplication({ agencyId: 'no-requests' }), channel: 'post', receivedAt: '2026-02-27' });
      assert.equal(closed.status, 422);
      assert.equal(closed.body!.errors[0].code, 'unknown-agency');
      const other = await register({ ...validApplication({ agencyId: 'market' }), channel: 'post', receivedAt: '2026-02-27' });
      assert.equal(other.status, 404);
    });

    it('a letter received by post: due from the day it was signed for; channel and date in the staff views; the writer’s lookup works', async () => {
      const res = await registerLetter({ ...validLetter(), channel: 'post', receivedAt: '2026-02-26' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const receipt = res.body!;
      assert.match(receipt.letterNumber, /^XJ-20260302-\d{6}$/);
      assert.equal(receipt.channel, 'post');
      assert.equal(receipt.receivedAt, '2026-02-26');
      const view = await getJson(`${api}staff/mailbox/letters/${receipt.letterNumber}?view=masked`, auth(REGISTRAR, null));
      assert.equal(view.body!.channel, 'post');
      assert.equal(view.body!.receivedDate, '2026-02-26');
      assert.equal(view.body!.dueDate, addWorkingDaysProvisional('2026-02-26', 15).date);
      const own = await getJson(`${api}mailbox/letters/${receipt.letterNumber}`, { 'X-Query-Code': receipt.queryCode });
      assert.equal(own.status, 200);
      assert.equal(own.body!.status, 'received');
      const audit = await getJson(`${api}staff/audit?entityId=${receipt.letterNumber}`, auth(AUDITOR, null));
      assert.ok((audit.body!.items as Array<{ action: string; actor: string }>).some((e) => e.action === 'register' && e.actor === 'wang'));
      // Online letters show their channel too.
      const online = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() });
      const onlineView = await getJson(`${api}staff/mailbox/letters/${online.body!.letterNumber}?view=masked`, auth(REGISTRAR, null));
      assert.equal(onlineView.body!.channel, 'online');
      assert.equal(onlineView.body!.receivedDate, TODAY);
    });

    for (const [label, change] of [
      ['channel fax (letters come online or by post)', { channel: 'fax' }],
      ['channel in-person', { channel: 'in-person' }],
      ['a future date', { receivedAt: '2026-12-31' }],
      ['no phone', { phone: undefined }],
    ] as const) {
      it(`a letter: 422 for ${label}`, async () => {
        const body: Record<string, unknown> = { ...validLetter(), channel: 'post', receivedAt: '2026-02-27', ...change };
        for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
        assert.equal((await registerLetter(body)).status, 422);
      });
    }
  });
}
