/** Pure modules of the workbench: masked-span diff, due badges, routes, problem bodies. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskedSegments } from '../src/views/masked-diff.js';
import { dueState, todayInShanghai } from '../src/due.js';
import { parseRoute, routeHref } from '../src/router.js';
import { sectionOf, sectionsFor } from '../src/sections.js';
import { problemOf } from '../src/api/client.js';
import { defaultBody, validateValues, type ActionSpec } from '../src/actions/action-spec.js';

const changed = (original: string, published: string) =>
  maskedSegments(original, published)
    .filter((s) => s.changed)
    .map((s) => s.text);

describe('maskedSegments', () => {
  it('marks what masking put in place of a phone number, an e-mail and a name', () => {
    assert.deepEqual(changed('请致电13800138000联系', '请致电138****8000联系'), ['****']);
    assert.deepEqual(changed('张三反映：路灯坏了', '张*反映：路灯坏了'), ['*']);
    assert.deepEqual(changed('邮箱 zhang@example.cn', '邮箱 z***@example.cn'), ['***']);
  });
  it('keeps the published text whole and in order', () => {
    const published = '住址：示例市中山路***，电话138****8000。';
    const segments = maskedSegments('住址：示例市中山路12号3栋，电话13800138000。', published);
    assert.equal(segments.map((s) => s.text).join(''), published);
    assert.ok(segments.some((s) => s.changed));
  });
  it('marks nothing when nothing changed, everything when all is new', () => {
    assert.deepEqual(changed('没有个人信息', '没有个人信息'), []);
    assert.deepEqual(changed('', '新文本'), ['新文本']);
    assert.deepEqual(changed('旧文本', ''), []);
  });
  it('does not split characters outside the BMP', () => {
    assert.deepEqual(changed('a😀b', 'a*b'), ['*']);
  });
});

describe('dueState', () => {
  it('is overdue when the server says so or the date is past, soon within three days', () => {
    assert.equal(dueState({ dueDate: '2026-12-10', overdue: true, open: true }, '2026-12-02'), 'overdue');
    assert.equal(dueState({ dueDate: '2026-12-01', overdue: false, open: true }, '2026-12-02'), 'overdue');
    assert.equal(dueState({ dueDate: '2026-12-02', overdue: false, open: true }, '2026-12-02'), 'soon');
    assert.equal(dueState({ dueDate: '2026-12-05', overdue: false, open: true }, '2026-12-02'), 'soon');
    assert.equal(dueState({ dueDate: '2026-12-06', overdue: false, open: true }, '2026-12-02'), 'none');
    assert.equal(dueState({ dueDate: '2026-11-01', overdue: true, open: false }, '2026-12-02'), 'none');
  });
  it('counts days in China Standard Time', () => {
    assert.equal(todayInShanghai(Date.parse('2026-12-01T16:30:00Z')), '2026-12-02');
    assert.equal(todayInShanghai(Date.parse('2026-12-01T15:59:00Z')), '2026-12-01');
  });
});

describe('routes', () => {
  it('round-trips every page', () => {
    for (const hash of ['#/requests?status=received&page=2', '#/requests/GK-20261202-0001', '#/letters?type=complaint', '#/letters/XJ-20261202-0001', '#/reports?year=2025&agencyId=fgw', '#/intake', '#/intake?kind=letter', '#/requests?pendingApproval=true']) {
      assert.equal(routeHref(parseRoute(hash)), hash);
    }
  });
  it('sends unknown and mangled hashes to the application queue', () => {
    assert.equal(parseRoute('').page, 'requests');
    assert.equal(parseRoute('#/nowhere').page, 'requests');
    assert.equal(parseRoute('#/letters/%E0%A4%A').page, 'letters');
  });
  it('encodes ids so a hostile number cannot add a query', () => {
    assert.equal(routeHref({ page: 'request', id: 'a?b#c/d' }), '#/requests/a%3Fb%23c%2Fd');
    assert.deepEqual(parseRoute(routeHref({ page: 'request', id: 'a?b#c/d' })), { page: 'request', id: 'a?b#c/d' });
  });
});

describe('sections', () => {
  it('offers 登记 (offline intake) to registrars only', () => {
    assert.deepEqual(sectionsFor(['registrar']), ['requests', 'letters', 'intake']);
    assert.ok(!sectionsFor(['handler', 'approver', 'publisher', 'auditor', 'admin']).includes('intake'));
    assert.equal(sectionOf('intake'), 'intake');
  });
});

describe('problemOf', () => {
  it('says the field messages, else the title, never JSON', () => {
    assert.equal(problemOf(409, { title: '操作与当前状态冲突', errors: [{ path: 'status', message: '该申请已确认收到，不能再次确认' }] }, 'zh-Hans').message, '该申请已确认收到，不能再次确认');
    assert.equal(problemOf(403, { title: '没有权限', code: 'csrf' }, 'zh-Hans').message, '没有权限');
    assert.equal(problemOf(403, { title: '没有权限', code: 'csrf' }, 'zh-Hans').code, 'csrf');
    assert.match(problemOf(502, 'not json', 'zh-Hans').message, /HTTP 502/);
    assert.match(problemOf(502, undefined, 'en').message, /HTTP 502/);
  });
});

describe('action specs', () => {
  const spec: ActionSpec = {
    action: 'extend',
    fields: [
      { name: 'days', kind: 'number', required: true, min: 1, max: 20, label: () => 'days' },
      { name: 'note', kind: 'textarea', required: true, label: () => 'note' },
      { name: 'when', kind: 'date', label: () => 'when' },
    ],
  };
  it('requires required fields and checks number ranges', () => {
    assert.deepEqual(validateValues(spec, {}).map((p) => `${p.field.name}:${p.problem}`), ['days:required', 'note:required']);
    assert.deepEqual(validateValues(spec, { days: '21', note: 'x' }).map((p) => `${p.field.name}:${p.problem}`), ['days:range']);
    assert.deepEqual(validateValues(spec, { days: '2.5', note: 'x' }).map((p) => p.problem), ['range']);
    assert.deepEqual(validateValues(spec, { days: '20', note: 'x' }), []);
  });
  it('sends trimmed values, numbers as numbers, and leaves empty ones out', () => {
    assert.deepEqual(defaultBody(spec, { days: ' 5 ', note: ' 理由 ', when: '' }), { days: 5, note: '理由' });
  });
});
