import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createSearchIndex,
  highlightRanges,
  normalizeForSearch,
  searchIndexFromData,
  SearchIndexBuilder,
  type SearchField,
} from '../src/search/index.js';
import { foldPairs } from '../src/search/fold-table.js';

const pairs = foldPairs();
const FOLD_FROM = String.fromCharCode(...pairs.from);
const FOLD_TO = String.fromCharCode(...pairs.to);
import { createRandom, generateDocuments, type GeneratedDocument } from './generate-records.js';

const titleOnly: Array<SearchField<string>> = [{ name: 'title', get: (r) => r, weight: 1 }];
const find = (records: string[], query: string): number[] =>
  createSearchIndex(records, titleOnly).search(query).map((h) => h.index);

test('Simplified and Traditional forms find each other', () => {
  const records = ['关于推进數字政府建設的实施意见', '数字政府建设三年行动计划', '住房公积金管理办法'];
  assert.deepEqual(find(records, '数字政府').sort(), [0, 1]);
  assert.deepEqual(find(records, '數字政府').sort(), [0, 1]);
  assert.deepEqual(find(records, '数字政府建设').sort(), [0, 1]);
  assert.equal(normalizeForSearch('數字政府'), normalizeForSearch('数字政府'));
  // Taiwan variant glyphs fold too.
  assert.equal(normalizeForSearch('裡'), normalizeForSearch('里'));
  assert.equal(normalizeForSearch('為'), '为');
});

test('Simplified characters that are also variant sources are not over-folded', () => {
  assert.equal(normalizeForSearch('才'), '才');
  assert.equal(normalizeForSearch('台'), '台');
  assert.equal(normalizeForSearch('臺'), '台');
});

test('a Chinese query without spaces finds text inside a longer sentence', () => {
  const records = ['为深入贯彻落实党中央国务院关于优化营商环境的决策部署现将有关事项通知如下', '其他内容'];
  assert.deepEqual(find(records, '优化营商环境'), [0]);
  assert.deepEqual(find(records, '营商'), [0]);
  assert.deepEqual(find(records, '环境的决策'), [0]);
});

test('document-number bracket variants match one another', () => {
  const records = ['衡政办函〔2014〕36号', '高政发[2012]58号', '衡政办函〔2015〕36号'];
  assert.deepEqual(find(records, '衡政办函[2014]36号'), [0]);
  assert.deepEqual(find(records, '衡政办函（2014）36号'), [0]);
  assert.deepEqual(find(records, '（2014）'), [0]);
  assert.deepEqual(find(records, '高政发〔2012〕58号'), [1]);
  assert.deepEqual(find(records, '【2012】'), [1]);
});

test('full-width and case folding', () => {
  assert.equal(normalizeForSearch('Ａ１（ＢｃＤ）　ｅ'), 'a1(bcd) e');
  const records = ['ETC 推广', 'Ｗｉ－Ｆｉ 覆盖', '5G基站'];
  assert.deepEqual(find(records, 'etc'), [0]);
  assert.deepEqual(find(records, 'ＥＴＣ'), [0]);
  assert.deepEqual(find(records, 'wi-fi'), [1]);
  assert.deepEqual(find(records, '５ｇ'), [2]);
});

test('normalization is length-preserving, code unit by code unit', () => {
  const random = createRandom(7);
  const alphabet = 'Ａ１（）〔〕［］【】〖〗数數字政府建設ABCxyzİÅΣ　 \u00a0𠀀😀\ud800' + FOLD_FROM.slice(0, 300) + FOLD_TO.slice(0, 300);
  let long = '';
  for (let i = 0; i < 200_000; i++) long += alphabet[Math.floor(random() * alphabet.length)];
  const normalized = normalizeForSearch(long);
  assert.equal(normalized.length, long.length);
  // Per unit: each unit normalizes on its own to the unit at the same offset.
  for (let i = 0; i < 5_000; i++) assert.equal(normalizeForSearch(long[i]!), normalized[i]);
  // Idempotent: folding a folded string changes nothing.
  assert.equal(normalizeForSearch(normalized), normalized);
});

test('running text without surrogates (the native decoding path) folds unit by unit, at every length', () => {
  const random = createRandom(11);
  const alphabet = '数數字政府建設，：；（）〔〕【】ＡＢ１２abcXYZ\n\r\t　 ' + FOLD_FROM.slice(0, 200);
  // Short, around the reused buffer's growth, and past its limit (a buffer of its own).
  for (const length of [1, 7, 4095, 4097, 70_000, 300_000]) {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    const normalized = normalizeForSearch(text);
    assert.equal(normalized.length, text.length);
    for (let i = 0; i < Math.min(length, 3_000); i++) assert.equal(normalized[i], normalizeForSearch(text[i]!), `unit ${i} of ${length}`);
    assert.equal(normalized.slice(-1), normalizeForSearch(text.slice(-1)));
    assert.equal(normalizeForSearch(normalized), normalized);
  }
  // Calls after a long one do not see its leftovers in the reused buffer.
  assert.equal(normalizeForSearch('（一）'), '(一)');
});

test('line breaks and tabs count as spaces and never join or split records', () => {
  assert.equal(normalizeForSearch('第一段\r\n第二段\t完'), '第一段  第二段 完');
  const records = ['第一段内容\n第二段内容', '营商\n环境', '第二段'];
  assert.deepEqual(find(records, '第二段').sort(), [0, 2]);
  // A term never spans a line break (as it never spans a space), and records stay apart.
  assert.deepEqual(find(records, '营商环境'), []);
  assert.deepEqual(find(records, '营商 环境'), [1]);
  assert.deepEqual(find(records, '内容第二'), []);
});

