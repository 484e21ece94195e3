/** Cell conversions, encoding detection, header finding and the row map, tested in-process. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../src/decode-text.js';
import { parseChineseNumber } from '../src/import/chinese-number.js';
import * as convert from '../src/import/convert.js';
import { normalizeHeading } from '../src/import/default-mapping.js';
import { findHeader } from '../src/import/header.js';
import { locate, readSourceMap } from '../src/source-map.js';

const context = { headingHint: '' };
const value = (converted: convert.Converted) => (converted !== undefined && 'value' in converted ? converted.value : converted);
const failed = (converted: convert.Converted) => converted !== undefined && 'reason' in converted;

describe('dates', () => {
  it('reads the usual spellings as ISO dates', () => {
    for (const text of ['2014-05-08', '2014/5/8', '2014.5.8', '2014年5月8日', '2014 年 5 月 8 日', '２０１４－０５－０８', '20140508']) {
      assert.equal(convert.parseDate(text), '2014-05-08', text);
    }
    assert.equal(convert.parseDate(new Date(Date.UTC(2014, 4, 8))), '2014-05-08');
    assert.equal(convert.parseDate(41767), '2014-05-08'); // an Excel serial number
    assert.equal(convert.parseDate('2014-05-08 9:30'), '2014-05-08T09:30:00+08:00');
  });
  it('rejects dates that do not exist', () => {
    for (const text of ['2014-02-30', '2014年13月1日', '5/8/2014', '下周一']) assert.equal(convert.parseDate(text), undefined, text);
    assert.ok(failed(convert.dateOrDateTime('2014-02-30', context)));
    assert.equal(value(convert.date('2014-05-08 09:30', context)), '2014-05-08');
  });
});

describe('time limits', () => {
  it('reads working days, calendar days, Chinese numerals and 即办', () => {
    assert.deepEqual(value(convert.timeLimit('20个工作日', context)), { value: 20, unit: 'workingDay' });
    assert.deepEqual(value(convert.timeLimit('二十个工作日', context)), { value: 20, unit: 'workingDay' });
    assert.deepEqual(value(convert.timeLimit('30日', context)), { value: 30, unit: 'calendarDay' });
    assert.deepEqual(value(convert.timeLimit('60 个自然日', context)), { value: 60, unit: 'calendarDay' });
    assert.deepEqual(value(convert.timeLimit('即办', context)), { value: 0, unit: 'workingDay' });
    assert.deepEqual(value(convert.timeLimit(15, context)), { value: 15, unit: 'workingDay' });
    assert.deepEqual(value(convert.timeLimit('15', { headingHint: '自然日' })), { value: 15, unit: 'calendarDay' });
    assert.equal(convert.timeLimit('无', context), undefined);
    assert.ok(failed(convert.timeLimit('视情况而定', context)));
  });
  it('keeps months and years as months and years (issue #17 item 8)', () => {
    const cases: [string | number, { headingHint: string }, unknown][] = [
      ['6个月', context, { value: 6, unit: 'month' }],
      ['三个月', context, { value: 3, unit: 'month' }],
      ['六個月', context, { value: 6, unit: 'month' }],
      ['１２个月', context, { value: 12, unit: 'month' }],
      ['1年', context, { value: 1, unit: 'year' }],
      ['一年', context, { value: 1, unit: 'year' }],
      ['两年', context, { value: 2, unit: 'year' }],
      ['半年', context, { value: 6, unit: 'month' }],
      ['3个月以内', context, { value: 3, unit: 'month' }],
      ['20个工作日内', context, { value: 20, unit: 'workingDay' }],
      [6, { headingHint: '月' }, { value: 6, unit: 'month' }],
      ['2', { headingHint: '年' }, { value: 2, unit: 'year' }],
    ];
    for (const [cell, hint, expected] of cases) assert.deepEqual(value(convert.timeLimit(cell, hint)), expected, String(cell));
    // "6月" and "三月" read as June and March, not as six or three months.
    for (const text of ['6月', '三月', '6个年', '月']) assert.ok(failed(convert.timeLimit(text, context)), text);
    const reason = convert.timeLimit('6月', context);
    assert.ok(reason !== undefined && 'reason' in reason);
    assert.match(reason.reason['zh-Hans'], /“6月”不是可识别的时限（如“20个工作日”“30日”“6个月”“1年”“即办”）/);
  });
  it('parses Chinese numerals', () => {
    assert.deepEqual(['十', '十五', '二十', '一百二十', '两百', '三'].map(parseChineseNumber), [10, 15, 20, 120, 200, 3]);
    assert.equal(parseChineseNumber('二三'), undefined);
  });
});

describe('other cells', () => {
  it('yes/no', () => {
    assert.equal(value(convert.boolean('是', context)), true);
    assert.equal(value(convert.boolean('否', context)), false);
    assert.equal(value(convert.boolean('不收费', context)), false);
    assert.ok(failed(convert.boolean('也许', context)));
  });
  it('power types from Chinese names', () => {
    assert.equal(value(convert.powerType('行政许可', context)), 'licensing');
    assert.equal(value(convert.powerType('行政處罰', context)), 'penalty');
    assert.equal(value(convert.powerType('公共服务类', context)), 'publicService');
    assert.equal(value(convert.powerType('inspection', context)), 'inspection');
    assert.ok(failed(convert.powerType('01', context)));
  });
  it('legal bases: several per cell, with document number and article', () => {
    assert.deepEqual(value(convert.legalBasis('1.《中华人民共和国行政许可法》（主席令第7号）第十二条第一款\n2、《示例条例》', context)), [
      { title: '《中华人民共和国行政许可法》', docNumber: '主席令第7号', article: '第十二条第一款' },
      { title: '《示例条例》' },
    ]);
    // A ； inside the quoted text of one law does not split it; one before the next 《 does.
    const bases = value(convert.legalBasis('《甲法》第三条：应当登记；未登记的不得经营；《乙办法》第五条', context)) as { title: string; text?: string }[];
    assert.deepEqual(bases.map((b) => b.title), ['《甲法》', '《乙办法》']);
    assert.equal(bases[0]!.text, '《甲法》第三条：应当登记；未登记的不得经营');
    assert.deepEqual(value(convert.legalBasis('国务院决定第412号；省政府令第5号', context)), [{ title: '国务院决定第412号' }, { title: '省政府令第5号' }]);
  });
});

describe('encoding detection', () => {
  const text = '事项名称,是否收费\n食品经营许可,否\n';
  it('BOM, then strict UTF-8, else GBK', () => {
    assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)])), { text, encoding: 'utf-8' });
    assert.deepEqual(decodeText(Buffer.from(text)), { text, encoding: 'utf-8' });
    assert.deepEqual(decodeText(iconv.encode(text, 'gbk')), { text, encoding: 'gb18030' });
    assert.deepEqual(decodeText(iconv.encode(`\ufeff${text}`, 'utf-16le')), { text, encoding: 'utf-16le' });
  });
});

describe('headers', () => {
  it('normalizes stars, spaces, full-width brackets and notes', () => {
    assert.deepEqual(normalizeHeading('*法定时限（工作日）'), { key: '法定时限', hint: '工作日' });
    assert.deepEqual(normalizeHeading(' 事项 名称 ：'), { key: '事项名称', hint: '' });
  });
  it('a two-row header beats a single row; a title row above is skipped', () => {
    const rows = [
      ['清单', '清单', '清单', '清单', '清单'],
      ['事项名称', '事项类型', '时限', '时限', '设定依据'],
      ['事项名称', '事项类型', '法定', '承诺', '设定依据'],
      ['甲', '行政许可', '20', '10', '《法》'],
    ];
    const layout = findHeader({ rows: rows.map((cells, i) => ({ number: i + 1, cells })) }, 'power-catalog')!;
    assert.deepEqual(layout.headerRows, [2, 3]);
    assert.deepEqual(layout.columns.map((c) => c.spec.target), ['name', 'type', 'timeLimits.statutory', 'timeLimits.promised', 'legalBasis']);
    assert.equal(layout.dataStart, 3);
  });
});

describe('row map', () => {
  const map = readSourceMap({
    'x-gongkai-source': { file: 'a.xlsx', sheet: 'S', rows: { items: [4, 5] }, columns: { items: { name: '事项名称', timeLimits: 'x', 'timeLimits.promised': '承诺时限' } } },
  });
  it('finds the row and the most specific column', () => {
    assert.deepEqual(locate(map, 'items[1].timeLimits.promised.value'), { file: 'a.xlsx', sheet: 'S', row: 5, column: '承诺时限' });
    assert.deepEqual(locate(map, 'items[0]'), { file: 'a.xlsx', sheet: 'S', row: 4 });
    assert.equal(locate(map, 'items[7].name'), undefined);
    assert.equal(locate(map, 'publisher.name'), undefined);
  });
  it('ignores a malformed map', () => {
    assert.equal(readSourceMap({ 'x-gongkai-source': { rows: 3 } }), undefined);
  });
});
