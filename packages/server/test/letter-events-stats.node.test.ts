/**
 * The writer's timeline (`events` of `GET mailbox/letters/{n}` with `X-Query-Code`) and the
 * statistics by handling unit (`byUnit` of `GET mailbox/stats`), over HTTP against SQLite and
 * PostgreSQL, with figures counted by hand; and the migration that gives older letters their
 * events from the audit log.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mailboxStatsSchema, validate, writerLetterSchema } from '@gongkai/schema';
import { migrate, MIGRATIONS, PostgresDb, SqliteDb, startServer, type Db, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, getJson, grantStaff, newKey, postJson, validLetter } from './helpers.js';

const TOKEN = 'tok-bob-0123456789-abcdef';
const HOUSING = '示例市住房和城乡建设局';
const TRANSPORT = '示例市交通运输局';
const CIVIL = '示例市民政局';

for (const target of DB_TARGETS) {
  describe(`letter events and statistics by unit (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    const clock = fixedClock('2026-11-20T09:00:00+08:00');
    const staff = async (path: string, body: unknown = {}) => {
      const res = await postJson(`${api}staff/${path}`, body, { Authorization: `Bearer ${TOKEN}` });
      assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
      return res.body!;
    };
    const write = async (overrides: Record<string, unknown> = {}) => {
      const res = await postJson(`${api}mailbox/letters`, validLetter(overrides), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      return res.body as { letterNumber: string; queryCode: string };
    };
    const assign = async (n: string, unit: string) => {
      await staff(`mailbox/letters/${n}/accept`, { note: '内部备注：转住建' });
      await staff(`mailbox/letters/${n}/assign`, { leadUnit: unit });
    };
    const own = async (letter: { letterNumber: string; queryCode: string }) => {
      const res = await getJson(`${api}mailbox/letters/${letter.letterNumber}`, { 'X-Query-Code': letter.queryCode });
      assert.equal(res.status, 200);
      const checked = validate(writerLetterSchema, res.body);
      assert.equal(checked.ok, true, JSON.stringify(checked.issues));
      return res.body as { status: string; events: Array<{ status: string; at: string; unit?: string; note?: string }> };
    };
    const letters: Record<string, { letterNumber: string; queryCode: string }> = {};

    before(async () => {
      db = await target.create();
      // 5 working days: letters of Fri 2026-11-20 are due Fri 2026-11-27.
      server = await startServer({ port: 0, db: db.target, clock, letterReplyDays: 5, intakeRateLimit: { max: 0, windowMs: 1 } });
      await grantStaff(server, 'bob', TOKEN, { units: { [server.publisher.id]: [HOUSING, TRANSPORT, CIVIL] } });
      api = `${server.url}api/`;

      clock.set('2026-11-20T09:00:00+08:00');
      for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) letters[name] = await write();
      const n = (name: string) => letters[name]!.letterNumber;
      clock.set('2026-11-21T10:00:00+08:00');
      for (const name of ['a', 'b', 'c']) await assign(n(name), HOUSING);
      await assign(n('d'), TRANSPORT);
      await assign(n('f'), TRANSPORT);
      await staff(`mailbox/letters/${n('f')}/return`, { note: '不属于本单位职责' });
      clock.set('2026-11-22T11:00:00+08:00');
      await staff(`mailbox/letters/${n('f')}/assign`, { leadUnit: CIVIL });
      await staff(`mailbox/letters/${n('g')}/reject`, { reason: '来信内容属于诉讼程序，请通过司法途径解决。' });
      clock.set('2026-11-23T15:00:00+08:00');
      await staff(`mailbox/letters/${n('d')}/reply`, { unit: TRANSPORT, content: '已调整。' });
      clock.set('2026-11-24T16:00:00+08:00');
      await staff(`mailbox/letters/${n('a')}/start`);
      await staff(`mailbox/letters/${n('a')}/reply`, { unit: HOUSING, content: '已处理。' });
      clock.set('2026-12-10T16:00:00+08:00'); // after the due date
      await staff(`mailbox/letters/${n('b')}/reply`, { unit: HOUSING, content: '已处理，答复较晚。' });
      clock.set('2026-12-11T09:00:00+08:00');
      const rated = await postJson(`${api}mailbox/letters/${n('a')}/rating`, { satisfaction: 'satisfied' }, { 'X-Query-Code': letters['a']!.queryCode });
      assert.equal(rated.status, 200);
    });
    after(async () => {
      await server?.close();
      await db?.drop();
    });

    it('the writer sees every status change with its time, the unit where public, the reason of a rejection', async () => {
      const a = await own(letters['a']!);
      assert.deepEqual(
        a.events.map((e) => [e.status, e.at.slice(0, 16), e.unit ?? null]),
        [
          ['received', '2026-11-20T09:00', null],
          ['accepted', '2026-11-21T10:00', null],
          ['assigned', '2026-11-21T10:00', HOUSING],
          ['inProgress', '2026-11-24T16:00', null],
          ['replied', '2026-11-24T16:00', HOUSING],
          ['rated', '2026-12-11T09:00', null],
        ],
      );
      assert.equal(a.status, 'rated');
      // Staff's own notes stay internal.
      assert.ok(!JSON.stringify(a).includes('内部备注'));

      const f = await own(letters['f']!);
      assert.deepEqual(
        f.events.map((e) => [e.status, e.unit ?? null]),
        [['received', null], ['accepted', null], ['assigned', TRANSPORT], ['accepted', null], ['assigned', CIVIL]],
      );
      assert.ok(!JSON.stringify(f).includes('不属于本单位职责'));

      const g = await own(letters['g']!);
      assert.deepEqual(g.events.map((e) => e.status), ['received', 'rejected']);
      assert.equal(g.events[1]!.note, '来信内容属于诉讼程序，请通过司法途径解决。');
      assert.deepEqual((await own(letters['e']!)).events.map((e) => e.status), ['received']);
    });

    it('a wrong code or no code shows no events of a private letter; a published letter keeps them for its writer', async () => {
      const n = letters['a']!.letterNumber;
      assert.equal((await getJson(`${api}mailbox/letters/${n}`)).status, 404);
      assert.equal((await getJson(`${api}mailbox/letters/${n}`, { 'X-Query-Code': 'WRONGWRONG' })).status, 404);
      await staff(`mailbox/letters/${n}/publish`);
      const anyone = await getJson(`${api}mailbox/letters/${n}`);
      assert.equal(anyone.status, 200);
      assert.equal(anyone.body!.events, undefined, 'the public view has no timeline');
      assert.equal((await getJson(`${api}mailbox/letters/${n}`, { 'X-Query-Code': 'WRONGWRONG' })).body!.events, undefined);
      const writer = await own(letters['a']!);
      assert.equal(writer.events.length, 6, 'publishing is no step of the timeline');
    });

    it('GET mailbox/stats counts letters by lead unit with replies and on-time rates', async () => {
      const res = await getJson(`${api}mailbox/stats`);
      const checked = validate(mailboxStatsSchema, res.body);
      assert.equal(checked.ok, true, JSON.stringify(checked.issues));
      const stats = res.body!;
      assert.equal(stats.received, 7);
      assert.equal(stats.replied, 3);
      assert.equal(stats.onTimeRate, 2 / 3);
      // Most letters first; e (not assigned) and g (rejected) belong to no unit; f counts where it is now.
      assert.deepEqual(stats.byUnit, [
        { unit: HOUSING, received: 3, replied: 2, onTimeRate: 0.5 },
        { unit: TRANSPORT, received: 1, replied: 1, onTimeRate: 1 },
        { unit: CIVIL, received: 1, replied: 0 },
      ]);
      assert.ok((res.body!.byUnit as unknown[]).every((row) => typeof row === 'object'));
    });

    it('the OpenAPI document describes the writer\'s letter with events and the stats with byUnit', async () => {
      const doc = (await getJson(`${api}openapi.json`)).body!;
      const schemas = doc.components.schemas;
      assert.ok(schemas.WriterLetter.properties.events);
      assert.ok(schemas.MailboxStats.properties.byUnit);
      assert.equal(doc.paths['/mailbox/letters/{letterNumber}'].get.responses['200'].content['application/json'].schema.$ref, '#/components/schemas/WriterLetter');
    });
  });

  describe(`migration 2 gives older letters their events (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    it('status changes come from the audit log, in order; publishing is left out', async () => {
      const created = await target.create();
      const db: Db = target.name === 'postgres' ? new PostgresDb(created.target) : new SqliteDb(created.target);
      try {
        await migrate(db, MIGRATIONS.filter((m) => m.version === 1));
        await db.transaction(async (tx) => {
          await tx.run(
            `INSERT INTO letters (letter_number, query_salt, query_hash, body, type, status, may_publish, submitted_at, due_date, replies, updated_at)
             VALUES ('XJ-20260101-000001', 's', 'h', '{}', 'help', 'replied', 1, '2026-01-01T09:00:00+08:00', '2026-01-22', '[]', '2026-01-05T09:00:00+08:00')`,
          );
          const audit: Array<[string, string, string | null, string]> = [
            ['2026-01-01T09:00:00+08:00', 'submit', null, 'received'],
            ['2026-01-02T09:00:00+08:00', 'accept', 'received', 'accepted'],
            ['2026-01-02T10:00:00+08:00', 'assign', 'accepted', 'assigned'],
            ['2026-01-05T09:00:00+08:00', 'reply', 'assigned', 'replied'],
            ['2026-01-06T09:00:00+08:00', 'publish', 'replied', 'replied'],
          ];
          for (const [at, action, beforeStatus, afterStatus] of audit) {
            await tx.run(
              "INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_status, after_status) VALUES (?, 'staff', ?, 'letter', 'XJ-20260101-000001', ?, ?)",
              [at, action, beforeStatus, afterStatus],
            );
          }
          await tx.run("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_status, after_status) VALUES ('2026-01-01T10:00:00+08:00', 'public', 'submit', 'disclosure-request', 'YSQ-1', NULL, 'received')");
        });
        assert.deepEqual(await migrate(db, MIGRATIONS.filter((m) => m.version <= 2)), [2]);
        const events = await db.read((tx) => tx.all<{ status: string; at: string }>("SELECT status, at FROM letter_events WHERE letter_number = 'XJ-20260101-000001' ORDER BY id"));
        assert.deepEqual(events.map((e) => e.status), ['received', 'accepted', 'assigned', 'replied']);
        assert.equal(events[3]!.at, '2026-01-05T09:00:00+08:00');
        const all = await db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM letter_events'));
        assert.equal(Number(all?.n), 4, 'applications have their own events');
      } finally {
        await db.close();
        await created.drop();
      }
    });
  });
}
