import type { FileKind } from '@gongkai/schema';
import { localized, type LocalizedText } from './locale.js';

/** The item arrays of each kind (docs/design.md §4), in the order they are reported. */
export const COLLECTIONS: Record<FileKind, readonly string[]> = {
  'power-catalog': ['items', 'departments'],
  'disclosure-directory': ['documents', 'categories'],
  'agency-directory': ['agencies'],
  'mailbox-letters': ['letters'],
};

/** Every kind `gongkai validate` checks: the element data kinds and the holiday calendar. */
export type CheckedKind = FileKind | 'holiday-calendar';

/** What a clerk calls each kind. */
export const KIND_NAMES: Record<CheckedKind, LocalizedText> = {
  'holiday-calendar': localized('节假日安排', '節假日安排', 'holiday calendar'),
  'power-catalog': localized('权力清单', '權力清單', 'power catalog'),
  'disclosure-directory': localized('政府信息公开目录', '政府資訊公開目錄', 'disclosure directory'),
  'agency-directory': localized('受理机构目录', '受理機構目錄', 'agency directory'),
  'mailbox-letters': localized('市长信箱来信', '市長信箱來信', 'mayor’s mailbox letters'),
};

/** Kinds `gongkai import` can build from a table (letters come from the mailbox system, not from Excel). */
export const IMPORT_KINDS = ['power-catalog', 'disclosure-directory', 'agency-directory'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: unknown): value is ImportKind {
  return (IMPORT_KINDS as readonly unknown[]).includes(value);
}
