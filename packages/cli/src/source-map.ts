/*
 * The row map `gongkai import` writes into its output, so that `gongkai validate` can say which
 * spreadsheet row (and column) a problem came from even after the JSON has been edited by hand.
 *
 * It is one optional top-level member, `x-gongkai-source`. The schema keeps unknown members
 * and ignores them (docs/design.md §4), so elements and other validators never see a difference; an
 * `x-` prefix marks it as an extension. It is advisory: a hand-edited file whose arrays no
 * longer line up with the rows gives wrong row numbers, never an error.
 */

export const SOURCE_MEMBER = 'x-gongkai-source';

export interface SourceMap {
  /** File name of the spreadsheet (base name only: no local directories in published files). */
  file: string;
  /** Worksheet name, for Excel files. */
  sheet?: string;
  /** Per collection (`items`, `documents`, `agencies`): the source row number of each element, by index. */
  rows: Record<string, number[]>;
  /** Per collection: field path (`name`, `timeLimits.statutory`) → column heading it was read from. */
  columns?: Record<string, Record<string, string>>;
}

export interface SourceLocation {
  file: string;
  sheet?: string;
  row: number;
  column?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads the member leniently: anything malformed is treated as "no row map". */
export function readSourceMap(file: unknown): SourceMap | undefined {
  if (!isRecord(file)) return undefined;
  const raw = file[SOURCE_MEMBER];
  if (!isRecord(raw) || typeof raw['file'] !== 'string' || !isRecord(raw['rows'])) return undefined;
  const rows: Record<string, number[]> = {};
  for (const [key, list] of Object.entries(raw['rows'])) {
    if (Array.isArray(list)) rows[key] = list.map((n) => (typeof n === 'number' && Number.isInteger(n) ? n : 0));
  }
  const columns: Record<string, Record<string, string>> = {};
  if (isRecord(raw['columns'])) {
    for (const [key, byField] of Object.entries(raw['columns'])) {
      if (!isRecord(byField)) continue;
      columns[key] = Object.fromEntries(Object.entries(byField).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    }
  }
  const map: SourceMap = { file: raw['file'], rows, columns };
  if (typeof raw['sheet'] === 'string') map.sheet = raw['sheet'];
  return map;
}

const ELEMENT_PATH = /^([A-Za-z_$][\w$]*)\[(\d+)\](.*)$/;

/** `legalBasis[0].title` → `legalBasis.title`: column keys never carry indices. */
function fieldKey(rest: string): string {
  return rest.replace(/\[\d+\]/g, '').replace(/^\./, '');
}

/**
 * Where the element a JSON path points into came from: `items[3].timeLimits.promised.value`
 * → row of items[3], column of the longest mapped field that prefixes `timeLimits.promised.value`.
 */
export function locate(map: SourceMap | undefined, path: string): SourceLocation | undefined {
  if (map === undefined) return undefined;
  const match = ELEMENT_PATH.exec(path);
  if (match === null) return undefined;
  const [, collection, index, rest] = match;
  const row = map.rows[collection!]?.[Number(index)];
  if (row === undefined || row <= 0) return undefined;
  const location: SourceLocation = { file: map.file, row };
  if (map.sheet !== undefined) location.sheet = map.sheet;
  const field = fieldKey(rest!);
  const byField = map.columns?.[collection!];
  if (byField !== undefined && field !== '') {
    let best: string | undefined;
    for (const key of Object.keys(byField)) {
      if ((field === key || field.startsWith(`${key}.`)) && (best === undefined || key.length > best.length)) best = key;
    }
    if (best !== undefined) location.column = byField[best];
  }
  return location;
}
