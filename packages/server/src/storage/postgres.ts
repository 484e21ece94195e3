/**
 * PostgreSQL through node-postgres (pg): a connection pool, one client per transaction,
 * `?` placeholders rewritten to `$n`, and advisory transaction locks so that the same
 * Idempotency-Key in flight on two server processes is detected (409) instead of raced.
 */
import pg from 'pg';
import { UniqueViolation, type Db, type Row, type SqlValue, type Tx } from './db.js';

/** `?` → `$1, $2, …` (the shared SQL never has a literal question mark). */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// Numbers come back as strings for BIGINT and COUNT(*); the Store converts with Number().

export interface PostgresOptions {
  max?: number;
  /** Milliseconds a statement may wait for a lock before failing (mirrors SQLite's busy timeout). */
  lockTimeoutMs?: number;
}

export class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly pool: pg.Pool;

  constructor(connectionString: string, options: PostgresOptions = {}) {
    this.pool = new pg.Pool({
      connectionString,
      max: options.max ?? 10,
      options: `-c lock_timeout=${Math.floor(options.lockTimeoutMs ?? 5000)}`,
    });
    // An idle client that loses its connection must not crash the server.
    this.pool.on('error', () => undefined);
  }

  private txFor(client: pg.PoolClient): Tx {
    const query = async <T extends object>(sql: string, params: readonly SqlValue[] = []): Promise<pg.QueryResult<T>> => {
      try {
        return await client.query<T>(toPgPlaceholders(sql), params as SqlValue[]);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new UniqueViolation(error);
        throw error;
      }
    };
    return {
      all: async <T extends object>(sql: string, params?: readonly SqlValue[]) => (await query<T>(sql, params)).rows,
      get: async <T extends object>(sql: string, params?: readonly SqlValue[]) => (await query<T>(sql, params)).rows[0],
      run: async (sql: string, params?: readonly SqlValue[]) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
      tryLock: async (key: string) => {
        const row = (await query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0)) AS locked', [key])).rows[0];
        return row?.locked === true;
      },
      waitLock: async (key: string) => {
        await query('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
      },
    };
  }

  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const result = await fn(this.txFor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }

  async read<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await fn(this.txFor(client));
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
