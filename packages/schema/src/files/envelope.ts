import * as z from 'zod/mini';
import { isoDateOrDateTime, text } from '../fields.js';

/** The schema major version this library reads and writes. */
export const SCHEMA_VERSION = 1;

export const FILE_KINDS = ['power-catalog', 'disclosure-directory', 'agency-directory', 'mailbox-letters'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** 发布机构: the body that publishes the file. */
export const publisherSchema = z.looseObject({ id: text(), name: text() });
export type Publisher = z.infer<typeof publisherSchema>;

/** Members every file kind starts with (docs/design.md §4). `kind` is added per file kind. */
export const envelopeShape = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  publisher: publisherSchema,
  updatedAt: isoDateOrDateTime(),
};
