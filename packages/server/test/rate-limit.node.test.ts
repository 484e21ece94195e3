/**
 * Rate limits that stop abuse without locking citizens out (issue #16 item 2; docs/security.md,
 * "Rate limits and proxies"), on SQLite and PostgreSQL: only valid requests count, one bucket per
 * endpoint, counters shared by every server process on the database, `X-Forwarded-For` believed
 * from the listed proxies only (right-most untrusted address), a daily cap per contact stored as
 * a keyed hash, `Retry-After` on every 429, replays never counted.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, startServer, type GongkaiServer, type StartedServer } from '../src/index.js';
import { isAddressOrCidr } from '../src/cli.js';
import { normalizeContact } from '../src/rate-limit.js';
import { runServerCli } from './run-server-cli.js';
import { DB_TARGETS, getJson, newKey, postJson, validApplication, validLetter, writeDataFolder } from './helpers.js';

const JUNK: unknown[] = [{}, [], 'x', { type: 'help' }, { ...validLetter(), phone: 'not-a-phone' }, { ...validApplication(), agencyId: '' }, { ...validApplication(), privacyAccepted: false }];

for (const target of DB_TARGETS) {
  describe(`rate limits (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let db: { target: string; drop(): Promise<void> };
    let data: Awaited<ReturnType<typeof writeDataFolder>>;
    const secret = randomBytes(32);
    const servers: Array<GongkaiServer | StartedServer> = [];
    const start = async (options: Parameters<typeof startServer>[0] = {}) => {
      const server = await startServer({ port: 0, db: db.target, data: data.dir, secret, ...options });
      servers.push(server);
      return { server, api: `${server.url}api/` };
    };
    const stopAll = async () => {
      for (const server of servers.splice(0)) await server.close();
      await db.drop();
      db = await target.create();
    };
    const letter = (api: string, headers: Record<string, string> = {}, body = validLetter()) => postJson(`${api}mailbox/letters`, body, { 'Idempotency-Key': newKey(), ...headers });
    const application = (api: string, headers: Record<string, string> = {}, body = validApplication()) => postJson(`${api}disclosure/requests`, body, { 'Idempotency-Key': newKey(), ...headers });
    const phone = (n: number) => `139${String(n).padStart(8, '0')}`;

    before(async () => {
      db = await target.create();
      data = await writeDataFolder();
    });
    after(async () => {
      for (const server of servers) await server.close();
      await db?.drop();
      data?.remove();
    });

    it('20 junk POSTs never block a valid submission from the same address; valid ones are limited per endpoint', async () => {
      const { api } = await start({ intakeRateLimit: { max: 3, windowMs: 60_000 }, contactDailyLimit: 0 });
      for (let i = 0; i < 20; i++) {
        const body = JUNK[i % JUNK.length];
        const res = i % 2 ? await postJson(`${api}mailbox/letters`, body, { 'Idempotency-Key': newKey() }) : await postJson(`${api}disclosure/requests`, body, { 'Idempotency-Key': newKey() });
        assert.ok([400, 422].includes(res.status), `junk ${i}: ${res.status}`);
      }
      const letters = [];
      for (let i = 0; i < 4; i++) letters.push(await letter(api));
      assert.deepEqual(letters.map((r) => r.status), [201, 201, 201, 429]);
      const wait = Number(letters[3]!.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
      assert.equal(letters[3]!.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      // Applications have their own bucket, untouched by the letters.
      const applications = [];
      for (let i = 0; i < 4; i++) applications.push((await application(api)).status);
      assert.deepEqual(applications, [201, 201, 201, 429]);
      await stopAll();
    });

    it('a replayed Idempotency-Key is answered from its record and never counted', async () => {
      const { api } = await start({ intakeRateLimit: { max: 2, windowMs: 60_000 }, contactDailyLimit: 0 });
      const key = newKey();
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await letter(api, { 'Idempotency-Key': key })).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201]);
      assert.equal((await letter(api)).status, 201, 'the second real letter still fits');
      assert.equal((await letter(api)).status, 429);
      await stopAll();
    });

    it('lookups and ratings have their own buckets; only lookups with a code count', async () => {
      const { api } = await start({ lookupRateLimit: { max: 3, windowMs: 60_000 }, ratingRateLimit: { max: 1, windowMs: 60_000 }, intakeRateLimit: { max: 0, windowMs: 1 } });
      const receipt = (await application(api)).body!;
      for (let i = 0; i < 5; i++) assert.equal((await getJson(`${api}disclosure/requests/${receipt.trackingNumber}`)).status, 404, 'no code: not counted');
      const guesses = [];
      for (let i = 0; i < 4; i++) guesses.push((await getJson(`${api}disclosure/requests/${receipt.trackingNumber}`, { 'X-Query-Code': `WRONG${i}CODE` })).status);
      assert.deepEqual(guesses, [404, 404, 404, 429]);
      // Junk ratings are refused by validation and do not count; the one valid rating does.
      for (let i = 0; i < 5; i++) assert.equal((await postJson(`${api}mailbox/letters/XJ-1/rating`, { satisfaction: 'nope' })).status, 422);
      assert.equal((await postJson(`${api}mailbox/letters/XJ-1/rating`, { satisfaction: 'satisfied' }, { 'X-Query-Code': 'ABCDEFGHJK' })).status, 404);
      assert.equal((await postJson(`${api}mailbox/letters/XJ-1/rating`, { satisfaction: 'satisfied' }, { 'X-Query-Code': 'ABCDEFGHJK' })).status, 429);
      // The intake buckets are not the lookups': submissions still go through.
      assert.equal((await letter(api)).status, 201);
      await stopAll();
    });

    it('two server processes on one database share the counters', async () => {
      const options = { intakeRateLimit: { max: 4, windowMs: 60_000 }, contactDailyLimit: 0 };
      const a = await start(options);
      const b = await start(options);
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await letter(i % 2 ? b.api : a.api)).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 429, 429]);
      await stopAll();
    });

    it('X-Forwarded-For counts only from a listed proxy, taking the right-most untrusted address', async () => {
      const limits = { intakeRateLimit: { max: 2, windowMs: 60_000 }, contactDailyLimit: 0 };
      // Behind the proxy at 127.0.0.1: a client's own forged entries sit left of the one nginx appends.
      const behind = await start({ ...limits, trustProxy: ['127.0.0.1'] });
      const forged = (i: number) => ({ 'X-Forwarded-For': `10.${i}.${i}.${i}, 198.51.100.${i}, 203.0.113.7` });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await letter(behind.api, forged(i))).status);
      assert.deepEqual(statuses, [201, 201, 429, 429], 'one client, whatever it forges');
      assert.equal((await letter(behind.api, { 'X-Forwarded-For': '203.0.113.8' })).status, 201, 'another client behind the proxy');
      // Only 127.0.0.1 is listed: an unlisted hop in the chain is taken as the client.
      const chained = { 'X-Forwarded-For': '203.0.113.8, 192.0.2.10' };
      assert.equal((await letter(behind.api, chained)).status, 201, '192.0.2.10 is the client when it is not listed');
      await stopAll();

      // Not from a listed proxy: the header is ignored, every request is the peer's (127.0.0.1).
      const direct = await start({ ...limits, trustProxy: ['10.9.8.7', '192.0.2.0/24'] });
      const direct1 = [];
      for (let i = 0; i < 3; i++) direct1.push((await letter(direct.api, { 'X-Forwarded-For': `198.51.100.${i}` })).status);
      assert.deepEqual(direct1, [201, 201, 429]);
      await stopAll();
    });

    it('a daily cap per phone or e-mail, stored only as a keyed hash', async () => {
      const { server, api } = await start({ intakeRateLimit: { max: 100, windowMs: 60_000 }, contactDailyLimit: 2 });
      const person = (applicant: Record<string, unknown>) => validApplication({ applicant: { ...(validApplication().applicant as object), ...applicant } });
      assert.equal((await application(api, {}, person({ phone: phone(1) }))).status, 201);
      assert.equal((await letter(api, {}, validLetter({ phone: `+86 ${phone(1).slice(0, 3)}-${phone(1).slice(3)}` }))).status, 201, 'letters share the cap; the same number written otherwise');
      const third = await application(api, {}, person({ phone: phone(1) }));
      assert.equal(third.status, 429);
      const wait = Number(third.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 86_400, `Retry-After ${wait} (until midnight in Shanghai)`);
      assert.equal((await application(api, {}, person({ phone: phone(2) }))).status, 201, 'another number is another contact');
      // E-mail: case-insensitive.
      assert.equal((await letter(api, {}, validLetter({ phone: phone(3), email: 'Li.Si@Example.cn' }))).status, 201);
      assert.equal((await letter(api, {}, validLetter({ phone: phone(4), email: 'li.si@example.cn' }))).status, 201);
      assert.equal((await letter(api, {}, validLetter({ phone: phone(5), email: 'LI.SI@example.cn' }))).status, 429);
      const names = JSON.stringify(await server.db.read((tx) => tx.all('SELECT name, day FROM counters')));
      for (const plain of [phone(1), phone(2), 'li.si', '127.0.0.1']) assert.ok(!names.includes(plain), `counters hold ${plain}`);
      await stopAll();
    });

    it('refused submissions leave nothing behind', async () => {
      const { server, api } = await start({ intakeRateLimit: { max: 1, windowMs: 60_000 }, contactDailyLimit: 0 });
      assert.equal((await letter(api)).status, 201);
      assert.equal((await letter(api)).status, 429);
      const letters = await server.db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM letters'));
      assert.equal(Number(letters?.n), 1);
      await stopAll();
    });
  });
}

describe('rate-limit inputs', () => {
  it('normalizes contacts and validates --trust-proxy entries', () => {
    assert.equal(normalizeContact('+86 138-1234-5678'), 'phone:13812345678');
    assert.equal(normalizeContact('１３８１２３４５６７８'), 'phone:13812345678');
    assert.equal(normalizeContact(' A@B.cn '), 'email:a@b.cn');
    assert.equal(normalizeContact(''), undefined);
    const table: Array<[string, boolean]> = [
      ['10.0.0.1', true], ['10.0.0.0/8', true], ['::1', true], ['fd00::/8', true], ['0.0.0.0/0', true],
      ['10.0.0.0/33', false], ['10.0.0.0/', false], ['nginx', false], ['10.0.0.1/8/1', false], ['', false], ['::1/129', false], ['1.2.3.4 ', false],
    ];
    for (const [text, ok] of table) assert.equal(isAddressOrCidr(text), ok, text);
  });

  it('the CLI refuses bad --trust-proxy and --contact-daily-limit values before starting', async () => {
    for (const [args, words] of [
      [['--trust-proxy', '127.0.0.1,nginx'], /--trust-proxy expects addresses or CIDRs .*"nginx"/],
      [['--trust-proxy', '10.0.0.0/40'], /--trust-proxy expects/],
      [['--contact-daily-limit', '1.5'], /--contact-daily-limit must be a whole number/],
    ] as const) {
      const run = await runServerCli([...args, '--db', ':memory:', '--port', '0']);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, words);
    }
  });

  it('bad limits are refused at start', async () => {
    for (const bad of [{ max: 1, windowMs: 0 }, { max: -1, windowMs: 1000 }, { max: 1.5, windowMs: 1000 }]) {
      await assert.rejects(createServer({ db: ':memory:', intakeRateLimit: bad }), /rate limit/);
    }
  });
});
