import { localized } from '../locale.js';
import type { Problem } from '../problem.js';
import type { BuiltElement } from './build-elements.js';

/*
 * Power items without a 设定依据 (issue #17 item 12). Summary lists — a district's published
 * service list, say — often have no 设定依据 column at all; refusing every such row would publish
 * nothing. By default such an item is kept and marked `incomplete: ['legalBasis']` (the catalog
 * shows "设定依据：未公开"), with a warning per row; `--strict` refuses the rows instead, for
 * agencies whose list must be complete. Messages name the column as the sheet does.
 */

/** The heading the messages use when the sheet has no 设定依据 column. */
export const LEGAL_BASIS_HEADING = '设定依据';

export interface DepartmentCompleteness {
  department: string;
  items: number;
  /** Items marked incomplete for want of a 设定依据. */
  withoutLegalBasis: number;
}

export interface CompletenessResult {
  problems: Problem[];
  /** Rows refused under `--strict`. */
  refusedRows: Set<number>;
}

function hasLegalBasis(element: Record<string, unknown>): boolean {
  return Array.isArray(element['legalBasis']) && element['legalBasis'].length > 0;
}

/**
 * Marks (or, strict, refuses) every element without a legal basis. Mutates the elements it
 * marks; returns a problem per row.
 */
export function checkLegalBasis(elements: readonly BuiltElement[], column: string | undefined, strict: boolean): CompletenessResult {
  const problems: Problem[] = [];
  const refusedRows = new Set<number>();
  const heading = column ?? LEGAL_BASIS_HEADING;
  for (const { row, element } of elements) {
    if (hasLegalBasis(element)) continue;
    if (strict) {
      refusedRows.add(row);
      problems.push({
        severity: 'error',
        code: 'legal-basis-missing',
        row,
        column: heading,
        message: localized(
          `未填写（--strict 要求每个事项都有${heading}），本行未导入`,
          `未填寫（--strict 要求每個事項都有${heading}），本列未匯入`,
          `empty (--strict requires a ${heading} for every item); this row was not imported`,
        ),
      });
      continue;
    }
    const incomplete = Array.isArray(element['incomplete']) ? (element['incomplete'] as unknown[]) : [];
    element['incomplete'] = [...new Set([...incomplete, 'legalBasis'])];
    problems.push({
      severity: 'warning',
      code: 'legal-basis-missing',
      row,
      column: heading,
      message: localized(
        `未填写，已导入并在事项页显示“${heading}：未公开”（加 --strict 则不导入此类行）`,
        `未填寫，已匯入並在事項頁顯示「${heading}：未公開」（加 --strict 則不匯入此類列）`,
        `empty: imported, and the item page shows the ${heading} as not published (add --strict to refuse such rows)`,
      ),
    });
  }
  return { problems, refusedRows };
}

/** Items and items without a legal basis, per 实施主体, in the order departments first appear. */
export function completenessByDepartment(elements: readonly Record<string, unknown>[]): DepartmentCompleteness[] {
  const byDepartment = new Map<string, DepartmentCompleteness>();
  for (const element of elements) {
    const department = typeof element['department'] === 'string' ? element['department'] : '';
    let entry = byDepartment.get(department);
    if (entry === undefined) byDepartment.set(department, (entry = { department, items: 0, withoutLegalBasis: 0 }));
    entry.items++;
    if (!hasLegalBasis(element)) entry.withoutLegalBasis++;
  }
  return [...byDepartment.values()];
}
