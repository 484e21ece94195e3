import type { Locale } from './locale.js';
import type { Problem } from './problem.js';

const SEVERITY: Record<Problem['severity'], Record<Locale, string>> = {
  error: { 'zh-Hans': '错误', 'zh-Hant': '錯誤', en: 'error' },
  warning: { 'zh-Hans': '警告', 'zh-Hant': '警告', en: 'warning' },
};

/** `第 7 行，“事项类型”列` / `row 7, column 事项类型`. */
export function formatSource(problem: Pick<Problem, 'row' | 'column'>, locale: Locale): string {
  const parts: string[] = [];
  if (locale === 'en') {
    if (problem.row !== undefined) parts.push(`row ${problem.row}`);
    if (problem.column !== undefined) parts.push(`column ${problem.column}`);
    return parts.join(', ');
  }
  if (problem.row !== undefined) parts.push(locale === 'zh-Hant' ? `第 ${problem.row} 列` : `第 ${problem.row} 行`);
  if (problem.column !== undefined) parts.push(locale === 'zh-Hant' ? `「${problem.column}」欄` : `“${problem.column}”列`);
  return parts.join('，');
}

/**
 * One problem on one line: severity, where (JSON path, then the spreadsheet row and column
 * in brackets), and the explanation in the chosen language.
 *   错误  items[3].type（第 7 行，“事项类型”列）：应为 licensing、…
 */
export function formatProblem(problem: Problem, locale: Locale): string {
  const source = formatSource(problem, locale);
  if (problem.path === undefined && problem.field !== undefined) {
    // A row that is not in the written file: the row and the column as the sheet names it; the
    // JSON member only when the sheet has no column for it (a clerk never sees `legalBasis`).
    const lead = source === '' ? problem.field : problem.column !== undefined ? source : locale === 'en' ? `${source} (${problem.field})` : `${source}（${problem.field}）`;
    return `${SEVERITY[problem.severity][locale]}  ${lead}${locale === 'en' ? ': ' : '：'}${problem.message[locale]}`;
  }
  const where = problem.path ?? '';
  const message = problem.message[locale];
  if (locale === 'en') {
    const location = where === '' ? source : [where, source === '' ? '' : `(${source})`].filter((s) => s !== '').join(' ');
    return `${SEVERITY[problem.severity].en}  ${location === '' ? '' : `${location}: `}${message}`;
  }
  const location = `${where}${source === '' ? '' : where === '' ? source : `（${source}）`}`;
  return `${SEVERITY[problem.severity][locale]}  ${location === '' ? '' : `${location}：`}${message}`;
}

/** The problem as printed by `--json`: the chosen message plus all three, for tools that localize themselves. */
export function problemJson(problem: Problem, locale: Locale): Record<string, unknown> {
  const { message, ...rest } = problem;
  return { ...rest, message: message[locale], messages: message };
}
