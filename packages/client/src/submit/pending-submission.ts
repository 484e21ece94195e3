/**
 * Remembers, across a reload, that a submission was started and with which Idempotency-Key, so
 * that the next submission of the form reuses that key and the server — the only party that
 * still has the full body — decides whether it is the same application: the same body replays
 * the first answer (one application, its receipt shown), another body is refused with
 * `422 urn:gongkai:problem:idempotency-key-reused` (nothing filed twice unless the person then
 * explicitly chooses to send it as new).
 *
 * Why not re-create the key after a reload: the ID number, phone and e-mail are never stored
 * (docs/design.md §6), so the person retypes them, and a fresh key would let a first attempt that reached
 * the server (its answer lost) and the resend both be filed.
 *
 * What is stored (sessionStorage, one record per form): a random key, when the submission started
 * and when the record expires. Nothing the person typed, no digest of it: a digest of an ID
 * number can be brute-forced, and even a digest of the free-text answers would let the next user
 * of a shared computer confirm a guess. That is also why there is no "fingerprint" deciding
 * whether to reuse the key: as long as a record is pending, every submission of that form reuses
 * it, and the server's answer tells the two cases apart. The key itself discloses nothing: the
 * server replays a receipt only for a byte-identical body, personal fields included.
 *
 * The record is not a draft: it is kept also when drafts are off ("shared computer"), because
 * losing it is exactly what files an application twice. It is removed on a 201, when the person
 * discards the form, or when they choose "send as a new application"; it expires after 24 hours.
 * Storage that is missing or throws makes the store fall back to memory (this element instance
 * only), which still protects a "back to the form, change, resend" within the page.
 */
import type { SourceError } from '../sources/source-error.js';

export interface PendingSubmission {
  idempotencyKey: string;
  /** Epoch ms of the last start of a submission with this key. */
  startedAt: number;
}

export interface PendingSubmissionStoreOptions {
  /** Storage key, e.g. `gongkai:disclosure-request:pending`. */
  key: string;
  /** Default 24 hours. */
  ttlMs?: number;
  /** Default: globalThis.sessionStorage when available. */
  storage?: Storage | undefined;
  /** Injectable clock for tests. */
  now?: () => number;
}

export const PENDING_TTL_MS = 24 * 60 * 60 * 1000;

/** The problem `type` of the contract's "this key was already used for another body" (docs/design.md §5). */
export const KEY_REUSED_PROBLEM = 'urn:gongkai:problem:idempotency-key-reused';

/** Only keys of the shape createIdempotencyKey makes are accepted: no caller can smuggle typed text into the record. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface StoredPending {
  v: 1;
  idempotencyKey: string;
  startedAt: number;
  expiresAt: number;
}

function defaultStorage(): Storage | undefined {
  try {
    return (globalThis as { sessionStorage?: Storage }).sessionStorage;
  } catch {
    return undefined; // accessing sessionStorage itself throws when storage is blocked
  }
}

function isStoredPending(value: unknown): value is StoredPending {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<StoredPending>;
  return record.v === 1 && typeof record.idempotencyKey === 'string' && UUID.test(record.idempotencyKey)
    && typeof record.startedAt === 'number' && typeof record.expiresAt === 'number';
}

export class PendingSubmissionStore {
  readonly key: string;
  #ttlMs: number;
  #storage: Storage | undefined;
  #now: () => number;
  /** Used when storage is missing or throws. */
  #memory: StoredPending | undefined;

  constructor(options: PendingSubmissionStoreOptions) {
    this.key = options.key;
    this.#ttlMs = options.ttlMs ?? PENDING_TTL_MS;
    this.#storage = 'storage' in options ? options.storage : defaultStorage();
    this.#now = options.now ?? Date.now;
  }

  /** Records that a submission with `idempotencyKey` (a createIdempotencyKey UUID) is starting. */
  begin(idempotencyKey: string): void {
    if (!UUID.test(idempotencyKey)) throw new TypeError('PendingSubmissionStore: the key must be a UUID from createIdempotencyKey');
    const now = this.#now();
    const record: StoredPending = { v: 1, idempotencyKey, startedAt: now, expiresAt: now + this.#ttlMs };
    this.#memory = record;
    try {
      this.#storage?.setItem(this.key, JSON.stringify(record));
    } catch {
      // Quota or blocked storage: the memory copy still covers this page.
    }
  }

  /** The pending submission, or undefined when none, expired or unreadable. */
  load(): PendingSubmission | undefined {
    let record: unknown = this.#memory;
    if (this.#storage) {
      let raw: string | null = null;
      try {
        raw = this.#storage.getItem(this.key);
        record = undefined;
      } catch {
        // Blocked storage: the memory copy stands in.
      }
      if (raw) {
        try {
          record = JSON.parse(raw);
        } catch {
          record = null; // unreadable: dropped below
        }
      }
    }
    if (record === undefined) return undefined;
    if (!isStoredPending(record) || record.expiresAt <= this.#now()) {
      this.clear();
      return undefined;
    }
    return { idempotencyKey: record.idempotencyKey, startedAt: record.startedAt };
  }

  /** The key to send with: the pending one if any (a reload or a resend after a change), else `fresh`. */
  keyFor(fresh: string): string {
    return this.load()?.idempotencyKey ?? fresh;
  }

  clear(): void {
    this.#memory = undefined;
    try {
      this.#storage?.removeItem(this.key);
    } catch {
      // nothing to clear
    }
  }
}

/** The server refused because this key was already used with another body (an earlier copy may be filed). */
export function isKeyReused(error: unknown): boolean {
  const sourceError = error as Partial<SourceError> | undefined;
  return sourceError?.code === 'http' && sourceError.status === 422 && sourceError.problem?.type === KEY_REUSED_PROBLEM;
}
