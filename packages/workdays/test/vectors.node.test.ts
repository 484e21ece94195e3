/** docs/domain.md §4 vectors. Also run under TZ=UTC, Asia/Shanghai and America/Los_Angeles by timezones.node.test.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWorkingDays, computeDueDate, workingDaysBetween } from '../src/index.js';
import { DOMAIN_VECTORS } from './fixtures/vectors.js';

const zone = `TZ=${process.env.TZ ?? '(unset)'}`;

describe(`docs/domain.md §4 vectors, ${zone}`, () => {
  for (const { receivedAt, due, extendedDue } of DOMAIN_VECTORS) {
    it(`${receivedAt} → ${due} → ${extendedDue}`, () => {
      assert.equal(addWorkingDays(receivedAt, 20), due);
      assert.equal(addWorkingDays(due, 20), extendedDue);
      assert.equal(addWorkingDays(receivedAt, 40), extendedDue);
      assert.equal(workingDaysBetween(receivedAt, due), 20);

      const plain = computeDueDate({ receivedAt });
      assert.equal(plain.dueDate, due);
      assert.equal(plain.provisional, false);

      const extended = computeDueDate({ receivedAt, extension: { days: 20, grantedAt: due } });
      assert.equal(extended.originalDueDate, due);
      assert.equal(extended.dueDate, extendedDue);
      assert.deepEqual(extended.warnings, []);
    });
  }

  it('2026-02-06: the explanation a citizen reads', () => {
    assert.equal(
      computeDueDate({ receivedAt: '2026-02-06' }).text['zh-Hans'],
      '收到申请 2026-02-06；20个工作日；2月15日至23日春节放假；2月14日、28日调休上班 → 2026-03-12',
    );
  });
});
