/**
 * The one storage interface the server is written against: a transaction runner over a small,
 * portable SQL subset (`?` placeholders, TEXT/INTEGER columns, `ON CONFLICT … DO`, `RETURNING`),
 * implemented for SQLite (./sqlite.ts) and PostgreSQL (./postgres.ts). Everything above this file
 * (the Store, the routes) is shared, so the conformance suite exercises the same SQL on both.
 */

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/** Statements inside one transaction. */
export interface Tx {
  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /**
   * Tries to take a lock on `key` for the rest of the transaction, across processes where the
   * database allows it (PostgreSQL advisory lock). False: another transaction holds it (the
   * same Idempotency-Key is in flight elsewhere) — the caller answers 409.
   */
  tryLock(key: string): Promise<boolean>;
  /** Like tryLock, but waits for the lock (migrations at start-up). */
  waitLock(key: string): Promise<void>;
}

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Read-only statements outside a write transaction. */
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Thrown by implementations when a UNIQUE constraint fails, whatever the driver's own error. */
export class UniqueViolation extends Error {
  constructor(cause: unknown) {
    super('unique constraint violated', { cause });
    this.name = 'UniqueViolation';
  }
}
