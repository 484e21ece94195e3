/**
 * The audit log cannot be rewritten unnoticed (docs/security.md, "Audit log"), on SQLite and
 * PostgreSQL: every submission, personal-data read and staff action is an entry without personal
 * data; UPDATE and DELETE are refused by triggers; every entry is hash-chained, also under
 * concurrent appends; `gongkai-server audit verify` reports OK with the count, and after someone
 * who can drop the triggers changed or removed an entry, the first broken link; entries written
 * before migration 7 are chained by it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, migrate, MIGRATIONS, openDb, PostgresDb, SqliteDb, startServer, type Db, type StartedServer } from '../src/index.js';
import { verifyAuditChain } from '../src/store/audit-chain.js';
import { DB_TARGETS, getJson, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';
import { runServerCli } from './run-server-cli.js';

const TOKEN = 'tok-audit-0123456789-abcdef';
const PERSONAL = ['13812345678', '张三', '11010519491231002X', '建设路88号', '13900001111'];

const rawDb = (name: 'sqlite' | 'postgres', target: string): Db => (name === 'postgres' ? new PostgresDb(target) : new SqliteDb(target));

for (const target of DB_TARGETS) {
  describe(`audit integrity (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    let tn = '';
    let ln = '';
    const staff = (path: string, body: unknown = {}) => postJson(`${api}staff/${path}`, body, { Authorization: `Bearer ${TOKEN}` });
    const staffGet = (path: string) => getJson(`${api}staff/${path}`, { Authorization: `Bearer ${TOKEN}` });

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, intakeRateLimit: { max: 0, windowMs: 1 }, passwordHashing: TEST_SCRYPT });
      await grantStaff(server, 'auditee', TOKEN, { agencies: ['gov-office', server.publisher.id], units: { [server.publisher.id]: ['市城管局'] } });
      api = `${server.url}api/`;
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('every submission, personal-data read and action is an entry, none holds personal data', async () => {
      const application = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      assert.equal(application.status, 201);
      tn = application.body!.trackingNumber;
      const letter = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() });
      assert.equal(letter.status, 201);
      ln = letter.body!.letterNumber;

      const requestEntries = (await server.store.auditLog({ entityId: tn, page: 1, pageSize: 50 })).items;
      assert.deepEqual(requestEntries.map((e) => [e.action, e.actor, e.afterStatus]), [['submit', 'public', 'received']], 'the application submission is audited');
      const letterEntries = (await server.store.auditLog({ entityId: ln, page: 1, pageSize: 50 })).items;
      assert.deepEqual(letterEntries.map((e) => [e.action, e.actor, e.afterStatus]), [['submit', 'public', 'received']]);

      // Staff notes and replies that name the citizen: the entry keeps their length only.
      assert.equal((await staff(`disclosure/requests/${tn}/extend`, { days: 5, note: '张三来电13900001111，需协调' })).status, 200);
      assert.equal((await staffGet(`disclosure/requests/${tn}/applicant`)).status, 200);
      assert.equal((await staff(`mailbox/letters/${ln}/reject`, { reason: '张三，电话13812345678，重复来信' })).status, 200);
      assert.equal((await staffGet(`mailbox/letters/${ln}/writer`)).status, 200);

      const all = await server.store.auditLog({ page: 1, pageSize: 500 });
      const actions = all.items.filter((e) => e.entityId === tn || e.entityId === ln).map((e) => `${e.entityId === tn ? 'request' : 'letter'}:${e.action}`);
      assert.deepEqual(actions, ['request:submit', 'letter:submit', 'request:extend', 'request:read-personal', 'letter:reject', 'letter:read-personal']);
      const extend = all.items.find((e) => e.action === 'extend')!;
      assert.deepEqual(extend.detail, { days: 5, noteLength: 19, dueDate: (extend.detail as { dueDate: string }).dueDate });
      const stored = JSON.stringify(await server.db.read((tx) => tx.all('SELECT * FROM audit_log')));
      for (const value of PERSONAL) assert.ok(!stored.includes(value), `the audit table holds ${value}`);
    });

    it('UPDATE, DELETE (and TRUNCATE on PostgreSQL) on the audit table are refused', async () => {
      const tamper = [
        "UPDATE audit_log SET actor = 'nobody'",
        'UPDATE audit_log SET hash = NULL WHERE id = (SELECT MIN(id) FROM audit_log)',
        'DELETE FROM audit_log',
        "DELETE FROM audit_log WHERE action = 'read-personal'",
        ...(target.name === 'postgres' ? ['TRUNCATE audit_log'] : []),
      ];
      const before = await server.db.read((tx) => tx.all('SELECT * FROM audit_log ORDER BY id'));
      for (const sql of tamper) await assert.rejects(server.db.transaction((tx) => tx.run(sql)), /append-only/, sql);
      assert.deepEqual(await server.db.read((tx) => tx.all('SELECT * FROM audit_log ORDER BY id')), before);
    });

    it('concurrent appends from two server processes on one database still form one chain', async () => {
      const second = await createServer({ db: db.target, data: data.dir, passwordHashing: TEST_SCRYPT });
      try {
        const before = Number((await server.db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_log')))?.n);
        const append = (i: number) => (i % 2 ? second : server).store.auditStore.recordRead({ name: 'auditee' }, 'letter', ln, `burst-${i}`);
        if (target.name === 'postgres') await Promise.all(Array.from({ length: 30 }, (_, i) => append(i)));
        // Two SQLite connections in ONE process cannot overlap (a synchronous busy wait would
        // block the holder's own event loop); separate processes queue on the file lock instead.
        else for (let i = 0; i < 30; i++) await append(i);
        const result = await verifyAuditChain(server.db);
        assert.equal(result.ok, true, JSON.stringify(result));
        assert.equal(result.count, before + 30);
      } finally {
        await second.close();
      }
    });

    it('`audit verify` reports OK with the count, then the first broken link after tampering', async () => {
      const count = Number((await server.db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_log')))?.n);
      const ok = await runServerCli(['audit', 'verify', '--db', db.target]);
      assert.equal(ok.code, 0, ok.stderr + ok.stdout);
      assert.match(ok.stdout, new RegExp(`^OK: ${count} audit entries, chain intact; head [0-9a-f]{64}\\n$`));

      const ids = (await server.db.read((tx) => tx.all<{ id: number | string }>('SELECT id FROM audit_log ORDER BY id'))).map((r) => Number(r.id));
      const changed = ids[3]!;
      const removed = ids[8]!;
      // What a superuser (or the holder of the SQLite file) can do: drop the trigger, rewrite.
      const dropTriggers =
        target.name === 'postgres'
          ? ['DROP TRIGGER audit_log_append_only ON audit_log']
          : ['DROP TRIGGER audit_log_no_update', 'DROP TRIGGER audit_log_no_delete'];
      const original = (await server.db.read((tx) => tx.get<{ actor: string }>('SELECT actor FROM audit_log WHERE id = ?', [changed])))!.actor;
      await server.db.transaction(async (tx) => {
        for (const sql of dropTriggers) await tx.run(sql);
        await tx.run("UPDATE audit_log SET actor = 'someone-else' WHERE id = ?", [changed]);
      });
      const broken = await runServerCli(['audit', 'verify', '--db', db.target]);
      assert.equal(broken.code, 1);
      assert.match(broken.stdout, new RegExp(`^BROKEN at audit entry ${changed}: its content \\(the entry was changed\\) differs .*; 3 entries before it are intact\\n$`));
      for (const value of ['someone-else', ...PERSONAL]) assert.ok(!broken.stdout.includes(value), 'verify prints no content');

      // Put the actor back: the chain is whole again; then remove an entry further on.
      await server.db.transaction((tx) => tx.run('UPDATE audit_log SET actor = ? WHERE id = ?', [original, changed]));
      assert.equal((await verifyAuditChain(server.db)).ok, true, 'the original content verifies again');
      await server.db.transaction((tx) => tx.run('DELETE FROM audit_log WHERE id = ?', [removed]));
      const gap = await verifyAuditChain(server.db);
      assert.deepEqual({ ok: gap.ok, entryId: !gap.ok && gap.entryId, differs: !gap.ok && gap.differs, count: gap.count }, { ok: false, entryId: ids[9], differs: 'prev_hash', count: 8 });
      const cli = await runServerCli(['audit', 'verify', '--db', db.target]);
      assert.equal(cli.code, 1);
      assert.match(cli.stdout, new RegExp(`^BROKEN at audit entry ${ids[9]}: its link to the previous entry`));
    });

    it('bad usage exits 2 with the help', async () => {
      for (const args of [['audit'], ['audit', 'rewrite'], ['audit', 'verify', 'extra'], ['audit', 'verify', '--nope']]) {
        const run = await runServerCli([...args, '--db', db.target]);
        assert.equal(run.code, 2, args.join(' '));
        assert.match(run.stdout + run.stderr, /audit verify/);
      }
    });
  });

  describe(`migration 7 chains the entries written before it (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    it('old entries get hashes in id order, then the triggers hold', async () => {
      const created = await target.create();
      const db = rawDb(target.name, created.target);
      try {
        await migrate(db, MIGRATIONS.filter((m) => m.version < 7));
        await db.transaction(async (tx) => {
          for (let i = 0; i < 5; i++) {
            await tx.run(
              "INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_status, after_status, detail) VALUES (?, 'alice', 'accept', 'letter', ?, 'received', 'accepted', ?)",
              [`2026-01-0${i + 1}T09:00:00+08:00`, `XJ-2026010${i + 1}-000001`, i % 2 ? '{"x":1}' : null],
            );
          }
        });
        assert.deepEqual(await migrate(db), MIGRATIONS.filter((m) => m.version >= 7).map((m) => m.version));
        assert.deepEqual(await verifyAuditChain(db).then((r) => ({ ok: r.ok, count: r.count })), { ok: true, count: 5 });
        await assert.rejects(db.transaction((tx) => tx.run("UPDATE audit_log SET actor = 'x'")), /append-only/);
      } finally {
        await db.close();
        await created.drop();
      }
      // And a fresh database opens with the whole list applied.
      const fresh = await target.create();
      const opened = await openDb(fresh.target);
      try {
        assert.deepEqual(await verifyAuditChain(opened), { ok: true, count: 0, head: '0'.repeat(64) });
      } finally {
        await opened.close();
        await fresh.drop();
      }
    });
  });
}

describe('the migration runner accepts gaps in the version list', () => {
  it('applies missing versions in version order, even below the newest applied, and records each', async () => {
    const db = new SqliteDb(':memory:');
    try {
      const made: string[] = [];
      const step = (version: number) => ({ version, name: `v${version}`, sql: `CREATE TABLE t${version} (x TEXT)`, apply: async () => void made.push(`v${version}`) });
      assert.deepEqual(await migrate(db, [step(1), step(7)]), [1, 7]);
      // A later merge brings 5 and 6, listed after 7: applied now, in order, without touching 7.
      assert.deepEqual(await migrate(db, [step(1), step(7), step(6), step(5)]), [5, 6]);
      assert.deepEqual(made, ['v1', 'v7', 'v5', 'v6']);
      assert.deepEqual(await migrate(db, [step(1), step(5), step(6), step(7)]), []);
    } finally {
      await db.close();
    }
  });
});
