/**
 * The indexed read paths (docs/design.md §5 "Reads that scale") give the answers of the old
 * ones on a generated data set, on SQLite and PostgreSQL: the public letter list against
 * @gongkai/client's in-memory engine over every published letter merged with an archive file
 * (search with Simplified/Traditional, width and case folding, facets, sorts, ties, paging),
 * single letters, and the statistics kept as tallies against grouping the whole table — after
 * a seeded random sequence of submissions, transitions, ratings and publications, and after
 * migration 8 starts from rows an older server stored.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { QueryParams } from '@gongkai/client';
import type { PublicLetter } from '@gongkai/schema';
import { DataCollections } from '../src/data-folder.js';
import { LetterList } from '../src/letter-list.js';
import { openDb } from '../src/storage/open.js';
import { migrate, MIGRATIONS } from '../src/storage/migrations.js';
import type { Db } from '../src/storage/db.js';
import { PostgresDb } from '../src/storage/postgres.js';
import { SqliteDb } from '../src/storage/sqlite.js';
import { Store } from '../src/store.js';
import { DB_TARGETS, fixedClock, newKey, validLetter } from './helpers.js';

const PUBLISHER = { id: 'gongkai-server', name: '示例市人民政府' };
const ARCHIVE = JSON.parse(readFileSync(new URL('../../../demo/data/mailbox-letters.json', import.meta.url), 'utf8')) as Record<string, unknown> & { letters: PublicLetter[] };

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Subjects and contents in Simplified and Traditional script, full- and half-width, mixed case.
const SUBJECTS = ['建设路路灯不亮', '建設路路燈不亮', '夜间施工噪音扰民', '夜間施工噪音擾民', 'ＡＢＣ小区停车难', 'abc小区停车难', 'Bus 12 线路调整建议', '学校（东校区）门口拥堵', '〔2024〕36号文件咨询', '感谢环卫工人'];
const CONTENTS = ['路灯已坏一周，晚上很黑。', '工地每晚十一点后仍在施工，噪音很大。', '小区ABC停车位不足，车辆乱停。', '建议12路公交延长到新区。', '学校门口早晚高峰拥堵严重。', '想咨询〔2024〕36号文件的适用范围。', '谢谢环卫工人辛苦付出。'];
const TYPES = ['consult', 'suggestion', 'complaint', 'help', 'report', 'praise', 'other'] as const;
const UNITS = ['示例市城市管理局', '示例市交通运输局', '示例市教育局'];

async function generate(store: Store, clock: ReturnType<typeof fixedClock>, count: number, seed: number): Promise<string[]> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  let at = Date.parse('2026-03-02T09:00:00+08:00');
  const numbers: string[] = [];
  const staff = { name: 'alice' };
  for (let i = 0; i < count; i++) {
    // Every fourth letter shares its instant with the one before: ties in submittedAt.
    if (next() > 0.25) at += Math.floor(next() * 90) * 60_000 + 1000;
    clock.set(new Date(at).toISOString());
    const subject = pick(SUBJECTS);
    const content = `${pick(CONTENTS)}${next() > 0.5 ? pick(CONTENTS) : ''}`;
    const outcome = await store.submitLetter(validLetter({ type: pick(TYPES), subject, content }) as never, newKey(), `hash-${i}`);
    const n = outcome.response.letterNumber;
    numbers.push(n);
    const roll = next();
    if (roll < 0.15) continue;
    if (roll < 0.25) {
      await store.letters.act(n, staff, 'reject', () => ({}));
    } else {
      await store.letters.act(n, staff, 'accept', () => ({}));
      if (next() < 0.85) {
        await store.letters.act(n, staff, 'assign', () => ({ lead_unit: pick(UNITS) }));
        if (next() < 0.3) await store.letters.act(n, staff, 'assign', () => ({ lead_unit: pick(UNITS) })); // reassigned
        if (next() < 0.75) {
          // Some replies come after the due date (15 working days).
          clock.set(new Date(at + (next() < 0.3 ? 40 : 2) * 86_400_000).toISOString());
          await store.letters.act(n, staff, 'reply', (row, now) => ({ replies: JSON.stringify([{ unit: row.lead_unit, content: '已处理。', repliedAt: now }]), first_replied_at: row.first_replied_at ?? now }));
          if (next() < 0.6) await store.letters.act(n, { name: 'public' }, 'rate', () => ({ satisfaction: pick(['satisfied', 'basicallySatisfied', 'unsatisfied']) }));
          if (next() < 0.2) await store.letters.act(n, staff, 'close', () => ({}));
        }
      }
    }
    if (next() < 0.6) {
      const letter = (await store.letters.forStaff(n))!;
      const published: PublicLetter = {
        letterNumber: n,
        type: letter.type as PublicLetter['type'],
        subject: next() < 0.2 ? `${letter.letter.subject}（已编辑）` : letter.letter.subject,
        content: letter.letter.content.replace(/1\d{10}/g, '138****5678'),
        submittedAt: letter.submittedAt,
        status: letter.status as PublicLetter['status'],
        replies: letter.replies as PublicLetter['replies'],
        ...(letter.leadUnit ? { handlingUnit: letter.leadUnit } : {}),
      };
      await store.letters.act(n, staff, 'publish', (_row, now) => ({ published: JSON.stringify(published), published_at: now }));
      // Status keeps moving after publication: the list shows the current one.
      if (letter.status === 'replied' && next() < 0.5) await store.letters.act(n, staff, 'close', () => ({}));
    }
  }
  return numbers;
}

/** The archive file plus letters whose numbers a published letter takes over (the live record wins). */
function archiveWith(clashing: string[]): Record<string, unknown> {
  const letters = [...ARCHIVE.letters, ...clashing.map((letterNumber, i) => ({ ...ARCHIVE.letters[i]!, letterNumber, subject: `存档信件${i}噪音` }))];
  return { ...ARCHIVE, letters };
}

