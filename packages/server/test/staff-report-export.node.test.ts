/**
 * The annual report as files (docs/staff.md "A day's work"), on SQLite and PostgreSQL: `format=csv`
 * and `format=xlsx` answer their media types as attachments with a file name, and hold the same
 * counts as `format=json` for a seeded year (the XLSX read back with exceljs); the download is a
 * plain GET that works with the session cookie alone (no CSRF header: it changes nothing).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, writeDataFolder } from './helpers.js';

const TOKEN = 'report-export-token-0123456789abcdef';
const PASSWORD = 'report-export-password-2026';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The counts of a report file's table: report-row key (and `total`, `received`) → count. */
function countsOf(rows: Array<Array<unknown>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, , count] of rows) if (typeof key === 'string' && typeof count === 'number') counts[key] = count;
  return counts;
}

/** A minimal CSV reader for the server's quoting (every text cell quoted, "" for a quote). */
function csvRows(text: string): Array<Array<string | number>> {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)|(?<=,|^)(?=,|$)/g)].map((m) => (m[1] !== undefined ? m[1].replaceAll('""', '"') : /^\d+$/.test(m[2] ?? '') ? Number(m[2]) : (m[2] ?? ''))));
}

for (const target of DB_TARGETS) {
  describe(`annual report downloads (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock('2026-03-02T10:00:00+08:00');

    const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) => fetch(`${api}staff/${path}`, { headers });
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${api}staff/${path}`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(res.status, 200, await res.text());
    };

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock, passwordHashing: TEST_SCRYPT, intakeRateLimit: { max: 0, windowMs: 1 }, lookupRateLimit: { max: 0, windowMs: 1 } });
      api = `${server.url}api/`;
      await grantStaff(server, 'reporter', TOKEN, { agencies: ['gov-office'], password: PASSWORD });
      // 2026: two granted, one partially granted, one refused (state secret), one still open.
      const replies = [
        { type: 'granted', content: '予以公开。' },
        { type: 'granted', content: '予以公开。' },
        { type: 'partiallyGranted', content: '部分公开。' },
        { type: 'refused', content: '不予公开。', reportRow: 'refused.stateSecret' },
        undefined,
      ];
      for (const reply of replies) {
        const res = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
        assert.equal(res.status, 201);
        if (reply) await post(`disclosure/requests/${res.body!.trackingNumber}/reply`, reply);
      }
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('CSV and XLSX are attachments of their media types holding the counts of the JSON report', async () => {
      const report = (await (await get('reports/annual?year=2026&agencyId=gov-office')).json()) as { total: number; received: number; rows: Array<{ row: string; count: number }> };
      assert.equal(report.total, 4);
      assert.equal(report.received, 5);
      const expected: Record<string, number> = { ...Object.fromEntries(report.rows.map((row) => [row.row, row.count])), total: report.total, received: report.received };
      assert.equal(expected.granted, 2);
      assert.equal(expected['refused.stateSecret'], 1);

      const csv = await get('reports/annual?year=2026&agencyId=gov-office&format=csv');
      assert.equal(csv.status, 200);
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(csv.headers.get('content-disposition'), 'attachment; filename="annual-report-2026-gov-office.csv"');
      assert.equal(csv.headers.get('cache-control'), 'no-store');
      assert.deepEqual(countsOf(csvRows(await csv.text())), expected);

      const xlsx = await get('reports/annual?year=2026&agencyId=gov-office&format=xlsx');
      assert.equal(xlsx.status, 200);
      assert.equal(xlsx.headers.get('content-type'), XLSX);
      assert.equal(xlsx.headers.get('content-disposition'), 'attachment; filename="annual-report-2026-gov-office.xlsx"');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const sheet = workbook.getWorksheet('2026')!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      assert.deepEqual(countsOf(rows), expected);
      assert.equal(rows[1]![1], '示例市人民政府办公室', 'the agency’s name from the directory');

      // All of the caller's agencies: no agency in the file name.
      const all = await get('reports/annual?year=2026&format=xlsx');
      assert.equal(all.headers.get('content-disposition'), 'attachment; filename="annual-report-2026.xlsx"');
    });

    it('labels follow Accept-Language, or lang= (what a download link of the workbench sends)', async () => {
      const en = await get('reports/annual?year=2026&agencyId=gov-office&format=csv', { Authorization: `Bearer ${TOKEN}`, 'Accept-Language': 'en' });
      const rows = csvRows(await en.text());
      assert.equal(rows[0]![0], 'Disclosure applications received and handled in 2026');
      assert.ok(rows.some((row) => row[0] === 'granted' && row[1] === 'Granted'));
      const zh = await get('reports/annual?year=2026&agencyId=gov-office&format=csv&lang=zh-Hans', { Authorization: `Bearer ${TOKEN}`, 'Accept-Language': 'en-US,en;q=0.9' });
      assert.ok(csvRows(await zh.text()).some((row) => row[0] === 'granted' && row[1] === '予以公开'));
      const hant = await get('reports/annual?year=2026&agencyId=gov-office&format=csv&lang=zh-Hant');
      assert.ok(csvRows(await hant.text()).some((row) => row[0] === 'granted' && row[1] === '予以公開'));
    });

    it('downloads with the session cookie alone (a GET needs no CSRF header); without a session → 401', async () => {
      const signIn = await fetch(`${api}staff/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'reporter', password: PASSWORD }) });
      assert.equal(signIn.status, 200);
      const setCookie = signIn.headers.get('set-cookie')!;
      assert.match(setCookie, /SameSite=Strict/);
      const cookie = /^(gk_staff=[^;]+)/.exec(setCookie)![1]!;
      const file = await get('reports/annual?year=2026&format=xlsx', { Cookie: cookie });
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), XLSX);
      assert.equal((await get('reports/annual?year=2026&format=xlsx', {})).status, 401);
    });

    const BAD: Array<[string, number]> = [
      ['year=2026&format=pdf', 400],
      ['year=2026&format=xlsx&format=csv', 400],
      ['format=xlsx', 400],
      ['year=1999&format=csv', 400],
      ['year=2026&agencyId=market&format=xlsx', 404],
      ['year=2026&format=csv&lang=fr', 400],
      ['year=2026&format=csv&lang=en&lang=zh-Hans', 400],
    ];
    for (const [query, status] of BAD) {
      it(`reports/annual?${query} → ${status}, no file`, async () => {
        const res = await get(`reports/annual?${query}`);
        assert.equal(res.status, status);
        assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
        assert.equal(res.headers.get('content-disposition'), null);
      });
    }
  });
}
