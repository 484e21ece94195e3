/**
 * Everything after the form, in one lazily loaded chunk: validation with the identifier
 * validators, the request body, the contract's schemas, sending and the status lookup (the
 * contract's typed client functions and the shared lookup controller), and the views of the
 * check step, sending, the receipt, the printed form and the status lookup. The element starts
 * loading it when the applicant first types (or opens the lookup), so the first paint of the
 * form carries only the form.
 */
export { validateForm } from '../form-validation.js';
export { toRequestBody } from '../request-body.js';
export { checkRequestBody, parseReceipt, parseStatus } from './schema-checks.js';
export type { Receipt, StatusResponse } from './schema-checks.js';
export { answerGroups, agencyName } from '../views/answers.js';
export { renderCheck } from '../views/check-view.js';
export { renderProgress, renderPendingNotice } from '../views/progress-view.js';
export { renderReceipt } from '../views/receipt-view.js';
export { renderPrintForm } from '../views/print-view.js';
export { renderLookup } from '../views/lookup-view.js';
export { applicationSubmission } from '@gongkai/client/endpoints';
export { applicationLookup } from './application-lookup.js';
export { createIdempotencyKey, isKeyReused } from '@gongkai/client';
// Subpaths, not the package indexes: see progress-view.ts.
export { copyCode } from '@gongkai/ui/copy-code';
