import type { ValidationIssue } from '@gongkai/schema';
import type { LocalizedText } from './locale.js';
import { locate, type SourceMap } from './source-map.js';

/**
 * One thing a command reports: a schema issue (with its JSON path) or an import problem (with
 * its row and column). Both carry the source row when it is known, so the clerk can go
 * straight to the spreadsheet.
 */
export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  /** JSON path inside the data file, e.g. `items[3].legalBasis[0].title`. */
  path?: string;
  /** 1-based row number in the spreadsheet, as Excel and WPS show it. */
  row?: number;
  /** Column heading in the spreadsheet. */
  column?: string;
  /** Member of the element the problem is about, when there is no path (rows left out of the file). */
  field?: string;
  message: LocalizedText;
}

/** A schema issue, with the source row looked up in the file's row map. */
export function fromIssue(issue: ValidationIssue, map?: SourceMap): Problem {
  const problem: Problem = { severity: issue.severity, code: issue.code, path: issue.path, message: issue.message };
  const location = locate(map, issue.path);
  if (location !== undefined) {
    problem.row = location.row;
    if (location.column !== undefined) problem.column = location.column;
  }
  return problem;
}
