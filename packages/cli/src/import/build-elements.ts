import type { ImportKind } from '../kinds.js';
import { localized } from '../locale.js';
import type { Problem } from '../problem.js';
import type { HeaderLayout } from './header.js';
import { isBlankRow, type Table } from './table.js';

/** One element built from one spreadsheet row. */
export interface BuiltElement {
  row: number;
  element: Record<string, unknown>;
}

/** A row with a cell that could not be converted: what could be read, and the members that could not. */
export interface RejectedRow extends BuiltElement {
  failedTargets: string[];
}

export interface BuiltElements {
  elements: BuiltElement[];
  /** Rows left out for an unconvertible cell, kept so their other problems are reported in the same run. */
  rejected: RejectedRow[];
  /** Disclosure directory only: categories named in the 分类 columns, in order of first use. */
  categories: { id: string; name: string; scheme: string }[];
  /** Rows that could not be converted (left out of `elements`). */
  problems: Problem[];
  /** Non-blank data rows seen. */
  rowCount: number;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

const NO_FEE_STANDARD = new Set(['无', '無', '-', '—', '/', '不收费', '不收費', '免费', '免費']);

/**
 * 收费标准 + 收费依据 become `fees.items[0]` ({name, standard, basis} all required by the
 * schema). A standard without a basis is kept as `fees.note` (an unknown member the elements
 * ignore) with a warning, so nothing the clerk typed is silently lost.
 */
function foldFees(element: Record<string, unknown>, row: number, problems: Problem[]): void {
  const fees = element['fees'] as Record<string, unknown> | undefined;
  if (fees === undefined) return;
  const standard = fees['standard'] as string | undefined;
  const basis = fees['basis'] as string | undefined;
  delete fees['standard'];
  delete fees['basis'];
  if (standard === undefined || NO_FEE_STANDARD.has(standard)) {
    if (basis !== undefined) fees['note'] = basis;
  } else {
    fees['charged'] ??= true;
    if (basis !== undefined) fees['items'] = [{ name: typeof element['name'] === 'string' ? element['name'] : standard, standard, basis }];
    else {
      fees['note'] = standard;
      problems.push({
        severity: 'warning',
        code: 'fee-basis-missing',
        row,
        column: '收费标准',
        message: localized('有收费标准但没有收费依据：收费标准已作为备注保留，请补充“收费依据”列', '有收費標準但沒有收費依據：收費標準已作為備註保留，請補充「收費依據」欄', 'A fee standard without a fee basis: kept as a note; add a 收费依据 column'),
      });
    }
  }
  if (Object.keys(fees).length === 0) delete element['fees'];
}

/** Ids when the sheet has no id column: the item code, the 索引号 (never changes once issued), the agency name. */
function fallbackId(kind: ImportKind, element: Record<string, unknown>, row: number): string {
  const preferred = kind === 'power-catalog' ? element['code'] : kind === 'disclosure-directory' ? element['indexNumber'] : element['name'];
  return typeof preferred === 'string' && preferred !== '' ? preferred : `row-${row}`;
}

const CATEGORY_PREFIX = 'categories.';

/**
 * Converts the data rows below the header. A row with a cell that cannot be converted is
 * reported (row, column, what was found and what was expected) and left out; every other
 * row is kept. Blank rows are skipped without a word.
 */
export function buildElements(table: Table, layout: HeaderLayout, kind: ImportKind): BuiltElements {
  const elements: BuiltElement[] = [];
  const rejected: RejectedRow[] = [];
  const problems: Problem[] = [];
  const categories = new Map<string, { id: string; name: string; scheme: string }>();
  let rowCount = 0;
  for (const tableRow of table.rows.slice(layout.dataStart)) {
    if (isBlankRow(tableRow)) continue;
    rowCount++;
    const element: Record<string, unknown> = {};
    const rowCategories: { id: string; name: string; scheme: string }[] = [];
    const failedTargets: string[] = [];
    for (const column of layout.columns) {
      const cell = tableRow.cells[column.index] ?? null;
      const converted = column.spec.convert(cell, { headingHint: column.hint });
      if (converted === undefined) continue;
      if ('reason' in converted) {
        failedTargets.push(column.spec.target);
        problems.push({ severity: 'error', code: 'unconvertible-value', row: tableRow.number, column: column.heading, message: converted.reason });
        continue;
      }
      const { target } = column.spec;
      if (target.startsWith(CATEGORY_PREFIX)) {
        const scheme = target.slice(CATEGORY_PREFIX.length);
        for (const name of converted.value as string[]) rowCategories.push({ id: `${scheme}/${name}`, name, scheme });
      } else setPath(element, target, converted.value);
    }
    if (failedTargets.length > 0) {
      rejected.push({ row: tableRow.number, element, failedTargets });
      continue;
    }
    if (kind === 'power-catalog') foldFees(element, tableRow.number, problems);
    if (kind === 'disclosure-directory') {
      element['categoryIds'] = [...new Set(rowCategories.map((c) => c.id))];
      for (const category of rowCategories) if (!categories.has(category.id)) categories.set(category.id, category);
    }
    // `id` first, so the written file reads like the examples.
    const id = element['id'] ?? fallbackId(kind, element, tableRow.number);
    elements.push({ row: tableRow.number, element: Object.assign({ id }, element) });
  }
  return { elements, rejected, categories: [...categories.values()], problems, rowCount };
}

/** The sheet's column heading of each target, for the row map (`fees.*` and the 分类 columns under their JSON member). */
export function columnsByTarget(layout: HeaderLayout): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const column of layout.columns) {
    const target = column.spec.target;
    if (target.startsWith(CATEGORY_PREFIX)) columns['categoryIds'] ??= column.heading;
    else if (target.startsWith('fees.') && target !== 'fees.charged') columns['fees'] ??= column.heading;
    else columns[target] = column.heading;
  }
  return columns;
}
