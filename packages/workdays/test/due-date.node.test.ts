import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeDueDate, DueDateInputError, type DueDateInput } from '../src/index.js';

const kinds = (input: DueDateInput) => computeDueDate(input).explanation.map((step) => step.kind);
const warningCodes = (input: DueDateInput) => computeDueDate(input).warnings.map((warning) => warning.code);

describe('computeDueDate: explanation', () => {
  it('2026-02-06 in three languages', () => {
    const { text, explanation } = computeDueDate({ receivedAt: '2026-02-06' });
    assert.equal(text['zh-Hans'], '收到申请 2026-02-06；20个工作日；2月15日至23日春节放假；2月14日、28日调休上班 → 2026-03-12');
    assert.equal(text['zh-Hant'], '收到申請 2026-02-06；20個工作日；2月15日至23日春節放假；2月14日、28日調休上班 → 2026-03-12');
    assert.equal(
      text.en,
      'Application received 2026-02-06; 20 working days; Spring Festival holiday 15–23 February; ' +
        'make-up working days 14 February and 28 February → 2026-03-12',
    );
    assert.deepEqual(explanation, [
      { kind: 'received', date: '2026-02-06' },
      { kind: 'limit', days: 20 },
      { kind: 'holidayPeriod', from: '2026-02-15', to: '2026-02-23', holidays: ['springFestival'] },
      { kind: 'makeUpWorkdays', dates: ['2026-02-14', '2026-02-28'] },
      { kind: 'dueDate', date: '2026-03-12', provisional: false },
    ]);
  });

  it('groups coinciding holidays into one period (2025 国庆节、中秋节)', () => {
    assert.equal(
      computeDueDate({ receivedAt: '2025-09-26' }).text['zh-Hans'],
      '收到申请 2025-09-26；20个工作日；10月1日至8日国庆节、中秋节放假；9月28日、10月11日调休上班 → 2025-10-30',
    );
  });

  it('writes the year when the span crosses New Year', () => {
    const result = computeDueDate({ receivedAt: '2025-12-31' });
    assert.equal(result.dueDate, '2026-01-29');
    assert.equal(result.text['zh-Hans'], '收到申请 2025-12-31；20个工作日；2026年1月1日至3日元旦放假；2026年1月4日调休上班 → 2026-01-29');
    assert.equal(
      result.text.en,
      "Application received 2025-12-31; 20 working days; New Year's Day holiday 1–3 January 2026; " +
        'make-up working day 4 January 2026 → 2026-01-29',
    );
  });

  it('extension: original due date, the extension, then what fell in the extra days', () => {
    const result = computeDueDate({ receivedAt: '2026-02-06', extension: { days: 20, grantedAt: '2026-03-05' } });
    assert.equal(result.originalDueDate, '2026-03-12');
    assert.equal(result.dueDate, '2026-04-10');
    assert.equal(
      result.text['zh-Hans'],
      '收到申请 2026-02-06；20个工作日；2月15日至23日春节放假；2月14日、28日调休上班 → 2026-03-12；' +
        '延长20个工作日（2026-03-05 批准）；4月4日至6日清明节放假 → 2026-04-10',
    );
    assert.deepEqual(result.warnings, []);
  });

  it('a shorter extension and a shorter promised limit', () => {
    assert.equal(computeDueDate({ receivedAt: '2026-02-06', extension: { days: 5, grantedAt: '2026-03-10' } }).dueDate, '2026-03-19');
    // 10 working days: 9–13 Feb, Saturday 14 Feb worked, 24–27 Feb.
    assert.equal(computeDueDate({ receivedAt: '2026-02-06', limitDays: 10 }).dueDate, '2026-02-27');
  });
});

describe('computeDueDate: correction restarts the count', () => {
  const input: DueDateInput = {
    receivedAt: '2026-03-02',
    correction: { requestedAt: '2026-03-05', correctedReceivedAt: '2026-03-16' },
  };

  it('counts 20 working days from receipt of the corrected application', () => {
    const result = computeDueDate(input);
    assert.equal(result.dueDate, '2026-04-14');
    assert.equal(
      result.text['zh-Hans'],
      '收到申请 2026-03-02；要求补正 2026-03-05；收到补正后的申请 2026-03-16，重新起算；20个工作日；4月4日至6日清明节放假 → 2026-04-14',
    );
    assert.deepEqual(result.warnings, []);
  });

  it('warns when correction was requested more than 7 working days after receipt', () => {
    const onDay7 = { receivedAt: '2026-03-02', correction: { requestedAt: '2026-03-11', correctedReceivedAt: '2026-03-16' } };
    const onDay8 = { receivedAt: '2026-03-02', correction: { requestedAt: '2026-03-12', correctedReceivedAt: '2026-03-16' } };
    assert.deepEqual(warningCodes(onDay7), []);
    assert.deepEqual(warningCodes(onDay8), ['correctionRequestedLate']);
    assert.match(computeDueDate(onDay8).warnings[0]?.message['zh-Hans'] ?? '', /第8个工作日/);
    // Holidays do not count towards the 7 days: 2026-02-13 + 7 working days is 2026-02-27.
    const overSpring = { receivedAt: '2026-02-13', correction: { requestedAt: '2026-02-27', correctedReceivedAt: '2026-03-02' } };
    assert.deepEqual(warningCodes(overSpring), []);
  });
});

