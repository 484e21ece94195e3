import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemorySource, SourceError, StaticFileSource, type LoadProgress } from '../src/index.js';
import { disclosureFile, powerCatalogFile, powerItem, sendJson, startServer } from './fixtures.js';

async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SourceError, `expected a SourceError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the promise to reject');
}

function assertMessages(error: SourceError): void {
  for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) assert.ok(error.messages[locale].length > 10, locale);
  assert.notEqual(error.messages['zh-Hans'], error.messages['zh-Hant']);
  assert.equal(error.message, error.messages.en);
}

test('StaticFileSource: loads a valid file, resolves a relative URL, answers queries and get', async (t) => {
  const server = await startServer((_req, res, url) => {
    if (url.pathname === '/data/power-catalog.json') sendJson(res, powerCatalogFile(30));
    else sendJson(res, { title: 'not found' }, 404);
  });
  t.after(server.close);
  const source = new StaticFileSource({ url: 'data/power-catalog.json', baseUrl: `${server.base}portal/index.html`, kind: 'power-catalog' });
  assert.equal(source.url, `${server.base}portal/data/power-catalog.json`);
  const absolute = new StaticFileSource({ url: '../data/power-catalog.json', baseUrl: `${server.base}portal/index.html`, kind: 'power-catalog' });

  const info = await absolute.load();
  assert.equal(info.kind, 'power-catalog');
  assert.equal(info.itemCount, 30);
  assert.equal(info.skippedCount, 0);
  assert.equal((info.envelope as { publisher?: { name: string } }).publisher?.name, '示例市人民政府');
  assert.equal(info.envelope.departments?.length, 2);
  assert.ok(!('items' in info.envelope), 'the envelope leaves the items out');

  // Traditional text found by a Simplified query; department facet and paging.
  const result = await absolute.query({ q: '数字政府', filters: { department: ['market'] }, pageSize: 3, page: 2 });
  assert.equal(result.total, 5); // items 0, 6, 12, 18, 24
  assert.deepEqual(result.items.map((i) => i.id), ['item-18', 'item-24']);
  assert.deepEqual(result.facets?.department, [
    { value: 'housing', count: 5 },
    { value: 'market', count: 5 },
  ]);
  // A department's NAME finds its items although the items carry the id.
  assert.equal((await absolute.query({ q: '住房和城乡建设局' })).total, 15);
  assert.equal((await absolute.get('item-7'))?.name, '食品经营许可7');
  assert.equal(await absolute.get('nope'), undefined);
  assert.equal(server.requests.filter((r) => r.startsWith('GET /data/')).length, 1, 'downloaded once');
});

test('StaticFileSource: disclosure directory sorting, year facet, bracket variants and HTML body', async (t) => {
  const server = await startServer((_req, res) => sendJson(res, disclosureFile()));
  t.after(server.close);
  const source = new StaticFileSource({ url: `${server.base}d.json`, kind: 'disclosure-directory' });
  const all = await source.query({});
  assert.deepEqual(all.items.map((d) => d.id), ['d1', 'd2'], 'default: newest first');
  assert.deepEqual((await source.query({ sort: 'publishedAt' })).items.map((d) => d.id), ['d2', 'd1']);
  assert.deepEqual(all.facets?.year, [
    { value: '2012', count: 1 },
    { value: '2014', count: 1 },
  ]);
  assert.deepEqual((await source.query({ q: '衡政办函[2014]36号' })).items.map((d) => d.id), ['d1']);
  assert.deepEqual((await source.query({ q: '高政发（2012）' })).items.map((d) => d.id), ['d2']);
  assert.deepEqual((await source.query({ q: '发布之日起' })).items.map((d) => d.id), ['d2'], 'tags stripped from the body');
  assert.equal((await source.query({ q: '<b>' })).total, 0);
  assert.deepEqual((await source.query({ filters: { validity: ['valid'] } })).items.map((d) => d.id), ['d1']);
});

test('StaticFileSource: 404, 500, network failure and not-JSON are distinct errors', async (t) => {
  const server = await startServer((_req, res, url) => {
    if (url.pathname === '/500.json') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    } else if (url.pathname === '/html.json') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>首页</title>');
    } else if (url.pathname === '/gbk.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.from([0x7b, 0x22, 0xca, 0xfd, 0x22, 0x3a, 0x31, 0x7d])); // {"数":1} in GBK
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  t.after(server.close);
  const load = (path: string) => new StaticFileSource({ url: `${server.base}${path}`, kind: 'power-catalog' }).load();

  const notFound = await rejection(load('missing.json'));
  assert.equal(notFound.code, 'http');
  assert.equal(notFound.status, 404);
  assert.equal(notFound.url, `${server.base}missing.json`);
  assertMessages(notFound);

  const serverError = await rejection(load('500.json'));
  assert.equal(serverError.code, 'http');
  assert.equal(serverError.status, 500);
  assert.notEqual(serverError.messages['zh-Hans'], notFound.messages['zh-Hans']);

  const html = await rejection(load('html.json'));
  assert.equal(html.code, 'not-json');
  assertMessages(html);
  assert.equal((await rejection(load('gbk.json'))).code, 'not-json');

  const port = new URL(server.base).port;
  await server.close();
  const offline = await rejection(new StaticFileSource({ url: `http://127.0.0.1:${port}/x.json`, kind: 'power-catalog' }).load());
  assert.equal(offline.code, 'network');
  assertMessages(offline);
});

