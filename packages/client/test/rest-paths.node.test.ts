/**
 * The collection paths of the REST contract come from one place (src/sources/rest-paths.ts over
 * the kind table): each kind's path, its side resources, and item ids encoded as one segment, so
 * a hostile id can never reach another path on the server. Run:
 * node --import tsx --test packages/client/test/rest-paths.node.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { collectionPath, itemPath, sidePaths, RemoteApiSource } from '../src/index.js';
import { sendJson, startServer } from './fixtures.js';

describe('REST collection paths', () => {
  it('names the contract path of every kind and its side resources (docs/design.md §5)', () => {
    assert.equal(collectionPath('power-catalog'), 'power-items');
    assert.equal(collectionPath('disclosure-directory'), 'disclosure/documents');
    assert.equal(collectionPath('agency-directory'), 'agencies');
    assert.equal(collectionPath('mailbox-letters'), 'mailbox/letters');
    assert.deepEqual(sidePaths('disclosure-directory'), ['disclosure/categories', 'disclosure/guide']);
    assert.deepEqual(sidePaths('mailbox-letters'), ['mailbox/stats']);
    assert.deepEqual(sidePaths('power-catalog'), []);
  });

  const hostile: Array<[string, string]> = [
    ['a plain id', 'pc-001'],
    ['a 索引号 with slashes', '11430400/2026-00001'],
    ['a climb to another path', '../../staff/audit'],
    ['a query string', 'x?status=all'],
    ['a fragment', 'x#y'],
    ['a percent sign', '100%'],
    ['Chinese and full-width brackets', '衡政办函〔2026〕1号'],
    ['spaces and a backslash', ' a\\b '],
  ];
  for (const [name, id] of hostile) {
    it(`keeps ${name} inside one path segment`, () => {
      const path = itemPath('disclosure/documents', id);
      assert.ok(path.startsWith('disclosure/documents/'));
      const segment = path.slice('disclosure/documents/'.length);
      assert.ok(!/[/?#\\]/.test(segment), segment);
      assert.equal(decodeURIComponent(segment), id);
      const url = new URL(path, 'https://gov.example/api/');
      assert.equal(url.pathname.split('/').length, 5, url.pathname);
      assert.equal(url.search, '');
      assert.equal(url.hash, '');
    });
  }

  it('is what RemoteApiSource asks a real server for', async () => {
    const server = await startServer((_req, res, url) => {
      if (url.pathname.startsWith('/api/power-items/')) return sendJson(res, { id: decodeURIComponent(url.pathname.slice('/api/power-items/'.length)) });
      return sendJson(res, { title: 'Not Found', status: 404 }, 404, 'application/problem+json');
    });
    try {
      const source = new RemoteApiSource({ api: `${server.base}api`, kind: 'power-catalog' });
      const item = await source.get('../../staff/audit?x#y');
      assert.deepEqual(item, { id: '../../staff/audit?x#y' });
      assert.deepEqual(server.requests, [`GET /api/${itemPath('power-items', '../../staff/audit?x#y')}`]);
    } finally {
      await server.close();
    }
  });
});