describe('computeDueDate: consultation pauses', () => {
  it('paused working days do not count', () => {
    const result = computeDueDate({
      receivedAt: '2026-03-02',
      pauses: [{ kind: 'interAgency', from: '2026-03-09', until: '2026-03-13' }],
    });
    assert.equal(computeDueDate({ receivedAt: '2026-03-02' }).dueDate, '2026-03-30');
    assert.equal(result.dueDate, '2026-04-07');
    assert.equal(
      result.text['zh-Hans'],
      '收到申请 2026-03-02；20个工作日；4月4日至6日清明节放假；3月9日至13日征求其他机关意见，5个工作日不计入 → 2026-04-07',
    );
    assert.deepEqual(result.warnings, []);
  });

  it('holidays inside a pause are not counted twice', () => {
    // 2–10 April: 7 working days (4–6 April 清明节, 4–5 a weekend too).
    const result = computeDueDate({
      receivedAt: '2026-03-30',
      pauses: [{ kind: 'thirdParty', from: '2026-04-02', until: '2026-04-10' }],
    });
    const pause = result.explanation.find((step) => step.kind === 'pause');
    assert.equal(pause?.kind === 'pause' ? pause.pausedWorkingDays : -1, 6);
    assert.equal(computeDueDate({ receivedAt: '2026-03-30' }).dueDate, '2026-04-28');
    // 31 Mar, 1 Apr; paused 2–10 Apr; 13 Apr – 8 May with 1–5 May off; Saturday 9 May is worked.
    assert.equal(result.dueDate, '2026-05-09');
  });

  it('a third party has 15 working days: a longer pause only excludes the first 15', () => {
    const exactly15 = computeDueDate({
      receivedAt: '2026-03-02',
      pauses: [{ kind: 'thirdParty', from: '2026-03-03', until: '2026-03-23' }],
    });
    const longer = computeDueDate({
      receivedAt: '2026-03-02',
      pauses: [{ kind: 'thirdParty', from: '2026-03-03', until: '2026-04-30' }],
    });
    assert.equal(exactly15.dueDate, '2026-04-21');
    assert.deepEqual(exactly15.warnings, []);
    assert.equal(longer.dueDate, '2026-04-21');
    assert.deepEqual(longer.warnings.map((warning) => warning.code), ['thirdPartyPauseCapped']);
    // An inter-agency consultation has no such cap.
    const agency = computeDueDate({
      receivedAt: '2026-03-02',
      pauses: [{ kind: 'interAgency', from: '2026-03-03', until: '2026-04-30' }],
    });
    assert.ok(agency.dueDate > '2026-05-01');
  });

  it('warns about a pause that lies after the due date', () => {
    const result = computeDueDate({
      receivedAt: '2026-03-02',
      pauses: [{ kind: 'interAgency', from: '2026-06-01', until: '2026-06-05' }],
    });
    assert.equal(result.dueDate, '2026-03-30');
    assert.deepEqual(result.warnings.map((warning) => warning.code), ['pauseOutsideCountedSpan']);
  });

  it('pause, restart and extension together, in order', () => {
    const input: DueDateInput = {
      receivedAt: '2026-03-02',
      correction: { requestedAt: '2026-03-05', correctedReceivedAt: '2026-03-16' },
      pauses: [{ kind: 'thirdParty', from: '2026-03-23', until: '2026-03-27' }],
      extension: { days: 10, grantedAt: '2026-04-15' },
    };
    const result = computeDueDate(input);
    // From 16 March: 20 working days plus the 5 paused ones → 21 April; 10 more → 8 May (1–5 May off).
    assert.equal(result.originalDueDate, '2026-04-21');
    assert.equal(result.dueDate, '2026-05-08');
    assert.deepEqual(kinds(input), [
      'received',
      'correctionRequested',
      'restarted',
      'limit',
      'holidayPeriod',
      'pause',
      'originalDueDate',
      'extension',
      'holidayPeriod',
      'dueDate',
    ]);
    assert.equal(
      result.text['zh-Hans'],
      '收到申请 2026-03-02；要求补正 2026-03-05；收到补正后的申请 2026-03-16，重新起算；20个工作日；4月4日至6日清明节放假；' +
        '3月23日至27日征求第三方意见，5个工作日不计入 → 2026-04-21；延长10个工作日（2026-04-15 批准）；5月1日至5日劳动节放假 → 2026-05-08',
    );
  });
});

