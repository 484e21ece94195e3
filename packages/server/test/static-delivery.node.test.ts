/**
 * Static files as a CDN would want them: precompressed siblings, gzip on the fly, ETags and 304s,
 * a year of caching for content-hashed names and revalidation for everything else
 * (static-delivery.ts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startServer, type StartedServer } from '../src/index.js';
import { acceptedEncodings, isContentHashed } from '../src/static-delivery.js';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A raw GET or HEAD (fetch would decompress and hide what was sent). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const script = `export const big = ${JSON.stringify('公开'.repeat(3000))};\n`;
const data = JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ id: `item-${i}`, name: `事项${i}` })) });

describe('static delivery: encodings, validators and cache policy', () => {
  let root: string;
  let server: StartedServer;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'gongkai-delivery-'));
    mkdirSync(join(root, 'chunks'));
    writeFileSync(join(root, 'chunks', 'view-Bc8UlWp_.js'), script);
    writeFileSync(join(root, 'chunks', 'view-Bc8UlWp_.js.br'), brotliCompressSync(script));
    writeFileSync(join(root, 'chunks', 'view-Bc8UlWp_.js.gz'), gzipSync(script));
    writeFileSync(join(root, 'gongkai.js'), script);
    writeFileSync(join(root, 'gongkai.js.br'), brotliCompressSync(script));
    writeFileSync(join(root, 'data.json'), data);
    writeFileSync(join(root, 'tiny.txt'), 'small');
    writeFileSync(join(root, 'logo.png'), Buffer.alloc(4000, 1));
    writeFileSync(join(root, 'stale.js'), script);
    writeFileSync(join(root, 'stale.js.br'), brotliCompressSync('export const old = 1;'));
    const past = new Date(Date.now() - 3600_000);
    utimesSync(join(root, 'stale.js.br'), past, past);
    server = await startServer({ port: 0, db: ':memory:', mounts: [{ prefix: '/site/', dir: root }] });
  });
  after(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('names which files are content-hashed', () => {
    for (const path of ['/gongkai/chunks/search-index-Bc8UlWp_.js', '/x/chunks/zh-Hant-pnDGD8iH.js', '/pub/items.3f9a0c12de.json', '/pub/s/ab.0123456789abcdef.json']) {
      assert.equal(isContentHashed(path), true, path);
    }
    for (const path of ['/gongkai/gongkai.js', '/gongkai/gk-disclosure-directory.js', '/chunks/readme.js', '/data/power-items.json', '/report-20240101.html', '/chunks/short-abc.js']) {
      assert.equal(isContentHashed(path), false, path);
    }
  });

  it('reads Accept-Encoding with q-values and *', () => {
    const table: [string | undefined, string[]][] = [
      [undefined, []], ['', []], ['gzip, deflate, br', ['br', 'gzip']], ['br;q=0, gzip', ['gzip']], ['gzip;q=0.5', ['gzip']],
      ['*', ['br', 'gzip']], ['*;q=0', []], ['*, br;q=0', ['gzip']], ['identity', []], ['GZIP', ['gzip']], ['br;q=nonsense', []],
    ];
    for (const [header, expected] of table) assert.deepEqual(acceptedEncodings(header), expected, String(header));
  });

  it('sends the brotli sibling to a client that accepts br, the gzip sibling otherwise, and the file to one that accepts neither', async () => {
    const url = `${server.url}site/chunks/view-Bc8UlWp_.js`;
    const br = await get(url, { 'accept-encoding': 'gzip, br' });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.body).toString(), script);
    assert.equal(br.headers['vary'], 'Accept-Encoding');
    assert.match(String(br.headers['content-type']), /^text\/javascript/);
    const gz = await get(url, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), script);
    const plain = await get(url);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), script);
    const etags = new Set([br, gz, plain].map((a) => a.headers['etag']));
    assert.equal(etags.size, 3, 'each representation has its own ETag');
  });

  it('caches hashed chunks for a year and revalidates everything else', async () => {
    assert.equal((await get(`${server.url}site/chunks/view-Bc8UlWp_.js`)).headers['cache-control'], 'public, max-age=31536000, immutable');
    for (const path of ['gongkai.js', 'data.json', 'tiny.txt', 'logo.png']) {
      assert.equal((await get(`${server.url}site/${path}`)).headers['cache-control'], 'no-cache', path);
    }
  });

  it('gzips a large text file without a sibling on the fly, and leaves small and binary files alone', async () => {
    const json = await get(`${server.url}site/data.json`, { 'accept-encoding': 'br, gzip' });
    assert.equal(json.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(json.body).toString(), data);
    assert.ok(json.body.length < data.length / 3, `${json.body.length} bytes`);
    const noGzip = await get(`${server.url}site/data.json`, { 'accept-encoding': 'br' });
    assert.equal(noGzip.headers['content-encoding'], undefined, 'no br sibling and no on-the-fly br');
    assert.equal(noGzip.body.toString(), data);
    const tiny = await get(`${server.url}site/tiny.txt`, { 'accept-encoding': 'gzip' });
    assert.equal(tiny.headers['content-encoding'], undefined);
    const png = await get(`${server.url}site/logo.png`, { 'accept-encoding': 'gzip' });
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.headers['vary'], undefined);
    assert.equal(png.body.length, 4000);
  });

  it('ignores a sibling older than its file (a build that did not rewrite it)', async () => {
    const answer = await get(`${server.url}site/stale.js`, { 'accept-encoding': 'br' });
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.equal(answer.body.toString(), script);
  });

  it('answers 304 with no body when If-None-Match names the current representation, 200 when it does not', async () => {
    for (const [path, encoding] of [['gongkai.js', 'br'], ['data.json', 'gzip'], ['logo.png', '']] as const) {
      const url = `${server.url}site/${path}`;
      const first = await get(url, { 'accept-encoding': encoding });
      const etag = String(first.headers['etag']);
      const again = await get(url, { 'accept-encoding': encoding, 'if-none-match': etag });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers['etag'], etag);
      assert.equal((await get(url, { 'accept-encoding': encoding, 'if-none-match': `W/${etag}, "other"` })).status, 304, `${path}: weak comparison`);
      assert.equal((await get(url, { 'accept-encoding': encoding, 'if-none-match': '"stale"' })).status, 200, path);
    }
    // The brotli ETag does not validate the plain body.
    const brTag = String((await get(`${server.url}site/gongkai.js`, { 'accept-encoding': 'br' })).headers['etag']);
    assert.equal((await get(`${server.url}site/gongkai.js`, { 'if-none-match': brTag })).status, 200);
  });

  it('HEAD gives the representation\'s length when it is known', async () => {
    const head = await get(`${server.url}site/chunks/view-Bc8UlWp_.js`, { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(Number(head.headers['content-length']), brotliCompressSync(script).length);
    assert.equal(head.body.length, 0);
  });
});
