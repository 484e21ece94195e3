/**
 * Storage conformance: the same checks against SQLite and PostgreSQL — migrations, transactions,
 * unique constraints, counters under concurrency, idempotent intake under concurrency.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { migrate, MIGRATIONS, openDb, PostgresDb, SqliteDb, Store, type Db } from '../src/index.js';
import { nextSerial, purgeIdempotencyKeys } from '../src/intake.js';
import { NewerDatabaseError } from '../src/storage/migrations.js';
import { UniqueViolation } from '../src/storage/db.js';
import { DB_TARGETS, fixedClock, newKey } from './helpers.js';
import { validLetter } from './helpers.js';
import type { LetterSubmission } from '@gongkai/schema';

for (const target of DB_TARGETS) {
  describe(`storage conformance (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    const withDb = async (fn: (db: Db, url: string) => Promise<void>) => {
      const created = await target.create();
      const db = await openDb(created.target);
      try {
        await fn(db, created.target);
      } finally {
        await db.close();
        await created.drop();
      }
    };

    it('migrations apply once, are recorded, and a newer database is refused', () =>
      withDb(async (db, url) => {
        assert.deepEqual(await migrate(db), []); // openDb applied them already
        const rows = await db.read((tx) => tx.all<{ version: number | string; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version'));
        assert.deepEqual(rows.map((r) => Number(r.version)), MIGRATIONS.map((m) => m.version));
        await db.transaction((tx) => tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')"));
        await assert.rejects(openDb(url), NewerDatabaseError);
      }));

    it('migration versions may have gaps and arrive out of order: each applies once, in ascending order', () =>
      withDb(async (db) => {
        const table = (name: string) => ({ version: 0, name, sql: `CREATE TABLE ${name} (x INTEGER)` });
        // Branches reserve numbers; a merge may list top+3 before top+1, leaving top+2 for later.
        const top = Math.max(...MIGRATIONS.map((m) => m.version));
        const later = [...MIGRATIONS, { ...table('gap_three'), version: top + 3 }, { ...table('gap_one'), version: top + 1 }];
        assert.deepEqual(await migrate(db, later), [top + 1, top + 3]);
        assert.deepEqual(await migrate(db, later), []);
        // A version below the newest that arrives later (merged after the other two) is still applied.
        assert.deepEqual(await migrate(db, [...later, { ...table('gap_two'), version: top + 2 }]), [top + 2]);
        await db.read((tx) => tx.all('SELECT x FROM gap_two'));
      }));

    it('migration 5 gives rows stored before it the channel online', async () => {
      const created = await target.create();
      const db: Db = target.name === 'postgres' ? new PostgresDb(created.target) : new SqliteDb(created.target);
      try {
        await migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
        await db.transaction((tx) =>
          tx.run(
            `INSERT INTO disclosure_requests (tracking_number, query_salt, query_hash, agency_id, body, status, submitted_at, deadline, due_date, due_provisional, due_explanation, updated_at)
             VALUES ('YSQ-OLD', 's', 'h', 'a', '{}', 'received', 'x', '{}', '2026-01-01', 0, '{}', 'x')`,
          ),
        );
        assert.deepEqual(await migrate(db), MIGRATIONS.filter((m) => m.version > 4).map((m) => m.version));
        const stored = await db.read((tx) => tx.get<{ channel: string; approval_state: string | null }>("SELECT channel, approval_state FROM disclosure_requests WHERE tracking_number = 'YSQ-OLD'"));
        assert.deepEqual({ ...stored }, { channel: 'online', approval_state: null });
      } finally {
        await db.close();
        await created.drop();
      }
    });

    it('a failing transaction leaves nothing behind', () =>
      withDb(async (db) => {
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.run("INSERT INTO counters (name, day, value) VALUES ('T', '2026-01-01', 1)");
            throw new Error('boom');
          }),
          /boom/,
        );
        assert.equal(await db.read((tx) => tx.get("SELECT * FROM counters WHERE name = 'T'")), undefined);
      }));

    it('unique violations surface as UniqueViolation', () =>
      withDb(async (db) => {
        await db.transaction((tx) => tx.run("INSERT INTO counters (name, day, value) VALUES ('U', 'd', 1)"));
        await assert.rejects(db.transaction((tx) => tx.run("INSERT INTO counters (name, day, value) VALUES ('U', 'd', 2)")), UniqueViolation);
      }));

    it('daily counters hand out distinct consecutive numbers under concurrency', () =>
      withDb(async (db) => {
        const values = await Promise.all(Array.from({ length: 40 }, () => db.transaction((tx) => nextSerial(tx, 'YSQ', '2026-11-22'))));
        assert.deepEqual([...values].sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i + 1));
        assert.equal(await db.transaction((tx) => nextSerial(tx, 'YSQ', '2026-11-23')), 1);
      }));

    it('one Idempotency-Key under concurrency stores one letter; a different body is refused', () =>
      withDb(async (db) => {
        const store = new Store(db, { clock: fixedClock('2026-11-22T10:00:00+08:00'), receipt: 'onSubmit', letterReplyDays: 15 });
        const key = newKey();
        const letter = validLetter() as LetterSubmission;
        const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => store.submitLetter(letter, key, 'hash-a')));
        const ok = outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<{ response: { letterNumber: string } }>).value);
        assert.ok(ok.length >= 1);
        assert.equal(new Set(ok.map((o) => o.response.letterNumber)).size, 1);
        for (const o of outcomes) if (o.status === 'rejected') assert.equal((o.reason as { status?: number }).status, 409);
        const count = await db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM letters'));
        assert.equal(Number(count?.n), 1);
        await assert.rejects(store.submitLetter(letter, key, 'hash-b'), (error: { status?: number }) => error.status === 422);
      }));

    it('expired Idempotency-Key records are purged; the submissions stay and a fresh key works', () =>
      withDb(async (db) => {
        const clock = fixedClock('2026-11-01T10:00:00+08:00');
        const store = new Store(db, { clock, receipt: 'onSubmit', letterReplyDays: 15 });
        const letter = validLetter() as LetterSubmission;
        const old = newKey();
        const first = await store.submitLetter(letter, old, 'hash-old');
        clock.set('2026-11-20T10:00:00+08:00');
        const recent = newKey();
        await store.submitLetter(letter, recent, 'hash-recent');
        // Keep what was created on or after 2026-11-10: the first key goes, the second stays.
        assert.equal(await purgeIdempotencyKeys(db, '2026-11-10T10:00:00.000+08:00'), 1);
        const keys = await db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM idempotency_keys'));
        assert.equal(Number(keys?.n), 1);
        const letters = await db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM letters'));
        assert.equal(Number(letters?.n), 2, 'the submissions themselves are kept');
        assert.equal((await store.submitLetter(letter, recent, 'hash-recent')).replayed, true, 'a remembered key still replays');
        const after = await store.submitLetter(letter, old, 'hash-old');
        assert.equal(after.replayed, false, 'an expired key counts as new');
        assert.notEqual(after.response.letterNumber, first.response.letterNumber);
      }));
  });
}

describe('SQLite settings', () => {
  it('WAL journal, synchronous FULL, busy timeout', async () => {
    const created = await DB_TARGETS[0]!.create();
    const db = new SqliteDb(created.target, { busyTimeoutMs: 4321 });
    try {
      assert.equal(db.pragma('journal_mode'), 'wal');
      assert.equal(db.pragma('synchronous'), 2); // FULL
      assert.equal(db.pragma('busy_timeout'), 4321);
    } finally {
      await db.close();
      await created.drop();
    }
  });
});

describe('PostgreSQL in CI', () => {
  it('is configured whenever CI=true (the suite must not be skipped there)', { skip: process.env.CI === 'true' ? false : 'not in CI' }, () => {
    assert.ok(process.env.GONGKAI_TEST_PG_URL, 'set GONGKAI_TEST_PG_URL in .ci/run');
    assert.ok(PostgresDb);
  });
});
