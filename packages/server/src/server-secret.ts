/**
 * The server secret: 32 random bytes that key every HMAC the server stores — query codes
 * (./query-codes.ts), the rate limiter's address and contact keys (./rate-limit.ts) — so that a
 * copy of the database alone yields none of them (docs/security.md, "Secrets and files").
 *
 * It lives OUTSIDE the database, in a file: `--secret-file PATH`, by default `<db>.secret` beside
 * a SQLite file, `./gongkai-server.secret` for PostgreSQL. Created 0600 on first start when
 * missing; every server process on one database must read the same file. `:memory:` databases
 * get a throw-away secret. Losing the file makes every stored query code unverifiable.
 */
import { chmodSync, closeSync, existsSync, linkSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './storage/db.js';

export const SECRET_BYTES = 32;

export function defaultSecretFile(db: string): string | undefined {
  if (db === ':memory:' || db === '') return undefined;
  return /^postgres(ql)?:\/\//i.test(db) ? './gongkai-server.secret' : `${db}.secret`;
}

/** Reads the secret (base64 in the file), creating the file 0600 when it does not exist. */
export function loadServerSecret(file: string | undefined): Buffer {
  if (file === undefined) return randomBytes(SECRET_BYTES);
  if (!existsSync(file)) {
    // Written whole under a temporary name, then linked into place: a process starting at the
    // same moment sees either no file or the complete one, and never overwrites it (EEXIST).
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, `${randomBytes(SECRET_BYTES).toString('base64')}\n`);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temporary);
    }
  }
  // Tighten a file someone created by hand with the default umask.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (secret.length < SECRET_BYTES) throw new Error(`the server secret in ${file} is shorter than ${SECRET_BYTES} bytes (base64); make one with: openssl rand -base64 32 > ${file}`);
  return secret;
}

export class SecretMismatchError extends Error {
  constructor(file: string | undefined) {
    super(
      `the server secret${file ? ` in ${file}` : ''} is not the one this database was set up with: stored query codes would no longer verify. ` +
        'Start with the right --secret-file (every server process on one database needs the same one).',
    );
    this.name = 'SecretMismatchError';
  }
}

/**
 * Binds the database to its secret: the first start records HMAC(secret, fixed text), later
 * starts must present a secret with the same fingerprint.
 */
export async function checkSecretFingerprint(db: Db, secret: Buffer, file: string | undefined, now: string): Promise<void> {
  const fingerprint = createHmac('sha256', secret).update('gongkai-server-secret-fingerprint').digest('hex');
  const stored = await db.transaction(async (tx) => {
    await tx.run("INSERT INTO server_keys (name, fingerprint, created_at) VALUES ('query-codes', ?, ?) ON CONFLICT (name) DO NOTHING", [fingerprint, now]);
    return (await tx.get<{ fingerprint: string }>("SELECT fingerprint FROM server_keys WHERE name = 'query-codes'"))!.fingerprint;
  });
  if (!timingSafeEqual(Buffer.from(stored), Buffer.from(fingerprint)) || stored.length !== fingerprint.length) throw new SecretMismatchError(file);
}
