/**
 * Queue search and the received range (docs/staff.md "Queues"), on SQLite and PostgreSQL:
 * `q` finds by number (exact), by the applicant's or writer's full name (matched through the
 * stored key; the list still answers masked items) or by words that must all occur; LIKE
 * wildcards are plain characters; phone numbers in the text are no search key; the range is
 * inclusive and validated (bad input → 400 problem naming the parameter); paging and totals
 * come from SQL; rows stored before migration 6 are found once their columns are filled in.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, fixedClock, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';

const TOKEN = 'queue-search-token-0123456789abcdef';
const OTHER = 'queue-search-other-agency-0123456789';

for (const target of DB_TARGETS) {
  describe(`staff queue search (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let server: StartedServer;
    let api: string;
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const clock = fixedClock('2026-03-02T10:00:00+08:00');
    const numbers: Record<string, string> = {};

    const get = async (path: string, token = TOKEN) => {
      const response = await fetch(`${api}staff/${path}`, { headers: { Authorization: `Bearer ${token}` } });
      const text = await response.text();
      return { status: response.status, text, body: JSON.parse(text) as Record<string, any> };
    };
    const requests = async (query: string, token = TOKEN) => {
      const res = await get(`disclosure/requests?${query}`, token);
      assert.equal(res.status, 200, res.text);
      return (res.body.items as Array<{ trackingNumber: string }>).map((item) => item.trackingNumber).sort();
    };
    const letters = async (query: string) => {
      const res = await get(`mailbox/letters?${query}`);
      assert.equal(res.status, 200, res.text);
      return (res.body.items as Array<{ letterNumber: string }>).map((item) => item.letterNumber).sort();
    };
    const apply = async (key: string, at: string, overrides: Record<string, unknown>) => {
      clock.set(at);
      const res = await postJson(`${api}disclosure/requests`, validApplication(overrides), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      numbers[key] = res.body!.trackingNumber as string;
    };
    const write = async (key: string, at: string, overrides: Record<string, unknown>) => {
      clock.set(at);
      const res = await postJson(`${api}mailbox/letters`, validLetter(overrides), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      numbers[key] = res.body!.letterNumber as string;
    };

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
      server = await startServer({ port: 0, db: db.target, data: data.dir, clock, passwordHashing: TEST_SCRYPT, intakeRateLimit: { max: 0, windowMs: 1 }, lookupRateLimit: { max: 0, windowMs: 1 } });
      api = `${server.url}api/`;
      await grantStaff(server, 'searcher', TOKEN, { roles: ['handler'], agencies: ['gov-office', server.publisher.id] });
      await grantStaff(server, 'elsewhere', OTHER, { roles: ['handler'], agencies: ['market'] });
      await apply('a', '2026-03-02T09:00:00+08:00', { description: '2025年本市老旧小区改造项目清单及资金安排' });
      await apply('b', '2026-03-05T23:59:00+08:00', {
        applicant: { type: 'person', name: '李四', idType: 'residentId', idNumber: '11010519491231002X', phone: '13900001111' },
        description: '停车场收费标准 100% 公开_情况，联系13812345678',
      });
      await apply('c', '2026-03-06T08:00:00+08:00', {
        applicant: { type: 'organization', name: '示例科技有限公司', creditCode: '91110000600037341L', legalRepresentative: '赵六', contactPerson: '王五', contactPhone: '13700001111' },
        description: '企业扶持资金发放名单',
      });
      await write('x', '2026-03-02T11:00:00+08:00', { subject: '建设路路灯不亮' });
      await write('y', '2026-03-04T11:00:00+08:00', { subject: '公交站台破损', content: '公交站台的顶棚破损，下雨漏水。', name: '周七', phone: '13600001111', address: undefined });
    });
    after(async () => {
      await server?.close();
      await db?.drop();
      data?.remove();
    });

    it('finds an application by its number, exactly', async () => {
      assert.deepEqual(await requests(`q=${numbers.a}`), [numbers.a]);
      assert.deepEqual(await requests(`q=${numbers.a!.slice(0, -1)}`), []);
    });

    it('finds by the applicant’s full name without returning the name in the list', async () => {
      const res = await get(`disclosure/requests?q=${encodeURIComponent('张三')}`);
      assert.deepEqual((res.body.items as Array<{ trackingNumber: string }>).map((i) => i.trackingNumber), [numbers.a]);
      assert.ok(!res.text.includes('张三'), res.text);
      assert.equal(res.body.items[0].request.applicant.name, '张*');
      // Spacing and width do not matter; a part of the name is no match.
      assert.deepEqual(await requests(`q=${encodeURIComponent(' 张 三 ')}`), [numbers.a]);
      assert.deepEqual(await requests(`q=${encodeURIComponent('张')}`), []);
      // An organization's contact person, and the organization's (public) name as words.
      assert.deepEqual(await requests(`q=${encodeURIComponent('王五')}`), [numbers.c]);
      assert.deepEqual(await requests(`q=${encodeURIComponent('示例科技')}`), [numbers.c]);
    });

    it('finds by words that must all occur; wildcards are plain characters; phone numbers are no key', async () => {
      assert.deepEqual(await requests(`q=${encodeURIComponent('老旧小区')}`), [numbers.a]);
      assert.deepEqual(await requests(`q=${encodeURIComponent('老旧 资金')}`), [numbers.a]);
      assert.deepEqual(await requests(`q=${encodeURIComponent('资金')}`), [numbers.a, numbers.c].sort());
      assert.deepEqual(await requests(`q=${encodeURIComponent('老旧 停车')}`), []);
      assert.deepEqual(await requests(`q=${encodeURIComponent('%')}`), [numbers.b]);
      assert.deepEqual(await requests(`q=${encodeURIComponent('_')}`), [numbers.b]);
      assert.deepEqual(await requests(`q=${encodeURIComponent('公开_情况')}`), [numbers.b]);
      assert.deepEqual(await requests(`q=${encodeURIComponent('%%%')}`), []);
      assert.deepEqual(await requests(`q=13812345678`), [], 'a phone number in the text is masked in the search text');
      assert.deepEqual(await requests(`q=11010519491231002X`), [], 'the ID number is no search key');
    });

    it('filters by the received range, inclusive, with q and status, paging in SQL', async () => {
      assert.deepEqual(await requests('receivedFrom=2026-03-03'), [numbers.b, numbers.c].sort());
      assert.deepEqual(await requests('receivedTo=2026-03-05'), [numbers.a, numbers.b].sort(), 'the last day counts until midnight');
      assert.deepEqual(await requests('receivedFrom=2026-03-05&receivedTo=2026-03-05'), [numbers.b]);
      assert.deepEqual(await requests(`receivedFrom=2026-03-03&q=${encodeURIComponent('资金')}`), [numbers.c]);
      assert.deepEqual(await requests(`status=received&q=${encodeURIComponent('资金')}`), [numbers.a, numbers.c].sort());
      assert.deepEqual(await requests(`status=replied&q=${encodeURIComponent('资金')}`), []);
      const first = await get(`disclosure/requests?q=${encodeURIComponent('资金')}&pageSize=1`);
      assert.equal(first.body.total, 2);
      assert.equal(first.body.items.length, 1);
      const second = await get(`disclosure/requests?q=${encodeURIComponent('资金')}&pageSize=1&page=2`);
      assert.notEqual(second.body.items[0].trackingNumber, first.body.items[0].trackingNumber);
    });

    it('never widens the caller’s scope', async () => {
      assert.deepEqual(await requests(`q=${numbers.a}`, OTHER), []);
      assert.deepEqual(await requests(`q=${encodeURIComponent('张三')}`, OTHER), []);
    });

    it('searches letters the same way: number, writer’s name, words, received range', async () => {
      assert.deepEqual(await letters(`q=${numbers.x}`), [numbers.x]);
      const byName = await get(`mailbox/letters?q=${encodeURIComponent('周七')}`);
      assert.deepEqual((byName.body.items as Array<{ letterNumber: string }>).map((i) => i.letterNumber), [numbers.y]);
      assert.ok(!byName.text.includes('周七'), byName.text);
      assert.deepEqual(await letters(`q=${encodeURIComponent('路灯')}`), [numbers.x]);
      assert.deepEqual(await letters(`q=${encodeURIComponent('下雨 漏水')}`), [numbers.y]);
      assert.deepEqual(await letters(`q=13812345678`), [], 'the phone number in the letter text is masked in the search text');
      assert.deepEqual(await letters('receivedFrom=2026-03-03'), [numbers.y]);
      assert.deepEqual(await letters('receivedTo=2026-03-02&type=help'), [numbers.x]);
    });

    const BAD: Array<[string, string]> = [
      ['receivedFrom=2026-02-30', 'receivedFrom'],
      ['receivedFrom=2026-3-1', 'receivedFrom'],
      ['receivedTo=yesterday', 'receivedTo'],
      ['receivedTo=2026-03-01T00:00:00Z', 'receivedTo'],
      ['receivedFrom=2026-03-05&receivedTo=2026-03-04', 'receivedTo'],
      ['receivedFrom=2026-03-01&receivedFrom=2026-03-02', 'receivedFrom'],
      [`q=${'字'.repeat(201)}`, 'q'],
      ['q=a&q=b', 'q'],
      ['q=%00abc', 'q'],
    ];
    for (const path of ['disclosure/requests', 'mailbox/letters']) {
      for (const [query, parameter] of BAD) {
        it(`${path}?${query.slice(0, 40)} → 400 naming ${parameter}`, async () => {
          const res = await get(`${path}?${query}`);
          assert.equal(res.status, 400, res.text);
          assert.equal(res.body.type, 'urn:gongkai:problem:bad-query');
          assert.equal(res.body.errors[0].path, parameter);
        });
      }
    }

    it('finds rows stored before migration 6 once their search columns are filled in (at start)', async () => {
      await server.db.transaction((tx) => tx.run('UPDATE disclosure_requests SET person_key = NULL, search_text = NULL'));
      await server.db.transaction((tx) => tx.run('UPDATE letters SET person_key = NULL, search_text = NULL'));
      assert.deepEqual(await requests(`q=${encodeURIComponent('张三')}`), []);
      assert.equal(await server.store.requests.fillSearchColumns(), 3);
      assert.equal(await server.store.letters.fillSearchColumns(), 2);
      assert.deepEqual(await requests(`q=${encodeURIComponent('张三')}`), [numbers.a]);
      assert.deepEqual(await letters(`q=${encodeURIComponent('周七')}`), [numbers.y]);
    });
  });
}
