import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DraftStore, DRAFT_TTL_MS } from '../src/index.js';

/** A Storage with the Web Storage interface, kept in a Map (Node has no sessionStorage). */
class MapStorage implements Storage {
  #map = new Map<string, string>();
  get length(): number { return this.#map.size; }
  clear(): void { this.#map.clear(); }
  getItem(key: string): string | null { return this.#map.get(key) ?? null; }
  key(index: number): string | null { return [...this.#map.keys()][index] ?? null; }
  removeItem(key: string): void { this.#map.delete(key); }
  setItem(key: string, value: string): void { this.#map.set(key, String(value)); }
  dump(): string { return [...this.#map.values()].join('\n'); }
}

const FIELDS = ['name', 'description', 'forms', 'agree'] as const;

describe('DraftStore', () => {
  it('stores only allow-listed fields: an ID number, phone and e-mail never reach storage', () => {
    const storage = new MapStorage();
    const store = new DraftStore({ key: 'k', fields: FIELDS, storage });
    store.save({ name: '张三', description: '某年某文件', forms: ['paper'], agree: true, idNumber: '11010519491231002X', phone: '13800138000', email: 'a@b.cn' });
    const raw = storage.dump();
    for (const secret of ['11010519491231002X', '13800138000', 'a@b.cn']) assert.ok(!raw.includes(secret), `${secret} was stored`);
    assert.deepEqual(store.load(), { name: '张三', description: '某年某文件', forms: ['paper'], agree: true });
  });

  it('refuses an allow-list that names a sensitive field', () => {
    for (const field of ['idNumber', 'phone', 'contactPhone', 'email', 'mobile', 'passportNo']) {
      assert.throws(() => new DraftStore({ key: 'k', fields: ['name', field], storage: new MapStorage() }), TypeError, field);
    }
  });

  it('expires after 24 hours by default and removes the expired draft', () => {
    const storage = new MapStorage();
    let now = 1_000_000;
    const store = new DraftStore({ key: 'k', fields: FIELDS, storage, now: () => now });
    store.save({ name: 'a' });
    now += DRAFT_TTL_MS - 1;
    assert.deepEqual(store.load(), { name: 'a' });
    now += 1;
    assert.equal(store.load(), undefined);
    assert.equal(storage.length, 0);
  });

  it('filters on load too, and drops unreadable drafts', () => {
    const storage = new MapStorage();
    storage.setItem('k', JSON.stringify({ v: 1, savedAt: 0, expiresAt: Date.now() + 1000, values: { name: 'a', idNumber: 'x', forms: [1] } }));
    const store = new DraftStore({ key: 'k', fields: FIELDS, storage });
    assert.deepEqual(store.load(), { name: 'a' });
    storage.setItem('k', '{not json');
    assert.equal(store.load(), undefined);
    assert.equal(storage.getItem('k'), null);
  });

  it('clear() removes the draft; missing or throwing storage is a silent no-op', () => {
    const storage = new MapStorage();
    const store = new DraftStore({ key: 'k', fields: FIELDS, storage });
    store.save({ name: 'a' });
    store.clear();
    assert.equal(store.load(), undefined);
    const none = new DraftStore({ key: 'k', fields: FIELDS, storage: undefined });
    none.save({ name: 'a' });
    assert.equal(none.load(), undefined);
    const full = new MapStorage();
    full.setItem = () => { throw new DOMException('quota', 'QuotaExceededError'); };
    assert.doesNotThrow(() => new DraftStore({ key: 'k', fields: FIELDS, storage: full }).save({ name: 'a' }));
  });
});
