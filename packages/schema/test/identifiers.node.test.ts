import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  creditCodeCheckCharacter,
  residentIdCheckCharacter,
  validateCreditCode,
  validateIndexNumber,
  validateMobile,
  validatePhone,
  validatePostcode,
  validateResidentId,
  type IdentifierResult,
} from '../src/identifiers/index.js';

function assertIssue(result: IdentifierResult, code: string, severity: 'error' | 'warning'): void {
  assert.ok(result.issue, `expected issue ${code}`);
  assert.equal(result.issue.code, code);
  assert.equal(result.issue.severity, severity);
  for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) assert.ok(result.issue.message[locale].length > 0);
}

// A fixed "today" so the birth-date-not-in-future rule does not depend on the clock.
const today = new Date(2026, 10, 22);

describe('validateResidentId (GB 11643-1999, docs/domain.md §6)', () => {
  for (const id of ['11010519491231002X', '440524188001010014', '110102199101010078']) {
    it(`accepts ${id}`, () => {
      const result = validateResidentId(id, { today });
      assert.deepEqual(result, { valid: true, normalized: id });
    });
  }

  it('computes the check character of the vectors', () => {
    assert.equal(residentIdCheckCharacter('11010519491231002'), 'X');
    assert.equal(residentIdCheckCharacter('44052418800101001'), '4');
  });

  it('rejects the invalid checksum vector 36042619910102009X', () => {
    const result = validateResidentId('36042619910102009X', { today });
    assert.equal(result.valid, false);
    assertIssue(result, 'resident-id-checksum', 'error');
  });

  it('rejects the invalid date vector 360426199113010079', () => {
    const result = validateResidentId('360426199113010079', { today });
    assert.equal(result.valid, false);
    assertIssue(result, 'resident-id-date', 'error');
  });

  it('rejects 29 February of a non-leap year and a birth date in the future', () => {
    // Check characters are right, so only the date can fail.
    const feb29 = `11010519490229001`;
    assert.equal(validateResidentId(feb29 + residentIdCheckCharacter(feb29), { today }).issue?.code, 'resident-id-date');
    const future = `11010520270101001`;
    assert.equal(validateResidentId(future + residentIdCheckCharacter(future), { today }).issue?.code, 'resident-id-date');
    const leap = `11010520000229001`;
    assert.equal(validateResidentId(leap + residentIdCheckCharacter(leap), { today }).valid, true);
  });

  it('normalizes a lower-case x, spaces, hyphens and full-width characters', () => {
    for (const typed of ['11010519491231002x', '110105 1949 1231 002X', '110105-19491231-002x', '１１０１０５１９４９１２３１００２ｘ', '\u3000110105 19491231 002Ｘ ']) {
      const result = validateResidentId(typed, { today });
      assert.equal(result.valid, true, typed);
      assert.equal(result.normalized, '11010519491231002X', typed);
    }
  });

  it('rejects wrong length or characters, and 15-digit old numbers, with a format issue', () => {
    for (const bad of ['', '1101051949123100', '11010519491231002Y', '110105194912310', '11010519491231002XX']) {
      const result = validateResidentId(bad, { today });
      assert.equal(result.valid, false, bad);
      assertIssue(result, 'resident-id-format', 'error');
    }
  });

  it('reports the path it is given', () => {
    assert.equal(validateResidentId('36042619910102009X', { today, path: 'applicant.idNumber' }).issue?.path, 'applicant.idNumber');
  });
});

describe('validateCreditCode (GB 32100-2015, docs/domain.md §6)', () => {
  for (const code of ['91110000600037341L', '91310115MA1K3BTP2B', '121200004013590816']) {
    it(`accepts ${code}`, () => {
      assert.deepEqual(validateCreditCode(code), { valid: true, normalized: code });
      assert.equal(creditCodeCheckCharacter(code), code[17]);
    });
  }

  it('warns (does not block) on the invalid checksum vector 91110000600037341N', () => {
    const result = validateCreditCode('91110000600037341N');
    assert.equal(result.valid, true);
    assertIssue(result, 'credit-code-checksum', 'warning');
  });

  it('warns on the genuine early code 91350100M0001TGQXM', () => {
    const result = validateCreditCode('91350100M0001TGQXM');
    assert.equal(result.valid, true);
    assert.equal(result.normalized, '91350100M0001TGQXM');
    assertIssue(result, 'credit-code-checksum', 'warning');
  });

  it('normalizes case, separators and full-width characters', () => {
    assert.deepEqual(validateCreditCode('91310115ma1k3btp2b'), { valid: true, normalized: '91310115MA1K3BTP2B' });
    assert.deepEqual(validateCreditCode('９１３１ ０１１５-MA1K3BTP2B'), { valid: true, normalized: '91310115MA1K3BTP2B' });
  });

  it('rejects a wrong length as an error', () => {
    const result = validateCreditCode('91110000600037341');
    assert.equal(result.valid, false);
    assertIssue(result, 'credit-code-length', 'error');
  });

  it('rejects characters outside the code set (I, O, Z, S, V) as an error', () => {
    for (const bad of ['91110000600037341I', '9111000060003734OL', '91110000600037341S', '91110000600037341V', '9111000060003734?L']) {
      const result = validateCreditCode(bad);
      assert.equal(result.valid, false, bad);
      assertIssue(result, 'credit-code-charset', 'error');
    }
  });
});

