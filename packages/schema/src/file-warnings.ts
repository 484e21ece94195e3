import { SUMMARY_MAX_LENGTH } from './files/disclosure-directory.js';
import type { FileKind } from './files/envelope.js';
import { formatPath, issue, type PathSegment, type ValidationIssue } from './issues.js';
import { messages } from './messages.js';
import { isSafeUrl } from './safe-url.js';

/*
 * Soft checks on a file that already passed the schema: things a publisher should fix but that
 * must not hide data from citizens. Paths use each element's index in the original file, because
 * that is where the clerk has to look.
 */

/** A kept collection: its elements and the index each had in the file. */
export interface KeptCollection {
  key: string;
  items: readonly Record<string, unknown>[];
  indices: readonly number[];
}

export interface WarningOptions {
  indexNumberPattern?: RegExp | undefined;
}

const URL_KEY = /(?:^url|Url)$/;

/** Warns about every link member (`url`, `…Url`) whose scheme an element would refuse. */
function collectUnsafeUrls(value: unknown, path: PathSegment[], out: ValidationIssue[]): void {
  if (Array.isArray(value)) {
    value.forEach((element, i) => collectUnsafeUrls(element, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      if (typeof member === 'string' && URL_KEY.test(key)) {
        if (!isSafeUrl(member)) out.push(issue(formatPath([...path, key]), 'unsafe-url', messages.unsafeUrl(), 'warning'));
      } else if (typeof member === 'object') {
        collectUnsafeUrls(member, [...path, key], out);
      }
    }
  }
}

interface TimeLimitLike {
  value?: unknown;
  unit?: unknown;
}

function documentWarnings(documents: KeptCollection, categories: KeptCollection | undefined, options: WarningOptions, out: ValidationIssue[]): void {
  const categoryIds = new Set(categories?.items.map((c) => c['id']));
  documents.items.forEach((doc, n) => {
    const at = (...rest: PathSegment[]) => formatPath([documents.key, documents.indices[n]!, ...rest]);
    const summary = doc['summary'];
    // Count characters, not UTF-16 units, as a clerk would.
    const length = typeof summary === 'string' ? [...summary].length : 0;
    if (length > SUMMARY_MAX_LENGTH) out.push(issue(at('summary'), 'summary-too-long', messages.summaryTooLong(SUMMARY_MAX_LENGTH, length), 'warning'));
    const ids = doc['categoryIds'];
    if (Array.isArray(ids) && categories !== undefined) {
      ids.forEach((id, i) => {
        if (!categoryIds.has(id)) out.push(issue(at('categoryIds', i), 'unknown-category', messages.unknownCategory(String(id)), 'warning'));
      });
    }
    const indexNumber = doc['indexNumber'];
    const pattern = options.indexNumberPattern;
    if (pattern !== undefined && typeof indexNumber === 'string') {
      pattern.lastIndex = 0;
      if (!pattern.test(indexNumber)) out.push(issue(at('indexNumber'), 'index-number-pattern', messages.indexNumberPattern(pattern.source), 'warning'));
    }
  });
  categories?.items.forEach((category, n) => {
    const parentId = category['parentId'];
    if (parentId !== undefined && !categoryIds.has(parentId)) {
      out.push(issue(formatPath([categories.key, categories.indices[n]!, 'parentId']), 'unknown-category', messages.unknownCategory(String(parentId)), 'warning'));
    }
  });
}

/**
 * A limit in a unit two limits can be compared in: years count as 12 months. Working and
 * calendar days, and days against months, are not comparable without a calendar.
 */
function comparable(limit: TimeLimitLike | undefined): { value: number; unit: unknown } | undefined {
  if (limit === undefined || typeof limit.value !== 'number') return undefined;
  return limit.unit === 'year' ? { value: limit.value * 12, unit: 'month' } : { value: limit.value, unit: limit.unit };
}

function powerItemWarnings(items: KeptCollection, out: ValidationIssue[]): void {
  items.items.forEach((item, n) => {
    const limits = item['timeLimits'] as { statutory?: TimeLimitLike; promised?: TimeLimitLike } | undefined;
    const statutory = comparable(limits?.statutory);
    const promised = comparable(limits?.promised);
    if (statutory !== undefined && promised !== undefined && statutory.unit === promised.unit && promised.value > statutory.value) {
      out.push(issue(formatPath([items.key, items.indices[n]!, 'timeLimits', 'promised', 'value']), 'promised-exceeds-statutory', messages.promisedExceedsStatutory(), 'warning'));
    }
  });
}

export function collectFileWarnings(
  kind: FileKind,
  file: Record<string, unknown>,
  collections: readonly KeptCollection[],
  options: WarningOptions,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const byKey = new Map(collections.map((c) => [c.key, c]));
  // Links outside collections (e.g. guide.onlineUrl) are checked with their plain paths.
  for (const [key, member] of Object.entries(file)) {
    if (!byKey.has(key)) collectUnsafeUrls(member, [key], out);
  }
  for (const c of collections) {
    c.items.forEach((item, n) => collectUnsafeUrls(item, [c.key, c.indices[n]!], out));
  }
  if (kind === 'disclosure-directory') {
    const documents = byKey.get('documents');
    if (documents !== undefined) documentWarnings(documents, byKey.get('categories'), options, out);
  } else if (kind === 'power-catalog') {
    const items = byKey.get('items');
    if (items !== undefined) powerItemWarnings(items, out);
  }
  return out;
}
