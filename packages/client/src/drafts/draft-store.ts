/**
 * Drafts of a form in sessionStorage, so a reload or a failed submit does not lose what a
 * citizen typed (docs/design.md §6) — but only the fields named in an explicit allow-list, so ID
 * numbers, phone numbers and e-mail addresses never reach browser storage. As a second guard,
 * a field whose NAME looks like one of those is refused when the store is created.
 *
 * Drafts expire (default 24 hours) and are removed when read after expiry. Storage that is
 * missing or throws (private modes, disabled storage, quota) makes the store a no-op: drafts
 * are a convenience, never a reason for a form to fail.
 */

/** A value a draft can hold: form fields are text, switches or multi-selects. */
export type DraftValue = string | boolean | string[];

export interface DraftStoreOptions {
  /** Storage key, e.g. `gongkai:disclosure-request:/path`. */
  key: string;
  /** The only fields ever written or read. */
  fields: readonly string[];
  /** Default 24 hours. */
  ttlMs?: number;
  /** Default: globalThis.sessionStorage when available. */
  storage?: Storage | undefined;
  /** Injectable clock for tests. */
  now?: () => number;
}

/** Field names that must never be stored, whatever the allow-list says. */
const SENSITIVE_NAME = /id.?(number|no|card)|credential|passport|phone|mobile|tel(?:ephone)?$|e-?mail|password/i;

export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

interface StoredDraft {
  v: 1;
  savedAt: number;
  expiresAt: number;
  values: Record<string, DraftValue>;
}

function defaultStorage(): Storage | undefined {
  try {
    return (globalThis as { sessionStorage?: Storage }).sessionStorage;
  } catch {
    return undefined; // accessing sessionStorage itself throws when storage is blocked
  }
}

function isDraftValue(value: unknown): value is DraftValue {
  return typeof value === 'string' || typeof value === 'boolean' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

export class DraftStore<T extends Record<string, unknown> = Record<string, DraftValue>> {
  readonly key: string;
  readonly fields: readonly string[];
  #ttlMs: number;
  #storage: Storage | undefined;
  #now: () => number;

  constructor(options: DraftStoreOptions) {
    const refused = options.fields.filter((field) => SENSITIVE_NAME.test(field));
    if (refused.length > 0) throw new TypeError(`DraftStore: these fields look sensitive and may not be stored: ${refused.join(', ')}`);
    this.key = options.key;
    this.fields = [...options.fields];
    this.#ttlMs = options.ttlMs ?? DRAFT_TTL_MS;
    this.#storage = 'storage' in options ? options.storage : defaultStorage();
    this.#now = options.now ?? Date.now;
  }

  #pick(values: Readonly<Record<string, unknown>>): Record<string, DraftValue> {
    const picked: Record<string, DraftValue> = {};
    for (const field of this.fields) {
      const value = values[field];
      if (isDraftValue(value)) picked[field] = Array.isArray(value) ? [...value] : value;
    }
    return picked;
  }

  /** Writes the allow-listed fields of `values`; everything else is ignored. */
  save(values: Readonly<Partial<T>>): void {
    const now = this.#now();
    const draft: StoredDraft = { v: 1, savedAt: now, expiresAt: now + this.#ttlMs, values: this.#pick(values) };
    try {
      this.#storage?.setItem(this.key, JSON.stringify(draft));
    } catch {
      // Quota or blocked storage: keep working without a draft.
    }
  }

  /** The saved values (allow-listed fields only), or undefined when none, expired or unreadable. */
  load(): Partial<T> | undefined {
    let raw: string | null | undefined;
    try {
      raw = this.#storage?.getItem(this.key);
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    try {
      const draft = JSON.parse(raw) as Partial<StoredDraft>;
      if (draft.v !== 1 || typeof draft.expiresAt !== 'number' || typeof draft.values !== 'object' || draft.values === null) {
        this.clear();
        return undefined;
      }
      if (draft.expiresAt <= this.#now()) {
        this.clear();
        return undefined;
      }
      // Filter again on the way out: a draft written by an older version may hold more.
      return this.#pick(draft.values) as Partial<T>;
    } catch {
      this.clear();
      return undefined;
    }
  }

  clear(): void {
    try {
      this.#storage?.removeItem(this.key);
    } catch {
      // nothing to clear
    }
  }
}
