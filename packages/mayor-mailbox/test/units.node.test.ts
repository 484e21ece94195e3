/** The element's pure parts: personal-data detection, the counter announcer, the form rules, the statistics. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PublicLetter } from '@gongkai/schema';
import { findPersonalData } from '../src/pii.js';
import { CounterAnnouncer } from '../src/counter-announcer.js';
import { charCount, emptyLetter, fieldForPath } from '../src/form-model.js';
import { isPhone, normalizePhone, toLetterBody, validateLetter } from '../src/letter-checks.js';
import { buildStatsModel, countByUnit, statsFromLetters } from '../src/stats.js';

describe('findPersonalData', () => {
  const cases: Array<[string, string[]]> = [
    ['我的身份证号是11010519491231002X，请核实', ['idNumber']],
    ['身份证 110105 19491231 002x', ['idNumber']],
    ['身份证１１０１０５１９４９１２３１００２Ｘ', ['idNumber']],
    ['老身份证 110105491231002', ['idNumber']],
    ['电话 138 0013 8000', ['phone']],
    ['电话+86-13800138000', ['phone']],
    ['座机 010-12345678', ['phone']],
    ['邮箱 li.si+mail@example.com.cn', ['email']],
    ['身份证 11010519491231002X 电话 13800138000 邮箱 a@b.cn', ['idNumber', 'phone', 'email']],
    ['2026年10月1日下午3点，12路公交车晚点30分钟', []],
    ['订单号 20261001123456789012', []],
    ['已打码的电话 138****1234', []],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(findPersonalData(text), expected));
  }
});

describe('CounterAnnouncer', () => {
  function setup(options: { max?: number; warnAt?: number } = {}) {
    let now = 0;
    const timers: Array<{ at: number; fn: () => void; id: number }> = [];
    let nextId = 1;
    const spoken: number[] = [];
    const announcer = new CounterAnnouncer({
      max: options.max ?? 100,
      ...(options.warnAt !== undefined ? { warnAt: options.warnAt } : {}),
      idleMs: 1000,
      minIntervalMs: 5000,
      announce: (n) => spoken.push(n),
      now: () => now,
      setTimer: (fn, ms) => {
        const id = nextId++;
        timers.push({ at: now + ms, fn, id });
        return id;
      },
      clearTimer: (id) => {
        const i = timers.findIndex((t) => t.id === id);
        if (i >= 0) timers.splice(i, 1);
      },
    });
    const advance = (ms: number) => {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    };
    return { announcer, advance, spoken };
  }

  it('says nothing while typing and announces once typing pauses', () => {
    const { announcer, advance, spoken } = setup();
    for (let n = 1; n <= 10; n++) {
      announcer.update(n);
      advance(200);
    }
    assert.deepEqual(spoken, []);
    advance(1000);
    assert.deepEqual(spoken, [10]);
  });

  it('announces at most once per interval, but at once when the limit comes near or is passed', () => {
    const { announcer, advance, spoken } = setup({ max: 100, warnAt: 10 });
    announcer.update(20);
    advance(1000);
    announcer.update(30);
    advance(1000);
    assert.deepEqual(spoken, [20], 'too soon after the last announcement');
    announcer.update(92);
    advance(1000);
    assert.deepEqual(spoken, [20, 92], 'near the limit');
    announcer.update(101);
    advance(1000);
    assert.deepEqual(spoken, [20, 92, 101], 'over the limit');
    announcer.update(101);
    advance(10_000);
    assert.deepEqual(spoken, [20, 92, 101], 'the same count twice is not repeated');
  });

  it('stops when disposed', () => {
    const { announcer, advance, spoken } = setup();
    announcer.update(5);
    announcer.dispose();
    advance(5000);
    assert.deepEqual(spoken, []);
  });
});

describe('form model', () => {
  it('counts characters as people do', () => {
    assert.equal(charCount('市长信箱'), 4);
    assert.equal(charCount('路灯👍'), 3);
  });

  it('accepts mobiles and landlines, after removing separators and +86', () => {
    for (const ok of ['138 0013 8000', '+86 138-0013-8000', '８６13800138000', '010-12345678', '0755 1234567']) assert.equal(isPhone(ok), true, ok);
    for (const bad of ['12345', '12800138000', '1380013800', '10-12345678']) assert.equal(isPhone(bad), false, bad);
    assert.equal(normalizePhone('+86 138-0013-8000'), '13800138000');
  });

  it('lists every missing required field and none of the optional ones', () => {
    const errors = validateLetter(emptyLetter());
    assert.deepEqual(Object.keys(errors).sort(), ['content', 'name', 'phone', 'privacyAccepted', 'subject', 'type']);
    const tooLong = validateLetter({ ...emptyLetter(), content: '字'.repeat(5001), subject: '题'.repeat(101), email: 'x@' });
    assert.ok(tooLong.content?.includes('5000'));
    assert.ok(tooLong.subject?.includes('100'));
    assert.ok(tooLong.email);
  });

  it('builds the contract body without empty optional fields', () => {
    const body = toLetterBody({ ...emptyLetter(), type: 'help', subject: ' 路灯 ', content: '坏了', name: '王五', phone: '138 0013 8000', mayPublish: true, privacyAccepted: true });
    assert.deepEqual(body, { type: 'help', subject: '路灯', content: '坏了', name: '王五', phone: '13800138000', mayPublish: true });
  });

  it('maps server error paths to fields', () => {
    assert.equal(fieldForPath('phone'), 'phone');
    assert.equal(fieldForPath('content'), 'content');
    assert.equal(fieldForPath('unknown.thing'), undefined);
  });
});

describe('statistics', () => {
  const letter = (type: PublicLetter['type'], status: PublicLetter['status'], unit: string, satisfaction?: PublicLetter['satisfaction'], replied = true): PublicLetter => ({
    letterNumber: `${type}-${status}-${unit}-${satisfaction ?? ''}`,
    type,
    subject: 's',
    content: 'c',
    submittedAt: '2026-10-01',
    status,
    handlingUnit: unit,
    replies: replied ? [{ unit, content: 'r', repliedAt: '2026-10-02' }] : [],
    ...(satisfaction ? { satisfaction } : {}),
  });
  const letters = [
    letter('consult', 'rated', '甲', 'satisfied'),
    letter('consult', 'closed', '乙', 'basicallySatisfied'),
    letter('help', 'rated', '甲', 'unsatisfied'),
    letter('help', 'replied', '甲'),
    letter('complaint', 'inProgress', '丙', undefined, false),
  ];

  it('counts received, replied, types and satisfaction from letters', () => {
    const stats = statsFromLetters(letters);
    assert.equal(stats.received, 5);
    assert.equal(stats.replied, 4);
    assert.deepEqual(stats.byType, { consult: 2, help: 2, complaint: 1 });
    assert.deepEqual(stats.satisfaction, { satisfied: 1, basicallySatisfied: 1, unsatisfied: 1 });
    assert.equal(stats.satisfactionRate, 2 / 3);
  });

  it('orders units by count, then name', () => {
    assert.deepEqual(countByUnit(letters), [{ key: '甲', count: 3 }, { key: '丙', count: 1 }, { key: '乙', count: 1 }]);
  });

  it('prefers published figures, derives the reply rate, keeps local types after the known ones', () => {
    const model = buildStatsModel({ received: 200, replied: 150, onTimeRate: 0.9, byType: { local: 5, help: 10, consult: 20 }, satisfaction: { satisfied: 3, unsatisfied: 1 } }, undefined);
    assert.equal(model.origin, 'published');
    assert.equal(model.replyRate, 0.75);
    assert.equal(model.satisfactionRate, 0.75);
    assert.deepEqual(model.byType.map((r) => r.key), ['consult', 'help', 'local']);
    assert.equal(model.byUnit, undefined);
    const computed = buildStatsModel(undefined, letters);
    assert.equal(computed.origin, 'computed');
    assert.equal(computed.replyRate, 0.8);
    assert.equal(computed.onTimeRate, undefined);
  });

  it('takes units from published byUnit (most first, with on-time rates) over counting the letters', () => {
    const byUnit = [
      { unit: '乙', received: 2, replied: 2 },
      { unit: '甲', received: 7, replied: 6, onTimeRate: 5 / 6 },
    ];
    const model = buildStatsModel({ received: 10, replied: 8, byUnit }, letters);
    assert.equal(model.byUnitOrigin, 'published');
    assert.deepEqual(model.byUnit, [{ key: '甲', count: 7, onTimeRate: 5 / 6 }, { key: '乙', count: 2 }]);
    const counted = buildStatsModel({ received: 10, replied: 8 }, letters);
    assert.equal(counted.byUnitOrigin, 'letters');
    assert.deepEqual(counted.byUnit, countByUnit(letters));
    const none = buildStatsModel({ received: 10, replied: 8, byUnit: [] }, undefined);
    assert.equal(none.byUnit, undefined);
    assert.equal(none.byUnitOrigin, undefined);
  });
});
