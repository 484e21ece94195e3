import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDataFile } from '@gongkai/schema';
import { InMemorySource } from '@gongkai/client';
import { buildCategoryIndex, categoryPath, rollUpCounts, subtreeIds } from '../src/category-tree.js';
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
    assert.deepEqual(subtreeIds(index.byId.get('t-fin')!), ['t-fin', 't-fin-budget', 't-fin-fees']);
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

  it('rolls counts up to every ancestor and matches a count over the documents', async () => {
    const docs = generateDocuments(500, 3);
    const index = buildCategoryIndex(CATEGORIES);
    const source = new InMemorySource(directoryFile(docs), 'disclosure-directory');
    const result = await source.query({ pageSize: 1 });
    const own = new Map((result.facets!['category'] ?? []).map((f) => [f.value, f.count] as const));
    const rolled = rollUpCounts(index, own);
    for (const node of index.byId.values()) {
      const ids = new Set(subtreeIds(node));
      const expected = docs.filter((d) => d.categoryIds.some((id) => ids.has(id))).length;
      assert.equal(rolled.get(node.id), expected, node.id);
    }
    // Choosing a parent filters by its whole subtree.
    const fin = await source.query({ filters: { category: subtreeIds(index.byId.get('t-fin')!) }, pageSize: 1 });
    assert.equal(fin.total, rolled.get('t-fin'));
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
