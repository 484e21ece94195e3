import type { ImportKind } from '../kinds.js';
import { cellText } from './convert.js';
import { DEFAULT_MAPPING, IGNORED_HEADINGS, normalizeHeading, type FieldSpec } from './default-mapping.js';
import { isBlankRow, type Table } from './table.js';

/** What `--map mapping.json` adds: heading → target, or null to skip a column. */
export type ColumnOverrides = Record<string, string | null>;

export interface ColumnBinding {
  /** 0-based column index. */
  index: number;
  /** The heading as the clerk wrote it (group heading / heading for two-row headers). */
  heading: string;
  spec: FieldSpec;
  /** Bracketed note of the heading, e.g. 工作日. */
  hint: string;
}

export interface HeaderLayout {
  /** Row numbers that form the header (one, or two when headings are grouped under merged cells). */
  headerRows: number[];
  /** Index into table.rows of the first row after the header. */
  dataStart: number;
  columns: ColumnBinding[];
  /** Non-empty headings no mapping knows; their columns are not imported. */
  unknownHeadings: string[];
  /** Headings whose target an earlier column already provides; not imported. */
  repeatedHeadings: string[];
}

type Lookup = Map<string, FieldSpec | null>;

function buildLookup(kind: ImportKind, overrides: ColumnOverrides): Lookup {
  const lookup: Lookup = new Map();
  const byTarget = new Map(DEFAULT_MAPPING[kind].map((spec) => [spec.target, spec]));
  // The mapping file wins over the defaults.
  for (const [heading, target] of Object.entries(overrides)) {
    lookup.set(normalizeHeading(heading).key, target === null ? null : byTarget.get(target)!);
  }
  for (const heading of IGNORED_HEADINGS) if (!lookup.has(heading)) lookup.set(heading, null);
  for (const spec of DEFAULT_MAPPING[kind]) {
    for (const heading of spec.headings) {
      const { key } = normalizeHeading(heading);
      if (!lookup.has(key)) lookup.set(key, spec);
    }
  }
  return lookup;
}

interface Resolution {
  columns: ColumnBinding[];
  unknownHeadings: string[];
  repeatedHeadings: string[];
}

/**
 * Binds columns to fields for a header of one or two rows. With two rows (a group heading
 * merged over sub-headings, like 办理时限 over 法定 | 承诺), each column tries the sub-heading,
 * then the two combined both ways (法定 + 时限 → 法定时限), then the group heading.
 */
function resolve(lookup: Lookup, rows: readonly (readonly string[])[]): Resolution {
  const width = Math.max(...rows.map((r) => r.length));
  const columns: ColumnBinding[] = [];
  const unknownHeadings: string[] = [];
  const repeatedHeadings: string[] = [];
  const bound = new Set<string>();
  for (let index = 0; index < width; index++) {
    const top = rows[0]![index] ?? '';
    const bottom = rows[1]?.[index] ?? '';
    let candidates: string[];
    let shown: string;
    if (rows.length === 1 || bottom === '' || bottom === top) [candidates, shown] = [[top], top];
    else if (top === '') [candidates, shown] = [[bottom], bottom];
    else [candidates, shown] = [[bottom, top + bottom, bottom + top, top], `${top}/${bottom}`];
    if (shown === '') continue;
    let found: FieldSpec | null | undefined;
    let hint = '';
    let repeated = false;
    for (const candidate of candidates) {
      const normalized = normalizeHeading(candidate);
      const spec = lookup.get(normalized.key);
      if (spec === undefined) continue;
      if (spec !== null && bound.has(spec.target)) {
        repeated = true;
        continue;
      }
      [found, hint] = [spec, normalized.hint];
      break;
    }
    if (found === undefined) (repeated ? repeatedHeadings : unknownHeadings).push(shown);
    else if (found !== null) {
      bound.add(found.target);
      columns.push({ index, heading: shown, spec: found, hint });
    }
  }
  return { columns, unknownHeadings, repeatedHeadings };
}

/** How many of the first non-blank rows may hold the header (titles and notes can sit above it). */
const HEADER_SEARCH_ROWS = 15;
/** Fewer recognised columns than this is not a header. */
const MIN_HEADER_COLUMNS = 2;

/**
 * Finds the header: the row (or pair of rows) among the first non-blank rows that binds the
 * most columns. A title merged across the sheet above the header, notes and blank rows are
 * skipped. Undefined when no row has at least two recognised headings.
 */
export function findHeader(table: Table, kind: ImportKind, overrides: ColumnOverrides = {}): HeaderLayout | undefined {
  const lookup = buildLookup(kind, overrides);
  const candidates: number[] = [];
  for (let i = 0; i < table.rows.length && candidates.length < HEADER_SEARCH_ROWS; i++) {
    if (!isBlankRow(table.rows[i]!)) candidates.push(i);
  }
  const texts = (i: number) => table.rows[i]!.cells.map((cell) => cellText(cell).replace(/\s+/g, ' '));
  let best: (Resolution & { rows: number[] }) | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const first = candidates[k]!;
    const options: number[][] = [[first]];
    const second = candidates[k + 1];
    if (second !== undefined) options.push([first, second]);
    for (const rows of options) {
      const resolution = resolve(lookup, rows.map(texts));
      // Most bound columns wins; on a tie the single row (a title merged above the header
      // must not become a "group heading") and then the earlier row.
      const better =
        best === undefined ||
        resolution.columns.length > best.columns.length ||
        (resolution.columns.length === best.columns.length && rows.length < best.rows.length);
      if (better) best = { ...resolution, rows };
    }
  }
  if (best === undefined || best.columns.length < MIN_HEADER_COLUMNS) return undefined;
  const last = best.rows[best.rows.length - 1]!;
  return {
    headerRows: best.rows.map((i) => table.rows[i]!.number),
    dataStart: last + 1,
    columns: best.columns,
    unknownHeadings: best.unknownHeadings,
    repeatedHeadings: best.repeatedHeadings,
  };
}