test('the fold table is one unit to one unit and idempotent', () => {
  assert.equal(FOLD_FROM.length, FOLD_TO.length);
  assert.ok(FOLD_FROM.length > 2500);
  assert.ok(pairs.from.every((c, i) => i === 0 || c > pairs.from[i - 1]!), 'sources sorted, no duplicates');
  assert.equal(FOLD_TO[FOLD_FROM.indexOf('數')], '数');
  for (let i = 0; i < FOLD_FROM.length; i++) assert.equal(normalizeForSearch(FOLD_FROM[i]!), FOLD_TO[i]);
  for (const c of FOLD_TO) assert.equal(normalizeForSearch(c), c, `target ${c} must be a fixed point`);
});

/** The specification, literally: every term is a substring of some field value. */
function oracle(records: GeneratedDocument[], fields: Array<SearchField<GeneratedDocument>>, query: string): number[] {
  const terms = normalizeForSearch(query).trim().split(/\s+/).filter(Boolean);
  const result: number[] = [];
  records.forEach((record, index) => {
    const values = fields.flatMap((f) => [f.get(record) ?? ''].flat().map(normalizeForSearch));
    if (terms.every((term) => values.some((v) => v.includes(term)))) result.push(index);
  });
  return result;
}

test('result set equals a brute-force substring oracle', () => {
  const records = generateDocuments(3_000, 3);
  const fields: Array<SearchField<GeneratedDocument>> = [
    { name: 'title', get: (r) => r.title, weight: 3 },
    { name: 'documentNumber', get: (r) => r.documentNumber, weight: 2 },
    { name: 'keywords', get: (r) => r.keywords, weight: 1 },
    { name: 'summary', get: (r) => r.summary, weight: 1 },
  ];
  const index = createSearchIndex(records, fields);
  const random = createRandom(11);
  const queries = ['的', '數', 'e', 'ETC', 'etc', 'wi-fi', '2014', '5', '36号', '〔2014〕', '(2014)', '数字政府', '數字政府建設',
    '实施方案 安全生产', '通知 2020 示政发', '公积金 医保', '不存在', '  公积金  ', '', '   ', '通知 通知', '）', 'g基站'];
  // Plus random substrings (1–6 units) and random pairs of them taken from the corpus.
  for (let i = 0; i < 120; i++) {
    const record = records[Math.floor(random() * records.length)]!;
    const source = [record.title, record.documentNumber, record.summary][i % 3]!;
    const start = Math.floor(random() * source.length);
    const piece = source.slice(start, start + 1 + Math.floor(random() * 6)).trim();
    queries.push(i % 4 === 0 ? `${piece} ${record.keywords[0]}` : piece);
  }
  for (const query of queries) {
    const got = index.search(query).map((h) => h.index).sort((a, b) => a - b);
    const expected = normalizeForSearch(query).trim() === '' ? records.map((_, i) => i) : oracle(records, fields, query);
    assert.deepEqual(got, expected, `query ${JSON.stringify(query)}`);
  }
});

test('a match never spans two values of an array field or two records', () => {
  const records = [{ k: ['住房', '公积金'] }, { k: ['住房公积金'] }];
  const index = createSearchIndex(records, [{ name: 'k', get: (r) => r.k, weight: 1 }]);
  assert.deepEqual(index.search('房公').map((h) => h.index), [1]);
  const lines = createSearchIndex(['末尾字', '开头'], titleOnly);
  assert.deepEqual(lines.search('字开').map((h) => h.index), []);
});

test('ranking: higher field weight first, then earlier position, then original order', () => {
  const records = [
    { title: '其他事项', summary: '公积金' },
    { title: '年度住房公积金报告', summary: '' },
    { title: '公积金管理办法', summary: '' },
    { title: '无关', summary: '公积金' },
    { title: '公积金提取', summary: '' },
  ];
  const index = createSearchIndex(records, [
    { name: 'summary', get: (r) => r.summary, weight: 1 },
    { name: 'title', get: (r) => r.title, weight: 3 },
  ]);
  const hits = index.search('公积金');
  assert.deepEqual(hits.map((h) => h.index), [2, 4, 1, 0, 3]);
  assert.deepEqual(hits.map((h) => h.field), ['title', 'title', 'title', 'summary', 'summary']);
  assert.equal(hits[2]!.position, 4);
});

test('index data is plain, serializable and can be built in chunks', () => {
  const records = generateDocuments(500, 5);
  const fields: Array<SearchField<GeneratedDocument>> = [{ name: 'title', get: (r) => r.title, weight: 1 }];
  const builder = new SearchIndexBuilder(fields);
  builder.add(records.slice(0, 200)).add(records.slice(200));
  const data = JSON.parse(JSON.stringify(builder.build()));
  const fromData = searchIndexFromData(data).search('数字政府');
  assert.deepEqual(fromData, createSearchIndex(records, fields).search('数字政府'));
  assert.ok(fromData.length > 0);
});

test('highlight ranges are offsets in the original string, sorted and non-overlapping', () => {
  const text = '關於推進數字政府建設的通知（衡政办函〔2014〕36号）数字化';
  assert.deepEqual(highlightRanges(text, '数字政府'), [[4, 8]]);
  assert.deepEqual(highlightRanges(text, '衡政办函[2014]36号'), [[14, 27]]);
  assert.equal(text.slice(14, 27), '衡政办函〔2014〕36号');
  // Two terms, overlapping occurrences merge; repeated term gives every occurrence.
  assert.deepEqual(highlightRanges(text, '数字 字政府'), [[4, 8], [28, 30]]);
  assert.deepEqual(highlightRanges('ＡＢ ab Ab', 'ab'), [[0, 2], [3, 5], [6, 8]]);
  assert.deepEqual(highlightRanges(text, '  '), []);
  assert.deepEqual(highlightRanges(text, '不存在'), []);
});
