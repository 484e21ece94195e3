import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { COMMON_OPTIONS, parseCommandArgs, requireLocale, UsageError } from '../args.js';
import { parseEncodingName, type TextEncodingName } from '../decode-text.js';
import { exists } from '../file-exists.js';
import { formatProblem, problemJson } from '../format-problem.js';
import { targetsOf } from '../import/default-mapping.js';
import type { ColumnOverrides } from '../import/header.js';
import { importTable } from '../import/import-table.js';
import { readCsv } from '../import/read-csv.js';
import { readXlsx } from '../import/read-xlsx.js';
import type { Table } from '../import/table.js';
import type { DepartmentCompleteness } from '../import/completeness.js';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io.js';
import { IMPORT_KINDS, isImportKind, type ImportKind } from '../kinds.js';
import { localized, type Locale } from '../locale.js';

export const IMPORT_HELP = localized(
  `用法：gongkai import --kind 类型 输入.xlsx|输入.csv -o 输出.json --publisher-name 发布机构 [选项]

把 Excel 或 CSV 表格转换为 Gongkai 数据文件并检查。表头按默认列名对照表识别（见 README），
无法转换的行会列出行号和原因，其余行照常导入。

选项：
  --kind ${IMPORT_KINDS.join('|')}
  -o, --output 文件               输出的 JSON 文件
  --publisher-name 名称           发布机构名称（写入 publisher.name）
  --publisher-id 标识             发布机构标识（默认与名称相同）
  --map mapping.json              自定义列名对照（见 README）
  --sheet 工作表                  Excel 工作表名称（默认第一个有内容的工作表）
  --encoding gbk|utf-8            CSV 编码（默认自动识别）
  --updated-at 日期               文件更新时间（默认当前时间）
  --no-source-rows                不在输出中记录来源行号（x-gongkai-source）
  --force                         覆盖已存在的输出文件（默认拒绝覆盖）
  --strict                        权力清单：拒绝没有设定依据的行（默认导入并标为“设定依据：未公开”）
  --json                          输出 JSON（供 CI 使用）
  --lang zh-Hans|zh-Hant|en       说明文字的语言

退出码：0 全部导入且通过检查，1 有未导入的行或错误，2 命令行有误`,
  `用法：gongkai import --kind 類型 輸入.xlsx|輸入.csv -o 輸出.json --publisher-name 發布機構 [選項]

把 Excel 或 CSV 表格轉換為 Gongkai 資料檔並檢查。表頭依預設欄名對照表辨識（見 README），
無法轉換的列會列出列號和原因，其餘各列照常匯入。

選項：
  --kind ${IMPORT_KINDS.join('|')}
  -o, --output 檔案               輸出的 JSON 檔案
  --publisher-name 名稱           發布機構名稱（寫入 publisher.name）
  --publisher-id 標識             發布機構標識（預設與名稱相同）
  --map mapping.json              自訂欄名對照（見 README）
  --sheet 工作表                  Excel 工作表名稱（預設第一個有內容的工作表）
  --encoding gbk|utf-8            CSV 編碼（預設自動辨識）
  --updated-at 日期               檔案更新時間（預設目前時間）
  --no-source-rows                不在輸出中記錄來源列號（x-gongkai-source）
  --force                         覆寫已存在的輸出檔（預設拒絕覆寫）
  --strict                        權力清單：拒絕沒有設定依據的列（預設匯入並標為「設定依據：未公開」）
  --json                          輸出 JSON（供 CI 使用）
  --lang zh-Hans|zh-Hant|en       說明文字的語言

結束碼：0 全部匯入且通過檢查，1 有未匯入的列或錯誤，2 命令列有誤`,
  `Usage: gongkai import --kind KIND INPUT.xlsx|INPUT.csv -o OUT.json --publisher-name NAME [options]

Converts an Excel or CSV table into a Gongkai data file and checks it. Headings are matched
with the default column mapping (see the README); rows that cannot be converted are listed
with their row number and reason, and every other row is imported.

Options:
  --kind ${IMPORT_KINDS.join('|')}
  -o, --output FILE               the JSON file to write
  --publisher-name NAME           publishing body (publisher.name)
  --publisher-id ID               publishing body id (default: the name)
  --map mapping.json              your own column headings (see the README)
  --sheet NAME                    Excel worksheet (default: the first with content)
  --encoding gbk|utf-8            CSV encoding (default: detected)
  --updated-at DATE               the file's updatedAt (default: now)
  --no-source-rows                do not record source rows (x-gongkai-source)
  --force                         overwrite an existing output file (refused by default)
  --strict                        power list: refuse rows without a 设定依据 (default: import them marked
                                  "设定依据：未公开")
  --json                          print JSON (for CI)
  --lang zh-Hans|zh-Hant|en       language of the explanations

Exit codes: 0 every row imported and valid, 1 rows left out or errors, 2 wrong command line`,
);