describe('computeDueDate: years without data', () => {
  it('is provisional, never a silent Monday–Friday guess', () => {
    const result = computeDueDate({ receivedAt: '2026-12-10' });
    assert.equal(result.provisional, true);
    assert.equal(result.dueDate, '2027-01-07');
    assert.deepEqual(result.explanation.at(-2), { kind: 'provisional', years: [2027] });
    assert.equal(result.text['zh-Hans'], '收到申请 2026-12-10；20个工作日；2027年节假日安排尚无数据，暂按周一至周五计算 → 2027-01-07（暂定）');
    assert.match(result.text.en, /\(provisional\)$/);
    assert.equal(computeDueDate({ receivedAt: '2009-12-20' }).provisional, true);
  });

  it('is not provisional when the count ends before the uncovered year', () => {
    assert.equal(computeDueDate({ receivedAt: '2026-11-02' }).provisional, false);
  });
});

describe('computeDueDate: input errors', () => {
  const errorFor = (input: unknown, field: string) => () =>
    assert.throws(
      () => computeDueDate(input as DueDateInput),
      (error: unknown) => error instanceof DueDateInputError && error instanceof RangeError && error.field === field,
    );

  it('bad dates name the field and the input', () => {
    errorFor({ receivedAt: '2026-02-30' }, 'receivedAt')();
    errorFor({ receivedAt: '2026/02/06' }, 'receivedAt')();
    assert.throws(() => computeDueDate({ receivedAt: '2026-2-6' }), /receivedAt: Invalid date "2026-2-6"/);
    errorFor({ receivedAt: '2026-02-06', pauses: [{ kind: 'thirdParty', from: '2026-02-31', until: '2026-03-02' }] }, 'pauses[0].from')();
  });

  it('extension: at most 20 working days, once, not before receipt', () => {
    errorFor({ receivedAt: '2026-02-06', extension: { days: 21, grantedAt: '2026-03-05' } }, 'extension.days')();
    errorFor({ receivedAt: '2026-02-06', extension: { days: 0, grantedAt: '2026-03-05' } }, 'extension.days')();
    errorFor({ receivedAt: '2026-02-06', extension: { days: 2.5, grantedAt: '2026-03-05' } }, 'extension.days')();
    errorFor({ receivedAt: '2026-02-06', extension: [{ days: 10, grantedAt: '2026-03-05' }, { days: 10, grantedAt: '2026-03-06' }] }, 'extension')();
    errorFor({ receivedAt: '2026-02-06', extension: { days: 10, grantedAt: '2026-02-01' } }, 'extension.grantedAt')();
  });

  it('warns when the extension was approved after the original due date', () => {
    assert.deepEqual(
      warningCodes({ receivedAt: '2026-02-06', extension: { days: 20, grantedAt: '2026-03-13' } }),
      ['extensionGrantedAfterDueDate'],
    );
  });

  it('correction, pause and limit must make sense', () => {
    errorFor({ receivedAt: '2026-03-02', correction: { requestedAt: '2026-03-01', correctedReceivedAt: '2026-03-16' } }, 'correction.requestedAt')();
    errorFor({ receivedAt: '2026-03-02', correction: { requestedAt: '2026-03-05', correctedReceivedAt: '2026-03-04' } }, 'correction.correctedReceivedAt')();
    errorFor({ receivedAt: '2026-03-02', pauses: [{ kind: 'thirdParty', from: '2026-03-10', until: '2026-03-09' }] }, 'pauses[0]')();
    errorFor({ receivedAt: '2026-03-02', pauses: [{ kind: 'court', from: '2026-03-09', until: '2026-03-10' }] }, 'pauses[0].kind')();
    errorFor({ receivedAt: '2026-03-02', limitDays: 21 }, 'limitDays')();
    errorFor({ receivedAt: '2026-03-02', limitDays: 0 }, 'limitDays')();
  });
});
