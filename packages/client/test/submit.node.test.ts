/**
 * The submission client against a real HTTP server on 127.0.0.1 (port 0) that stores
 * submissions by Idempotency-Key, and that each test tells how to misbehave.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIdempotencyKey, Submission, submit, SourceError, type SubmissionState } from '../src/index.js';

type Misbehaviour = 'drop' | 'hang' | '500' | '503-retry-after' | '409' | '422' | 'not-json';

let server: ReturnType<typeof createServer>;
let api = '';
/** What the next requests do, in order; then normal behaviour. */
let plan: Misbehaviour[] = [];
let posts: Array<{ key: string | undefined; body: string }> = [];
const stored = new Map<string, { body: string; record: { id: string; n: number } }>();
let created = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Stores (or replays) by key: the same key and body give the same record, a different body 422. */
function store(key: string, body: string): { status: number; body: unknown } {
  const existing = stored.get(key);
  if (existing) {
    if (existing.body !== body) return { status: 422, body: { type: 'about:blank', title: 'key reused', status: 422 } };
    return { status: 201, body: existing.record };
  }
  created += 1;
  const record = { id: `A-${created}`, n: created };
  stored.set(key, { body, record });
  return { status: 201, body: record };
}

before(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const key = req.headers['idempotency-key'] as string | undefined;
    posts.push({ key, body });
    const step = plan.shift();
    switch (step) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'hang': {
        // The server stores the submission but the answer never arrives in time.
        store(key!, body);
        setTimeout(() => !res.writableEnded && send(res, 201, stored.get(key!)!.record), 2000).unref();
        return;
      }
      case '500':
        return send(res, 500, { type: 'about:blank', title: 'boom', status: 500 }, 'application/problem+json');
      case '503-retry-after':
        return send(res, 503, 'busy', 'text/plain', { 'Retry-After': '0' });
      case '409':
        return send(res, 409, { type: 'about:blank', title: 'in flight', status: 409 }, 'application/problem+json', { 'Retry-After': '0' });
      case '422':
        return send(res, 422, {
          type: 'urn:gongkai:problem:invalid-body', title: '提交的内容有误', status: 422,
          errors: [{ path: 'applicant.phone', code: 'phone-format', message: '应为 11 位手机号码' }, { path: 'description', message: '必填' }],
        }, 'application/problem+json');
      case 'not-json':
        return send(res, 201, '<html>', 'text/html');
      default: {
        if (!key) return send(res, 400, { type: 'about:blank', title: 'no key', status: 400 }, 'application/problem+json');
        const result = store(key, body);
        return send(res, result.status, result.body, result.status === 201 ? 'application/json' : 'application/problem+json');
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  plan = [];
  posts = [];
  stored.clear();
  created = 0;
});

const fast = { baseDelayMs: 5, maxDelayMs: 20, inFlightDelayMs: 5, timeoutMs: 300, retryWhenOnline: false } as const;

function phases<R>(submission: Submission<unknown, R>): string[] {
  const seen: string[] = [];
  submission.subscribe((state: SubmissionState<R>) => seen.push(state.phase));
  return seen;
}