const OPTIONS = {
  ...COMMON_OPTIONS,
  kind: { type: 'string' },
  output: { type: 'string', short: 'o' },
  map: { type: 'string' },
  'publisher-name': { type: 'string' },
  'publisher-id': { type: 'string' },
  sheet: { type: 'string' },
  encoding: { type: 'string' },
  'updated-at': { type: 'string' },
  'no-source-rows': { type: 'boolean' },
  force: { type: 'boolean' },
  strict: { type: 'boolean' },
} as const;

function existingOutput(output: string): ReturnType<typeof localized> {
  return localized(
    `输出文件 ${output} 已存在，未导入、未写入：请换一个文件名，或加 --force 覆盖`,
    `輸出檔 ${output} 已存在，未匯入、未寫入：請換一個檔名，或加 --force 覆寫`,
    `The output file ${output} exists; nothing was imported or written: choose another name, or add --force to overwrite it`,
  );
}

/** Now, as a date-time in Beijing time (`2026-11-01T08:00:00+08:00`), the form the envelope uses. */
export function nowInBeijing(now = new Date()): string {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

interface MappingFile {
  columns: ColumnOverrides;
  publisher?: { id?: string; name?: string };
}

function mappingError(file: string, detail: string): UsageError {
  return new UsageError(localized(`对照文件 ${file} 有误：${detail}`, `對照檔 ${file} 有誤：${detail}`, `Mapping file ${file} is wrong: ${detail}`));
}

/** Reads `--map`: `{ "columns": { "列名": "field" | null }, "publisher": { "id", "name" } }`. */
async function readMapping(path: string, display: string, kind: ImportKind): Promise<MappingFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw mappingError(display, (error as Error).message);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw mappingError(display, 'not an object / 不是对象');
  const { columns = {}, publisher } = raw as { columns?: unknown; publisher?: unknown };
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns)) throw mappingError(display, '"columns"');
  const targets = targetsOf(kind);
  for (const [heading, target] of Object.entries(columns)) {
    if (target !== null && (typeof target !== 'string' || !targets.includes(target))) {
      throw mappingError(display, `"${heading}": "${String(target)}" — ${targets.join(', ')}, null`);
    }
  }
  const mapping: MappingFile = { columns: columns as ColumnOverrides };
  if (publisher !== undefined && publisher !== null && typeof publisher === 'object') mapping.publisher = publisher as MappingFile['publisher'] & object;
  return mapping;
}

async function readTable(path: string, display: string, options: { sheet?: string; encoding?: TextEncodingName }): Promise<Table> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xls' || extension === '.et') {
    throw new UsageError(localized(
      `${display} 是旧版 Excel 97–2003 格式：请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再导入`,
      `${display} 是舊版 Excel 97–2003 格式：請在 Excel 或 WPS 中「另存新檔」為 .xlsx 或 CSV 後再匯入`,
      `${display} is an old Excel 97–2003 file: save it as .xlsx or CSV in Excel or WPS first`,
    ));
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UsageError(localized(`无法读取 ${display}`, `無法讀取 ${display}`, `Cannot read ${display}`));
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    let result: Awaited<ReturnType<typeof readXlsx>>;
    try {
      result = await readXlsx(bytes, options.sheet);
    } catch (error) {
      throw new UsageError(localized(`${display} 不是可读取的 .xlsx 文件（${(error as Error).message}）`, `${display} 不是可讀取的 .xlsx 檔案（${(error as Error).message}）`, `${display} is not a readable .xlsx file (${(error as Error).message})`));
    }
    if ('missingSheet' in result) {
      const list = result.sheets.join('、');
      throw new UsageError(localized(`没有名为“${result.missingSheet}”的工作表（有：${list}）`, `沒有名為「${result.missingSheet}」的工作表（有：${list}）`, `No worksheet named "${result.missingSheet}" (there are: ${list})`));
    }
    return result;
  }
  return readCsv(bytes, options.encoding);
}