const QUERIES: QueryParams[] = [
  { page: 1, pageSize: 20 },
  { page: 2, pageSize: 7 },
  { page: 999, pageSize: 20 }, // clamped to the last page
  { page: 1, pageSize: 1000 },
  { q: '噪音', page: 1, pageSize: 20 },
  { q: '噪聲', page: 1, pageSize: 50 }, // Traditional 聲 finds nothing Simplified 声 is not in; 噪 still folds
  { q: '擾民', page: 1, pageSize: 50 },
  { q: 'abc', page: 1, pageSize: 50 },
  { q: 'ＡＢＣ 停车', page: 1, pageSize: 50 },
  { q: 'bus', page: 1, pageSize: 50 },
  { q: '[2024]', page: 1, pageSize: 50 },
  { q: '路灯 一周', page: 2, pageSize: 5 },
  { q: '存档', page: 1, pageSize: 50 },
  { q: '救助', page: 1, pageSize: 50 }, // the archive's letters
  { q: '没有这样的信', page: 1, pageSize: 20 },
  { q: '噪音', sort: '-submittedAt', page: 1, pageSize: 30 },
  { q: '路灯', sort: 'subject', page: 1, pageSize: 30 },
  { sort: 'submittedAt', page: 3, pageSize: 25 },
  { sort: '-submittedAt', page: 1, pageSize: 100 },
  { sort: 'subject', page: 1, pageSize: 100 },
  { sort: '-subject', page: 2, pageSize: 40 },
  { sort: 'relevance', page: 1, pageSize: 20 }, // no text: the default order
  { sort: 'nonsense', page: 1, pageSize: 20 },
  { filters: { type: ['complaint'] }, page: 1, pageSize: 20 },
  { filters: { status: ['closed', 'replied'] }, page: 1, pageSize: 50 },
  { filters: { type: ['help', 'consult'], status: ['inProgress', 'rated'] }, page: 1, pageSize: 50 },
  { filters: { type: ['no-such-type'] }, page: 1, pageSize: 20 },
  { q: '施工', filters: { status: ['rated'] }, sort: 'subject', page: 1, pageSize: 20 },
];

