import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QueryEngine, runQuery, type FacetDefinition } from '../src/query/index.js';
import type { SearchField } from '../src/search/index.js';

interface Item {
  name: string;
  type: string;
  department: string;
  tags?: string[];
  date?: string;
}

const items: Item[] = [
  { name: '建设工程规划许可', type: 'licensing', department: '自然资源局', tags: ['a', 'b'], date: '2024-01-01' },
  { name: '违法建设处罚', type: 'penalty', department: '住建局', tags: ['a'], date: '2023-05-01' },
  { name: '公积金提取', type: 'publicService', department: '公积金中心', date: '2025-02-01' },
  { name: '施工许可', type: 'licensing', department: '住建局', tags: ['b'] },
  { name: '扬尘处罚', type: 'penalty', department: '生态环境局', tags: ['a'], date: '2024-07-01' },
  { name: '燃气经营许可', type: 'licensing', department: '住建局', date: '2022-03-01' },
];
const facets: Array<FacetDefinition<Item>> = [
  { name: 'type', get: (r) => r.type },
  { name: 'department', get: (r) => r.department },
  { name: 'tag', get: (r) => r.tags },
];
const searchFields: Array<SearchField<Item>> = [{ name: 'name', get: (r) => r.name, weight: 1 }];
const names = (list: Item[]) => list.map((i) => i.name);

