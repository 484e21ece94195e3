import type { CellValue, Worksheet } from 'exceljs';
import type { Cell, Table } from './table.js';

/** Flattens ExcelJS's cell value shapes (rich text, formulas, hyperlinks, errors) to a plain cell. */
export function plainCell(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return result === undefined || (typeof result === 'object' && result !== null && !(result instanceof Date)) ? null : plainCell(result as CellValue);
    }
    // A hyperlink cell: the text shown, which for a URL column is the URL itself.
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainCell(value.text as CellValue);
    if ('error' in value) return null;
  }
  return null;
}

function readSheet(sheet: Worksheet): Table {
  const rows: Table['rows'] = [];
  const columnCount = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range holds its value in the master (top-left) cell; every cell of the range
      // gets it, so a heading merged over two columns names both, and a 实施主体 merged
      // down over several rows applies to each of them.
      cells.push(plainCell(cell.isMerged ? cell.master.value : cell.value));
    }
    rows.push({ number: r, cells });
  }
  return { rows, sheet: sheet.name };
}

/**
 * Reads one worksheet of an .xlsx file: the one named `sheetName`, else the first with any
 * content. When the named sheet does not exist, says which sheets there are.
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table | { missingSheet: string; sheets: string[] }> {
  // Loaded only when an Excel file is imported: ExcelJS is large and slow to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings name an older, non-generic Buffer that @types/node 20's Buffer<ArrayBuffer> does not match.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheets = workbook.worksheets;
  if (sheetName !== undefined) {
    const sheet = sheets.find((s) => s.name === sheetName);
    return sheet === undefined ? { missingSheet: sheetName, sheets: sheets.map((s) => s.name) } : readSheet(sheet);
  }
  const sheet = sheets.find((s) => s.actualRowCount > 0) ?? sheets[0];
  return sheet === undefined ? { rows: [] } : readSheet(sheet);
}
