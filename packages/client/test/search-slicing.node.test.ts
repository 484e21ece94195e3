/**
 * The first search of a large collection builds the index in time slices: the event loop
 * keeps running (a page stays responsive), and the answers equal a plain substring scan.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InMemorySource } from '../src/sources/in-memory-source.js';

function directory(count: number) {
  const words = ['数字政府', '营商环境', '公积金', '城市更新', '政务公开', '养老服务', '生态环境', '教育'];
  return {
    schemaVersion: 1,
    kind: 'disclosure-directory',
    publisher: { id: 'x', name: '示例市人民政府' },
    updatedAt: '2026-11-01',
    categories: [{ id: 'c1', name: '综合政务' }],
    documents: Array.from({ length: count }, (_, i) => ({
      id: `d${i}`,
      indexNumber: `11370100MB1234567X/2025-${String(i).padStart(5, '0')}`,
      title: `示例市关于推进${words[i % words.length]}工作的通知（第${i}号）`,
      publisher: '示例市人民政府办公室',
      publishedAt: '2025-06-01',
      categoryIds: ['c1'],
      body: { format: 'text', content: `为进一步做好${words[(i * 7) % words.length]}工作，现将有关事项通知如下。`.repeat(20) },
    })),
  };
}

describe('sliced search index', () => {
  it('lets the event loop run while the first search builds the index, and finds the same documents', async () => {
    const file = directory(30_000);
    const source = new InMemorySource(file, 'disclosure-directory');
    await source.load();
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const result = await source.query({ q: '城市更新', pageSize: 5 });
    running = false;
    const expected = file.documents.filter((d) => d.title.includes('城市更新') || d.body.content.includes('城市更新')).length;
    assert.equal(result.total, expected);
    assert.ok(ticks > 5, `the event loop ran ${ticks} times while indexing`);
    // Later searches reuse the index.
    assert.equal((await source.query({ q: '公积金', pageSize: 5 })).total, file.documents.filter((d) => d.title.includes('公积金') || d.body.content.includes('公积金')).length);
  });
});
