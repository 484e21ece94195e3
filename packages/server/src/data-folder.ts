/**
 * The read side: the static data files of `--data`, answered with @gongkai/client's in-memory
 * machinery (the same validation, search, facets, sorting and paging as an element reading the
 * file directly), so `src` and `api` show the same data. Published letters from the database
 * are merged into the mailbox-letters collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InMemorySource, type QueryParams, type QueryResult, type SourceInfo, type ItemOf } from '@gongkai/client';
import { FILE_KINDS, parseDataFile, type FileKind, type PublicLetter, type ValidationIssue } from '@gongkai/schema';

export interface LoadedFile {
  file: string;
  kind: FileKind;
  json: Record<string, unknown>;
}

export interface DataFolderReport {
  loaded: Array<{ file: string; kind: FileKind; items: number; skipped: number; warnings: number }>;
  rejected: Array<{ file: string; reason: string; issues: ValidationIssue[] }>;
}

/**
 * Reads every `*.json` of `dir`; the first valid file of each kind wins (others are reported).
 * `calendar` is the first holiday-calendar file, parsed but not yet checked (src/holiday-calendar.ts).
 */
export function readDataFolder(dir: string | undefined): { files: Map<FileKind, LoadedFile>; report: DataFolderReport; calendar?: { file: string; json: unknown } } {
  const files = new Map<FileKind, LoadedFile>();
  const report: DataFolderReport = { loaded: [], rejected: [] };
  let calendar: { file: string; json: unknown } | undefined;
  if (!dir) return { files, report };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      report.rejected.push({ file: name, reason: `not JSON: ${(error as Error).message}`, issues: [] });
      continue;
    }
    const kind = (json as { kind?: unknown } | null)?.kind;
    // The working-day calendar goes to src/holiday-calendar.ts, not into the collections; the first one counts.
    if (kind === 'holiday-calendar') {
      calendar ??= { file: join(dir, name), json };
      continue;
    }
    if (typeof kind !== 'string' || !(FILE_KINDS as readonly string[]).includes(kind)) {
      report.rejected.push({ file: name, reason: 'no known kind', issues: [] });
      continue;
    }
    const parsed = parseDataFile(json, { expectedKind: kind as FileKind });
    if (!parsed.ok) {
      report.rejected.push({ file: name, reason: parsed.code, issues: parsed.errors });
      continue;
    }
    if (files.has(kind as FileKind)) {
      report.rejected.push({ file: name, reason: `a second ${kind} file (the first one is used)`, issues: [] });
      continue;
    }
    files.set(kind as FileKind, { file: name, kind: kind as FileKind, json: json as Record<string, unknown> });
    report.loaded.push({ file: name, kind: kind as FileKind, items: 0, skipped: parsed.skippedCount, warnings: parsed.warnings.length });
  }
  return { files, report, ...(calendar ? { calendar } : {}) };
}

export class DataCollections {
  private readonly sources = new Map<FileKind, InMemorySource<FileKind>>();
  private lettersVersion = -1;
  private lettersSource: InMemorySource<'mailbox-letters'> | undefined;

  constructor(
    readonly files: Map<FileKind, LoadedFile>,
    private readonly publisher: { id: string; name: string },
  ) {}

  has(kind: FileKind): boolean {
    return this.files.has(kind);
  }

  envelope(kind: FileKind): Record<string, unknown> | undefined {
    return this.files.get(kind)?.json;
  }

  private agencies(): Array<{ id?: unknown; name?: unknown }> {
    const agencies = this.envelope('agency-directory')?.agencies;
    return Array.isArray(agencies) ? (agencies as Array<{ id?: unknown; name?: unknown }>) : [];
  }

  /** The ids of the agency directory, in its order. */
  agencyIds(): string[] {
    return this.agencies()
      .map((agency) => agency.id)
      .filter((id): id is string => typeof id === 'string');
  }

  /** An agency's name from the directory (the publisher's own name for its id), else the id itself. */
  agencyName(id: string): string {
    const found = this.agencies().find((agency) => agency.id === id);
    if (typeof found?.name === 'string') return found.name;
    return id === this.publisher.id ? this.publisher.name : id;
  }

  /** The units that answered the archive's letters (`handlingUnit`), sorted: demo units. */
  archiveUnits(): string[] {
    const letters = this.envelope('mailbox-letters')?.letters;
    if (!Array.isArray(letters)) return [];
    const units = letters.map((letter) => (letter as { handlingUnit?: unknown }).handlingUnit).filter((unit): unit is string => typeof unit === 'string' && unit !== '');
    return [...new Set(units)].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  }

  source<K extends Exclude<FileKind, 'mailbox-letters'>>(kind: K): InMemorySource<K> | undefined {
    const loaded = this.files.get(kind);
    if (!loaded) return undefined;
    let source = this.sources.get(kind);
    if (!source) {
      source = new InMemorySource(loaded.json, kind, { label: loaded.file }) as unknown as InMemorySource<FileKind>;
      this.sources.set(kind, source);
    }
    return source as unknown as InMemorySource<K>;
  }

  /**
   * The file's letters plus those staff published, rebuilt when `version` changes (a publish in
   * this process bumps it; the server also bumps it on a timer for other processes' publishes).
   */
  letters(published: PublicLetter[], version: number): InMemorySource<'mailbox-letters'> {
    if (this.lettersSource && version === this.lettersVersion) return this.lettersSource;
    const file = this.files.get('mailbox-letters')?.json;
    const fromFile = Array.isArray(file?.letters) ? (file.letters as unknown[]) : [];
    const numbers = new Set(published.map((letter) => letter.letterNumber));
    const data = {
      schemaVersion: 1,
      publisher: this.publisher,
      updatedAt: new Date().toISOString(),
      ...file,
      kind: 'mailbox-letters',
      // Database letters first: on a clash of numbers the live record wins.
      letters: [...published, ...fromFile.filter((letter) => !numbers.has(String((letter as { letterNumber?: unknown }).letterNumber)))],
    };
    this.lettersSource = new InMemorySource(data, 'mailbox-letters', { label: 'mailbox-letters' });
    this.lettersVersion = version;
    return this.lettersSource;
  }
}

export type { QueryParams, QueryResult, SourceInfo, ItemOf };
