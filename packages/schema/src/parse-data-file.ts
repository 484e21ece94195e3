import { yieldToPage } from './yield-to-page.js';
import { FILE_KIND_SPECS, type DataFile } from './files/data-file.js';
import { FILE_KINDS, SCHEMA_VERSION, type FileKind } from './files/envelope.js';
import { collectFileWarnings, type KeptCollection } from './file-warnings.js';
import { formatPath, issue, type ValidationIssue } from './issues.js';
import { messages } from './messages.js';
import { toValidationIssues } from './zod-issues.js';

export interface ParseDataFileOptions {
  /** The kind the caller needs; another kind fails with `wrong-kind`. */
  expectedKind?: FileKind;
  /** This site's 索引号 format; documents that do not match get a warning (never an error). */
  indexNumberPattern?: RegExp;
}

export type ParseFileResult =
  | { ok: true; kind: FileKind; file: DataFile; skipped: ValidationIssue[]; skippedCount: number; warnings: ValidationIssue[] }
  | { ok: false; code: 'not-object' | 'unknown-kind' | 'wrong-kind' | 'newer-version' | 'invalid'; errors: ValidationIssue[] };

type FailureCode = Extract<ParseFileResult, { ok: false }>['code'];

function fail(code: FailureCode, errors: ValidationIssue[]): ParseFileResult {
  return { ok: false, code, errors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isFileKind(value: unknown): value is FileKind {
  return (FILE_KINDS as readonly unknown[]).includes(value);
}

/** Major version of `schemaVersion` (2, 2.1 and "2.0" are all major 2); undefined if unreadable. */
function majorVersion(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

/**
 * Validates a parsed JSON data file (docs/design.md §4). Problems with the envelope fail the file;
 * each element of an item array is checked on its own, so invalid elements are skipped and
 * reported while the valid ones load. Repeated ids keep the first element.
 */
export function parseDataFile(input: unknown, options: ParseDataFileOptions = {}): ParseFileResult {
  const steps = parseSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long validation may hold the main thread before it lets the page respond. */
const TIME_SLICE_MS = 12;

/**
 * The same as parseDataFile, but a large file (20 MB, tens of thousands of items) is
 * validated in slices of about 12 ms with a task between them (yieldToPage), so the page keeps
 * answering clicks, scrolling and the progress display while it validates.
 */
export async function parseDataFileAsync(input: unknown, options: ParseDataFileOptions & { signal?: AbortSignal } = {}): Promise<ParseFileResult> {
  const steps = parseSteps(input, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > TIME_SLICE_MS) {
      await yieldToPage();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

/** Items validated between two chances to yield. */
const ITEMS_PER_STEP = 200;

function* parseSteps(input: unknown, options: ParseDataFileOptions): Generator<void, ParseFileResult, void> {
  if (!isRecord(input)) return fail('not-object', [issue('', 'not-object', messages.notObject())]);

  // Checked before `kind`: a newer file may use kinds this version has never heard of.
  const major = majorVersion(input['schemaVersion']);
  if (major !== undefined && major > SCHEMA_VERSION) {
    return fail('newer-version', [
      issue('schemaVersion', 'newer-version', messages.newerVersion(input['schemaVersion'], SCHEMA_VERSION)),
    ]);
  }

  const kind = input['kind'];
  if (!isFileKind(kind)) {
    const code = kind === undefined ? 'required' : 'unknown-kind';
    return fail('unknown-kind', [issue('kind', code, kind === undefined ? messages.required() : messages.unknownKind(FILE_KINDS, kind))]);
  }
  const { expectedKind } = options;
  if (expectedKind !== undefined && kind !== expectedKind) {
    return fail('wrong-kind', [issue('kind', 'wrong-kind', messages.wrongKind(expectedKind, kind))]);
  }

  const spec = FILE_KIND_SPECS[kind];
  const envelope = spec.envelope.safeParse(input);
  if (!envelope.success) return fail('invalid', toValidationIssues(envelope.error.issues, input));

  const file = envelope.data as Record<string, unknown>;
  const skipped: ValidationIssue[] = [];
  let skippedCount = 0;
  const kept: KeptCollection[] = [];

  for (const collection of spec.collections) {
    const elements = file[collection.key];
    if (!Array.isArray(elements)) continue; // an optional collection that is absent
    const items: Record<string, unknown>[] = [];
    const indices: number[] = [];
    const firstIndexById = new Map<unknown, number>();
    for (let index = 0; index < elements.length; index++) {
      if (index > 0 && index % ITEMS_PER_STEP === 0) yield;
      const element: unknown = elements[index];
      const result = collection.item.safeParse(element);
      if (!result.success) {
        skipped.push(...toValidationIssues(result.error.issues, element, [collection.key, index]));
        skippedCount++;
        continue;
      }
      // The element itself, not zod's copy: data-file schemas only check, they never transform
      // (a test proves the copy equals the element for every kind), and the copy's arrays, built
      // by push, keep spare capacity — 10,000 catalog items took about 8 MB more that way.
      const item = element as Record<string, unknown>;
      const id = item[collection.idKey];
      const first = firstIndexById.get(id);
      if (first !== undefined) {
        skipped.push(
          issue(
            formatPath([collection.key, index, collection.idKey]),
            'duplicate-id',
            messages.duplicateId(String(id), formatPath([collection.key, first])),
            'warning',
          ),
        );
        skippedCount++;
        continue;
      }
      firstIndexById.set(id, index);
      items.push(item);
      indices.push(index);
    }
    file[collection.key] = items;
    kept.push({ key: collection.key, items, indices });
  }

  const warnings = collectFileWarnings(kind, file, kept, { indexNumberPattern: options.indexNumberPattern });
  return { ok: true, kind, file: file as DataFile, skipped, skippedCount, warnings };
}
