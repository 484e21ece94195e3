import { parseDataFile, SCHEMA_VERSION, type ValidationIssue } from '@gongkai/schema';
import { JSON_SCHEMA_BASE_URL } from '@gongkai/schema/json-schema';
import { COLLECTIONS, type ImportKind } from '../kinds.js';
import { localized } from '../locale.js';
import { fromIssue, type Problem } from '../problem.js';
import { SOURCE_MEMBER, type SourceMap } from '../source-map.js';
import { buildElements, columnsByTarget, type BuiltElement, type RejectedRow } from './build-elements.js';
import { checkLegalBasis, completenessByDepartment, type DepartmentCompleteness } from './completeness.js';
import { DEFAULT_MAPPING } from './default-mapping.js';
import { findHeader, type ColumnOverrides, type HeaderLayout } from './header.js';
import type { Table } from './table.js';

export interface ImportOptions {
  kind: ImportKind;
  publisher: { id: string; name: string };
  updatedAt: string;
  /** Base name of the input, recorded in the row map. */
  sourceName: string;
  /** Worksheet the rows came from (Excel). */
  sourceSheet?: string;
  columns?: ColumnOverrides;
  /** Write the `x-gongkai-source` row map (default true). */
  sourceRows?: boolean;
  /** Refuse power items without a 设定依据 instead of publishing them marked incomplete. */
  strict?: boolean;
}

export interface ImportResult {
  /** The data file to write; undefined when the header or the envelope could not be built. */
  file?: Record<string, unknown>;
  layout?: HeaderLayout;
  problems: Problem[];
  /** Non-blank data rows. */
  rowCount: number;
  /** Rows written to the file. */
  importedCount: number;
  /** Power catalog: items and items without a 设定依据, per 实施主体. */
  completeness?: DepartmentCompleteness[];
}

const ELEMENT_PATH = /^([A-Za-z]+)\[(\d+)\]\.?(.*)$/;

function assemble(
  options: ImportOptions,
  elements: readonly BuiltElement[],
  categories: readonly object[],
  layout: HeaderLayout,
): { file: Record<string, unknown>; map: SourceMap } {
  const collection = COLLECTIONS[options.kind][0]!;
  const file: Record<string, unknown> = {
    // Editors that know JSON Schema (VS Code, WebStorm) then check the file as it is edited.
    $schema: `${JSON_SCHEMA_BASE_URL}${options.kind}.schema.json`,
    schemaVersion: SCHEMA_VERSION,
    kind: options.kind,
    publisher: options.publisher,
    updatedAt: options.updatedAt,
    [collection]: elements.map((e) => e.element),
  };
  if (options.kind === 'disclosure-directory') file['categories'] = categories;
  const map: SourceMap = {
    file: options.sourceName,
    rows: { [collection]: elements.map((e) => e.row) },
    columns: { [collection]: columnsByTarget(layout) },
  };
  if (options.sourceSheet !== undefined) map.sheet = options.sourceSheet;
  if (options.sourceRows !== false) file[SOURCE_MEMBER] = map;
  return { file, map };
}

/** Index of the element an issue is about, or undefined for envelope issues. */
function elementIndex(issue: ValidationIssue, collection: string): { index: number; field: string } | undefined {
  const match = ELEMENT_PATH.exec(issue.path);
  return match !== null && match[1] === collection ? { index: Number(match[2]), field: match[3]! } : undefined;
}

/** The sheet's heading for a member, or the default mapping's first heading when the sheet has no such column. */
function headingFor(kind: ImportKind, columns: Record<string, string>, field: string): string | undefined {
  return columns[field] ?? DEFAULT_MAPPING[kind].find((spec) => spec.target === field)?.headings[0];
}

/** A row problem from a schema issue about one element: row, the column as the sheet names it, the member. */
function rowProblem(kind: ImportKind, columns: Record<string, string>, row: number, issue: ValidationIssue, field: string): Problem {
  const problem: Problem = { severity: 'error', code: issue.code, row, field, message: issue.message };
  const member = field.replace(/\[\d+\]/g, '').split('.')[0] ?? '';
  const column = columns[member] ?? columns[field] ?? headingFor(kind, columns, member);
  if (column !== undefined) problem.column = column;
  return problem;
}

/**
 * The other problems of rows left out for an unconvertible cell: what the schema says about the
 * rest of the row, so the clerk fixes every cell of it in one go (issue #17 item 9).
 */