function describeRead(table: Table, input: string, headerRows: readonly number[], columnCount: number, locale: Locale): string {
  const rows = headerRows.length === 1 ? `${headerRows[0]}` : `${headerRows[0]}–${headerRows[headerRows.length - 1]}`;
  const encoding = table.encoding === 'gb18030' ? 'GBK' : table.encoding?.toUpperCase();
  if (locale === 'en') {
    return `Read ${input}${table.sheet === undefined ? '' : ` (sheet ${table.sheet})`}${encoding === undefined ? '' : ` (${encoding})`}: header in row ${rows}, ${columnCount} column(s) recognised`;
  }
  const sheet = table.sheet === undefined ? '' : locale === 'zh-Hant' ? `（工作表「${table.sheet}」）` : `（工作表“${table.sheet}”）`;
  const enc = encoding === undefined ? '' : `（${locale === 'zh-Hant' ? '編碼' : '编码'} ${encoding}）`;
  return locale === 'zh-Hant'
    ? `讀取 ${input}${sheet}${enc}：表頭在第 ${rows} 列，辨識 ${columnCount} 欄`
    : `读取 ${input}${sheet}${enc}：表头在第 ${rows} 行，识别 ${columnCount} 列`;
}

function listHeadings(label: ReturnType<typeof localized>, headings: readonly string[], locale: Locale): string {
  return `${label[locale]}${locale === 'en' ? ': ' : '：'}${headings.join(locale === 'en' ? ', ' : '、')}`;
}

