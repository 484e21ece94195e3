import * as z from 'zod/mini';
import { agencyDirectoryFileSchema, agencySchema, type AgencyDirectoryFile } from './agency-directory.js';
import {
  categorySchema,
  disclosureDirectoryFileSchema,
  disclosureDocumentSchema,
  type DisclosureDirectoryFile,
} from './disclosure-directory.js';
import type { FileKind } from './envelope.js';
import { mailboxLettersFileSchema, publicLetterSchema, type MailboxLettersFile } from './mailbox-letters.js';
import { departmentSchema, powerCatalogFileSchema, powerItemSchema, type PowerCatalogFile } from './power-catalog.js';

export type DataFile = PowerCatalogFile | DisclosureDirectoryFile | AgencyDirectoryFile | MailboxLettersFile;

/** The file type of one kind, e.g. `DataFileOf<'power-catalog'>` = PowerCatalogFile. */
export type DataFileOf<K extends FileKind> = Extract<DataFile, { kind: K }>;

/** An array member whose elements are validated one by one, so one bad row does not hide the rest. */
export interface Collection {
  key: string;
  item: z.ZodMiniType;
  /** Member that identifies an element; repeats are skipped with a warning. */
  idKey: string;
}

export interface FileKindSpec {
  /** The whole file, as published in JSON Schema and used for types. */
  file: z.ZodMiniType;
  /** The file with every collection as `unknown[]`: what must be right for the file to load at all. */
  envelope: z.ZodMiniType;
  collections: readonly Collection[];
}

function spec(
  file: z.ZodMiniObject,
  collections: readonly Collection[],
): FileKindSpec {
  const loosened: Record<string, z.ZodMiniType> = {};
  for (const c of collections) {
    const original = file.shape[c.key] as z.ZodMiniType;
    const anyArray = z.array(z.unknown());
    loosened[c.key] = original instanceof z.ZodMiniOptional ? z.optional(anyArray) : anyArray;
  }
  return { file, envelope: z.extend(file, loosened), collections };
}

export const FILE_KIND_SPECS: Record<FileKind, FileKindSpec> = {
  'power-catalog': spec(powerCatalogFileSchema, [
    { key: 'items', item: powerItemSchema, idKey: 'id' },
    { key: 'departments', item: departmentSchema, idKey: 'id' },
  ]),
  'disclosure-directory': spec(disclosureDirectoryFileSchema, [
    { key: 'documents', item: disclosureDocumentSchema, idKey: 'id' },
    { key: 'categories', item: categorySchema, idKey: 'id' },
  ]),
  'agency-directory': spec(agencyDirectoryFileSchema, [{ key: 'agencies', item: agencySchema, idKey: 'id' }]),
  'mailbox-letters': spec(mailboxLettersFileSchema, [{ key: 'letters', item: publicLetterSchema, idKey: 'letterNumber' }]),
};

/** The schema of the whole file of one kind (for JSON Schema generation and whole-file checks). */
export const dataFileSchemas = {
  'power-catalog': powerCatalogFileSchema,
  'disclosure-directory': disclosureDirectoryFileSchema,
  'agency-directory': agencyDirectoryFileSchema,
  'mailbox-letters': mailboxLettersFileSchema,
} as const;
