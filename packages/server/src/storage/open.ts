import type { Db } from './db.js';
import { migrate } from './migrations.js';
import { PostgresDb } from './postgres.js';
import { SqliteDb } from './sqlite.js';

/** `--db`: a `postgres://` (or `postgresql://`) URL, else a SQLite file path (`:memory:` for tests). */
export async function openDb(target: string): Promise<Db> {
  const db: Db = /^postgres(ql)?:\/\//i.test(target) ? new PostgresDb(target) : new SqliteDb(target);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}
