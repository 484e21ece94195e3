import { parseDataFile, SCHEMA_VERSION, type ValidationIssue } from '@gongkai/schema';
import { JSON_SCHEMA_BASE_URL } from '@gongkai/schema/json-schema';
import { COLLECTIONS, type ImportKind } from '../kinds.js';
import { localized } from '../locale.js';
import { fromIssue, type Problem } from '../problem.js';
import { SOURCE_MEMBER, type SourceMap } from '../source-map.js';
import { buildElements, columnsByTarget, type BuiltElement } from './build-elements.js';
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

  // First pass: which built elements would the elements skip?
  const first = parseDataFile(assemble(options, built.elements, built.categories, layout).file);
  if (!first.ok) {
    return { layout, problems: [...problems, ...first.errors.map((issue) => fromIssue(issue))], rowCount: built.rowCount, importedCount: 0 };
  }
  const dropped = new Set<number>();
  for (const issue of first.skipped) {
    const at = elementIndex(issue, collection);
    if (at === undefined) continue;
    dropped.add(at.index);
    const row = built.elements[at.index]!.row;
    const field = at.field.replace(/\[\d+\]/g, '').split('.')[0] ?? '';
    const problem: Problem = { severity: 'error', code: issue.code, row, field: at.field, message: issue.message };
    const column = columns[field] ?? columns[at.field];
    if (column !== undefined) problem.column = column;
    if (issue.code === 'duplicate-id') {
      const id = built.elements[at.index]!.element['id'];
      const firstRow = built.elements.find((e) => e.element['id'] === id)?.row;
      problem.message = localized(
        `编号“${String(id)}”与第 ${firstRow ?? '?'} 行重复，本行未导入`,
        `編號「${String(id)}」與第 ${firstRow ?? '?'} 列重複，本列未匯入`,
        `Id "${String(id)}" repeats row ${firstRow ?? '?'}; this row was not imported`,
      );
    }
    problems.push(problem);
  }

  // Second pass on what is written, so warnings carry the paths of the written file.
  const kept = built.elements.filter((_, index) => !dropped.has(index));
  const { file, map } = assemble(options, kept, built.categories, layout);
  const second = parseDataFile(file);
  if (second.ok) problems.push(...second.skipped.map((issue) => fromIssue(issue, map)), ...second.warnings.map((issue) => fromIssue(issue, map)));
  else problems.push(...second.errors.map((issue) => fromIssue(issue, map)));
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { file, layout, problems, rowCount: built.rowCount, importedCount: kept.length };
}
