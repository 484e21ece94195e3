import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { httpUrl, isHttpUrl, letterSubmissionSchema, mailboxLettersFileSchema, mailboxStatsSchema, validate, writerLetterSchema } from '../src/index.js';

const paths = (result: ReturnType<typeof validate>): string[] => result.issues.map((i) => i.path).sort();

describe('mailbox statistics by handling unit', () => {
  const stats = {
    received: 12,
    replied: 10,
    byType: { consult: 7, complaint: 5 },
    byUnit: [
      { unit: '示例市住房和城乡建设局', received: 7, replied: 6, onTimeRate: 5 / 6 },
      { unit: '示例市交通运输局', received: 3 },
    ],
  };

  it('accepts units with counts and an optional on-time rate', () => {
    assert.equal(validate(mailboxStatsSchema, stats).ok, true);
    assert.equal(validate(mailboxStatsSchema, { received: 0, replied: 0 }).ok, true, 'byUnit stays optional');
  });

  it('rejects a unit without a name, negative counts and rates above 1, at their paths', () => {
    const bad = validate(mailboxStatsSchema, { ...stats, byUnit: [{ received: -1, onTimeRate: 1.5 }, { unit: '示例市民政局', received: 1.5 }] });
    assert.deepEqual(paths(bad), ['byUnit[0].onTimeRate', 'byUnit[0].received', 'byUnit[0].unit', 'byUnit[1].received']);
  });

  it('is part of a mailbox-letters file', () => {
    const file = { schemaVersion: 1, kind: 'mailbox-letters', publisher: { id: 'x', name: '示例市' }, updatedAt: '2026-11-01T08:00:00+08:00', letters: [], stats };
    assert.equal(validate(mailboxLettersFileSchema, file).ok, true);
    assert.deepEqual(paths(validate(mailboxLettersFileSchema, { ...file, stats: { ...stats, byUnit: { a: 1 } } })), ['stats.byUnit']);
  });
});

describe("the writer's letter with its events", () => {
  const letter = {
    letterNumber: 'XJ-20261102-000045',
    type: 'help',
    subject: '路灯不亮',
    content: '解放路的路灯坏了。',
    submittedAt: '2026-11-02T10:15:00+08:00',
    status: 'replied',
    replies: [{ unit: '示例市城市管理局', content: '已修复。', repliedAt: '2026-11-05T16:00:00+08:00' }],
    events: [
      { status: 'received', at: '2026-11-02T10:15:00+08:00' },
      { status: 'assigned', at: '2026-11-03T09:00:00+08:00', unit: '示例市城市管理局' },
      { status: 'replied', at: '2026-11-05T16:00:00+08:00', unit: '示例市城市管理局' },
    ],
  };

  it('accepts events with status, time and the public unit; events stay optional', () => {
    assert.equal(validate(writerLetterSchema, letter).ok, true);
    const { events: _events, ...withoutEvents } = letter;
    assert.equal(validate(writerLetterSchema, withoutEvents).ok, true);
  });

  it('rejects unknown statuses and times without a date, and still checks the letter itself', () => {
    const bad = validate(writerLetterSchema, { ...letter, subject: 3, events: [{ status: 'lost', at: 'yesterday' }, { status: 'rejected', at: '2026-11-03', note: 7 }] });
    assert.deepEqual(paths(bad), ['events[0].at', 'events[0].status', 'events[1].note', 'subject']);
  });
});

describe('letter submission text', () => {
  const letter = { type: 'help', subject: '路灯不亮', content: '建设路路灯已坏一周。', name: '张三', phone: '13812345678', mayPublish: true };
  it('refuses a name, subject or content of whitespace only (code blank); empty is required, reported once', () => {
    const result = validate(letterSubmissionSchema, { ...letter, name: '  ', subject: '\u3000', content: '\n\n' });
    assert.deepEqual(result.issues.map((i) => [i.path, i.code]).sort(), [['content', 'blank'], ['name', 'blank'], ['subject', 'blank']]);
    const empty = validate(letterSubmissionSchema, { ...letter, name: '' });
    assert.deepEqual(empty.issues.map((i) => i.path), ['name']);
    assert.ok(validate(letterSubmissionSchema, letter).ok);
  });
});

describe('httpUrl', () => {
  it('accepts absolute http(s) URLs with a host only', () => {
    for (const url of ['https://example.gov.cn/a.pdf', 'HTTP://example.gov.cn/']) assert.ok(isHttpUrl(url), url);
    for (const url of ['javascript:alert(1)', ' https://x.cn/', 'data:text/html,x', '/a.pdf', '//x.cn/a', 'https://', 'ftp://x.cn/', 'mailto:a@b.cn']) assert.equal(isHttpUrl(url), false, url);
    const issues = validate(z.object({ url: httpUrl() }), { url: 'javascript:alert(1)' }).issues;
    assert.deepEqual(issues.map((i) => [i.path, i.code]), [['url', 'http-url']]);
  });
});
