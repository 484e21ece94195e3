/**
 * @gongkai/schema — the data contract of Gongkai: zod/mini schemas for the static data files
 * and the REST bodies, the types inferred from them, the file parser the data client uses,
 * and the identifier validators.
 */
export type { Locale, LocalizedText } from './locale.js';
export { formatPath, type ValidationIssue, type PathSegment } from './issues.js';
export { validate, parseAnswer, type ValidateResult } from './validate.js';
export { isSafeUrl } from './safe-url.js';
export { filledText, httpUrl, isHttpUrl } from './fields.js';
export { yieldToPage } from './yield-to-page.js';
export { parseDataFile, parseDataFileAsync, type ParseDataFileOptions, type ParseFileResult } from './parse-data-file.js';

export { FILE_KINDS, SCHEMA_VERSION, publisherSchema, type FileKind, type Publisher } from './files/envelope.js';
export { dataFileSchemas, type DataFile, type DataFileOf } from './files/data-file.js';
export * from './files/power-catalog.js';
export * from './files/disclosure-directory.js';
export * from './files/agency-directory.js';
export * from './files/mailbox-letters.js';
export * from './files/holiday-calendar.js';

export { pagedListSchema, problemSchema, problemFieldErrorSchema, type PagedList, type Problem } from './api/common.js';
export * from './api/disclosure-request.js';
export * from './api/mailbox.js';

export * from './identifiers/index.js';