/** Brute-force facet counts: text and all filters except the facet's own. */
function expectedCounts(text: string, filters: Record<string, string[]>, facetName: string) {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (text && !item.name.includes(text)) continue;
    const passes = facets.every((f) => {
      if (f.name === facetName) return true;
      const accepted = filters[f.name] ?? [];
      if (accepted.length === 0) return true;
      return [f.get(item) ?? []].flat().some((v) => accepted.includes(v));
    });
    if (!passes) continue;
    for (const v of new Set([facets.find((f) => f.name === facetName)!.get(item) ?? []].flat())) {
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return counts;
}

test('filters: OR within a facet, AND across facets', () => {
  const r = runQuery(items, { facets, filters: { type: ['licensing', 'penalty'], department: ['住建局'] } });
  assert.deepEqual(names(r.items), ['违法建设处罚', '施工许可', '燃气经营许可']);
  assert.equal(r.total, 3);
});

test('facet counts apply the text and every OTHER facet filter', () => {
  const cases: Array<{ text: string; filters: Record<string, string[]> }> = [
    { text: '', filters: {} },
    { text: '', filters: { type: ['licensing'] } },
    { text: '', filters: { type: ['licensing'], department: ['住建局'] } },
    { text: '许可', filters: { department: ['住建局', '自然资源局'] } },
    { text: '处罚', filters: { tag: ['a'], type: ['penalty'] } },
    { text: '', filters: { tag: ['b'], department: ['住建局'], type: ['licensing'] } },
  ];
  for (const { text, filters } of cases) {
    const result = runQuery(items, { text, filters, facets, searchFields });
    for (const facet of facets) {
      const expected = expectedCounts(text, filters, facet.name);
      for (const selected of filters[facet.name] ?? []) if (!expected.has(selected)) expected.set(selected, 0);
      const got = new Map(result.facets[facet.name]!.map((c) => [c.value, c.count]));
      assert.deepEqual(got, expected, `${facet.name} for ${JSON.stringify({ text, filters })}`);
    }
  }
  // Concretely: with type=licensing selected, the type facet still shows penalty's count.
  const r = runQuery(items, { facets, filters: { type: ['licensing'] } });
  assert.deepEqual(r.facets.type, [
    { value: 'licensing', count: 3 },
    { value: 'penalty', count: 2 },
    { value: 'publicService', count: 1 },
  ]);
  assert.deepEqual(r.facets.department, [
    { value: '住建局', count: 2 },
    { value: '自然资源局', count: 1 },
  ]);
});

test('facet counts sort by count desc then value, and keep selected values with zero count', () => {
  const r = runQuery(items, { text: '公积金', searchFields, facets, filters: { department: ['住建局'] } });
  assert.equal(r.total, 0);
  assert.deepEqual(r.facets.department, [
    { value: '公积金中心', count: 1 },
    { value: '住建局', count: 0 },
  ]);
});

test('text query ranks by relevance; explicit sort overrides, missing keys last', () => {
  const byText = runQuery(items, { text: '许可', searchFields });
  assert.deepEqual(names(byText.items), ['施工许可', '燃气经营许可', '建设工程规划许可']);
  const byDate = runQuery(items, { sort: { key: (r) => r.date, direction: 'desc' } });
  assert.deepEqual(names(byDate.items), ['公积金提取', '扬尘处罚', '建设工程规划许可', '违法建设处罚', '燃气经营许可', '施工许可']);
  const asc = runQuery(items, { sort: { key: (r) => r.date } });
  assert.equal(asc.items.at(-1)!.name, '施工许可');
});

test('paging bounds', () => {
  const page2 = runQuery(items, { page: 2, pageSize: 4 });
  assert.deepEqual(
    { page: page2.page, pageCount: page2.pageCount, total: page2.total, n: page2.items.length },
    { page: 2, pageCount: 2, total: 6, n: 2 },
  );
  assert.equal(runQuery(items, { page: 99, pageSize: 4 }).page, 2, 'past the end clamps to the last page');
  assert.equal(runQuery(items, { page: 0, pageSize: 4 }).page, 1);
  assert.equal(runQuery(items, { page: -3, pageSize: 4 }).page, 1);
  assert.equal(runQuery(items, { page: Number.NaN }).page, 1);
  assert.equal(runQuery(items, { pageSize: 0 }).pageSize, 1);
  assert.equal(runQuery(items, { pageSize: 1e9 }).pageSize, 1000);
  assert.equal(runQuery(items, { pageSize: 2.7 }).pageSize, 2);
  const none = runQuery(items, { text: '不存在', searchFields, page: 3 });
  assert.deepEqual({ total: none.total, page: none.page, pageCount: none.pageCount, items: none.items }, { total: 0, page: 1, pageCount: 0, items: [] });
  const exact = runQuery(items, { pageSize: 3, page: 2 });
  assert.deepEqual(names(exact.items), ['施工许可', '扬尘处罚', '燃气经营许可']);
});

test('one search index is reused across queries on the same records', () => {
  const engine = new QueryEngine(items, searchFields);
  const first = engine.searchIndex();
  engine.run({ text: '许可' });
  engine.run({ text: '处罚' });
  assert.equal(engine.searchIndex(), first);
  // runQuery caches by the records array: same hits, and a changed array is not confused with it.
  const copy = [...items, { name: '新增许可', type: 'licensing', department: 'x' }];
  assert.equal(runQuery(items, { text: '许可', searchFields }).total, 3);
  assert.equal(runQuery(copy, { text: '许可', searchFields }).total, 4);
  assert.equal(runQuery(items, { text: '许可', searchFields }).total, 3);
});

test('sorting and counting scale to 200,000 records', () => {
  const many = Array.from({ length: 200_000 }, (_, i) => ({ name: `事项${i}`, type: i % 2 ? 'a' : 'b', department: 'd', date: String(200_000 - i) }));
  const r = runQuery(many, { facets: facets as unknown as Array<FacetDefinition<(typeof many)[number]>>, sort: { key: (x) => Number(x.date) }, pageSize: 2 });
  assert.equal(r.total, 200_000);
  assert.deepEqual(r.items.map((x) => x.name), ['事项199999', '事项199998']);
  assert.deepEqual(r.facets.type, [{ value: 'a', count: 100_000 }, { value: 'b', count: 100_000 }]);
});

test('each kind\'s facet names (REST parameters) are exactly the in-memory engine\'s facets', async () => {
  const { KIND_CONFIGS } = await import('../src/kinds.js');
  const { kindFacets } = await import('../src/query/kind-facets.js');
  for (const config of Object.values(KIND_CONFIGS)) {
    assert.deepEqual(kindFacets(config.kind).map((f) => f.name), [...config.facetNames], config.kind);
  }
});