test('StaticFileSource: invalid file, wrong kind, unknown kind, newer version', async (t) => {
  const files: Record<string, unknown> = {
    '/invalid.json': { ...powerCatalogFile(2), publisher: 3, updatedAt: 'yesterday' },
    '/array.json': [1, 2],
    '/letters.json': { ...powerCatalogFile(1), kind: 'mailbox-letters' },
    '/unknown.json': { ...powerCatalogFile(1), kind: 'recipes' },
    '/v2.json': { ...powerCatalogFile(1), schemaVersion: 2 },
  };
  const server = await startServer((_req, res, url) => sendJson(res, files[url.pathname]));
  t.after(server.close);
  const load = (path: string) => new StaticFileSource({ url: `${server.base}${path}`, kind: 'power-catalog' }).load();

  const invalid = await rejection(load('invalid.json'));
  assert.equal(invalid.code, 'invalid');
  assert.deepEqual(invalid.issues.map((i) => i.path).sort(), ['publisher', 'updatedAt']);
  assert.ok(invalid.messages['zh-Hans'].includes('publisher') || invalid.messages['zh-Hans'].includes('updatedAt'));
  assertMessages(invalid);
  assert.equal((await rejection(load('array.json'))).code, 'invalid');

  const wrongKind = await rejection(load('letters.json'));
  assert.equal(wrongKind.code, 'wrong-kind');
  assert.ok(wrongKind.messages.en.includes('power-catalog'));
  assert.equal((await rejection(load('unknown.json'))).code, 'unknown-kind');
  const newer = await rejection(load('v2.json'));
  assert.equal(newer.code, 'newer-version');
  assert.equal(newer.issues[0]?.path, 'schemaVersion');

  const distinct = new Set([invalid, wrongKind, newer, await rejection(load('unknown.json'))].map((e) => e.messages['zh-Hans'].slice(-30)));
  assert.equal(distinct.size, 4, 'each code has its own advice');
});

test('StaticFileSource: a file with some bad items keeps the good ones and counts the skipped', async (t) => {
  const file = powerCatalogFile(10) as { items: unknown[] };
  file.items[3] = powerItem(3, { legalBasis: [] });
  file.items[7] = { id: 'broken' };
  const server = await startServer((_req, res) => sendJson(res, file));
  t.after(server.close);
  const source = new StaticFileSource({ url: `${server.base}f.json`, kind: 'power-catalog' });
  const info = await source.load();
  assert.equal(info.skippedCount, 2);
  assert.equal(info.itemCount, 8);
  assert.ok(info.skipped.some((i) => i.path === 'items[3].legalBasis'));
  assert.ok(info.skipped.some((i) => i.path.startsWith('items[7].')));
  const all = await source.query({ pageSize: 100 });
  assert.equal(all.total, 8);
  assert.ok(!all.items.some((i) => i.id === 'broken' || i.id === 'item-3'));
});

