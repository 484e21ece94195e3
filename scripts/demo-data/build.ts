/**
 * The four demo files as the text the build writes, each checked with parseDataFile. Kept apart
 * from the command (scripts/build-demo-data.ts) so that test/demo-data.node.test.ts can build
 * them in memory and compare them with the committed demo/data/ byte for byte.
 */
import { parseDataFile, type FileKind } from '@gongkai/schema';
import { buildAgencyDirectory } from './agency-directory.js';
import { buildDisclosureDirectory } from './disclosure-directory.js';
import { buildMailbox } from './mailbox-letters.js';
import { buildPowerCatalog } from './power-catalog.js';

/** A demo file larger than this is too slow for the portal's first load. */
const MAX_FILE_BYTES = 1.5 * 1024 * 1024;

export interface DemoFile {
  /** File name in demo/data/. */
  name: string;
  kind: FileKind;
  text: string;
}

const serialize = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

export function buildDemoFiles(): DemoFile[] {
  const files: Array<[string, FileKind, unknown]> = [
    ['power-catalog.json', 'power-catalog', buildPowerCatalog()],
    ['disclosure-directory.json', 'disclosure-directory', buildDisclosureDirectory()],
    ['agency-directory.json', 'agency-directory', buildAgencyDirectory()],
    ['mailbox-letters.json', 'mailbox-letters', buildMailbox()],
  ];
  return files.map(([name, kind, value]) => ({ name, kind, text: serialize(value) }));
}

/** Why a built file must not be written: too large, invalid, skipped elements or warnings. */
export function demoFileProblems({ name, kind, text }: DemoFile): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) problems.push(`${name}: ${bytes} bytes, over ${MAX_FILE_BYTES}`);
  const result = parseDataFile(JSON.parse(text) as unknown, { expectedKind: kind });
  if (!result.ok) {
    for (const e of result.errors) problems.push(`${name}: ${e.path || '(file)'}: ${e.code}: ${e.message['zh-Hans']}`);
    return problems;
  }
  for (const e of result.skipped) problems.push(`${name}: skipped ${e.path}: ${e.code}: ${e.message['zh-Hans']}`);
  if (result.skippedCount > 0 && result.skipped.length === 0) problems.push(`${name}: ${result.skippedCount} elements skipped`);
  for (const w of result.warnings) problems.push(`${name}: warning ${w.path}: ${w.code}: ${w.message['zh-Hans']}`);
  return problems;
}
