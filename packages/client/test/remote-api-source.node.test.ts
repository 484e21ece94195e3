import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RemoteApiSource, SourceError } from '../src/index.js';
import { disclosureFile, powerItem, sendJson, startServer } from './fixtures.js';

interface Doc {
  id: string;
  title: string;
  categoryIds: string[];
  publishedAt: string;
}

/** A small slice of the REST contract (docs/design.md §5), implemented by hand. */
async function startApi(options: { guide?: boolean } = {}) {
  const file = disclosureFile() as { documents: Doc[]; categories: unknown[] };
  return startServer((_req, res, url) => {
    const path = url.pathname;
    if (path === '/api/v1/disclosure/categories') return sendJson(res, file.categories);
    if (path === '/api/v1/disclosure/guide') {
      return options.guide ? sendJson(res, { office: '市政府办公室', phone: '0734-1234567' }) : sendJson(res, { title: 'Not Found', status: 404 }, 404, 'application/problem+json');
    }
    if (path === '/api/v1/disclosure/documents') {
      const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
      if (pageSize > 100) {
        return sendJson(
          res,
          {
            type: 'https://gongkai.example/problems/validation',
            title: '请求参数有误',
            status: 422,
            detail: 'pageSize 不能超过 100',
            errors: [
              { path: 'pageSize', message: '不能超过 100' },
              { path: 'year', message: { 'zh-Hans': '年份无效', 'zh-Hant': '年份無效', en: 'invalid year' } },
            ],
          },
          422,
          'application/problem+json',
        );
      }
      const categories = url.searchParams.getAll('category');
      const q = url.searchParams.get('q') ?? '';
      const matched = file.documents.filter(
        (d) => (categories.length === 0 || d.categoryIds.some((c) => categories.includes(c))) && d.title.includes(q),
      );
      const page = Number(url.searchParams.get('page') ?? 1);
      return sendJson(res, {
        items: matched.slice((page - 1) * pageSize, page * pageSize),
        total: matched.length,
        page,
        pageSize,
        facets: { category: [{ value: 'c1', count: matched.length }] },
      });
    }
    const one = /^\/api\/v1\/disclosure\/documents\/(.+)$/.exec(path);
    if (one) {
      const doc = file.documents.find((d) => d.id === decodeURIComponent(one[1]!));
      return doc ? sendJson(res, doc) : sendJson(res, { title: 'Not Found', status: 404 }, 404, 'application/problem+json');
    }
    if (path === '/api/v1/power-items') return sendJson(res, { items: [powerItem(1)], total: 41, page: 3, pageSize: 20 });
    if (path === '/api/v1/mailbox/letters') return sendJson(res, { letters: 'oops' });
    if (path === '/api/v1/broken/disclosure/documents') {
      res.writeHead(503, { 'content-type': 'text/plain' });
      return res.end('maintenance');
    }
    sendJson(res, { title: 'Not Found', status: 404 }, 404, 'application/problem+json');
  });
}

async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SourceError);
    return error;
  }
  assert.fail('expected a rejection');
}

test('RemoteApiSource: query maps to GET path with q, repeated filter params, sort, page, pageSize', async (t) => {
  const api = await startApi();
  t.after(api.close);
  // Relative api attribute resolved against the page; no trailing slash needed.
  const source = new RemoteApiSource({ api: '../api/v1', baseUrl: `${api.base}portal/page.html`, kind: 'disclosure-directory' });
  assert.equal(source.api, `${api.base}api/v1/`);

  const result = await source.query({
    q: ' 数字政府 ',
    filters: { category: ['c1', 'c,2'], year: ['2014'] },
    sort: '-publishedAt',
    page: 1,
    pageSize: 10,
  });
  assert.equal(
    api.requests.at(-1),
    'GET /api/v1/disclosure/documents?q=%E6%95%B0%E5%AD%97%E6%94%BF%E5%BA%9C&category=c1&category=c%2C2&year=2014&sort=-publishedAt&page=1&pageSize=10',
  );
  assert.deepEqual(result.items.map((d) => d.id), ['d1']);
  assert.equal(result.total, 1);
  assert.deepEqual(result.facets, { category: [{ value: 'c1', count: 1 }] });

  const bare = await source.query({});
  assert.equal(api.requests.at(-1), 'GET /api/v1/disclosure/documents');
  assert.equal(bare.total, 2);
});

