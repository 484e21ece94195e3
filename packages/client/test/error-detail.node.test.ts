import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SourceError, errorDetail, placeFieldErrors } from '../src/sources/index.js';

const refused = () =>
  new SourceError('http', {
    url: 'https://example.gov.cn/api/disclosure/requests',
    status: 422,
    problem: { type: 'urn:gongkai:problem:invalid', title: '申请内容有误', status: 422 },
    issues: [
      { path: 'applicant.phone', code: 'invalid', severity: 'error', message: { 'zh-Hans': '手机号码有误', 'zh-Hant': '手機號碼有誤', en: 'Bad phone number' } },
      { path: 'applicant.phone', code: 'invalid', severity: 'error', message: { 'zh-Hans': '第二条', 'zh-Hant': '第二條', en: 'Second' } },
      { path: 'somethingElse', code: 'invalid', severity: 'error', message: { 'zh-Hans': '其他问题', 'zh-Hant': '其他問題', en: 'Other problem' } },
    ],
  });

describe('errorDetail', () => {
  it('gives code, first path, status and every issue in the asked locale', () => {
    const detail = errorDetail(refused(), 'zh-Hant');
    assert.equal(detail.code, 'http');
    assert.equal(detail.status, 422);
    assert.equal(detail.path, 'applicant.phone');
    assert.deepEqual(detail.issues.map((i) => i.message), ['手機號碼有誤', '第二條', '其他問題']);
    assert.match(detail.message, /422/);
  });

  it('leaves out path and status it does not have, and reports other errors as unknown', () => {
    const network = errorDetail(new SourceError('network', { url: '/x.json' }), 'en');
    assert.equal(network.code, 'network');
    assert.ok(!('path' in network) && !('status' in network));
    assert.match(network.message, /\/x\.json/);
    assert.deepEqual(errorDetail(new TypeError('boom'), 'zh-Hans'), { code: 'unknown', issues: [], message: 'boom' });
  });
});

describe('placeFieldErrors', () => {
  it('puts the first message of each path on its field and keeps the rest with the problem title', () => {
    const placed = placeFieldErrors(refused(), 'zh-Hans', (path) => (path === 'applicant.phone' ? 'phone' : undefined));
    assert.deepEqual(placed.errors, { phone: '手机号码有误' });
    assert.deepEqual(placed.unplaced, ['其他问题']);
    assert.equal(placed.failure, '申请内容有误');
  });

  it('falls back to the error message when there is no problem title', () => {
    const placed = placeFieldErrors(new SourceError('network', { url: '/api/x' }), 'en', () => undefined);
    assert.deepEqual(placed.errors, {});
    assert.match(placed.failure, /\/api\/x/);
  });
});
