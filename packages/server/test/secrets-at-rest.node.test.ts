/**
 * Secrets and files at rest (docs/security.md, "Secrets and files"): the SQLite database, its
 * -wal and -shm and the server secret are 0600; query codes are stored as a keyed HMAC, so a
 * stolen row does not verify without the secret (nor with another one), while codes stored in
 * the earlier salted-SHA-256 form keep working and are rewrapped at start — SQLite and PostgreSQL.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startServer } from '../src/index.js';
import { hashQueryCode, newQueryCode, newSalt } from '../src/secrets.js';
import { QueryCodeHasher } from '../src/query-codes.js';
import { SecretMismatchError } from '../src/server-secret.js';
import { DB_TARGETS, getJson, newKey, postJson, validApplication, validLetter, writeDataFolder } from './helpers.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('SQLite files and the secret file are 0600', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-modes-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a new database, its WAL and SHM, and the secret are created owner-only whatever the umask', async () => {
    const file = join(dir, 'new.db');
    const previous = process.umask(0o000);
    try {
      const server = await startServer({ port: 0, db: file, intakeRateLimit: { max: 0, windowMs: 1 } });
      try {
        assert.equal((await postJson(`${server.url}api/mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() })).status, 201);
        for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}.secret`]) {
          assert.ok(existsSync(path), path);
          assert.equal(mode(path).toString(8), '600', path);
        }
      } finally {
        await server.close();
      }
    } finally {
      process.umask(previous);
    }
  });

  it('an existing world-readable database and secret file are narrowed at start', async () => {
    const file = join(dir, 'old.db');
    writeFileSync(file, '');
    writeFileSync(`${file}.secret`, `${randomBytes(32).toString('base64')}\n`);
    chmodSync(file, 0o644);
    chmodSync(`${file}.secret`, 0o644);
    const server = await startServer({ port: 0, db: file });
    await server.close();
    assert.equal(mode(file).toString(8), '600');
    assert.equal(mode(`${file}.secret`).toString(8), '600');
  });

  it('a secret file that is too short is refused', async () => {
    const file = join(dir, 'short.db');
    writeFileSync(`${file}.secret`, 'c2hvcnQ=\n');
    await assert.rejects(startServer({ port: 0, db: file }), /shorter than 32 bytes/);
  });
});

for (const target of DB_TARGETS) {
  describe(`query codes at rest (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    it('stored as a keyed HMAC: a stolen row does not verify without the secret; old rows still do and are rewrapped', async () => {
      const db = await target.create();
      const data = await writeDataFolder();
      const secret = randomBytes(32);
      const options = { port: 0, db: db.target, data: data.dir, intakeRateLimit: { max: 0, windowMs: 1 } };
      try {
        let server = await startServer({ ...options, secret });
        const closeLast = () => server.close();
        try {
        const api = () => `${server.url}api/`;
        const receipt = (await postJson(`${api()}disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() })).body!;
        const letter = (await postJson(`${api()}mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() })).body!;
        const row = (await server.db.read((tx) => tx.get<{ query_salt: string; query_hash: string }>('SELECT query_salt, query_hash FROM disclosure_requests WHERE tracking_number = ?', [receipt.trackingNumber])))!;
        assert.match(row.query_salt, /^k1:[0-9a-f]{32}$/);
        // The thief knows the code format and the old scheme; without the secret nothing matches.
        assert.notEqual(hashQueryCode(receipt.queryCode, row.query_salt.slice(3)), row.query_hash);
        assert.notEqual(hashQueryCode(receipt.queryCode, row.query_salt), row.query_hash);

        // A legacy row, as the server stored codes before (salted SHA-256), written by an older process.
        const legacyCode = newQueryCode();
        const salt = newSalt();
        await server.db.transaction((tx) =>
          tx.run(
            `INSERT INTO letters (letter_number, query_salt, query_hash, body, type, status, may_publish, submitted_at, due_date, replies, updated_at, agency_id)
             VALUES ('XJ-20200101-000001', ?, ?, ?, 'help', 'received', 0, '2020-01-01T09:00:00+08:00', '2020-01-22', '[]', '2020-01-01T09:00:00+08:00', ?)`,
            [salt, hashQueryCode(legacyCode, salt), JSON.stringify(validLetter()), server.publisher.id],
          ),
        );
        const legacyLookup = () => getJson(`${api()}mailbox/letters/XJ-20200101-000001`, { 'X-Query-Code': legacyCode });
        assert.equal((await legacyLookup()).status, 200, 'an unwrapped legacy row still verifies');
        await server.close();

        // Another secret: no stored code verifies with it, and a server started with it is refused
        // (before it could rewrap the legacy rows with the wrong key).
        const thief = new QueryCodeHasher(randomBytes(32));
        assert.equal(thief.matches(receipt.queryCode, row.query_salt, row.query_hash), false);
        assert.equal(new QueryCodeHasher(secret).matches(receipt.queryCode, row.query_salt, row.query_hash), true);
        await assert.rejects(startServer({ ...options, secret: randomBytes(32) }), SecretMismatchError);

        // The right secret: everything verifies, and the legacy row was rewrapped at start.
        server = await startServer({ ...options, secret });
        assert.equal((await getJson(`${api()}disclosure/requests/${receipt.trackingNumber}`, { 'X-Query-Code': receipt.queryCode })).status, 200);
        assert.equal((await getJson(`${api()}mailbox/letters/${letter.letterNumber}`, { 'X-Query-Code': letter.queryCode })).status, 200);
        const legacy = (await server.db.read((tx) => tx.get<{ query_salt: string; query_hash: string }>("SELECT query_salt, query_hash FROM letters WHERE letter_number = 'XJ-20200101-000001'")))!;
        assert.equal(legacy.query_salt, `k1:${salt}`);
        assert.notEqual(legacy.query_hash, hashQueryCode(legacyCode, salt));
        assert.equal((await legacyLookup()).status, 200);
        assert.equal((await getJson(`${api()}mailbox/letters/XJ-20200101-000001`, { 'X-Query-Code': newQueryCode() })).status, 404);
        } finally {
          await closeLast().catch(() => undefined);
        }
      } finally {
        await db.drop();
        data.remove();
      }
    });
  });
}

describe('the secret file is created once and whole', () => {
  // The race between processes is closed by linking a complete temporary file into place
  // (src/server-secret.ts); in one process this checks that every start reads the first secret
  // and that no temporary file is left behind.
  it('every start reads the secret the first one wrote; nothing else is left in the folder', async () => {
    const { loadServerSecret } = await import('../src/server-secret.js');
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-secret-race-'));
    try {
      const file = join(dir, 'race.secret');
      const secrets = await Promise.all(Array.from({ length: 8 }, () => Promise.resolve().then(() => loadServerSecret(file))));
      for (const secret of secrets) assert.deepEqual(secret, secrets[0]);
      assert.equal(secrets[0]!.length, 32);
      assert.equal(mode(file).toString(8), '600');
      const { readdirSync } = await import('node:fs');
      assert.deepEqual(readdirSync(dir), ['race.secret']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
