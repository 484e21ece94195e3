/**
 * Masking rules, one table row per way of writing personal data (issue 16 item 3), the spans the
 * workbench highlights, and linear running time (the old e-mail regex was quadratic).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskPersonalData, maskText } from '../src/masking.js';
import { normalizeForMatching } from '../src/masking/normalize.js';

const ZWSP = '\u200b';

/** [written, masked] — with the writer 张三 / 13800001111 / 示例市东城区建设路88号3单元. */
const RULES: Array<[string, string]> = [
  // mobiles
  ['电话13812345678', '电话138****5678'],
  ['电话138.1234.5678', '电话138****5678'],
  ['电话138-1234-5678', '电话138****5678'],
  ['电话138 1234 5678', '电话138****5678'],
  ['电话１３８１２３４５６７８', '电话138****5678'],
  ['电话+86 13812345678', '电话138****5678'],
  ['电话+86-138-1234-5678', '电话138****5678'],
  ['电话008613812345678', '电话138****5678'],
  [`电话1381${ZWSP}2345678`, '电话138****5678'],
  ['两个号码13812345678 13912345678', '两个号码138****5678 139****5678'],
  // ID numbers
  ['身份证11010519491231002X', '身份证110************02X'],
  ['身份证11010519491231002x', '身份证110************02X'],
  ['身份证110105 19491231 002X', '身份证110************02X'],
  ['身份证１１０１０５１９４９１２３１００２Ｘ', '身份证110************02X'],
  ['旧身份证110105491231002', '旧身份证110*********002'],
  // landlines
  ['座机(0531)8888-1234', '座机0531-****1234'],
  ['座机（０５３１）８８８８－１２３４', '座机0531-****1234'],
  ['座机0531-88881234', '座机0531-****1234'],
  ['座机010-6512 3456', '座机010-****3456'],
  ['电话 8888-1234', '电话 ****1234'],
  // bank cards: Luhn-plausible 16–19 digits anywhere, any length after 卡号/账号
  ['卡号6222021234567890128', '卡号****0128'],
  ['转账到6222 0212 3456 7890 128', '转账到****0128'],
  ['账号 1234567890', '账号 ****7890'],
  // QQ and WeChat in context
  ['QQ：12345678，', 'QQ：***，'],
  ['qq号 987654321', 'qq号 ***'],
  ['ＱＱ１２３４５６７８', 'ＱＱ***'], // text outside a span stays as written
  ['微信号：wxid_abc12345', '微信号：***'],
  ['微信：zhang_san88。', '微信：***。'],
  ['vx: lisi2020', 'vx: ***'],
  ['加好友wxid_k2j3h4g5', '加好友***'],
  // car plates
  ['车牌鲁A12345', '车牌鲁A*****'],
  ['新能源鲁AD12345', '新能源鲁A*****'],
  ['车牌京N·8B2C1', '车牌京N*****'],
  // e-mail
  ['邮箱zhangsan@163.com。', '邮箱z***@163.com。'],
  ['邮箱ｚｈａｎｇ＠１６３．ｃｏｍ', '邮箱z***@163.com'],
  // addresses: house numbers after a street or estate, Arabic or Chinese numerals
  ['住在和平街十二号', '住在和平街***'],
  ['住在幸福小区3栋2单元501', '住在幸福小区***'],
  ['住在学院路3-2-501', '住在学院路***'],
  ['住在经十路一百零八号3号楼', '住在经十路***'],
  ['住在阳光花园A座1201室', '住在阳光花园***'],
  // the writer's own name and address
  ['我是张三', '我是张*'],
  ['我是张 三', '我是张*'],
  [`我是张${ZWSP}三`, '我是张*'],
  ['家住示例市东城区建设路88号3单元', '家住示例市东城区建设路***'],
  ['回电13800001111', '回电138****1111'],
];

