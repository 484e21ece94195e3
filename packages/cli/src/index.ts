/**
 * @gongkai/cli — the `gongkai` command (validate, import, init) and the pieces it is made of,
 * for agencies that want to run the same checks from their own scripts.
 */
export { main } from './main.js';
export type { CliIo } from './io.js';
export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './io.js';
export { checkFile, type FileReport, type CollectionCount } from './validate/check-file.js';
export { importTable, type ImportOptions, type ImportResult } from './import/import-table.js';
export { readCsv } from './import/read-csv.js';
export { readXlsx } from './import/read-xlsx.js';
export { DEFAULT_MAPPING, normalizeHeading, type FieldSpec } from './import/default-mapping.js';
export { findHeader, type HeaderLayout, type ColumnOverrides } from './import/header.js';
export type { Table, TableRow, Cell } from './import/table.js';
export { decodeText, type DecodedText } from './decode-text.js';
export { SOURCE_MEMBER, readSourceMap, locate, type SourceMap, type SourceLocation } from './source-map.js';
export type { Problem } from './problem.js';
