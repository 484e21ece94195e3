/**
 * The public REST contract over real HTTP on loopback (SQLite): idempotency, every kind of bad
 * body, read side parity with the in-memory source, CORS, static files with CSP, OpenAPI.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InMemorySource, RemoteApiSource, type QueryParams } from '@gongkai/client';
import { disclosureReceiptSchema, letterReceiptSchema, problemSchema, validate } from '@gongkai/schema';
import { startServer, type StartedServer } from '../src/index.js';
import { fixedClock, getJson, grantStaff, newKey, postJson, sqliteFile, validApplication, validLetter, writeDataFolder } from './helpers.js';

const STAFF_TOKEN = 'staff-token-0123456789abcdef';

describe('REST contract over HTTP (SQLite)', () => {
  let server: StartedServer;
  let api: string;
  let data: Awaited<ReturnType<typeof writeDataFolder>>;
  let db: Awaited<ReturnType<typeof sqliteFile>>;

  before(async () => {
    data = await writeDataFolder();
    db = await sqliteFile();
    server = await startServer({
      port: 0,
      db: db.target,
      data: data.dir,
      corsOrigins: ['https://portal.example.gov.cn'],
      intakeRateLimit: { max: 0, windowMs: 1 },
    });
    await grantStaff(server, 'staff', STAFF_TOKEN, { agencies: ['gov-office'] });
    api = `${server.url}api/`;
  });
  it('GET /api/ answers the banner\'s link: JSON for clients, a page for browsers, naming only real routes (#17 item 19)', async () => {
    const json = await getJson(api);
    assert.equal(json.status, 200);
    const body = json.body as { openapi: string; resources: Array<{ path: string }> };
    assert.equal(body.openapi, 'openapi.json');
    const routes = new Set(server.routes().map((route) => route.url));
    for (const { path } of body.resources) {
      assert.ok([...routes].some((url) => url === `/api/${path}` || (path.endsWith('/') && url.startsWith(`/api/${path}`))), `${path} is a route`);
    }
    const page = await fetch(api, { headers: { Accept: 'text/html,application/xhtml+xml' } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await page.text(), /<a href="openapi.json">openapi.json<\/a>/);
  });

  after(async () => {
    await server?.close();
    await db?.drop();
    data?.remove();
  });

  describe('idempotent intake', () => {
    it('stores an application and answers 201 with a receipt that matches the schema', async () => {
      const res = await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
      assert.equal(res.status, 201);
      assert.ok(validate(disclosureReceiptSchema, res.body).ok, JSON.stringify(res.body));
      assert.match(res.body!.trackingNumber, /^YSQ-\d{8}-\d{6}$/);
      assert.match(res.body!.queryCode, /^[A-Z2-9]{10}$/);
      assert.equal(res.body!.status, 'received');
    });

    it('400 without an Idempotency-Key, and with a malformed one', async () => {
      const missing = await postJson(`${api}disclosure/requests`, validApplication());
      assert.equal(missing.status, 400);
      assert.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(missing.body!.type, 'urn:gongkai:problem:idempotency-key-missing');
      const bad = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': 'short' });
      assert.equal(bad.status, 400);
    });

    it('a replay with the same key and body returns the same 201 body; nothing new is stored', async () => {
      const key = newKey();
      const first = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': key });
      const second = await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': key });
      assert.equal(first.status, 201);
      assert.ok(validate(letterReceiptSchema, first.body).ok);
      assert.equal(second.status, 201);
      assert.deepEqual(second.body, first.body);
      assert.equal(second.headers.get('idempotency-replayed'), 'true');
      const count = await server.db.read((tx) => tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM letters WHERE letter_number = ?', [first.body!.letterNumber]));
      assert.equal(Number(count?.n), 1);
    });

    it('the same key with a different body is 422; the key is per endpoint', async () => {
      const key = newKey();
      assert.equal((await postJson(`${api}mailbox/letters`, validLetter(), { 'Idempotency-Key': key })).status, 201);
      const reused = await postJson(`${api}mailbox/letters`, validLetter({ subject: '另一封信' }), { 'Idempotency-Key': key });
      assert.equal(reused.status, 422);
      assert.equal(reused.body!.type, 'urn:gongkai:problem:idempotency-key-reused');
      assert.equal((await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': key })).status, 201);
    });

    it('concurrent requests with one key: exactly one record, the others 409 or the same replay', async () => {
      const key = newKey();
      const results = await Promise.all(Array.from({ length: 8 }, () => postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': key })));
      const created = results.filter((r) => r.status === 201);
      assert.ok(created.length >= 1);
      for (const r of results) assert.ok(r.status === 201 || r.status === 409, String(r.status));
      for (const r of results.filter((r) => r.status === 409)) assert.equal(r.headers.get('retry-after'), '1');
      assert.equal(new Set(created.map((r) => r.body!.trackingNumber)).size, 1);
    });

    it('tracking numbers are unique and sequential within a day', async () => {
      const numbers = await Promise.all(
        Array.from({ length: 10 }, async () => (await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() })).body!.trackingNumber as string),
      );
      assert.equal(new Set(numbers).size, 10);
      const serials = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
      for (let i = 1; i < serials.length; i++) assert.equal(serials[i], serials[i - 1]! + 1);
    });

    it('the query code is stored only as a hash, and the status needs it', async () => {
      const receipt = (await postJson(`${api}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() })).body!;
      const dump = JSON.stringify(await server.db.read((tx) => tx.all('SELECT * FROM disclosure_requests')));
      const keys = JSON.stringify(await server.db.read((tx) => tx.all('SELECT * FROM idempotency_keys')));
      assert.ok(!dump.includes(receipt.queryCode) && !keys.includes(receipt.queryCode));
      const url = `${api}disclosure/requests/${receipt.trackingNumber}`;
      assert.equal((await getJson(url)).status, 404);
      assert.equal((await getJson(url, { 'X-Query-Code': 'WRONGCODE2' })).status, 404);
      const ok = await getJson(url, { 'X-Query-Code': receipt.queryCode.toLowerCase() });
      assert.equal(ok.status, 200);
      assert.equal(ok.body!.dueDate, receipt.dueDate);
      assert.deepEqual(ok.body!.events.map((e: { status: string }) => e.status), ['submitted', 'received']);
    });
  });

  describe('bad input', () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      postJson(`${api}disclosure/requests`, body, { 'Idempotency-Key': newKey(), ...headers });
    const paths = (res: { body?: Record<string, any> }) => (res.body!.errors as Array<{ path: string }>).map((e) => e.path);

    it('wrong types and missing fields: 422 with every field path, in a valid problem document', async () => {
      const res = await post(validApplication({ provisionForms: 'electronic', privacyAccepted: 'yes', agencyId: 42, description: undefined }));
      assert.equal(res.status, 422);
      assert.ok(validate(problemSchema, res.body).ok);
      for (const path of ['provisionForms', 'privacyAccepted', 'agencyId', 'description']) assert.ok(paths(res).includes(path), `${path} in ${paths(res)}`);
    });

    it('invalid identifiers: resident ID checksum, phone, credit code', async () => {
      const res = await post(validApplication({ applicant: { type: 'person', name: '李四', idType: 'residentId', idNumber: '36042619910102009X', phone: '12345' } }));
      assert.equal(res.status, 422);
      assert.ok(paths(res).includes('applicant.idNumber'));
      assert.ok(paths(res).includes('applicant.phone'));
      const org = await post(validApplication({ applicant: { type: 'organization', name: '某公司', creditCode: 'ABC', legalRepresentative: '王五', contactPerson: '赵六', contactPhone: '010-12345678' } }));
      assert.deepEqual(paths(org), ['applicant.creditCode']);
    });

    it('unknown fields are rejected with their paths, nested ones too', async () => {
      const body = validApplication({ isAdmin: true });
      (body.applicant as Record<string, unknown>).nickname = 'x';
      const res = await post(body);
      assert.equal(res.status, 422);
      assert.deepEqual(paths(res).sort(), ['applicant.nickname', 'isAdmin']);
      assert.equal(res.body!.errors[0].code, 'unknown-field');
    });

    it('huge strings: every string is length-limited', async () => {
      const res = await post(validApplication({ description: '长'.repeat(5001), documentNumber: 'x'.repeat(201) }));
      assert.equal(res.status, 422);
      assert.deepEqual(paths(res).sort(), ['description', 'documentNumber']);
      const letter = await postJson(`${api}mailbox/letters`, validLetter({ name: '名'.repeat(300) }), { 'Idempotency-Key': newKey() });
      assert.deepEqual(paths(letter), ['name']);
    });

    it('control characters in text are refused', async () => {
      const res = await post(validApplication({ description: '正常\u0000文字' }));
      assert.equal(res.status, 422);
      assert.deepEqual(paths(res), ['description']);
    });

    it('an agency that does not exist or does not accept applications', async () => {
      assert.deepEqual(paths(await post(validApplication({ agencyId: 'nope' }))), ['agencyId']);
      assert.deepEqual(paths(await post(validApplication({ agencyId: 'no-requests' }))), ['agencyId']);
    });

    it('malformed JSON, a non-object body, the wrong media type, an oversized body, prototype pollution', async () => {
      const malformed = await post('{"applicant": ');
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body!.type, 'urn:gongkai:problem:malformed-json');
      const array = await post('[1,2]');
      assert.equal(array.status, 422);
      assert.deepEqual(paths(array), ['']);
      const text = await fetch(`${api}disclosure/requests`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': newKey() }, body: 'hello' });
      assert.equal(text.status, 415);
      assert.equal(text.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      const big = await post(JSON.stringify(validApplication({ description: 'x'.repeat(70_000) })));
      assert.equal(big.status, 413);
      const proto = await post('{"__proto__": {"polluted": true}, "agencyId": "gov-office"}');
      assert.equal(proto.status, 400);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('messages follow Accept-Language (zh-Hans by default, zh-Hant, en)', async () => {
      const body = validApplication({ privacyAccepted: false });
      const hans = await post(body);
      const hant = await post(body, { 'Accept-Language': 'zh-TW,zh;q=0.8' });
      const en = await post(body, { 'Accept-Language': 'en-US,en;q=0.9' });
      assert.equal(hans.headers.get('content-language'), 'zh-Hans');
      assert.equal(hant.headers.get('content-language'), 'zh-Hant');
      assert.equal(en.headers.get('content-language'), 'en');
      assert.equal(en.body!.title, 'The submitted data is invalid; correct the fields listed');
      assert.notEqual(hans.body!.errors[0].message, en.body!.errors[0].message);
    });

    it('a filled honeypot field is refused and nothing is stored; an empty one is ignored', async () => {
      const before = await server.db.read((tx) => tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM letters'));
      const bot = await postJson(`${api}mailbox/letters`, validLetter({ website: 'http://spam.example' }), { 'Idempotency-Key': newKey() });
      assert.equal(bot.status, 400);
      assert.equal(bot.body!.type, 'urn:gongkai:problem:rejected');
      const after = await server.db.read((tx) => tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM letters'));
      assert.equal(Number(after?.n), Number(before?.n));
      assert.equal((await postJson(`${api}mailbox/letters`, validLetter({ website: '' }), { 'Idempotency-Key': newKey() })).status, 201);
    });

    it('bad query parameters: 400 with the parameter as path', async () => {
      const res = await getJson(`${api}power-items?page=0`);
      assert.equal(res.status, 400);
      assert.equal(res.body!.errors[0].path, 'page');
      assert.equal((await getJson(`${api}power-items?pageSize=5000`)).status, 400);
      // The same limit as the in-memory engine of static mode: an element may ask for a whole
      // agency list at once (the disclosure-request form does, with pageSize=1000).
      assert.equal((await getJson(`${api}agencies?sort=name&pageSize=1000`)).status, 200);
      assert.equal((await getJson(`${api}power-items?q=a&q=b`)).status, 400);
    });
  });

  describe('read side', () => {
    it('gives the same answers as the in-memory source over the same file (repeated filter parameters)', async () => {
      const file = JSON.parse(readFileSync(join(data.dir, 'power-catalog.json'), 'utf8'));
      const local = new InMemorySource(file, 'power-catalog');
      const remote = new RemoteApiSource({ api, kind: 'power-catalog' });
      const queries: QueryParams[] = [
        { page: 1, pageSize: 10 },
        { q: '许可', page: 2, pageSize: 5 },
        { filters: { type: ['licensing', 'penalty'] }, sort: '-name', pageSize: 7 },
        { q: '處罰', filters: { department: ['scjgj', 'gaj'] } },
      ];
      for (const params of queries) {
        const [a, b] = await Promise.all([local.query(params), remote.query(params)]);
        assert.equal(b.total, a.total, JSON.stringify(params));
        assert.deepEqual(b.items.map((i) => i.id), a.items.map((i) => i.id));
        assert.deepEqual(b.facets, a.facets);
      }
      const first = (await local.query({ pageSize: 1 })).items[0]!;
      assert.deepEqual(await remote.get(first.id), first);
      assert.equal(await remote.get('no-such-id'), undefined);
    });

    it('directory side resources, agencies and letters load through RemoteApiSource', async () => {
      const directory = new RemoteApiSource({ api, kind: 'disclosure-directory' });
      const info = await directory.load();
      assert.ok(Array.isArray(info.envelope.categories) && info.envelope.categories.length > 0);
      assert.equal((await directory.query({})).total, 2);
      // category=parent matches its subtree, and the document filed under both counts once.
      const finance = await directory.query({ filters: { category: ['topic-finance'] } });
      assert.equal(finance.total, 2);
      const counts = new Map(finance.facets!['category']!.map((f) => [f.value, f.count]));
      assert.deepEqual([counts.get('topic-finance'), counts.get('topic-finance-budget')], [2, 2]);
      assert.ok((await new RemoteApiSource({ api, kind: 'agency-directory' }).query({})).total >= 2);
      const letters = await new RemoteApiSource({ api, kind: 'mailbox-letters' }).query({ filters: { type: ['consult'] } });
      assert.equal(letters.items[0]!.letterNumber, 'SZXX20261001001');
    });

    it('mailbox/stats counts the letters received by this server', async () => {
      const stats = await getJson(`${api}mailbox/stats`);
      assert.equal(stats.status, 200);
      assert.ok(stats.body!.received >= 1);
      assert.equal(typeof stats.body!.byType.help, 'number');
    });

    it('serves the data files at /data/ with the CSP header; no climbing out of the folder', async () => {
      const res = await fetch(`${server.url}data/power-catalog.json`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-security-policy'), "default-src 'self'");
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal((await fetch(`${server.url}data/..%2f..%2fpackage.json`)).status, 404);
      assert.equal((await fetch(`${server.url}data/%2e%2e/%2e%2e/package.json`)).status, 404);
    });

    it('openapi.json is generated from the schemas', async () => {
      const doc = await getJson(`${api}openapi.json`);
      assert.equal(doc.body!.openapi, '3.1.0');
      const request = doc.body!.components.schemas.DisclosureRequest;
      assert.deepEqual(request.required.sort(), ['agencyId', 'applicant', 'deliveryMethods', 'description', 'privacyAccepted', 'provisionForms']);
      assert.ok(doc.body!.paths['/disclosure/requests'].post);
    });
  });

  describe('CORS', () => {
    it('allows listed origins with the Idempotency-Key header, never credentials', async () => {
      const res = await fetch(`${api}disclosure/requests`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://portal.example.gov.cn', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      });
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://portal.example.gov.cn');
      assert.match(res.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
      assert.equal(res.headers.get('access-control-allow-credentials'), null);
    });

    it('gives no CORS headers to other origins or to the staff API', async () => {
      const other = await fetch(`${api}power-items`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const staff = await fetch(`${api}staff/disclosure/requests`, { headers: { Origin: 'https://portal.example.gov.cn', Authorization: `Bearer ${STAFF_TOKEN}` } });
      assert.equal(staff.headers.get('access-control-allow-origin'), null);
    });
  });
});

describe('intake rate limit', () => {
  it('answers 429 with Retry-After after the configured number of submissions per IP', async () => {
    const db = await sqliteFile();
    const server = await startServer({ port: 0, db: db.target, intakeRateLimit: { max: 3, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await postJson(`${server.url}api/mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() })).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    } finally {
      await server.close();
      await db.drop();
    }
  });
});

describe('Idempotency-Key retention', () => {
  it('forgets keys older than idempotencyDays at start and on purge, never the letters', async () => {
    const db = await sqliteFile();
    const clock = fixedClock('2026-10-01T10:00:00+08:00');
    const options = { port: 0, db: db.target, clock, idempotencyDays: 30, intakeRateLimit: { max: 0, windowMs: 1 } };
    let server = await startServer(options);
    try {
      const key = newKey();
      const send = () => postJson(`${server.url}api/mailbox/letters`, validLetter(), { 'Idempotency-Key': key });
      const first = await send();
      assert.equal(first.status, 201);
      clock.set('2026-10-30T10:00:00+08:00');
      assert.equal(await server.purgeExpiredKeys(), 0, '29 days: still remembered');
      const replay = await send();
      assert.equal(replay.headers.get('idempotency-replayed'), 'true');
      assert.equal(replay.body!.letterNumber, first.body!.letterNumber);

      // A restart 31 days later purges at start: the same key is then a new letter.
      await server.close();
      clock.set('2026-11-01T10:00:01+08:00');
      server = await startServer(options);
      const later = await send();
      assert.equal(later.status, 201);
      assert.equal(later.headers.get('idempotency-replayed'), null);
      assert.notEqual(later.body!.letterNumber, first.body!.letterNumber);
      const letters = await server.db.read((tx) => tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM letters'));
      assert.equal(Number(letters?.n), 2);
    } finally {
      await server.close();
      await db.drop();
    }
  });

  it('idempotencyDays 0 keeps keys for ever; a negative value is refused', async () => {
    const db = await sqliteFile();
    const clock = fixedClock('2020-01-01T10:00:00+08:00');
    const server = await startServer({ port: 0, db: db.target, clock, idempotencyDays: 0, intakeRateLimit: { max: 0, windowMs: 1 } });
    try {
      const key = newKey();
      const send = () => postJson(`${server.url}api/mailbox/letters`, validLetter(), { 'Idempotency-Key': key });
      const first = await send();
      assert.equal(first.status, 201);
      clock.set('2026-01-01T10:00:00+08:00');
      assert.equal(await server.purgeExpiredKeys(), 0);
      const replay = await send();
      assert.equal(replay.headers.get('idempotency-replayed'), 'true', 'six years later the key still replays');
      assert.equal(replay.body!.letterNumber, first.body!.letterNumber);
    } finally {
      await server.close();
      await db.drop();
    }
    await assert.rejects(startServer({ port: 0, db: ':memory:', idempotencyDays: -1 }), /idempotencyDays/);
  });
});