describe('Submission', () => {
  it('posts JSON to {api}/{path} with an Idempotency-Key and resolves with the parsed 201 body', async () => {
    const key = createIdempotencyKey();
    const submission = new Submission({ api, path: 'things', body: { a: 1 }, idempotencyKey: key, parse: (v) => v as { id: string }, ...fast });
    const seen = phases(submission);
    const result = await submission.start();
    assert.equal(result.id, 'A-1');
    assert.deepEqual(posts, [{ key, body: '{"a":1}' }]);
    assert.deepEqual(seen, ['idle', 'sending', 'done']);
    assert.equal(submission.state.phase, 'done');
  });

  it('start() twice sends once', async () => {
    const submission = new Submission({ api, path: 'things', body: { a: 1 }, idempotencyKey: createIdempotencyKey(), ...fast });
    const [a, b] = await Promise.all([submission.start(), submission.start()]);
    assert.deepEqual(a, b);
    assert.equal(posts.length, 1);
  });

  it('retries dropped connections, 500 and 503 with the same key, and creates one record', async () => {
    plan = ['drop', '500', '503-retry-after'];
    const key = createIdempotencyKey();
    const submission = new Submission({ api, path: 'things', body: { a: 2 }, idempotencyKey: key, ...fast });
    const seen = phases(submission);
    const result = (await submission.start()) as { id: string };
    assert.equal(result.id, 'A-1');
    assert.equal(posts.length, 4);
    assert.ok(posts.every((p) => p.key === key), 'every attempt carries the same key');
    assert.equal(created, 1);
    assert.deepEqual(seen.filter((p) => p === 'waiting').length, 3);
  });

  it('after a timeout whose request was stored, the retry gets the same record, not a second one', async () => {
    plan = ['hang'];
    const key = createIdempotencyKey();
    const reasons: string[] = [];
    const submission = new Submission({ api, path: 'things', body: { a: 3 }, idempotencyKey: key, ...fast });
    submission.subscribe((s) => s.phase === 'waiting' && reasons.push(s.reason));
    const result = (await submission.start()) as { id: string };
    assert.deepEqual(reasons, ['timeout']);
    assert.equal(result.id, 'A-1');
    assert.equal(created, 1);
    assert.equal(posts.length, 2);
  });

  it('waits and retries on 409 (same key still in flight)', async () => {
    plan = ['409', '409'];
    const submission = new Submission({ api, path: 'things', body: { a: 4 }, idempotencyKey: createIdempotencyKey(), ...fast });
    const reasons: string[] = [];
    submission.subscribe((s) => s.phase === 'waiting' && reasons.push(s.reason));
    await submission.start();
    assert.deepEqual(reasons, ['in-flight', 'in-flight']);
    assert.equal(created, 1);
  });

  it('does not retry a 422: fails with a SourceError carrying the field issues', async () => {
    plan = ['422'];
    const submission = new Submission({ api, path: 'things', body: {}, idempotencyKey: createIdempotencyKey(), ...fast });
    await assert.rejects(submission.start(), (error: unknown) => {
      assert.ok(error instanceof SourceError);
      assert.equal(error.code, 'http');
      assert.equal(error.status, 422);
      assert.equal(error.problem?.title, '提交的内容有误');
      assert.deepEqual(error.issues.map((i) => [i.path, i.code, i.message['zh-Hans']]), [
        ['applicant.phone', 'phone-format', '应为 11 位手机号码'],
        ['description', 'server', '必填'],
      ]);
      return true;
    });
    assert.equal(posts.length, 1);
    const state = submission.state;
    assert.equal(state.phase, 'failed');
    assert.equal(state.phase === 'failed' && state.retryable, false);
  });

  it('a key reused with a different body is refused (422), never stored twice', async () => {
    const key = createIdempotencyKey();
    await new Submission({ api, path: 'things', body: { a: 1 }, idempotencyKey: key, ...fast }).start();
    await assert.rejects(new Submission({ api, path: 'things', body: { a: 2 }, idempotencyKey: key, ...fast }).start(), (e: unknown) => e instanceof SourceError && e.status === 422);
    assert.equal(created, 1);
  });

  it('stops after maxAutoAttempts as "failed, retryable", and retryNow() sends again with the same key', async () => {
    plan = ['drop', 'drop'];
    const key = createIdempotencyKey();
    const submission = new Submission({ api, path: 'things', body: { a: 5 }, idempotencyKey: key, ...fast, maxAutoAttempts: 2 });
    const failed = new Promise<void>((resolve) => submission.subscribe((s) => s.phase === 'failed' && resolve()));
    const done = submission.start();
    await failed;
    const state = submission.state;
    assert.ok(state.phase === 'failed' && state.retryable && state.reason === 'network');
    assert.equal(posts.length, 2);
    submission.retryNow();
    await done;
    assert.equal(posts.length, 3);
    assert.ok(posts.every((p) => p.key === key));
  });

  it('retryNow() skips a long backoff', async () => {
    plan = ['500'];
    const submission = new Submission({ api, path: 'things', body: {}, idempotencyKey: createIdempotencyKey(), ...fast, baseDelayMs: 60_000, maxDelayMs: 60_000 });
    submission.subscribe((s) => s.phase === 'waiting' && queueMicrotask(() => submission.retryNow()));
    await submission.start();
    assert.equal(posts.length, 2);
  });

  it('fails without retrying when a 2xx body is not JSON or does not parse', async () => {
    plan = ['not-json'];
    await assert.rejects(new Submission({ api, path: 'things', body: {}, idempotencyKey: createIdempotencyKey(), ...fast }).start(), (e: unknown) => e instanceof SourceError && e.code === 'not-json');
    await assert.rejects(
      new Submission({ api, path: 'things', body: {}, idempotencyKey: createIdempotencyKey(), ...fast, parse: () => { throw new Error('bad'); } }).start(),
      (e: unknown) => e instanceof SourceError && e.code === 'invalid',
    );
    assert.equal(posts.length, 2);
  });

  it('cancel() stops a waiting submission', async () => {
    plan = ['500', '500', '500'];
    const submission = submit({ api, path: 'things', body: {}, idempotencyKey: createIdempotencyKey(), ...fast, baseDelayMs: 60_000, maxDelayMs: 60_000 });
    await new Promise<void>((resolve) => submission.subscribe((s) => s.phase === 'waiting' && resolve()));
    submission.cancel();
    await assert.rejects(submission.start(), (e: unknown) => e instanceof SourceError && e.code === 'aborted');
    assert.equal(posts.length, 1);
  });

  it('creates distinct UUID v4 keys', () => {
    const keys = new Set(Array.from({ length: 100 }, createIdempotencyKey));
    assert.equal(keys.size, 100);
    for (const key of keys) assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
