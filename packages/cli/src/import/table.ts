/** A cell as read from Excel or CSV: CSV gives only strings; Excel also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

export interface TableRow {
  /** 1-based row number as Excel and WPS show it (for CSV: the record number). */
  number: number;
  cells: Cell[];
}

/** One sheet of a spreadsheet, every row including blank ones, merged cells filled from their master. */
export interface Table {
  rows: TableRow[];
  /** Worksheet name (Excel only). */
  sheet?: string;
  /** Detected or forced text encoding (CSV only). */
  encoding?: string;
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(row: TableRow): boolean {
  return row.cells.every(isBlankCell);
}
