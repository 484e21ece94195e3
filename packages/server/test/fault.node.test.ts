/**
 * Crash safety: the server process is killed with SIGKILL in the middle of hundreds of concurrent
 * submissions, restarted on the same database, and every submission is retried with its own
 * Idempotency-Key. Then: every 201 seen before the crash is stored (and replays identically),
 * and there is exactly one record per key — client retries created no duplicates.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDb } from '../src/index.js';
import { DB_TARGETS, newKey, postJson, validLetter } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/gongkai-server.js', import.meta.url));
const SUBMISSIONS = 300;
const CONCURRENCY = 40;
const KILL_AFTER = 100; // 201s received before the kill

function launch(db: string): Promise<{ child: ChildProcess; api: string }> {
  const child = spawn(process.execPath, [BIN, '--port', '0', '--host', '127.0.0.1', '--db', db, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Gongkai server: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, api: `${m[1]}api/` });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

for (const target of DB_TARGETS) {
  describe(`SIGKILL during concurrent intake (${target.name})`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    it('keeps every acknowledged submission and never duplicates one on retry', { timeout: 120_000 }, async () => {
      const created = await target.create();
      const letters = Array.from({ length: SUBMISSIONS }, (_, i) => ({ key: newKey(), body: validLetter({ subject: `第${i}号来信` }) }));
      const acknowledged = new Map<string, Record<string, unknown>>();
      try {
        const first = await launch(created.target);
        let killed = false;
        let next = 0;
        const worker = async () => {
          while (!killed && next < letters.length) {
            const letter = letters[next++]!;
            try {
              const res = await postJson(`${first.api}mailbox/letters`, letter.body, { 'Idempotency-Key': letter.key });
              if (res.status === 201) acknowledged.set(letter.key, res.body!);
            } catch {
              // connection reset by the kill: unknown outcome, retried below
            }
            if (!killed && acknowledged.size >= KILL_AFTER) {
              killed = true;
              first.child.kill('SIGKILL');
            }
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(undefined) : first.child.once('exit', resolve)));
        assert.equal(first.child.signalCode, 'SIGKILL');
        assert.ok(acknowledged.size >= KILL_AFTER && acknowledged.size < SUBMISSIONS, `acknowledged ${acknowledged.size}`);

        const second = await launch(created.target);
        try {
          // Every submission is retried with its key, as a client would after a timeout.
          const replies = new Map<string, Record<string, unknown>>();
          let index = 0;
          const retry = async () => {
            while (index < letters.length) {
              const letter = letters[index++]!;
              for (let attempt = 0; attempt < 5; attempt++) {
                const res = await postJson(`${second.api}mailbox/letters`, letter.body, { 'Idempotency-Key': letter.key });
                if (res.status === 201) {
                  replies.set(letter.key, res.body!);
                  break;
                }
                assert.equal(res.status, 409);
                await new Promise((resolve) => setTimeout(resolve, 50));
              }
            }
          };
          await Promise.all(Array.from({ length: 10 }, retry));
          assert.equal(replies.size, SUBMISSIONS);
          for (const [key, body] of acknowledged) assert.deepEqual(replies.get(key), body, 'a 201 before the crash replays identically');
        } finally {
          second.child.kill('SIGTERM');
          await new Promise((resolve) => second.child.once('exit', resolve));
        }

        const db = await openDb(created.target);
        try {
          const rows = await db.read((tx) => tx.all<{ letter_number: string }>('SELECT letter_number FROM letters'));
          const keys = await db.read((tx) => tx.get<{ n: number | string }>("SELECT COUNT(*) AS n FROM idempotency_keys WHERE scope = 'letter'"));
          assert.equal(rows.length, SUBMISSIONS, 'one letter per Idempotency-Key, no duplicates');
          assert.equal(Number(keys?.n), SUBMISSIONS);
          const stored = new Set(rows.map((r) => r.letter_number));
          for (const body of acknowledged.values()) assert.ok(stored.has(body.letterNumber as string));
        } finally {
          await db.close();
        }
      } finally {
        await created.drop();
      }
    });
  });
}