/** One line per 实施主体 with items lacking a 设定依据, so a department can be asked for its list. */
function describeCompleteness(departments: readonly DepartmentCompleteness[], locale: Locale): string[] {
  const incomplete = departments.filter((d) => d.withoutLegalBasis > 0);
  const heading = localized('设定依据完整度（按实施主体）：', '設定依據完整度（依實施主體）：', 'Legal basis (设定依据) completeness by implementing body:')[locale];
  return [
    heading,
    ...incomplete.map((d) => {
      const name = d.department === '' ? localized('（未填实施主体）', '（未填實施主體）', '(no implementing body)')[locale] : d.department;
      return locale === 'en'
        ? `  ${name}: ${d.withoutLegalBasis} of ${d.items} item(s) without a legal basis`
        : locale === 'zh-Hant'
          ? `  ${name}：${d.items} 項中 ${d.withoutLegalBasis} 項未填設定依據`
          : `  ${name}：${d.items} 项中 ${d.withoutLegalBasis} 项未填设定依据`;
    }),
  ];
}

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const locale = requireLocale(values.lang);
  if (values.help === true) {
    io.stdout(`${IMPORT_HELP[locale]}\n`);
    return EXIT_OK;
  }
  const kind = values.kind;
  if (!isImportKind(kind)) {
    throw new UsageError(localized(`请用 --kind 指定类型：${IMPORT_KINDS.join('、')}`, `請用 --kind 指定類型：${IMPORT_KINDS.join('、')}`, `Give --kind: ${IMPORT_KINDS.join(', ')}`));
  }
  if (positionals.length !== 1) {
    throw new UsageError(localized('请指定一个输入文件（.xlsx 或 .csv）', '請指定一個輸入檔（.xlsx 或 .csv）', 'Give exactly one input file (.xlsx or .csv)'));
  }
  if (values.output === undefined) {
    throw new UsageError(localized('请用 -o 指定输出的 JSON 文件', '請用 -o 指定輸出的 JSON 檔案', 'Give the JSON file to write with -o'));
  }
  let encoding: TextEncodingName | undefined;
  if (values.encoding !== undefined) {
    encoding = parseEncodingName(values.encoding);
    if (encoding === undefined) throw new UsageError(localized('--encoding 只能是 gbk 或 utf-8', '--encoding 只能是 gbk 或 utf-8', '--encoding must be gbk or utf-8'));
  }
  const mapping: MappingFile = values.map === undefined ? { columns: {} } : await readMapping(resolve(io.cwd, values.map), values.map, kind);
  const publisherName = values['publisher-name'] ?? mapping.publisher?.name;
  if (publisherName === undefined || publisherName.trim() === '') {
    throw new UsageError(localized(
      '请用 --publisher-name 指定发布机构（或写在 --map 文件的 "publisher" 中）',
      '請用 --publisher-name 指定發布機構（或寫在 --map 檔案的 "publisher" 中）',
      'Give the publishing body with --publisher-name (or "publisher" in the --map file)',
    ));
  }
  const publisher = { id: values['publisher-id'] ?? mapping.publisher?.id ?? publisherName.trim(), name: publisherName.trim() };

  // Checked before reading, so a clerk who points -o at init's example (or last month's
  // list) loses nothing and waits for nothing; the write below is exclusive too (no race).
  const output = values.output;
  const outputPath = resolve(io.cwd, output);
  const force = values.force === true;
  if (!force && (await exists(outputPath))) {
    io.stderr(`${existingOutput(output)[locale]}\n`);
    return EXIT_PROBLEMS;
  }

  const input = positionals[0]!;
  const table = await readTable(resolve(io.cwd, input), input, { ...(values.sheet === undefined ? {} : { sheet: values.sheet }), ...(encoding === undefined ? {} : { encoding }) });
  const result = importTable(table, {
    kind,
    publisher,
    updatedAt: values['updated-at'] ?? nowInBeijing(),
    sourceName: basename(input),
    ...(table.sheet === undefined ? {} : { sourceSheet: table.sheet }),
    columns: mapping.columns,
    sourceRows: values['no-source-rows'] !== true,
    strict: values.strict === true,
  });

  if (result.file !== undefined) {
    try {
      await mkdir(dirname(outputPath), { recursive: true });
      await writeFile(outputPath, `${JSON.stringify(result.file, null, 2)}\n`, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
    } catch (error) {
      if (!force && (error as NodeJS.ErrnoException).code === 'EEXIST') {
        io.stderr(`${existingOutput(output)[locale]}\n`);
        return EXIT_PROBLEMS;
      }
      const detail = (error as Error).message;
      io.stderr(`${localized(`无法写入 ${output}（${detail}）`, `無法寫入 ${output}（${detail}）`, `Cannot write ${output} (${detail})`)[locale]}\n`);
      return EXIT_PROBLEMS;
    }
  }
  const failed = result.file === undefined || result.problems.some((p) => p.severity === 'error');
  const left = result.rowCount - result.importedCount;

  if (values.json === true) {
    io.stdout(`${JSON.stringify({
      ok: !failed,
      input,
      output: result.file === undefined ? null : output,
      kind,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      ...(table.encoding === undefined ? {} : { encoding: table.encoding }),
      headerRows: result.layout?.headerRows ?? [],
      columns: result.layout?.columns.map((c) => ({ heading: c.heading, target: c.spec.target })) ?? [],
      unknownColumns: result.layout?.unknownHeadings ?? [],
      rows: { total: result.rowCount, imported: result.importedCount, notImported: left },
      ...(result.completeness === undefined ? {} : { completeness: result.completeness }),
      problems: result.problems.map((p) => problemJson(p, locale)),
    }, null, 2)}\n`);
    return failed ? EXIT_PROBLEMS : EXIT_OK;
  }

  const lines: string[] = [];
  if (result.layout !== undefined) {
    lines.push(describeRead(table, input, result.layout.headerRows, result.layout.columns.length, locale));
    if (result.layout.unknownHeadings.length > 0) {
      lines.push(listHeadings(localized('未识别的列（未导入，可用 --map 对照）', '未辨識的欄（未匯入，可用 --map 對照）', 'Unknown columns (not imported; map them with --map)'), result.layout.unknownHeadings, locale));
    }
    if (result.layout.repeatedHeadings.length > 0) {
      lines.push(listHeadings(localized('重复的列（只导入第一列）', '重複的欄（只匯入第一欄）', 'Repeated columns (only the first is imported)'), result.layout.repeatedHeadings, locale));
    }
  }
  for (const problem of result.problems) lines.push(formatProblem(problem, locale));
  if (result.completeness?.some((d) => d.withoutLegalBasis > 0)) lines.push(...describeCompleteness(result.completeness, locale));
  if (result.file === undefined) {
    lines.push(localized('未写入输出文件', '未寫入輸出檔', 'No output written')[locale]);
  } else if (locale === 'en') {
    lines.push(`Imported ${result.importedCount} of ${result.rowCount} row(s) into ${output}${left > 0 ? `; ${left} row(s) not imported (see above)` : ''}`);
  } else if (locale === 'zh-Hant') {
    lines.push(`已匯入 ${result.rowCount} 列中的 ${result.importedCount} 列，寫入 ${output}${left > 0 ? `；${left} 列未匯入（見上）` : ''}`);
  } else {
    lines.push(`已导入 ${result.rowCount} 行中的 ${result.importedCount} 行，写入 ${output}${left > 0 ? `；${left} 行未导入（见上）` : ''}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