/** Ordinary text that looks numeric: left as it is. */
const ORDINARY = [
  '2026年11月',
  '2026-11-20',
  '罚款1500元',
  '3.5万元',
  '依据第十二条',
  '鲁政发〔2024〕12号',
  '拨打12345热线',
  '乘坐K51路公交',
  '地铁二号线',
  '105国道',
  '村里三户人家',
  '道路两侧',
  '共计386户',
  'GB 50016-2014',
  '微信公众号',
  '张贴公告三天',
  '2026年11月3日上午10点',
];

const WRITER = { name: '张三', phone: '13800001111', address: '示例市东城区建设路88号3单元' };

describe('masking rules', () => {
  for (const [written, masked] of RULES) {
    it(`${JSON.stringify(written)} → ${masked}`, () => assert.equal(maskText(written, WRITER), masked));
  }
  for (const text of ORDINARY) {
    it(`leaves ${JSON.stringify(text)} alone`, () => assert.deepEqual(maskPersonalData(text, WRITER), { text, spans: [] }));
  }

  it('reports spans of the original and of the masked text', () => {
    const original = `电话１３８ 1234 5678，我是张${ZWSP}三。`;
    const { text, spans } = maskPersonalData(original, WRITER);
    assert.equal(text, '电话138****5678，我是张*。');
    assert.deepEqual(
      spans.map((s) => [s.kind, original.slice(s.start, s.end), text.slice(s.maskedStart, s.maskedEnd)]),
      [
        ['mobile', '１３８ 1234 5678', '138****5678'],
        ['name', `张${ZWSP}三`, '张*'],
      ],
    );
  });

  it('merges overlapping findings so nothing of either survives', () => {
    // The writer's address contains a house number the generic rule also finds.
    const { spans } = maskPersonalData('家住示例市东城区建设路88号3单元，', WRITER);
    assert.equal(spans.length, 1);
    assert.equal(spans[0]!.kind, 'address');
  });

  it('keeps characters outside the BMP and their offsets intact', () => {
    const original = '😀电话13812345678😀';
    const { text, spans } = maskPersonalData(original);
    assert.equal(text, '😀电话138****5678😀');
    assert.equal(original.slice(spans[0]!.start, spans[0]!.end), '13812345678');
  });

  it('normalization maps every kept character back to its origin', () => {
    const original = `ａ${ZWSP}b\u3000c`;
    const normalized = normalizeForMatching(original);
    assert.equal(normalized.text, 'ab c');
    assert.deepEqual([...normalized.origin], [0, 2, 3, 4, 5]);
  });
});

describe('masking cost', () => {
  /** Median of three runs, in ms. */
  function time(run: () => void): number {
    const samples = [0, 1, 2].map(() => {
      const started = process.hrtime.bigint();
      run();
      return Number(process.hrtime.bigint() - started) / 1e6;
    });
    return samples.sort((a, b) => a - b)[1]!;
  }

  // Inputs that make backtracking patterns or naive rescans quadratic.
  const HOSTILE: Record<string, (n: number) => string> = {
    'e-mail local parts without @': (n) => 'a.'.repeat(n / 2),
    'many @': (n) => 'a@'.repeat(n / 2),
    'digit groups with separators': (n) => '1 '.repeat(n / 2),
    'one long digit run': (n) => '1'.repeat(n),
    'street markers with numbers': (n) => '路1'.repeat(n / 2),
    'name prefixes': (n) => '张'.repeat(n),
    'keywords without values': (n) => '微信QQ电话'.repeat(n / 6),
    'a letter repeated': (n) => '我是张三，电话138.1234.5678，住幸福小区3栋2单元501，邮箱zhang@163.com。'.repeat(Math.ceil(n / 50)).slice(0, n),
  };

  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`grows linearly: ${name} (12.5k vs 100k characters)`, () => {
      const small = make(12_500);
      const large = make(100_000);
      maskPersonalData(small, WRITER); // warm up the JIT
      const ratio = time(() => maskPersonalData(large, WRITER)) / Math.max(time(() => maskPersonalData(small, WRITER)), 0.05);
      // Linear is ≈ 8; quadratic would be ≈ 64. Generous for a shared 2-core machine.
      assert.ok(ratio < 24, `100k took ${ratio.toFixed(1)}× as long as 12.5k`);
    });
  }
});
