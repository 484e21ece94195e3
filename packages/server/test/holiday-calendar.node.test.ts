/**
 * The server counts in a holiday-calendar file (issue #18 item 7): `calendar` (`--calendar`) or
 * one in the data folder adds years the bundled calendar lacks; open applications whose due date
 * was provisional for want of that year are counted again at start, with a timeline entry and an
 * audit entry; a contradicting file is a warning, a broken one refuses the start. SQLite and
 * PostgreSQL. The 2027 arrangement below is invented test data, not the State Council's.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, getJson, grantStaff, newKey, postJson, validApplication, writeDataFolder } from './helpers.js';

const TOKEN = 'calendar-staff-token-0123456789';
const TEST_2027 = {
  schemaVersion: 1,
  kind: 'holiday-calendar',
  years: [{
    year: 2027,
    notice: { title: '测试用：虚构的2027年节假日安排' },
    holidays: [{ holiday: 'newYear', from: '2027-01-01', to: '2027-01-03' }],
    makeUpWorkdays: [],
  }],
};

for (const target of DB_TARGETS) {
  describe(`holiday calendar file (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    let dir: string;
    let server: StartedServer | undefined;
    const clock = fixedClock('2026-12-10T10:00:00+08:00');
    const start = (extra: Record<string, unknown> = {}) =>
      startServer({ port: 0, db: db.target, data: data.dir, clock, intakeRateLimit: { max: 0, windowMs: 1 }, ...extra });

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
      writeFileSync(join(dir, 'calendar-2027.json'), JSON.stringify(TEST_2027));
    });
    after(async () => {
      await server?.close();
      await db.drop();
      data.remove();
      rmSync(dir, { recursive: true, force: true });
    });

    it('recounts the provisional deadlines of open applications once the file adds their year, and says so to applicant and auditor', async () => {
      server = await start();
      const api = `${server.url}api/`;
      const early = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      clock.set('2026-12-10T11:00:00+08:00');
      const late = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      assert.equal(late.status, 201);
      const before = await getJson(`${api}disclosure/requests/${late.body!.trackingNumber}`, { 'X-Query-Code': late.body!.queryCode });
      assert.equal(before.body!.dueDate, '2027-01-07', 'Monday–Friday assumed in 2027');
      assert.equal(before.body!.dueDateProvisional, true);
      assert.equal(server.holidayCalendar.file, undefined);
      assert.ok(server.warnings.some((w) => /working-day data ends with 2026/.test(w)));
      await server.close();

      server = await start({ calendar: join(dir, 'calendar-2027.json') });
      assert.deepEqual(server.holidayCalendar.addedYears, [2027]);
      assert.deepEqual(server.holidayCalendar.recomputedDeadlines.sort(), [early.body!.trackingNumber, late.body!.trackingNumber].sort());
      assert.ok(!server.warnings.some((w) => /working-day data ends/.test(w)), server.warnings.join('\n'));
      const after = await getJson(`${server.url}api/disclosure/requests/${late.body!.trackingNumber}`, { 'X-Query-Code': late.body!.queryCode });
      assert.equal(after.body!.dueDate, '2027-01-08', '1 January 2027 is a day off in the file');
      assert.equal(after.body!.dueDateProvisional ?? false, false);
      const last = (after.body!.events as Array<{ note?: string; dueDate?: string }>).at(-1)!;
      assert.match(String(last.note), /节假日安排已更新/);
      assert.equal(last.dueDate, '2027-01-08');
      await grantStaff(server, 'auditor', TOKEN, { agencies: ['gov-office', server.publisher.id] });
      const audit = await getJson(`${server.url}api/staff/audit?pageSize=100`, { Authorization: `Bearer ${TOKEN}` });
      const entries = (audit.body!.items as Array<{ action: string; subjectId?: string; actor?: string }>).filter((e) => e.action === 'recompute-deadline');
      assert.equal(entries.length, 2, JSON.stringify(audit.body).slice(0, 600));
      await server.close();

      // A second start with the same file changes nothing more.
      server = await start({ calendar: join(dir, 'calendar-2027.json') });
      assert.deepEqual(server.holidayCalendar.recomputedDeadlines, []);
      await server.close();
      server = undefined;
    });

    it('finds the file in the data folder without reporting it as an unused data file', async () => {
      writeFileSync(join(data.dir, 'zz-calendar.json'), JSON.stringify(TEST_2027));
      try {
        server = await start();
        assert.match(String(server.holidayCalendar.file), /zz-calendar\.json$/);
        assert.deepEqual(server.holidayCalendar.addedYears, [2027]);
        assert.ok(!server.warnings.some((w) => /zz-calendar/.test(w)), server.warnings.join('\n'));
        assert.ok(!server.dataReport.rejected.some((r) => r.file === 'zz-calendar.json'));
        await server.close();
        server = undefined;
      } finally {
        rmSync(join(data.dir, 'zz-calendar.json'));
      }
    });

    it('warns of each day a file contradicts the bundled calendar, and refuses to start on a broken file', async () => {
      const contradicting = { ...TEST_2027, years: [...TEST_2027.years, { year: 2026, notice: { title: '测试用：少了调休的2026年' }, holidays: [{ holiday: 'newYear', from: '2026-01-01', to: '2026-01-03' }], makeUpWorkdays: [] }] };
      writeFileSync(join(dir, 'contradicting.json'), JSON.stringify(contradicting));
      server = await start({ calendar: join(dir, 'contradicting.json') });
      assert.ok(server.warnings.some((w) => /2026-01-04 is weekend there but workday:newYear in the bundled data/.test(w)), server.warnings.join('\n'));
      await server.close();
      server = undefined;

      writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...TEST_2027, years: [{ ...TEST_2027.years[0], makeUpWorkdays: [{ date: '2027-01-06', holiday: 'newYear' }] }] }));
      for (const [file, pattern] of [['broken.json', /is not valid .*makeUpWorkdays\[0\].*not a Saturday or Sunday/], ['missing.json', /no such file/]] as const) {
        await assert.rejects(start({ calendar: join(dir, file) }), (error: Error) => error.name === 'ServerConfigError' && pattern.test(error.message));
      }
    });
  });
}
