/**
 * The contract's schemas, loaded only when the check step or the status lookup is reached, so the
 * form itself does not wait for the validation library. The request body is checked against the
 * same schema the server uses; server answers are checked before anything is shown.
 */
import { validate, parseAnswer, disclosureRequestSchema, disclosureReceiptSchema, disclosureRequestStatusSchema } from '@gongkai/schema';
import type { DisclosureReceipt, DisclosureRequestStatusResponse, ValidationIssue } from '@gongkai/schema';

/** The receipt of the contract plus the explanation of the due date the server adds. */
export type Receipt = DisclosureReceipt & { dueDateExplanation?: string; dueDateProvisional?: boolean };
export type StatusResponse = DisclosureRequestStatusResponse & { dueDateExplanation?: string };

export function checkRequestBody(body: unknown): ValidationIssue[] {
  return validate(disclosureRequestSchema, body).issues.filter((issue) => issue.severity === 'error');
}

function withExplanation<T>(parsed: T, raw: unknown): T & { dueDateExplanation?: string } {
  const explanation = (raw as { dueDateExplanation?: unknown }).dueDateExplanation;
  // The explanation is text for the applicant; anything but a string is ignored.
  return typeof explanation === 'string' ? { ...parsed, dueDateExplanation: explanation } : (parsed as T & { dueDateExplanation?: string });
}

export function parseReceipt(value: unknown): Receipt {
  return withExplanation(parseAnswer(disclosureReceiptSchema, value) as DisclosureReceipt, value);
}

export function parseStatus(value: unknown): StatusResponse {
  return withExplanation(parseAnswer(disclosureRequestStatusSchema, value) as DisclosureRequestStatusResponse, value);
}
