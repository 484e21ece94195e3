import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIdempotencyKey, isKeyReused, KEY_REUSED_PROBLEM, PendingSubmissionStore, PENDING_TTL_MS, submit, SourceError } from '../src/index.js';

/** A Storage with the Web Storage interface, kept in a Map (Node has no sessionStorage). */
class MapStorage implements Storage {
  #map = new Map<string, string>();
  get length(): number { return this.#map.size; }
  clear(): void { this.#map.clear(); }
  getItem(key: string): string | null { return this.#map.get(key) ?? null; }
  key(index: number): string | null { return [...this.#map.keys()][index] ?? null; }
  removeItem(key: string): void { this.#map.delete(key); }
  setItem(key: string, value: string): void { this.#map.set(key, String(value)); }
  raw(key: string): string | null { return this.#map.get(key) ?? null; }
}

/** Storage that throws on every call, as in some private modes. */
class BrokenStorage extends MapStorage {
  override getItem(): string | null { throw new Error('blocked'); }
  override setItem(): void { throw new Error('blocked'); }
  override removeItem(): void { throw new Error('blocked'); }
}

describe('PendingSubmissionStore', () => {
  it('survives a "reload": a new store on the same storage returns the same key', () => {
    const storage = new MapStorage();
    const key = createIdempotencyKey();
    new PendingSubmissionStore({ key: 'p', storage, now: () => 5000 }).begin(key);
    const afterReload = new PendingSubmissionStore({ key: 'p', storage, now: () => 9000 });
    assert.deepEqual(afterReload.load(), { idempotencyKey: key, startedAt: 5000 });
    assert.equal(afterReload.keyFor(createIdempotencyKey()), key);
  });

  it('stores only the key and times: exactly these members, nothing typed', () => {
    const storage = new MapStorage();
    const key = createIdempotencyKey();
    new PendingSubmissionStore({ key: 'p', storage, now: () => 1000 }).begin(key);
    assert.deepEqual(JSON.parse(storage.raw('p')!), { v: 1, idempotencyKey: key, startedAt: 1000, expiresAt: 1000 + PENDING_TTL_MS });
  });

  it('refuses anything but a UUID as the key, so typed text cannot be stored through it', () => {
    const storage = new MapStorage();
    const store = new PendingSubmissionStore({ key: 'p', storage });
    for (const bad of ['11010519491231002X', '13800138000', 'a@b.cn-00000000', '']) assert.throws(() => store.begin(bad), TypeError);
    assert.equal(storage.length, 0);
  });

  it('without a pending record, keyFor returns the fresh key', () => {
    const store = new PendingSubmissionStore({ key: 'p', storage: new MapStorage() });
    const fresh = createIdempotencyKey();
    assert.equal(store.keyFor(fresh), fresh);
  });

  it('clear() removes the record (a 201, a discarded form, "send as new")', () => {
    const storage = new MapStorage();
    const store = new PendingSubmissionStore({ key: 'p', storage });
    store.begin(createIdempotencyKey());
    store.clear();
    assert.equal(storage.raw('p'), null);
    assert.equal(new PendingSubmissionStore({ key: 'p', storage }).load(), undefined);
  });

  it('expires after 24 hours and removes the expired record', () => {
    const storage = new MapStorage();
    let now = 1_000_000;
    const store = new PendingSubmissionStore({ key: 'p', storage, now: () => now });
    store.begin(createIdempotencyKey());
    now += PENDING_TTL_MS - 1;
    assert.ok(store.load());
    now += 1;
    assert.equal(store.load(), undefined);
    assert.equal(storage.raw('p'), null);
  });

  it('drops a malformed or tampered record', () => {
    for (const raw of ['{', 'null', '{"v":1,"idempotencyKey":"11010519491231002X","startedAt":1,"expiresAt":9e15}', '{"v":2}']) {
      const storage = new MapStorage();
      storage.setItem('p', raw);
      assert.equal(new PendingSubmissionStore({ key: 'p', storage }).load(), undefined, raw);
      assert.equal(storage.raw('p'), null, raw);
    }
  });

  it('falls back to memory when storage throws or is missing', () => {
    for (const storage of [new BrokenStorage(), undefined]) {
      const store = new PendingSubmissionStore({ key: 'p', storage });
      const key = createIdempotencyKey();
      store.begin(key);
      assert.equal(store.keyFor(createIdempotencyKey()), key);
      store.clear();
      assert.equal(store.load(), undefined);
    }
  });

  it('keeps one record per form key', () => {
    const storage = new MapStorage();
    const a = createIdempotencyKey();
    const b = createIdempotencyKey();
    new PendingSubmissionStore({ key: 'request', storage }).begin(a);
    new PendingSubmissionStore({ key: 'letter', storage }).begin(b);
    assert.equal(new PendingSubmissionStore({ key: 'request', storage }).load()?.idempotencyKey, a);
    assert.equal(new PendingSubmissionStore({ key: 'letter', storage }).load()?.idempotencyKey, b);
  });
});

describe('isKeyReused', () => {
  it('recognises the contract problem type from a real 422 answer, and nothing else', async () => {
    const answers = [
      { status: 422, body: { type: KEY_REUSED_PROBLEM, title: '该 Idempotency-Key 已用于另一份不同的提交', status: 422 } },
      { status: 422, body: { type: 'urn:gongkai:problem:invalid-body', title: 'x', status: 422, errors: [{ path: 'agencyId', message: 'x' }] } },
    ];
    const server = createServer((request, response) => {
      const answer = answers.shift()!;
      request.resume();
      response.writeHead(answer.status, { 'Content-Type': 'application/problem+json' });
      response.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const outcomes: boolean[] = [];
      for (let i = 0; i < 2; i++) {
        const submission = submit({ api, path: 'x', body: {}, idempotencyKey: createIdempotencyKey(), retryWhenOnline: false });
        outcomes.push(await submission.start().then(() => false, (error: unknown) => isKeyReused(error)));
      }
      assert.deepEqual(outcomes, [true, false]);
      assert.equal(isKeyReused(new SourceError('network', { url: api })), false);
      assert.equal(isKeyReused(undefined), false);
    } finally {
      server.close();
    }
  });
});