describe('validatePhone / validateMobile', () => {
  it('accepts mobile numbers with separators and a +86/86 prefix', () => {
    for (const typed of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '8613800138000', '0086-13800138000', '１３８００１３８０００']) {
      assert.deepEqual(validateMobile(typed), { valid: true, normalized: '13800138000' }, typed);
      assert.deepEqual(validatePhone(typed), { valid: true, normalized: '13800138000' }, typed);
    }
  });

  it('rejects numbers that are not mobile numbers', () => {
    for (const bad of ['12800138000', '1380013800', '138001380001', '010-12345678', 'abc']) {
      const result = validateMobile(bad);
      assert.equal(result.valid, false, bad);
      assertIssue(result, 'mobile-format', 'error');
    }
  });

  it('accepts landlines with area code and formats them area-local', () => {
    assert.deepEqual(validatePhone('010-12345678'), { valid: true, normalized: '010-12345678' });
    assert.deepEqual(validatePhone('(010) 1234 5678'), { valid: true, normalized: '010-12345678' });
    assert.deepEqual(validatePhone('（０２１）６２３４５６７８'), { valid: true, normalized: '021-62345678' });
    assert.deepEqual(validatePhone('0931-1234567'), { valid: true, normalized: '0931-1234567' });
    assert.deepEqual(validatePhone('075512345678'), { valid: true, normalized: '0755-12345678' });
    assert.deepEqual(validatePhone('+86 10 1234 5678'), { valid: true, normalized: '010-12345678' });
  });

  it('rejects a landline without area code and junk', () => {
    for (const bad of ['12345678', '1234567', '010-123456', '', '12345']) {
      const result = validatePhone(bad);
      assert.equal(result.valid, false, bad);
      assertIssue(result, 'phone-format', 'error');
    }
  });
});

describe('validatePostcode', () => {
  it('accepts six digits, also full-width', () => {
    assert.deepEqual(validatePostcode('730000'), { valid: true, normalized: '730000' });
    assert.deepEqual(validatePostcode('７３０ ０００'), { valid: true, normalized: '730000' });
  });
  it('rejects anything else', () => {
    for (const bad of ['73000', '7300000', 'ABCDEF', '']) assertIssue(validatePostcode(bad), 'postcode-format', 'error');
  });
});

describe('validateIndexNumber', () => {
  // Numbers as sites publish them (docs/domain.md §2): [index number, what it shows].
  const accepted: [string, string][] = [
    ['000014349/2008-00001', 'the guideline: 9-character organization code, 5-digit serial'],
    ['01527918X/2020-00012', '9-character organization code ending in X'],
    ['1312312345/2014-11204', '10-character local code'],
    ['6107280000/2024-001005', '10-character code, 6-digit serial'],
    ['11441700007280420Y/2021-00050', '18-character unified social credit code'],
    ['91440300MA5D8XYZ1A/2023-000123', 'credit code with letters, 6-digit serial'],
  ];
  const warned: [string, string][] = [
    ['01527918X-2020-153077', 'hyphen instead of slash'],
    ['11341702486344515H/202110-00013', 'year and month before the serial'],
    ['00001434/2008-00001', '8-character organization part'],
    ['13123123456/2014-11204', '11-character organization part'],
    ['1144170000728042Y/2021-00050', '17 characters: a credit code with one missing'],
    ['11441700007280420YZ/2021-00050', '19 characters'],
    ['000014349/2008-0001', '4-digit serial'],
    ['000014349/2008-0000001', '7-digit serial'],
    ['000014349/08-00001', '2-digit year'],
    ['000014349/2008/00001', 'slash before the serial'],
    ['000014349 /2008-00001', 'space inside'],
  ];

  for (const [number, shows] of accepted) {
    it(`accepts ${number} by default (${shows})`, () => {
      assert.deepEqual(validateIndexNumber(number), { valid: true, normalized: number });
    });
  }
  for (const [number, shows] of warned) {
    it(`warns, never refuses, on ${number} by default (${shows})`, () => {
      const result = validateIndexNumber(number);
      assert.equal(result.valid, true, number);
      assertIssue(result, 'index-number-pattern', 'warning');
    });
  }

  it('folds full-width characters before matching', () => {
    assert.deepEqual(validateIndexNumber('００００１４３４９／２００８－００００１'), { valid: true, normalized: '000014349/2008-00001' });
    assert.deepEqual(validateIndexNumber('６１０７２８００００／２０２４－００１００５'), { valid: true, normalized: '6107280000/2024-001005' });
  });

  it('uses a per-site pattern', () => {
    const pattern = /^[0-9A-Z]{18}\/\d{6}-\d{5}$/;
    assert.deepEqual(validateIndexNumber('11341702486344515H/202110-00013', { pattern }), {
      valid: true,
      normalized: '11341702486344515H/202110-00013',
    });
    assert.equal(validateIndexNumber('000014349/2008-00001', { pattern }).issue?.severity, 'warning');
    // A global pattern must not alternate results between calls.
    const global = /^\d{9}\/\d{4}-\d{5}$/g;
    assert.equal(validateIndexNumber('000014349/2008-00001', { pattern: global }).issue, undefined);
    assert.equal(validateIndexNumber('000014349/2008-00001', { pattern: global }).issue, undefined);
  });

  it('rejects an empty value', () => {
    const result = validateIndexNumber('  ');
    assert.equal(result.valid, false);
    assertIssue(result, 'required', 'error');
  });
});
