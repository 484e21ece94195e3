/**
 * A real HTTP handler for browser tests: the read-only collection slice of the REST contract
 * (docs/design.md §5) that <gk-power-catalog> and <gk-disclosure-directory> speak with `api`,
 * mounted in the test runner's dev server under `/test-api/collections/`. It answers from the
 * same fixture files the `src` tests load, queried through @gongkai/client's InMemorySource, so
 * an element sees the same items, facets and pages through `api` as through `src`.
 *
 *   GET /test-api/collections/power-items?q&type&department&page&pageSize     {items, total, page, pageSize, facets}
 *   GET /test-api/collections/power-items/{id}
 *   GET /test-api/collections/disclosure/documents?q&category&year&publisher&validity&sort&page&pageSize
 *   GET /test-api/collections/disclosure/documents/{id}
 *   GET /test-api/collections/disclosure/categories     the fixture file's categories
 *   GET /test-api/collections/disclosure/guide          the fixture file's guide
 *
 * Tests steer it through a control endpoint:
 *   POST /test-api/collections/_control {"reset": true}                forget injected failures and counts
 *   POST /test-api/collections/_control {"failGet": "power-items", "status": 500, "count": 1}
 *        the next `count` list queries of that collection answer `status` (problem+json)
 *   GET  /test-api/collections/_state   {queries: {path: n}}  list queries answered per collection
 */
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { problem, readJson, reply } from './stub-http.mjs';

const PREFIX = '/test-api/collections/';
const clientReady = tsImport('@gongkai/client', import.meta.url);
const readFixture = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const { collectionPath, sidePaths } = await clientReady;
/** Collection path (from @gongkai/client's rest-paths.ts, not spelt here) → its kind and fixture file. */
const FILES = {
  [collectionPath('power-catalog')]: { kind: 'power-catalog', file: '../fixtures/data/power-catalog.json' },
  [collectionPath('disclosure-directory')]: { kind: 'disclosure-directory', file: '../../packages/disclosure-directory/test/fixtures/disclosure-directory.json' },
};

/** collection path → { source, file }: built once, on first use. */
const collections = new Map();
const state = { failures: [], queries: {} };

function reset() {
  state.failures = [];
  state.queries = {};
}

async function collection(path) {
  if (!collections.has(path)) {
    const { InMemorySource, kindConfig } = await clientReady;
    const { kind, file } = FILES[path];
    const data = readFixture(file);
    collections.set(path, { source: new InMemorySource(data, kind), data, facetNames: kindConfig(kind).facetNames });
  }
  return collections.get(path);
}

async function listItems(ctx, path) {
  state.queries[path] = (state.queries[path] ?? 0) + 1;
  const index = state.failures.findIndex((f) => f.path === path);
  if (index >= 0) {
    const [failure] = state.failures.splice(index, 1);
    return problem(ctx, failure.status, '服务器内部错误，请稍后再试');
  }
  const { source, facetNames } = await collection(path);
  const query = ctx.query;
  const filters = {};
  for (const name of facetNames) filters[name] = [].concat(query[name] ?? []).filter(Boolean);
  const number = (value, fallback) => Math.max(1, Number.parseInt(value ?? '', 10) || fallback);
  const result = await source.query({
    q: typeof query.q === 'string' ? query.q : undefined,
    filters,
    sort: typeof query.sort === 'string' ? query.sort : undefined,
    page: number(query.page, 1),
    pageSize: Math.min(100, number(query.pageSize, 20)),
  });
  reply(ctx, 200, result);
}

async function getItem(ctx, path, id) {
  const { source } = await collection(path);
  const item = await source.get(id);
  if (!item) return problem(ctx, 404, '未找到');
  reply(ctx, 200, item);
}

async function control(ctx) {
  const parsed = await readJson(ctx);
  const body = parsed.ok && parsed.value && typeof parsed.value === 'object' ? parsed.value : {};
  if (body.reset) reset();
  if (typeof body.failGet === 'string' && body.failGet in FILES) {
    for (let i = 0; i < (body.count ?? 1); i++) state.failures.push({ path: body.failGet, status: Number(body.status ?? 500) });
  }
  reply(ctx, 200, { ok: true, pendingFailures: state.failures.length });
}

/** Koa middleware for @web/test-runner; must come before restContractStub (it 404s the rest of /test-api/). */
export async function collectionStub(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const path = ctx.path.slice(PREFIX.length);
  const method = ctx.method;
  if (method === 'POST' && path === '_control') return control(ctx);
  if (method !== 'GET') return problem(ctx, 405, '不支持的请求方法');
  if (path === '_state') return reply(ctx, 200, { queries: state.queries });
  const directory = collectionPath('disclosure-directory');
  const [categoriesPath, guidePath] = sidePaths('disclosure-directory');
  if (path === categoriesPath) return reply(ctx, 200, (await collection(directory)).data.categories);
  if (path === guidePath) return reply(ctx, 200, (await collection(directory)).data.guide);
  if (path in FILES) return listItems(ctx, path);
  for (const collectionPath of Object.keys(FILES)) {
    if (path.startsWith(`${collectionPath}/`)) return getItem(ctx, collectionPath, decodeURIComponent(path.slice(collectionPath.length + 1)));
  }
  return problem(ctx, 404, '未找到');
}

export default collectionStub;