test('RemoteApiSource: get maps to GET path/{id}; 404 is undefined', async (t) => {
  const api = await startApi();
  t.after(api.close);
  const source = new RemoteApiSource({ api: `${api.base}api/v1/`, kind: 'disclosure-directory' });
  assert.equal((await source.get('d2'))?.title, '高新区管理办法');
  assert.equal(await source.get('no such/id'), undefined);
  assert.equal(api.requests.at(-1), 'GET /api/v1/disclosure/documents/no%20such%2Fid');
});

test('RemoteApiSource: load fetches the side resources the contract has', async (t) => {
  const api = await startApi({ guide: true });
  t.after(api.close);
  const withGuide = await new RemoteApiSource({ api: `${api.base}api/v1`, kind: 'disclosure-directory' }).load();
  assert.deepEqual(withGuide.envelope.categories, [{ id: 'c1', name: '规划计划' }]);
  assert.equal(withGuide.envelope.guide?.phone, '0734-1234567');
  assert.equal(withGuide.skippedCount, 0);

  const api2 = await startApi({ guide: false });
  t.after(api2.close);
  const withoutGuide = await new RemoteApiSource({ api: `${api2.base}api/v1`, kind: 'disclosure-directory' }).load();
  assert.equal(withoutGuide.envelope.guide, undefined, 'optional guide: 404 leaves it out');
  assert.equal(withoutGuide.envelope.categories?.length, 1);

  const power = await new RemoteApiSource({ api: `${api.base}api/v1`, kind: 'power-catalog' }).load();
  assert.deepEqual(power.envelope, {});
});

test('RemoteApiSource: problem+json 422 becomes SourceError http with status and issues', async (t) => {
  const api = await startApi();
  t.after(api.close);
  const source = new RemoteApiSource({ api: `${api.base}api/v1`, kind: 'disclosure-directory' });
  const error = await rejection(source.query({ pageSize: 500 }));
  assert.equal(error.code, 'http');
  assert.equal(error.status, 422);
  assert.deepEqual(error.issues.map((i) => i.path), ['pageSize', 'year']);
  assert.equal(error.issues[0]!.message['zh-Hans'], '不能超过 100');
  assert.equal(error.issues[1]!.message.en, 'invalid year');
  assert.equal(error.problem?.detail, 'pageSize 不能超过 100');
  assert.ok(error.messages['zh-Hans'].includes('422'));
  assert.ok(error.messages['zh-Hans'].includes('pageSize 不能超过 100'));

  const unavailable = await rejection(new RemoteApiSource({ api: `${api.base}api/v1/broken`, kind: 'disclosure-directory' }).query({}));
  assert.equal(unavailable.code, 'http');
  assert.equal(unavailable.status, 503);
  assert.deepEqual(unavailable.issues, []);
});

test('RemoteApiSource: page fields come from the server; a malformed page is invalid', async (t) => {
  const api = await startApi();
  t.after(api.close);
  const power = await new RemoteApiSource({ api: `${api.base}api/v1`, kind: 'power-catalog' }).query({ filters: { type: ['licensing'] } });
  assert.equal(api.requests.at(-1), 'GET /api/v1/power-items?type=licensing');
  assert.deepEqual({ total: power.total, page: power.page, pageSize: power.pageSize }, { total: 41, page: 3, pageSize: 20 });
  const letters = await rejection(new RemoteApiSource({ api: `${api.base}api/v1`, kind: 'mailbox-letters' }).query({}));
  assert.equal(letters.code, 'invalid');
  assert.equal(letters.issues[0]?.path, 'items');
});

test('RemoteApiSource: abort', async (t) => {
  const server = await startServer(() => undefined); // never answers
  t.after(server.close);
  const source = new RemoteApiSource({ api: server.base, kind: 'agency-directory' });
  const controller = new AbortController();
  const pending = source.query({}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  assert.equal((await rejection(pending)).code, 'aborted');
});
