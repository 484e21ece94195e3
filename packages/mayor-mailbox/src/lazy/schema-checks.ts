/**
 * The contract's schemas, loaded only when a letter is sent or looked up, so the form and the
 * list do not wait for the validation library. The body is checked against the schema the server
 * uses; server answers are checked before anything is shown.
 */
import { validate, letterSubmissionSchema, letterReceiptSchema, writerLetterSchema } from '@gongkai/schema';
import type { LetterReceipt, ValidationIssue, WriterLetter } from '@gongkai/schema';

export function checkLetterBody(body: unknown): ValidationIssue[] {
  return validate(letterSubmissionSchema, body).issues.filter((issue) => issue.severity === 'error');
}

function parseWith<T>(schema: Parameters<typeof validate>[0], value: unknown): T {
  const result = validate(schema, value);
  if (!result.ok) {
    const first = result.issues[0];
    throw new TypeError(`unexpected server answer${first ? ` at ${first.path}: ${first.message.en}` : ''}`);
  }
  return result.value as T;
}

export const parseReceipt = (value: unknown): LetterReceipt => parseWith<LetterReceipt>(letterReceiptSchema, value);
/** The writer's letter (a published letter plus its events, when the server gives them). */
export const parseLetter = (value: unknown): WriterLetter => parseWith<WriterLetter>(writerLetterSchema, value);