test('StaticFileSource: progress callbacks while a multi-megabyte body streams in', async (t) => {
  const body = Buffer.from(JSON.stringify(powerCatalogFile(12_000)));
  assert.ok(body.byteLength > 2_000_000, `body is ${body.byteLength} bytes`);
  const server = await startServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength });
    for (let offset = 0; offset < body.byteLength; offset += 256 * 1024) {
      res.write(body.subarray(offset, offset + 256 * 1024));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    res.end();
  });
  t.after(server.close);
  const progress: LoadProgress[] = [];
  const info = await new StaticFileSource({ url: `${server.base}big.json`, kind: 'power-catalog' }).load({
    onProgress: (p) => progress.push(p),
  });
  assert.equal(info.itemCount, 12_000);
  assert.ok(progress.length >= 5, `${progress.length} progress events`);
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i]!.loaded >= progress[i - 1]!.loaded);
  assert.ok(progress.every((p) => p.total === body.byteLength));
  assert.equal(progress.at(-1)!.loaded, body.byteLength);
  assert.ok(progress.some((p) => p.loaded > 0 && p.loaded < body.byteLength), 'intermediate progress');
});

test('StaticFileSource: progress without Content-Length has no total', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }); // chunked, no length
    res.end(JSON.stringify(powerCatalogFile(3)));
  });
  t.after(server.close);
  const progress: LoadProgress[] = [];
  await new StaticFileSource({ url: `${server.base}x.json`, kind: 'power-catalog' }).load({ onProgress: (p) => progress.push(p) });
  assert.ok(progress.length > 0);
  assert.ok(progress.every((p) => p.total === undefined));
});

test('StaticFileSource: abort during download rejects with aborted, and a later load retries', async (t) => {
  let stall = true;
  const server = await startServer(async (_req, res) => {
    const body = JSON.stringify(powerCatalogFile(2));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    if (stall) {
      res.write(body.slice(0, 10));
      return; // never finishes
    }
    res.end(body);
  });
  t.after(server.close);
  const source = new StaticFileSource({ url: `${server.base}slow.json`, kind: 'power-catalog' });
  const controller = new AbortController();
  const loading = source.load({ signal: controller.signal, onProgress: (p) => p.loaded > 0 && controller.abort() });
  const aborted = await rejection(loading);
  assert.equal(aborted.code, 'aborted');
  assertMessages(aborted);

  // Already aborted signal: rejected at once.
  assert.equal((await rejection(source.load({ signal: AbortSignal.abort() }))).code, 'aborted');

  stall = false;
  assert.equal((await source.load()).itemCount, 2);
});

test('StaticFileSource: one caller aborting does not cancel a download another caller waits for', async (t) => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const server = await startServer(async (_req, res) => {
    await gate;
    sendJson(res, powerCatalogFile(4));
  });
  t.after(server.close);
  const source = new StaticFileSource({ url: `${server.base}p.json`, kind: 'power-catalog' });
  const controller = new AbortController();
  const first = source.load({ signal: controller.signal });
  const second = source.query({});
  controller.abort();
  assert.equal((await rejection(first)).code, 'aborted');
  release();
  assert.equal((await second).total, 4);
  assert.equal(server.requests.length, 1);
});

test('InMemorySource validates through parseDataFile like a file', async () => {
  const good = new InMemorySource(powerCatalogFile(6), 'power-catalog');
  assert.equal((await good.load()).itemCount, 6);
  assert.equal((await good.query({ filters: { type: ['penalty'] } })).total, 2);
  assert.equal((await good.get('item-5'))?.id, 'item-5');

  const bad = new InMemorySource({ ...powerCatalogFile(1), updatedAt: 5 }, 'power-catalog');
  const error = await rejection(bad.load());
  assert.equal(error.code, 'invalid');
  assert.equal(error.issues[0]?.path, 'updatedAt');
  assert.equal(error.url, 'data');
  assert.equal((await rejection(new InMemorySource(disclosureFile(), 'power-catalog').query({}))).code, 'wrong-kind');
});

test('a sort named after an Object.prototype property falls back to the default order instead of throwing', async () => {
  const source = new InMemorySource(powerCatalogFile(6), 'power-catalog');
  const expected = (await source.query({})).items.map((item) => item.id);
  for (const sort of ['__proto__', '-__proto__', 'constructor', '-constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    assert.deepEqual((await source.query({ sort })).items.map((item) => item.id), expected, sort);
  }
});
