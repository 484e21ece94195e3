/**
 * The contract's schemas, loaded only when a letter is sent or looked up, so the form and the
 * list do not wait for the validation library. The body is checked against the schema the server
 * uses; server answers are checked before anything is shown.
 */
import { validate, parseAnswer, letterSubmissionSchema, letterReceiptSchema, writerLetterSchema } from '@gongkai/schema';
import type { LetterReceipt, ValidationIssue, WriterLetter } from '@gongkai/schema';

export function checkLetterBody(body: unknown): ValidationIssue[] {
  return validate(letterSubmissionSchema, body).issues.filter((issue) => issue.severity === 'error');
}

export const parseReceipt = (value: unknown): LetterReceipt => parseAnswer(letterReceiptSchema, value) as LetterReceipt;
/** The writer's letter (a published letter plus its events, when the server gives them). */
export const parseLetter = (value: unknown): WriterLetter => parseAnswer(writerLetterSchema, value) as WriterLetter;
