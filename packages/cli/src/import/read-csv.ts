import { parse } from 'csv-parse/sync';
import { decodeText, type TextEncodingName } from '../decode-text.js';
import type { Table } from './table.js';

/** Tab-separated when the first line has tabs and no commas (Excel's "Unicode text" export). */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/**
 * Reads a CSV file exported from Excel, WPS or a records system. Rows keep their record
 * number (the row number Excel shows when the file is opened), including blank rows, so
 * reported row numbers match what the clerk sees.
 */
export function readCsv(bytes: Uint8Array, encoding?: TextEncodingName): Table {
  const decoded = decodeText(bytes, encoding);
  const records = parse(decoded.text, {
    delimiter: guessDelimiter(decoded.text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return {
    rows: records.map((cells, index) => ({ number: index + 1, cells })),
    encoding: decoded.encoding,
  };
}
