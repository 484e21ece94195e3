/**
 * The contract's endpoint functions (@gongkai/client/endpoints) against a real HTTP server on
 * 127.0.0.1 (port 0): each sends the method, path (numbers encoded, hostile ones included),
 * headers and body of docs/design.md §5, and a 404 lookup is `undefined`.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DisclosureRequest, LetterSubmission } from '@gongkai/schema';
import { applicationSubmission, letterSubmission, lookupApplication, lookupLetter, rateLetter, restPaths } from '../src/submit/endpoints.js';
import { SourceError } from '../src/index.js';

let server: ReturnType<typeof createServer>;
let api = '';
let status = 200;
let requests: Array<{ method: string; url: string; headers: Record<string, string | string[] | undefined>; body: string }> = [];

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(status, { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' });
      res.end(JSON.stringify(status < 400 ? { ok: true, url: req.url } : { type: 'about:blank', title: `problem ${status}`, status }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  status = 200;
});

const KEY = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('endpoint functions', () => {
  it('applicationSubmission posts to disclosure/requests with the key and the language', async () => {
    const body = { agencyId: 'market' } as unknown as DisclosureRequest;
    const answer = await applicationSubmission({ api, body, idempotencyKey: KEY, locale: 'en', maxAutoAttempts: 1 }).start();
    assert.deepEqual(answer, { ok: true, url: '/api/disclosure/requests' });
    const [request] = requests;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.headers['idempotency-key'], KEY);
    assert.equal(request!.headers['accept-language'], 'en');
    assert.deepEqual(JSON.parse(request!.body), { agencyId: 'market' });
  });

  it('letterSubmission posts to mailbox/letters', async () => {
    const body = { type: 'suggestion', subject: '路灯' } as unknown as LetterSubmission;
    await letterSubmission({ api, body, idempotencyKey: KEY, maxAutoAttempts: 1 }).start();
    assert.equal(requests[0]!.url, '/api/mailbox/letters');
    assert.ok([undefined, '*'].includes(requests[0]!.headers['accept-language'] as string | undefined), 'no language of its own without a locale');
  });

  const hostile = ['YSQ2026000001', '../staff/audit', 'a/b?c=d#e', '编号 1', '%2e%2e'];
  for (const number of hostile) {
    it(`lookups keep ${JSON.stringify(number)} inside one path segment and send the query code as a header`, async () => {
      await lookupApplication(number, { api, queryCode: 'K7P3Q9XA', locale: 'zh-Hant' });
      await lookupLetter(number, { api, queryCode: 'Q7K9M2PA' });
      assert.equal(requests[0]!.url, `/api/disclosure/requests/${encodeURIComponent(number)}`);
      assert.equal(requests[1]!.url, `/api/mailbox/letters/${encodeURIComponent(number)}`);
      assert.equal(requests[0]!.headers['x-query-code'], 'K7P3Q9XA');
      assert.equal(requests[0]!.headers['accept-language'], 'zh-Hant');
      assert.equal(requests[1]!.headers['x-query-code'], 'Q7K9M2PA');
      for (const request of requests) assert.ok(!request.url.includes('K7P3Q9XA') && !request.url.includes('Q7K9M2PA'), 'no query code in the URL');
    });
  }

  it('a lookup answered 404 is undefined (one answer for a wrong number or code)', async () => {
    status = 404;
    assert.equal(await lookupLetter('XJ-1', { api, queryCode: 'WRONG' }), undefined);
  });

  it('rateLetter posts the rating once with the query code; a 409 rejects with its status', async () => {
    const rated = await rateLetter('XJ-20261020-000901', { satisfaction: 'satisfied', comment: '很快' }, { api, queryCode: 'Q7K9M2PA', parse: (v) => v as { ok: boolean } });
    assert.equal(rated.ok, true);
    assert.equal(requests[0]!.url, '/api/mailbox/letters/XJ-20261020-000901/rating');
    assert.equal(requests[0]!.headers['x-query-code'], 'Q7K9M2PA');
    assert.deepEqual(JSON.parse(requests[0]!.body), { satisfaction: 'satisfied', comment: '很快' });
    status = 409;
    await assert.rejects(rateLetter('XJ-1', { satisfaction: 'satisfied' }, { api, queryCode: 'Q' }), (error: unknown) => error instanceof SourceError && error.status === 409);
    assert.equal(requests.length, 2, 'no retry');
  });

  it('restPaths name the contract paths', () => {
    assert.equal(restPaths.applications, 'disclosure/requests');
    assert.equal(restPaths.letterRating('a b'), 'mailbox/letters/a%20b/rating');
  });
});
