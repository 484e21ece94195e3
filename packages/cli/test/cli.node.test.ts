/**
 * The `gongkai` command run as a child process on real .xlsx and .csv files written by the
 * tests (ExcelJS for Excel, iconv-lite for a GBK CSV), checking what a clerk sees: exit
 * codes, row numbers, Chinese explanations, and the files written.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDataFile } from '@gongkai/schema';
import { writeAgencyUtf8Csv, writeDisclosureGbkCsv, writePowerCatalogXlsx } from './fixtures.js';
import { runCli } from './run-cli.js';

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-cli-'));
  await Promise.all([writePowerCatalogXlsx(dir), writeDisclosureGbkCsv(dir), writeAgencyUtf8Csv(dir)]);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readJson(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>;
}

describe('gongkai import: Excel with a merged two-row header and blank rows', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  before(async () => {
    run = await runCli(['import', '--kind', 'power-catalog', '权力清单.xlsx', '-o', 'out/power.json', '--publisher-name', '示例市市场监督管理局'], dir);
  });

  it('finds the header under the merged title and reads 法定 | 承诺 under 办理时限', () => {
    assert.match(run.stdout, /表头在第 2–3 行，识别 8 列/);
    assert.match(run.stdout, /未识别的列（未导入，可用 --map 对照）：联系人/);
  });

  it('reports unmappable rows with row number, column and reason, and exits 1', () => {
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /错误 {2}第 7 行，“事项类型”列：“行政处理”不是可识别的事项类型/);
    // No 设定依据: imported, marked incomplete, named by its column (never `legalBasis`), issue #17 item 12.
    assert.match(run.stdout, /警告 {2}第 8 行，“设定依据”列：未填写，已导入并在事项页显示“设定依据：未公开”/);
    assert.doesNotMatch(run.stdout, /legalBasis/);
    assert.match(run.stdout, /警告 {2}items\[3\]\.timeLimits\.promised\.value（第 10 行，“办理时限\/承诺”列）：承诺时限不应超过法定时限/);
    assert.match(run.stdout, /设定依据完整度（按实施主体）：\n {2}示例市市场监督管理局：4 项中 1 项未填设定依据/);
    assert.match(run.stdout, /已导入 5 行中的 4 行，写入 out\/power\.json；1 行未导入/);
  });

  it('writes the other rows, converted, with the row map', async () => {
    const file = await readJson('out/power.json');
    const result = parseDataFile(file);
    assert.ok(result.ok);
    assert.equal(result.skippedCount, 0);
    const items = file['items'] as Record<string, unknown>[];
    assert.deepEqual(items.map((i) => i['id']), ['XK-0001', 'XK-0002', 'JC-0001', 'QT-0001']);
    assert.deepEqual(items[2]!['incomplete'], ['legalBasis']);
    assert.equal(items[2]!['legalBasis'], undefined);
    assert.deepEqual(items[0], {
      id: 'XK-0001',
      code: 'XK-0001',
      name: '食品经营许可',
      type: 'licensing',
      department: '示例市市场监督管理局',
      legalBasis: [
        { title: '《中华人民共和国食品安全法》', docNumber: '主席令第21号', article: '第三十五条' },
        { title: '《食品经营许可管理办法》', article: '第十条' },
      ],
      timeLimits: { statutory: { value: 20, unit: 'workingDay' }, promised: { value: 10, unit: 'workingDay' } },
      fees: { charged: false },
    });
    // 实施主体 merged down over rows 4–5 applies to both; ；-separated laws; 三十 and a bare 15.
    assert.equal(items[1]!['department'], '示例市市场监督管理局');
    assert.deepEqual((items[1]!['legalBasis'] as { title: string }[]).map((b) => b.title), ['《中华人民共和国药品管理法》', '《药品经营许可证管理办法》']);
    assert.deepEqual(items[1]!['timeLimits'], { statutory: { value: 30, unit: 'workingDay' }, promised: { value: 15, unit: 'workingDay' } });
    assert.deepEqual(items[3]!['fees'], { charged: true });
    assert.deepEqual(file['publisher'], { id: '示例市市场监督管理局', name: '示例市市场监督管理局' });
    assert.match(String(file['updatedAt']), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const source = file['x-gongkai-source'] as Record<string, unknown>;
    assert.equal(source['file'], '权力清单.xlsx');
    assert.equal(source['sheet'], '权力清单');
    assert.deepEqual(source['rows'], { items: [4, 5, 8, 10] });
  });

  it('validate then names the spreadsheet row and column of each problem', async () => {
    const file = await readJson('out/power.json');
    const items = file['items'] as Record<string, unknown>[];
    items[1]!['type'] = 'xk';
    await writeFile(join(dir, 'edited.json'), JSON.stringify(file));
    const text = await runCli(['validate', 'edited.json'], dir);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /edited\.json：未通过 — 权力清单（power-catalog），schemaVersion 1，来源：权力清单\.xlsx，工作表 权力清单/);
    assert.match(text.stdout, /items：共 4 项，3 项通过，1 项将被跳过/);
    assert.match(text.stdout, /错误 {2}items\[1\]\.type（第 5 行，“事项类型”列）：取值无效（当前为“xk”），允许的值：licensing、/);

    const en = await runCli(['validate', '--lang', 'en', 'edited.json'], dir);
    assert.match(en.stdout, /error {2}items\[1\]\.type \(row 5, column 事项类型\): /);
    const hant = await runCli(['validate', '--lang', 'zh-Hant', 'edited.json'], dir);
    assert.match(hant.stdout, /錯誤 {2}items\[1\]\.type（第 5 列，「事项类型」欄）：/);

    const json = await runCli(['validate', '--json', 'edited.json', 'out/power.json'], dir);
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout) as { ok: boolean; files: { file: string; ok: boolean; kind: string; schemaVersion: number; collections: unknown[]; problems: Record<string, unknown>[] }[] };
    assert.equal(report.ok, false);
    assert.deepEqual(report.files.map((f) => [f.file, f.ok, f.kind, f.schemaVersion]), [['edited.json', false, 'power-catalog', 1], ['out/power.json', true, 'power-catalog', 1]]);
    assert.deepEqual(report.files[0]!.collections, [{ key: 'items', total: 4, valid: 3 }]);
    const problem = report.files[0]!.problems.find((p) => p['path'] === 'items[1].type')!;
    assert.equal(problem['row'], 5);
    assert.equal(problem['column'], '事项类型');
    assert.equal(problem['severity'], 'error');
    assert.match(String(problem['message']), /^取值无效/);
    assert.match(String((problem['messages'] as Record<string, string>)['en']), /licensing/);
  });
});

describe('gongkai import: CSV', () => {
  it('reads a GBK CSV saved by Excel, converts dates, and reports the bad date row', async () => {
    const run = await runCli(['import', '--kind', 'disclosure-directory', '公开目录.csv', '-o', 'directory.json', '--publisher-name', '衡阳市人民政府', '--publisher-id', 'hengyang'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /读取 公开目录\.csv（编码 GBK）：表头在第 1 行，识别 8 列/);
    assert.match(run.stdout, /错误 {2}第 5 行，“公布日期”列：“2014年13月40日”不是可识别的日期/);
    assert.match(run.stdout, /已导入 4 行中的 3 行/);
    const file = await readJson('directory.json');
    assert.ok(parseDataFile(file).ok);
    const documents = file['documents'] as Record<string, unknown>[];
    assert.deepEqual(documents[0], {
      id: '1312312345/2014-11204',
      indexNumber: '1312312345/2014-11204',
      title: '衡阳市人民政府办公室关于推进行政权力网上公开运行工作的实施方案',
      publisher: '衡阳市人民政府办公室',
      documentNumber: '衡政办函〔2014〕36号',
      publishedAt: '2014-05-08',
      validity: { status: 'valid' },
      disclosureType: 'proactive',
      categoryIds: ['topic/综合政务'],
    });
    assert.equal(documents[1]!['publishedAt'], '2014-05-09');
    assert.deepEqual(documents[2]!['validity'], { status: 'abolished' });
    assert.equal(documents[2]!['disclosureType'], 'onRequest');
    assert.deepEqual(file['categories'], [
      { id: 'topic/综合政务', name: '综合政务', scheme: 'topic' },
      { id: 'topic/财政、金融、审计', name: '财政、金融、审计', scheme: 'topic' },
    ]);
    assert.deepEqual((file['x-gongkai-source'] as { rows: unknown }).rows, { documents: [2, 3, 6] });
  });

  it('imports a UTF-8 CSV with a BOM cleanly (exit 0), JSON report for CI', async () => {
    const run = await runCli(['import', '--kind', 'agency-directory', 'agencies.csv', '-o', 'agencies.json', '--publisher-name', '示例市人民政府', '--json'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(report['ok'], true);
    assert.equal(report['encoding'], 'utf-8');
    assert.deepEqual(report['rows'], { total: 2, imported: 2, notImported: 0 });
    const file = await readJson('agencies.json');
    assert.deepEqual((file['agencies'] as unknown[])[1], {
      id: '示例市市场监督管理局',
      name: '示例市市场监督管理局',
      acceptsDisclosureRequests: true,
      acceptsLetters: false,
      guide: { address: '示例市人民路2号', phone: '0931-7654321' },
    });
  });

  it('--map names columns the default mapping does not know', async () => {
    await writeFile(join(dir, 'custom.csv'), '项目,类别,主管单位,依据,办理期限（自然日）\n登记备案,行政确认,示例局,《示例条例》第三条,30\n', 'utf8');
    await writeFile(join(dir, 'mapping.json'), JSON.stringify({ columns: { 项目: 'name', 类别: 'type', 主管单位: 'department', 办理期限: 'timeLimits.promised' }, publisher: { id: 'demo', name: '示例局' } }));
    const run = await runCli(['import', '--kind', 'power-catalog', 'custom.csv', '--map', 'mapping.json', '-o', 'custom.json'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const file = await readJson('custom.json');
    assert.deepEqual(file['publisher'], { id: 'demo', name: '示例局' });
    assert.deepEqual(file['items'], [
      {
        id: 'row-2',
        name: '登记备案',
        type: 'confirmation',
        department: '示例局',
        legalBasis: [{ title: '《示例条例》', article: '第三条' }],
        timeLimits: { promised: { value: 30, unit: 'calendarDay' } },
      },
    ]);
  });

  it('a file with no recognisable header writes nothing and exits 1', async () => {
    await writeFile(join(dir, 'nothing.csv'), 'a,b,c\n1,2,3\n', 'utf8');
    const run = await runCli(['import', '--kind', 'power-catalog', 'nothing.csv', '-o', 'nothing.json', '--publisher-name', '示例局', '--lang', 'en'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /No header found/);
    await assert.rejects(readFile(join(dir, 'nothing.json')));
  });
});

describe('gongkai init and usage', () => {
  it('init writes a valid example of each kind plus JSON Schemas, and refuses to overwrite', async () => {
    const run = await runCli(['init', 'site'], dir);
    assert.equal(run.code, 0, run.stderr);
    const check = await runCli(['validate', '--strict', 'site/power-catalog.json', 'site/disclosure-directory.json', 'site/agency-directory.json', 'site/mailbox-letters.json'], dir);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /共检查 4 个文件：4 个通过，0 个未通过；错误 0 个，警告 0 个/);
    const example = await readJson('site/power-catalog.json');
    assert.equal(example['$schema'], './schemas/power-catalog.schema.json');
    const schema = await readJson('site/schemas/power-catalog.schema.json');
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');

    const again = await runCli(['init', 'site'], dir);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /已存在.*--force/);
    assert.equal((await runCli(['init', 'site', '--force'], dir)).code, 0);
  });

  it('import refuses to overwrite an existing file (init\'s example) without --force', async () => {
    await runCli(['init', 'site2'], dir);
    const before = await readFile(join(dir, 'site2/agency-directory.json'), 'utf8');
    const refused = await runCli(['import', '--kind', 'agency-directory', 'agencies.csv', '-o', 'site2/agency-directory.json', '--publisher-name', '示例市人民政府'], dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /输出文件 site2\/agency-directory\.json 已存在，未导入、未写入：请换一个文件名，或加 --force 覆盖/);
    assert.equal(refused.stdout, '');
    assert.equal(await readFile(join(dir, 'site2/agency-directory.json'), 'utf8'), before);
    const en = await runCli(['import', '--lang', 'en', '--json', '--kind', 'agency-directory', 'agencies.csv', '-o', 'site2/agency-directory.json', '--publisher-name', '示例市人民政府'], dir);
    assert.equal(en.code, 1);
    assert.match(en.stderr, /exists; nothing was imported or written.*--force/);

    const forced = await runCli(['import', '--force', '--kind', 'agency-directory', 'agencies.csv', '-o', 'site2/agency-directory.json', '--publisher-name', '示例市人民政府'], dir);
    assert.equal(forced.code, 0, forced.stdout + forced.stderr);
    const written = JSON.parse(await readFile(join(dir, 'site2/agency-directory.json'), 'utf8')) as { agencies: { name: string }[] };
    assert.deepEqual(written.agencies.map((a) => a.name), ['示例市人民政府办公室', '示例市市场监督管理局']);
  });

  it('exits 2 on a wrong command line, in the chosen language', async () => {
    const missing = await runCli(['import', 'x.csv', '-o', 'y.json'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /请用 --kind 指定类型/);
    const unknown = await runCli(['validate', '--lang', 'en', '--bogus', 'a.json'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Wrong arguments/);
    assert.equal((await runCli(['frobnicate'], dir)).code, 2);
  });
});

describe('gongkai import: a district summary list without a 设定依据 column (issue #17 item 12)', () => {
  // The shape of 广安区's published service list: names, 事项编码, types, departments and links
  // to the provincial platform, and no 设定依据 column at all.
  const csv = [
    '序号,事项名称,事项编码,事项类型,实施主体,办理链接',
    '1,建设工程消防验收,510101001000,行政许可,广安区住房和城乡建设局,https://www.sczwfw.gov.cn/jiq/front/transition/ywTransToDetail?areaCode=511602000000&itemCode=510101001000',
    '2,商品房预售许可,510101002000,行政许可,广安区住房和城乡建设局,https://www.sczwfw.gov.cn/jiq/front/transition/ywTransToDetail?areaCode=511602000000&itemCode=510101002000',
    '3,食品经营许可,510102001000,行政许可,广安区市场监督管理局,https://www.sczwfw.gov.cn/jiq/front/transition/ywTransToDetail?areaCode=511602000000&itemCode=510102001000',
  ].join('\n');
  before(async () => {
    await writeFile(join(dir, 'guangan.csv'), `${csv}\n`, 'utf8');
  });

  it('imports every row marked incomplete, warns per row naming 设定依据, and sums up per department', async () => {
    const run = await runCli(['import', '--kind', 'power-catalog', 'guangan.csv', '-o', 'guangan.json', '--publisher-name', '广安市广安区人民政府'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    for (const row of [2, 3, 4]) assert.match(run.stdout, new RegExp(`警告 {2}第 ${row} 行，“设定依据”列：未填写，已导入`));
    assert.doesNotMatch(run.stdout, /legalBasis/);
    assert.match(run.stdout, /广安区住房和城乡建设局：2 项中 2 项未填设定依据\n {2}广安区市场监督管理局：1 项中 1 项未填设定依据/);
    assert.match(run.stdout, /已导入 3 行中的 3 行/);
    const file = await readJson('guangan.json');
    const result = parseDataFile(file);
    assert.ok(result.ok);
    assert.equal(result.skippedCount, 0);
    const items = file['items'] as Record<string, unknown>[];
    assert.deepEqual(items.map((i) => i['incomplete']), [['legalBasis'], ['legalBasis'], ['legalBasis']]);
    assert.match(String(items[0]!['onlineUrl']), /^https:\/\/www\.sczwfw\.gov\.cn\//);
  });

  it('--json carries the completeness per department', async () => {
    const run = await runCli(['import', '--kind', 'power-catalog', 'guangan.csv', '-o', 'guangan-ci.json', '--publisher-name', '广安市广安区人民政府', '--json'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout) as { completeness: unknown; problems: { code: string; column: string; severity: string }[] };
    assert.deepEqual(report.completeness, [
      { department: '广安区住房和城乡建设局', items: 2, withoutLegalBasis: 2 },
      { department: '广安区市场监督管理局', items: 1, withoutLegalBasis: 1 },
    ]);
    assert.deepEqual(new Set(report.problems.map((p) => `${p.severity}:${p.code}:${p.column}`)), new Set(['warning:legal-basis-missing:设定依据']));
  });

  it('--strict refuses such rows, naming the column as the sheet does', async () => {
    const run = await runCli(['import', '--kind', 'power-catalog', 'guangan.csv', '-o', 'guangan-strict.json', '--publisher-name', '广安市广安区人民政府', '--strict'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /错误 {2}第 2 行，“设定依据”列：未填写（--strict 要求每个事项都有设定依据），本行未导入/);
    assert.match(run.stdout, /已导入 3 行中的 0 行/);
    const en = await runCli(['import', '--kind', 'power-catalog', 'guangan.csv', '-o', 'guangan-strict-en.json', '--publisher-name', '广安区', '--strict', '--lang', 'en'], dir);
    assert.match(en.stdout, /error {2}row 2, column 设定依据: empty \(--strict requires a 设定依据 for every item\)/);
  });

  it('--strict on the Excel list refuses only the row without one', async () => {
    const run = await runCli(['import', '--kind', 'power-catalog', '权力清单.xlsx', '-o', 'out/power-strict.json', '--publisher-name', '示例市市场监督管理局', '--strict'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /错误 {2}第 8 行，“设定依据”列：未填写（--strict/);
    assert.match(run.stdout, /已导入 5 行中的 3 行/);
  });
});

describe('gongkai import: every problem of a row in one run (issue #17 item 9)', () => {
  it('a row with an unreadable type also reports its missing name and department', async () => {
    await writeFile(
      join(dir, 'many-errors.csv'),
      '事项名称,事项类型,实施主体,设定依据\n,行政处理,,《示例条例》第三条\n正常事项,行政许可,示例局,《示例条例》第四条\n',
      'utf8',
    );
    const run = await runCli(['import', '--kind', 'power-catalog', 'many-errors.csv', '-o', 'many-errors.json', '--publisher-name', '示例局'], dir);
    assert.equal(run.code, 1);
    const rowTwo = run.stdout.split('\n').filter((line) => line.includes('第 2 行'));
    assert.equal(rowTwo.length, 3, run.stdout);
    assert.match(rowTwo.join('\n'), /“事项类型”列：“行政处理”不是可识别的事项类型/);
    assert.match(rowTwo.join('\n'), /“事项名称”列：必填字段缺失/);
    assert.match(rowTwo.join('\n'), /“实施主体”列：必填字段缺失/);
    assert.match(run.stdout, /已导入 2 行中的 1 行/);
  });
});
