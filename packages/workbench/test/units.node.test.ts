/** Pure modules of the workbench: masked-span diff, due badges, routes, problem bodies. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskedSegments } from '../src/views/masked-diff.js';
import { dueState, todayInShanghai } from '../src/due.js';
import { parseRoute, routeHref } from '../src/router.js';
import { sectionOf, sectionsOf } from '../src/sections.js';
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
  it('offers 登记 (offline intake) when the server names it (registrars: staff-access.node.test.ts)', () => {
    assert.deepEqual(sectionsOf({ sections: ['intake', 'requests', 'letters'] }), ['requests', 'letters', 'intake']);
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

describe('sectionsOf', () => {
  it('offers the sections the server names, in the workbench order, and nothing it does not know', async () => {
    const { sectionsOf } = await import('../src/sections.js');
    assert.deepEqual(sectionsOf({ sections: ['reports', 'letters'] }), ['letters', 'reports']);
    assert.deepEqual(sectionsOf({ sections: ['audit', 'requests'] }), ['requests']);
    assert.deepEqual(sectionsOf({ sections: [] }), []);
    assert.deepEqual(sectionsOf(undefined), []);
  });
});

describe('reply templates', () => {
  it('fills every placeholder the server accepts, and leaves one it has no fact for as written', async () => {
    const { fillTemplate, templatesFor } = await import('../src/actions/reply-templates.js');
    const { REPLY_TEMPLATE_PLACEHOLDERS } = await import('../../server/src/staff-schemas.js');
    const facts = { 受理编号: 'YSQ-1', 申请人: '张三丰', 申请内容: '清单', 收到日期: '2026年3月2日', 答复期限: '2026年3月30日', 机关: '示例市' };
    const all = REPLY_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join('|');
    assert.equal(fillTemplate(all, facts), REPLY_TEMPLATE_PLACEHOLDERS.map((name) => facts[name]).join('|'));
    assert.equal(fillTemplate('{申请人}：{受理编号}', { 受理编号: 'YSQ-1' }), '{申请人}：YSQ-1', 'a masked name never goes in');
    const templates = [{ id: 1, replyType: 'granted', title: 'a', body: 'x' }, { id: 2, replyType: 'refused', title: 'b', body: 'y' }];
    assert.deepEqual(templatesFor(templates, 'refused').map((t) => t.id), [2]);
    assert.deepEqual(templatesFor(templates, ''), []);
  });
  it('the reply form sends no template member: it only fills the text', async () => {
    const { requestActionSpec } = await import('../src/actions/request-actions.js');
    const spec = requestActionSpec('reply', 'zh-Hans', { templates: [{ id: 7, replyType: 'granted', title: '予以公开', body: '{受理编号}予以公开' }], facts: { 受理编号: 'YSQ-9' } })!;
    const template = spec.fields.find((f) => f.name === 'template')!;
    assert.equal(template.when!({ type: 'granted' }), true);
    assert.equal(template.when!({ type: 'refused' }), false);
    assert.deepEqual(template.fills!('7', { type: 'granted' }), { content: 'YSQ-9予以公开' });
    assert.deepEqual(defaultBody(spec, { type: 'granted', template: '7', content: 'YSQ-9予以公开' }), { type: 'granted', content: 'YSQ-9予以公开' });
  });
});

describe('templates section and attachment links', () => {
  it('offers 答复模板 exactly when the session may edit templates', async () => {
    const { sectionsOf, sectionOf } = await import('../src/sections.js');
    assert.deepEqual(sectionsOf({ sections: ['requests'], permissions: ['templates.list', 'templates.edit'] }), ['requests', 'templates']);
    assert.deepEqual(sectionsOf({ sections: ['requests'], permissions: ['templates.list'] }), ['requests']);
    assert.deepEqual(sectionsOf({ sections: ['templates'] }), [], 'not from the sections list alone');
    assert.equal(sectionOf('templates'), 'templates');
  });

  it('checks a link by the same rule as the server', async () => {
    const { isHttpLink } = await import('../src/actions/action-spec.js');
    const { isHttpUrl } = await import('@gongkai/schema');
    for (const url of ['https://www.example.gov.cn/a.pdf', 'HTTP://x.cn', 'http://', 'https:///a', 'javascript:alert(1)', 'ftp://x.cn/a', '/files/a.pdf', 'www.example.gov.cn', ' https://x.cn', 'data:text/html,1', 'https://x.cn/ a']) {
      assert.equal(isHttpLink(url), isHttpUrl(url), url);
    }
  });
});