function rejectedRowProblems(options: ImportOptions, rejected: readonly RejectedRow[], layout: HeaderLayout, columns: Record<string, string>): Problem[] {
  const collection = COLLECTIONS[options.kind][0]!;
  const problems: Problem[] = [];
  for (const { row, element, failedTargets } of rejected) {
    const failedMembers = new Set(failedTargets.map((target) => target.split('.')[0]!));
    const parsed = parseDataFile(assemble({ ...options, sourceRows: false }, [{ row, element: { id: `row-${row}`, ...element } }], [], layout).file);
    if (!parsed.ok) continue;
    for (const issue of parsed.skipped) {
      const at = elementIndex(issue, collection);
      if (at === undefined || issue.code === 'duplicate-id') continue;
      const member = at.field.replace(/\[\d+\]/g, '').split('.')[0] ?? '';
      if (failedMembers.has(member)) continue;
      problems.push(rowProblem(options.kind, columns, row, issue, at.field));
    }
  }
  return problems;
}

/**
 * Turns a table into a data file of one kind: finds the header, converts each row, then
 * validates the result with the same parser the elements use. Rows that cannot be converted
 * or that the parser would skip are reported with their row number and left out, so the
 * written file loads without skipped items; warnings are reported and the rows kept.
 */
export function importTable(table: Table, options: ImportOptions): ImportResult {
  const { kind } = options;
  const layout = findHeader(table, kind, options.columns);
  if (layout === undefined) {
    return {
      problems: [{
        severity: 'error',
        code: 'no-header',
        message: localized(
          '找不到表头：前 15 行中没有一行包含至少两个可识别的列名（如“事项名称”“事项类型”“索引号”）。请检查 --kind，或用 --map 指定列名',
          '找不到表頭：前 15 列中沒有一列包含至少兩個可辨識的欄名（如「事項名稱」「事項類型」「索引號」）。請檢查 --kind，或用 --map 指定欄名',
          'No header found: none of the first 15 rows has at least two known column headings (e.g. 事项名称, 事项类型, 索引号). Check --kind, or name the columns with --map',
        ),
      }],
      rowCount: 0,
      importedCount: 0,
    };
  }
  const built = buildElements(table, layout, kind);
  const problems = [...built.problems];
  const collection = COLLECTIONS[kind][0]!;
  const columns = columnsByTarget(layout);
  let candidates: readonly BuiltElement[] = built.elements;
  if (kind === 'power-catalog') {
    const strict = options.strict === true;
    const legal = checkLegalBasis(built.elements, columns['legalBasis'], strict);
    problems.push(...legal.problems);
    candidates = built.elements.filter((e) => !legal.refusedRows.has(e.row));
    // A row already left out: under --strict its missing 设定依据 is one more error to fix; otherwise
    // it would be imported marked incomplete once its other cells are fixed, so nothing to say.
    problems.push(...checkLegalBasis(built.rejected, columns['legalBasis'], strict).problems.filter((p) => p.severity === 'error'));
  }
  problems.push(...rejectedRowProblems(options, built.rejected, layout, columns));

  // First pass: which built elements would the elements skip?
  const first = parseDataFile(assemble(options, candidates, built.categories, layout).file);
  if (!first.ok) {
    return { layout, problems: [...problems, ...first.errors.map((issue) => fromIssue(issue))], rowCount: built.rowCount, importedCount: 0 };
  }
  const dropped = new Set<number>();
  for (const issue of first.skipped) {
    const at = elementIndex(issue, collection);
    if (at === undefined) continue;
    dropped.add(at.index);
    const row = candidates[at.index]!.row;
    const problem = rowProblem(kind, columns, row, issue, at.field);
    if (issue.code === 'duplicate-id') {
      const id = candidates[at.index]!.element['id'];
      const firstRow = candidates.find((e) => e.element['id'] === id)?.row;
      problem.message = localized(
        `编号“${String(id)}”与第 ${firstRow ?? '?'} 行重复，本行未导入`,
        `編號「${String(id)}」與第 ${firstRow ?? '?'} 列重複，本列未匯入`,
        `Id "${String(id)}" repeats row ${firstRow ?? '?'}; this row was not imported`,
      );
    }
    problems.push(problem);
  }

  // Second pass on what is written, so warnings carry the paths of the written file.
  const kept = candidates.filter((_, index) => !dropped.has(index));
  const { file, map } = assemble(options, kept, built.categories, layout);
  const second = parseDataFile(file);
  if (second.ok) problems.push(...second.skipped.map((issue) => fromIssue(issue, map)), ...second.warnings.map((issue) => fromIssue(issue, map)));
  else problems.push(...second.errors.map((issue) => fromIssue(issue, map)));
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const result: ImportResult = { file, layout, problems, rowCount: built.rowCount, importedCount: kept.length };
  if (kind === 'power-catalog') result.completeness = completenessByDepartment(kept.map((e) => e.element));
  return result;
}
