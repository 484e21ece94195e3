/**
 * The demo catalog's power items belong together (issue #17 item 17): every generated item's
 * department, type and legal basis come from the pairing table (scripts/demo-data/
 * power-pairings.ts), names never repeat, and codes and dates are plausible. Checked on the
 * committed demo/data/power-catalog.json, which test/demo-data.node.test.ts proves is a fresh build.
 * Run: node --import tsx --test test/demo-power-items.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import type { PowerCatalogFile, PowerItem } from '@gongkai/schema';
import { isWorkingDay } from '@gongkai/workdays';
import { legalBasisOf } from '../scripts/demo-data/power-items.js';
import { LAWS } from '../scripts/demo-data/power-laws.js';
import { POWER_PAIRINGS, type PowerPairing, type PowerSpec } from '../scripts/demo-data/power-pairings.js';
import { TODAY } from '../scripts/demo-data/site.js';
import { DEPARTMENTS } from './fixtures/power-items.js';

/** The hand-written items of scripts/demo-data/power-catalog.ts keep ids of their own. */
const isHandWritten = (item: PowerItem) => item.id.startsWith('pc-s');

/**
 * Who pays benefits (行政给付) in a city: social assistance and allowances (民政), insurance benefits
 * (人社, 医保), farm subsidies (农业农村). A 市场监管局 or 水利局 paying one is the kind of mistake
 * the field report found (高龄津贴发放 by 市场监管局).
 */
const BENEFIT_DEPARTMENTS = new Set(['mzj', 'rsj', 'ybj', 'nyj']);

/** Subjects and the words an item of that department would carry: a coarse second check of the table. */
const DEPARTMENT_WORDS: Record<string, RegExp> = {
  slj: /水|河道|采砂/u,
  scjgj: /食品|药品|特种设备|广告|产品|消费者/u,
  mzj: /救助|生活保障|特困|津贴|养老|社会团体|民办非企业|结婚|离婚/u,
  wjw: /医|护士|卫生|出生/u,
};

