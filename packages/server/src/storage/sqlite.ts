/**
 * SQLite through better-sqlite3: WAL journal, synchronous FULL (a commit is on disk before the
 * 201 leaves), a busy timeout for other processes on the same file, and one writer: the driver
 * is synchronous, but a transaction callback is async (the Store is shared with PostgreSQL), so
 * transactions are queued and never interleave on the single connection.
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import { UniqueViolation, type Db, type Row, type SqlValue, type Tx } from './db.js';

export interface SqliteOptions {
  /** Milliseconds to wait for a lock held by another process. */
  busyTimeoutMs?: number;
}

export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  /** Tail of the queue of transactions: the one-writer rule. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly tx: Tx;

  constructor(file: string, options: SqliteOptions = {}) {
    ownerOnly(file);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // SQLite gives -wal and -shm the main file's mode; files left by an older version are tightened.
    ownerOnly(file);
    this.db.pragma('synchronous = FULL');
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    this.db.pragma('foreign_keys = ON');
    const statements = new Map<string, Database.Statement>();
    const prepare = (sql: string): Database.Statement => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = this.db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    };
    const wrap = <T>(fn: () => T): T => {
      try {
        return fn();
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT_PRIMARYKEY') || (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new UniqueViolation(error);
        }
        throw error;
      }
    };
    this.tx = {
      all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) => wrap(() => prepare(sql).all(...params) as T[]),
      get: async <T extends object>(sql: string, params: readonly SqlValue[] = []) => wrap(() => prepare(sql).get(...params) as T | undefined),
      run: async (sql: string, params: readonly SqlValue[] = []) => wrap(() => ({ changes: prepare(sql).run(...params).changes })),
      // One process, one writer: the in-process guard of the Store is enough.
      tryLock: async () => true,
      waitLock: async () => undefined,
    };
  }

  /** The journal mode actually in force (tests check it is WAL). */
  pragma(name: string): unknown {
    return this.db.pragma(name, { simple: true });
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      // IMMEDIATE takes the write lock at once, so a second process waits (busy timeout)
      // instead of failing at its first write.
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.tx);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    // Queued too: on the shared connection a read in the middle of another request's
    // transaction would see its uncommitted rows.
    return this.enqueue(() => fn(this.tx));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}

/**
 * The database holds personal data: its file, -wal and -shm are readable by the owner only
 * (0600; docs/security.md, "Secrets and files"). A new file is created 0600 before SQLite opens
 * it, whatever the umask; existing files with wider modes are narrowed.
 */
function ownerOnly(file: string): void {
  if (file === '' || file === ':memory:' || file.startsWith('file:')) return;
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path) && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  }
}
