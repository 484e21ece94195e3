import { resolve } from 'node:path';
import { FILE_KINDS, type FileKind } from '@gongkai/schema';
import { COMMON_OPTIONS, parseCommandArgs, requireLocale, UsageError } from '../args.js';
import { formatProblem, problemJson } from '../format-problem.js';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io.js';
import { KIND_NAMES } from '../kinds.js';
import { localized, type Locale } from '../locale.js';
import { checkFile, type FileReport } from '../validate/check-file.js';

export const VALIDATE_HELP = localized(
  `用法：gongkai validate 文件… [选项]

检查 Gongkai 数据文件：类型（kind）、schemaVersion、文件头和每一项。
每个问题列出 JSON 路径、来源表格的行号（由 gongkai import 生成的文件）和说明。

选项：
  --kind 类型                     要求文件为此类型（${FILE_KINDS.join(' | ')}）
  --index-number-pattern 正则     本站索引号格式，不符时警告
  --strict                        有警告也以退出码 1 结束
  --json                          输出 JSON（供 CI 使用）
  --lang zh-Hans|zh-Hant|en       说明文字的语言（默认 zh-Hans）

退出码：0 全部通过，1 有错误，2 命令行有误`,
  `用法：gongkai validate 檔案… [選項]

檢查 Gongkai 資料檔：類型（kind）、schemaVersion、檔頭和每一項。
每個問題列出 JSON 路徑、來源表格的列號（由 gongkai import 產生的檔案）和說明。

選項：
  --kind 類型                     要求檔案為此類型（${FILE_KINDS.join(' | ')}）
  --index-number-pattern 正規式   本站索引號格式，不符時警告
  --strict                        有警告也以結束碼 1 結束
  --json                          輸出 JSON（供 CI 使用）
  --lang zh-Hans|zh-Hant|en       說明文字的語言（預設 zh-Hans）

結束碼：0 全部通過，1 有錯誤，2 命令列有誤`,
  `Usage: gongkai validate FILE… [options]

Checks Gongkai data files: kind, schemaVersion, envelope and every element. Each problem
shows its JSON path, the spreadsheet row it came from (files written by gongkai import) and
an explanation.

Options:
  --kind KIND                     require this kind (${FILE_KINDS.join(' | ')})
  --index-number-pattern REGEX    this site's 索引号 format; mismatches warn
  --strict                        exit 1 on warnings too
  --json                          print JSON (for CI)
  --lang zh-Hans|zh-Hant|en       language of the explanations (default zh-Hans)

Exit codes: 0 all passed, 1 problems found, 2 wrong command line`,
);

const OPTIONS = {
  ...COMMON_OPTIONS,
  kind: { type: 'string' },
  'index-number-pattern': { type: 'string' },
  strict: { type: 'boolean' },
} as const;

function collectionLine(count: FileReport['collections'][number], locale: Locale): string {
  const skipped = count.total - count.valid;
  if (locale === 'en') return `  ${count.key}: ${count.total} element(s), ${count.valid} valid${skipped > 0 ? `, ${skipped} skipped` : ''}`;
  if (locale === 'zh-Hant') return `  ${count.key}：共 ${count.total} 項，${count.valid} 項通過${skipped > 0 ? `，${skipped} 項將被略過` : ''}`;
  return `  ${count.key}：共 ${count.total} 项，${count.valid} 项通过${skipped > 0 ? `，${skipped} 项将被跳过` : ''}`;
}

function headline(report: FileReport, passed: boolean, locale: Locale): string {
  const verdict = passed ? localized('通过', '通過', 'passed') : localized('未通过', '未通過', 'failed');
  const parts: string[] = [];
  if (report.kind !== undefined) parts.push(locale === 'en' ? `${KIND_NAMES[report.kind].en} (${report.kind})` : `${KIND_NAMES[report.kind][locale]}（${report.kind}）`);
  if (report.schemaVersion !== undefined) parts.push(`schemaVersion ${JSON.stringify(report.schemaVersion)}`);
  if (report.source !== undefined) {
    const sheet = report.source.sheet === undefined ? '' : locale === 'en' ? `, sheet ${report.source.sheet}` : `，工作表 ${report.source.sheet}`;
    parts.push(locale === 'en' ? `from ${report.source.file}${sheet}` : `${locale === 'zh-Hant' ? '來源' : '来源'}：${report.source.file}${sheet}`);
  }
  const separator = locale === 'en' ? ', ' : '，';
  return `${report.file}${locale === 'en' ? ': ' : '：'}${verdict[locale]}${parts.length > 0 ? ` — ${parts.join(separator)}` : ''}`;
}

function summary(reports: readonly FileReport[], passed: number, locale: Locale): string {
  const errors = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
  const failed = reports.length - passed;
  if (locale === 'en') return `Checked ${reports.length} file(s): ${passed} passed, ${failed} failed; ${errors} error(s), ${warnings} warning(s)`;
  if (locale === 'zh-Hant') return `共檢查 ${reports.length} 個檔案：${passed} 個通過，${failed} 個未通過；錯誤 ${errors} 個，警告 ${warnings} 個`;
  return `共检查 ${reports.length} 个文件：${passed} 个通过，${failed} 个未通过；错误 ${errors} 个，警告 ${warnings} 个`;
}

export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const locale = requireLocale(values.lang);
  if (values.help === true) {
    io.stdout(`${VALIDATE_HELP[locale]}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) {
    throw new UsageError(localized('请指定要检查的文件：gongkai validate 文件…', '請指定要檢查的檔案：gongkai validate 檔案…', 'Name the files to check: gongkai validate FILE…'));
  }
  const kind = values.kind;
  if (kind !== undefined && !(FILE_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(localized(`未知的类型“${kind}”：可用 ${FILE_KINDS.join('、')}`, `未知的類型「${kind}」：可用 ${FILE_KINDS.join('、')}`, `Unknown kind "${kind}": use ${FILE_KINDS.join(', ')}`));
  }
  let indexNumberPattern: RegExp | undefined;
  if (values['index-number-pattern'] !== undefined) {
    try {
      indexNumberPattern = new RegExp(values['index-number-pattern'], 'u');
    } catch {
      throw new UsageError(localized('--index-number-pattern 不是有效的正则表达式', '--index-number-pattern 不是有效的正規表示式', '--index-number-pattern is not a valid regular expression'));
    }
  }

  const reports: FileReport[] = [];
  for (const file of positionals) {
    const options = { ...(kind === undefined ? {} : { expectedKind: kind as FileKind }), ...(indexNumberPattern === undefined ? {} : { indexNumberPattern }) };
    reports.push(await checkFile(resolve(io.cwd, file), file, options));
  }
  const passes = (r: FileReport) => r.ok && (values.strict !== true || r.problems.length === 0);
  const passed = reports.filter(passes).length;

  if (values.json === true) {
    const out = {
      ok: passed === reports.length,
      files: reports.map((r) => ({ ...r, ok: passes(r), problems: r.problems.map((p) => problemJson(p, locale)) })),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const report of reports) {
      lines.push(headline(report, passes(report), locale));
      for (const count of report.collections) lines.push(collectionLine(count, locale));
      for (const problem of report.problems) lines.push(`  ${formatProblem(problem, locale)}`);
    }
    lines.push(summary(reports, passed, locale));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return passed === reports.length ? EXIT_OK : EXIT_PROBLEMS;
}
