import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDataFile } from '@gongkai/schema';
import { InMemorySource } from '@gongkai/client';
import { buildCategoryIndex, categoryPath, type CategoryNode } from '../src/category-tree.js';
import { textParagraphs } from '../src/plain-text.js';
import { findExactDocument } from '../src/exact-match.js';
import { CATEGORIES, directoryFile, generateDocuments } from './fixtures/documents.js';
import type { DisclosureDocument } from '@gongkai/schema';

describe('category tree', () => {
  it('groups categories by scheme, children inheriting their root scheme', () => {
    const index = buildCategoryIndex(CATEGORIES);
    assert.deepEqual(index.schemes.map((s) => s.scheme), ['topic', 'genre', 'audience']);
    assert.deepEqual(index.schemes[0]!.roots.map((r) => r.id), ['t-gov', 't-fin', 't-law', 't-service']);
    assert.equal(index.byId.get('t-fin-budget')!.scheme, 'topic');
    assert.deepEqual(index.byId.get('t-fin')!.children.map((n) => n.id), ['t-fin-budget', 't-fin-fees']);
    assert.deepEqual(categoryPath(index.byId.get('t-law-norm')!), ['法规文件', '规范性文件']);
  });

  it('turns loops, unknown parents and repeated ids into roots without hanging', () => {
    const index = buildCategoryIndex([
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
      { id: 'c', name: 'C', parentId: 'nowhere' },
      { id: 'c', name: 'C again' },
      { id: 'd', name: 'D', parentId: 'd' },
      { id: 'e', name: 'E', parentId: 'c', scheme: 'genre' },
    ]);
    const roots = index.schemes.flatMap((s) => s.roots.map((r) => r.id));
    assert.deepEqual(roots.sort(), ['a', 'b', 'c', 'd']);
    assert.equal(index.byId.get('c')!.name, 'C');
    assert.deepEqual(index.byId.get('c')!.children.map((n) => n.id), ['e']);
  });

  it('counts and filters each category over its whole subtree, every document once', async () => {
    const docs = generateDocuments(500, 3);
    // Filed under a category and its ancestor, and under two siblings: each counts once above.
    docs[0] = { ...docs[0]!, categoryIds: ['t-fin', 't-fin-budget'] };
    docs[1] = { ...docs[1]!, categoryIds: ['t-fin-budget', 't-fin-fees'] };
    docs[2] = { ...docs[2]!, categoryIds: ['no-such-category'] };
    const index = buildCategoryIndex(CATEGORIES);
    const source = new InMemorySource(directoryFile(docs), 'disclosure-directory');
    const result = await source.query({ pageSize: 1 });
    const counts = new Map((result.facets!['category'] ?? []).map((f) => [f.value, f.count] as const));
    const subtree = (node: CategoryNode): string[] => [node.id, ...node.children.flatMap(subtree)];
    for (const node of index.byId.values()) {
      const ids = new Set(subtree(node));
      const expected = docs.filter((d) => d.categoryIds.some((id) => ids.has(id))).length;
      assert.equal(counts.get(node.id) ?? 0, expected, node.id);
      const filtered = await source.query({ filters: { category: [node.id] }, pageSize: 1 });
      assert.equal(filtered.total, expected, `filter ${node.id}`);
    }
    // An id the category list does not know is counted and filterable as given.
    assert.equal(counts.get('no-such-category'), 1);
  });

  it('counts over the tree it shows when the parent chain loops', async () => {
    const categories = [
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
      { id: 'c', name: 'C', parentId: 'a' },
    ];
    const docs = generateDocuments(3, 1).map((d, i) => ({ ...d, categoryIds: [['a', 'b', 'c'][i]!] }));
    const source = new InMemorySource({ ...directoryFile(docs), categories }, 'disclosure-directory');
    const counts = new Map(((await source.query({})).facets!['category'] ?? []).map((f) => [f.value, f.count] as const));
    assert.deepEqual(buildCategoryIndex(categories).schemes[0]!.roots.map((r) => r.id), ['a', 'b', 'c']);
    assert.deepEqual([counts.get('a'), counts.get('b'), counts.get('c')], [1, 1, 1]);
  });
});

describe('plain-text bodies', () => {
  it('keeps paragraphs, drops blank lines made of spaces and shrinks layout spacing', () => {
    const text = '第一段\r\n\u00a0\n\n\u3000\u3000第二段  有空格\n' + '\u00a0'.repeat(30) + '示例市人民政府\n\t\n';
    assert.deepEqual(textParagraphs(text), ['第一段', '第二段 有空格', '示例市人民政府']);
  });
});

describe('exact 索引号 / 文号', () => {
  const docs: DisclosureDocument[] = [
    ...generateDocuments(200, 4),
    { id: 'x', indexNumber: '1312312345/2014-11204', title: '衡阳市人民政府办公室关于印发《推进行政权力网上公开运行工作实施方案》的通知', publisher: '衡阳市人民政府办公室', publishedAt: '2014-05-08', categoryIds: [], documentNumber: '衡政办函〔2014〕36号' },
    { id: 'y', indexNumber: '1312312345/2014-11205', title: '转发衡政办函〔2014〕36号的通知', publisher: '衡阳市人民政府办公室', publishedAt: '2014-05-09', categoryIds: [], documentNumber: '衡政办函〔2014〕3号' },
  ];
  const source = new InMemorySource(directoryFile(docs), 'disclosure-directory');

  it('finds a 文号 typed with other brackets, full-width or spaces, and an 索引号', async () => {
    assert.equal((await findExactDocument(source, '衡政办函[2014]36号'))?.id, 'x');
    assert.equal((await findExactDocument(source, ' 衡政办函（2014）36号 '))?.id, 'x');
    assert.equal((await findExactDocument(source, '衡政辦函〔２０１４〕３６號'))?.id, 'x');
    assert.equal((await findExactDocument(source, '1312312345/2014-11204'))?.id, 'x');
    assert.equal((await findExactDocument(source, '衡政办函[2014]3号'))?.id, 'y');
  });

  it('does not jump for partial numbers or plain words', async () => {
    assert.equal(await findExactDocument(source, '衡政办函[2014]'), undefined);
    assert.equal(await findExactDocument(source, '数字政府'), undefined);
    assert.equal(await findExactDocument(source, '1312312345/2014'), undefined);
  });
});

describe('fixture files', () => {
  it('the generated file is valid, and every category id exists', () => {
    const result = parseDataFile(directoryFile(generateDocuments(300, 5)), { expectedKind: 'disclosure-directory' });
    assert.equal(result.ok, true);
    if (result.ok) {
      assert.equal(result.skippedCount, 0);
      assert.deepEqual(result.warnings, []);
    }
  });
});
