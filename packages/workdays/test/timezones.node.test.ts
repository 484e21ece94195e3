/**
 * Runs the vector tests and a result printer in child processes under three real time zones: the
 * results must not depend on the machine's zone (docs/domain.md §4: dates are Asia/Shanghai civil dates).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { DOMAIN_VECTORS } from './fixtures/vectors.js';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'] as const;
const EXPECTED_JANUARY_OFFSET: Record<(typeof ZONES)[number], number> = {
  UTC: 0,
  'Asia/Shanghai': -480,
  'America/Los_Angeles': 480,
};
const packageDir = fileURLToPath(new URL('..', import.meta.url));

function runNode(args: string[], tz: string) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: packageDir,
    env: { ...process.env, TZ: tz, NODE_TEST_CONTEXT: undefined },
    encoding: 'utf8',
  });
  return child;
}

describe('results are identical in every time zone', () => {
  for (const tz of ZONES) {
    it(`vector tests pass under TZ=${tz}`, () => {
      const child = runNode(['--test', '--test-reporter=dot', 'test/vectors.node.test.ts'], tz);
      assert.equal(child.status, 0, `TZ=${tz}\n${child.stdout}\n${child.stderr}`);
    });
  }

  it('the printed results agree across TZ=UTC, Asia/Shanghai, America/Los_Angeles', () => {
    const outputs = ZONES.map((tz) => {
      const child = runNode(['test/fixtures/print-vector-results.ts'], tz);
      assert.equal(child.status, 0, child.stderr);
      const parsed = JSON.parse(child.stdout) as { tz: string; januaryOffsetMinutes: number; results: unknown[] };
      assert.equal(parsed.januaryOffsetMinutes, EXPECTED_JANUARY_OFFSET[tz], `TZ=${tz} did not take effect`);
      return parsed.results;
    });
    assert.deepEqual(outputs[1], outputs[0]);
    assert.deepEqual(outputs[2], outputs[0]);
    assert.deepEqual(
      (outputs[0] as { due: string; extendedDue: string }[]).map(({ due, extendedDue }) => [due, extendedDue]),
      DOMAIN_VECTORS.map(({ due, extendedDue }) => [due, extendedDue]),
    );
  });
});