describe('demo power items', () => {
  let items: PowerItem[];
  let generated: PowerItem[];
  const table = new Map<string, { pairing: PowerPairing; spec: PowerSpec }>();
  for (const pairing of POWER_PAIRINGS) for (const spec of pairing.powers) table.set(spec.name, { pairing, spec });

  before(async () => {
    const file = JSON.parse(await readFile(new URL('../demo/data/power-catalog.json', import.meta.url), 'utf8')) as PowerCatalogFile;
    items = file.items;
    generated = items.filter((item) => !isHandWritten(item));
  });

  it('has no two items with the same name, code or id', () => {
    for (const key of ['name', 'code', 'id'] as const) {
      const seen = new Set<string>();
      for (const item of items) {
        const value = item[key] ?? '';
        assert.ok(!seen.has(value), `${key} ${value} twice`);
        seen.add(value);
      }
    }
  });

  it('generates one item per power of the table, and nothing else', () => {
    assert.equal(generated.length, table.size);
    assert.ok(generated.length >= 100, `${generated.length} generated items`);
    assert.deepEqual(generated.map((item) => item.name).sort(), [...table.keys()].sort());
  });

  it("takes each item's department, type and legal basis from the table", () => {
    for (const item of generated) {
      const entry = table.get(item.name);
      assert.ok(entry, `${item.name} is not in the pairing table`);
      assert.equal(item.department, entry.pairing.department, item.name);
      assert.equal(item.type, entry.spec.type, item.name);
      assert.deepEqual(item.legalBasis, legalBasisOf(entry.spec), item.name);
    }
  });

  it('cites only texts of the law table, each with its own rank and document number', () => {
    const byTitle = new Map<string, (typeof LAWS)[keyof typeof LAWS]>(Object.values(LAWS).map((law) => [law.title, law]));
    for (const item of generated) {
      assert.ok((item.legalBasis?.length ?? 0) > 0, `${item.name} has no legal basis`);
      for (const basis of item.legalBasis ?? []) {
        const law = byTitle.get(basis.title);
        assert.ok(law, `${item.name}: ${basis.title} is not in the law table`);
        assert.equal(basis.rank, law.rank, basis.title);
        assert.equal(basis.docNumber, 'docNumber' in law ? law.docNumber : undefined, basis.title);
        if (basis.article !== undefined) assert.match(basis.article, /^第[一二三四五六七八九十百千零]+条$/u, `${item.name}: ${basis.article}`);
      }
    }
  });

  it('pays benefits only from departments that pay them, and pairs subjects with their department', () => {
    for (const item of items) {
      if (item.type === 'benefit') assert.ok(BENEFIT_DEPARTMENTS.has(item.department), `${item.name} paid by ${item.department}`);
      for (const [department, words] of Object.entries(DEPARTMENT_WORDS)) {
        if (item.department === department) assert.match(item.name, words, `${item.name} by ${department}`);
      }
    }
    // The field report's examples stay impossible.
    const byName = new Map(items.map((item) => [item.name, item]));
    assert.equal(byName.get('高龄津贴发放')?.department, 'mzj');
    assert.ok(!byName.get('高龄津贴发放')?.legalBasis?.some((b) => b.title.includes('绿化')));
    assert.equal(byName.get('取水许可')?.department, 'slj');
    assert.ok(byName.get('取水许可')?.legalBasis?.some((b) => b.title === '取水许可和水资源费征收管理条例'));
    const foodLicence = byName.get('食品经营许可');
    assert.equal(foodLicence?.department, 'scjgj');
    assert.ok(foodLicence?.legalBasis?.some((b) => b.title === '中华人民共和国食品安全法' && b.article === '第三十五条'));
    assert.ok(!items.some((item) => item.name.includes('药品') && item.department === 'slj'));
  });

  it('codes carry the department letters and type code, and the local type number', () => {
    const LETTERS = new Map<string, string>(DEPARTMENTS.map(([id, , letters]) => [id, letters]));
    // docs/domain.md §1: the ten powers 01–10, public services 11.
    const LOCAL_CODES: Record<PowerItem['type'], string> = {
      licensing: '01', penalty: '02', coercion: '03', levy: '04', benefit: '05', inspection: '06',
      confirmation: '07', reward: '08', adjudication: '09', other: '10', publicService: '11',
    };
    const typeCodes: Record<PowerItem['type'], string> = {
      licensing: 'XK', penalty: 'CF', coercion: 'QZ', levy: 'ZS', benefit: 'JF', inspection: 'JC',
      confirmation: 'QR', reward: 'JL', adjudication: 'CJ', other: 'QT', publicService: 'GG',
    };
    for (const item of items) {
      const match = /^3701([A-Z]{2})-([A-Z]{2})-\d{5}$/u.exec(item.code ?? '');
      assert.ok(match, `${item.name}: code ${item.code}`);
      assert.equal(match[2], typeCodes[item.type], item.name);
      assert.equal(match[1], LETTERS.get(item.department), `${item.name}: ${item.code} for ${item.department}`);
      if (!isHandWritten(item)) assert.equal(item.localCode, LOCAL_CODES[item.type], item.name);
    }
  });

  it('was updated on a working day within the last three years, never after the build date', () => {
    const oldest = `${Number(TODAY.slice(0, 4)) - 3}${TODAY.slice(4)}`;
    for (const item of items) {
      assert.ok(item.updatedAt !== undefined, item.name);
      assert.match(item.updatedAt, /^\d{4}-\d{2}-\d{2}$/u);
      assert.ok(item.updatedAt <= TODAY, `${item.name}: ${item.updatedAt} after ${TODAY}`);
      assert.ok(item.updatedAt >= oldest, `${item.name}: ${item.updatedAt} before ${oldest}`);
      assert.ok(isWorkingDay(item.updatedAt), `${item.name}: updated on a day off (${item.updatedAt})`);
    }
  });
});