for (const target of DB_TARGETS) {
  describe(`indexed read paths give the old answers (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let created: { target: string; drop(): Promise<void> };
    let db: Db;
    let store: Store;
    let numbers: string[];
    const clock = fixedClock('2026-03-02T09:00:00+08:00');

    before(async () => {
      created = await target.create();
      db = await openDb(created.target);
      store = new Store(db, { clock, receipt: 'onSubmit', letterReplyDays: 15 });
      numbers = await generate(store, clock, 240, 16);
    });
    after(async () => {
      await db?.close();
      await created?.drop();
    });

    /** The old path: the in-memory engine over every published letter (newest first, ties by number) and the archive. */
    async function oldList(archive: Record<string, unknown>) {
      const published = (await store.publishedLetters()).sort((a, b) => (a.submittedAt > b.submittedAt ? -1 : a.submittedAt < b.submittedAt ? 1 : a.letterNumber < b.letterNumber ? -1 : 1));
      const files = new Map([['mailbox-letters' as const, { file: 'mailbox-letters.json', kind: 'mailbox-letters' as const, json: archive }]]);
      return new DataCollections(files, PUBLISHER).letters(published, 0);
    }

    it('GET mailbox/letters: every query of the table, with and without an archive file', async () => {
      const published = (await store.publishedLetters()).map((letter) => letter.letterNumber);
      assert.ok(published.length > 100, `published ${published.length}`);
      for (const archive of [undefined, archiveWith(published.slice(3, 8))]) {
        const list = new LetterList(store.published, archive, () => 0);
        const old = await oldList(archive ?? { ...ARCHIVE, letters: [] });
        for (const params of QUERIES) {
          const expected = await old.query(params);
          const actual = await list.query(params);
          assert.deepEqual(actual, expected, `${archive ? 'with' : 'without'} archive: ${JSON.stringify(params)}`);
        }
      }
    });

    it('GET mailbox/letters/{n}: published, archive, replaced archive and unpublished letters', async () => {
      const published = (await store.publishedLetters()).map((letter) => letter.letterNumber);
      const unpublished = numbers.filter((n) => !published.includes(n));
      const archive = archiveWith(published.slice(0, 2));
      const list = new LetterList(store.published, archive, () => 0);
      const old = await oldList(archive);
      for (const n of [...published.slice(0, 10), ...unpublished.slice(0, 5), ARCHIVE.letters[0]!.letterNumber, 'XJ-00000000-000000']) {
        assert.deepEqual(await list.get(n), await old.get(n), n);
      }
    });

    it('GET mailbox/stats: the tallies equal grouping the whole table', async () => {
      const stats = await store.letterStatsStore.compute();
      assert.deepEqual(stats, await store.letterStatsStore.computeByScan());
      assert.equal(stats.received, 240);
      assert.ok((stats.byUnit?.length ?? 0) === UNITS.length && stats.onTimeRate! < 1 && stats.satisfactionRate! > 0, JSON.stringify(stats));
    });

    it('migration 8 starts tallies and search columns from the rows an older server stored', async () => {
      const old = await target.create();
      const olderDb: Db = target.name === 'postgres' ? new PostgresDb(old.target) : new SqliteDb(old.target);
      try {
        await migrate(olderDb, MIGRATIONS.filter((m) => m.version <= 4));
        // Copy the generated letters as the version-4 columns hold them.
        const rows = await db.read((tx) => tx.all<Record<string, string | number | null>>('SELECT * FROM letters'));
        const columns = ['letter_number', 'query_salt', 'query_hash', 'body', 'type', 'status', 'may_publish', 'submitted_at', 'due_date', 'lead_unit', 'assisting_units', 'replies', 'satisfaction', 'rating_comment', 'published', 'published_at', 'first_replied_at', 'updated_at', 'agency_id'];
        await olderDb.transaction(async (tx) => {
          for (const row of rows) {
            await tx.run(`INSERT INTO letters (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => (row[c] ?? null) as string | number | null));
          }
        });
        assert.deepEqual(await migrate(olderDb), MIGRATIONS.filter((m) => m.version > 4).map((m) => m.version));
        const upgraded = new Store(olderDb, { clock, receipt: 'onSubmit', letterReplyDays: 15 });
        assert.equal(await upgraded.published.backfill(7), rows.filter((row) => row.published !== null).length);
        assert.deepEqual(await upgraded.letterStatsStore.compute(), await store.letterStatsStore.computeByScan());
        const list = new LetterList(upgraded.published, undefined, () => 0);
        const reference = new LetterList(store.published, undefined, () => 0);
        for (const params of QUERIES) assert.deepEqual(await list.query(params), await reference.query(params), JSON.stringify(params));
      } finally {
        await olderDb.close();
        await old.drop();
      }
    });
  });
}

describe('migration runner', () => {
  it('accepts gaps in versions and applies a lower version added later (branches reserve numbers)', async () => {
    const target = DB_TARGETS[0]!;
    const created = await target.create();
    const db = new SqliteDb(created.target);
    try {
      const one = { version: 1, name: 'one', sql: 'CREATE TABLE one (x TEXT)' };
      const eight = { version: 8, name: 'eight', sql: 'CREATE TABLE eight (x TEXT)' };
      const five = { version: 5, name: 'five', sql: 'CREATE TABLE five (x TEXT)' };
      assert.deepEqual(await migrate(db, [eight, one]), [1, 8], 'applied by version, whatever the list order');
      assert.deepEqual(await migrate(db, [one, five, eight]), [5]);
      assert.deepEqual(await migrate(db, [one, five, eight]), []);
      await assert.rejects(migrate(db, [one, five]), /newer than this server knows/);
    } finally {
      await db.close();
      await created.drop();
    }
  });
});
