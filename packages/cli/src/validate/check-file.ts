import { readFile } from 'node:fs/promises';
import { parseDataFile, type FileKind, type ParseDataFileOptions } from '@gongkai/schema';
import { decodeText } from '../decode-text.js';
import { COLLECTIONS, type CheckedKind } from '../kinds.js';
import { checkCalendarFile } from './check-calendar.js';
import { localized } from '../locale.js';
import { fromIssue, type Problem } from '../problem.js';
import { readSourceMap, type SourceMap } from '../source-map.js';

export interface CollectionCount {
  key: string;
  /** Elements in the file. */
  total: number;
  /** Elements that load (not skipped). */
  valid: number;
}

export interface FileReport {
  file: string;
  /** No errors (warnings allowed). */
  ok: boolean;
  kind?: CheckedKind;
  schemaVersion?: unknown;
  collections: CollectionCount[];
  problems: Problem[];
  /** The row map the file carries, if `gongkai import` wrote it. */
  source?: { file: string; sheet?: string };
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function syntaxProblem(text: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  if (position === null) {
    return { severity: 'error', code: 'json-syntax', message: localized(`不是有效的 JSON：${detail}`, `不是有效的 JSON：${detail}`, `Not valid JSON: ${detail}`) };
  }
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return {
    severity: 'error',
    code: 'json-syntax',
    message: localized(
      `不是有效的 JSON：第 ${line} 行第 ${column} 个字符附近有语法错误（常见原因：缺少或多余的逗号、引号或括号不成对）`,
      `不是有效的 JSON：第 ${line} 行第 ${column} 個字元附近有語法錯誤（常見原因：缺少或多餘的逗號、引號或括號不成對）`,
      `Not valid JSON: syntax error near line ${line}, column ${column} (often a missing or extra comma, or an unclosed quote or bracket)`,
    ),
  };
}

/**
 * Checks one data file the way the elements will load it (parseDataFile): kind, schema
 * version, envelope and every element. Problems keep their JSON path and, when the file
 * carries a row map from `gongkai import`, the spreadsheet row and column they came from.
 */
export async function checkFile(path: string, displayName: string, options: ParseDataFileOptions = {}): Promise<FileReport> {
  const report: FileReport = { file: displayName, ok: false, collections: [], problems: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '' : `（${(error as Error).message}）`;
    report.problems.push({
      severity: 'error',
      code: 'read-error',
      message: (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? localized('文件不存在', '檔案不存在', 'File not found')
        : localized(`无法读取文件${detail}`, `無法讀取檔案${detail}`, `Cannot read the file ${detail}`),
    });
    return report;
  }
  // Some tools save JSON in GBK too; decode it the same way as CSV rather than fail on mojibake.
  const { text } = decodeText(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report.problems.push(syntaxProblem(text, error));
    return report;
  }
  const map: SourceMap | undefined = readSourceMap(json);
  if (map !== undefined) report.source = map.sheet === undefined ? { file: map.file } : { file: map.file, sheet: map.sheet };
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    report.schemaVersion = (json as Record<string, unknown>)['schemaVersion'];
  }
  if ((json as { kind?: unknown } | null)?.kind === 'holiday-calendar' && options.expectedKind === undefined) {
    report.kind = 'holiday-calendar';
    report.problems.push(...checkCalendarFile(json));
    report.ok = !report.problems.some((p) => p.severity === 'error');
    return report;
  }
  const result = parseDataFile(json, options);
  if (!result.ok) {
    report.problems.push(...result.errors.map((issue) => fromIssue(issue, map)));
    return report;
  }
  report.kind = result.kind;
  const input = json as Record<string, unknown>;
  const loaded = result.file as unknown as Record<string, unknown>;
  for (const key of COLLECTIONS[result.kind]) {
    const elements = input[key];
    if (!Array.isArray(elements)) continue;
    report.collections.push({ key, total: elements.length, valid: (loaded[key] as unknown[]).length });
  }
  report.problems.push(...result.skipped.map((issue) => fromIssue(issue, map)), ...result.warnings.map((issue) => fromIssue(issue, map)));
  report.ok = !report.problems.some((p) => p.severity === 'error');
  return report;
}
