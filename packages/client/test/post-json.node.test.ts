/**
 * postJson against a real HTTP server on 127.0.0.1 (port 0): one attempt, never a retry, errors
 * as SourceErrors with the status and the problem's field issues.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postJson, SourceError } from '../src/index.js';

type Plan = 'ok' | '409' | '422' | '500' | 'drop' | 'hang' | 'not-json';
let server: ReturnType<typeof createServer>;
let api = '';
let plan: Plan = 'ok';
let requests: Array<{ method: string; url: string; headers: Record<string, unknown>; body: string }> = [];

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const problem = (status: number, extra: Record<string, unknown> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: `problem ${status}`, status, ...extra }));
      };
      switch (plan) {
        case 'ok':
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ echoed: JSON.parse(body) }));
          return;
        case '409': return problem(409, { errors: [{ path: 'status', code: 'invalid-transition', message: '已评价' }] });
        case '422': return problem(422, { errors: [{ path: 'comment', code: 'too-long', message: '评价内容过长' }] });
        case '500': return problem(500);
        case 'drop': req.socket.destroy(); return;
        case 'hang': setTimeout(() => res.end('{}'), 1000); return;
        case 'not-json':
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end('<html>');
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  plan = 'ok';
  requests = [];
});

async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SourceError, `expected a SourceError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('postJson', () => {
  it('posts the JSON body with the given headers under the api base and parses the answer', async () => {
    const result = await postJson({
      api,
      path: 'mailbox/letters/XJ%2F1/rating',
      body: { satisfaction: 'satisfied' },
      headers: { 'X-Query-Code': 'ABC12345' },
      parse: (value) => (value as { echoed: { satisfaction: string } }).echoed.satisfaction,
    });
    assert.equal(result, 'satisfied');
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.method, 'POST');
    assert.equal(requests[0]!.url, '/api/mailbox/letters/XJ%2F1/rating');
    assert.equal(requests[0]!.headers['x-query-code'], 'ABC12345');
    assert.equal(requests[0]!.headers['content-type'], 'application/json');
    assert.equal(requests[0]!.headers['idempotency-key'], undefined);
  });

  for (const [status, path] of [['409', 'status'], ['422', 'comment']] as const) {
    it(`rejects a ${status} with its status and field issues, after one attempt`, async () => {
      plan = status;
      const error = await rejection(postJson({ api, path: 'x', body: {} }));
      assert.equal(error.code, 'http');
      assert.equal(error.status, Number(status));
      assert.equal(error.issues[0]?.path, path);
      assert.equal(error.problem?.title, `problem ${status}`);
      assert.equal(requests.length, 1);
    });
  }

  it('does not retry a 500', async () => {
    plan = '500';
    const error = await rejection(postJson({ api, path: 'x', body: {} }));
    assert.equal(error.status, 500);
    assert.equal(requests.length, 1);
  });

  it('reports a broken connection and a timeout as network errors', async () => {
    plan = 'drop';
    assert.equal((await rejection(postJson({ api, path: 'x', body: {} }))).code, 'network');
    plan = 'hang';
    assert.equal((await rejection(postJson({ api, path: 'x', body: {}, timeoutMs: 50 }))).code, 'network');
  });

  it('reports an unreadable answer and one the parser refuses', async () => {
    plan = 'not-json';
    assert.equal((await rejection(postJson({ api, path: 'x', body: {} }))).code, 'not-json');
    plan = 'ok';
    const error = await rejection(postJson({ api, path: 'x', body: {}, parse: () => { throw new TypeError('bad'); } }));
    assert.equal(error.code, 'invalid');
  });

  it('rejects as aborted when the caller aborts', async () => {
    plan = 'hang';
    const controller = new AbortController();
    const pending = postJson({ api, path: 'x', body: {}, signal: controller.signal });
    controller.abort();
    assert.equal((await rejection(pending)).code, 'aborted');
  });
});
