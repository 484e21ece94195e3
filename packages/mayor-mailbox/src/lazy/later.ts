/**
 * Everything beyond the form and the list, in one lazily loaded chunk: sending (the contract's typed
 * client functions, the idempotency key, the schema check), the receipt, the letter view, the lookup with the
 * rating, and the statistics. The element starts loading it when the writer first types or
 * another view is opened, so the first paint carries only the form or the list.
 */
export { letterSubmission } from '@gongkai/client/endpoints';
export { letterLookup } from './letter-lookup.js';
export { createIdempotencyKey, isKeyReused } from '@gongkai/client';
// Subpaths, not the package indexes: see progress-view.ts.
export { copyCode } from '@gongkai/ui/copy-code';
export { validateLetter, toLetterBody } from '../letter-checks.js';
export { checkLetterBody, parseReceipt, parseLetter } from './schema-checks.js';
export { renderProgress, renderPendingNotice } from '../views/progress-view.js';
export { renderReceipt } from '../views/receipt-view.js';
export { renderLetterBody } from '../views/letter-view.js';
export { renderLookup } from '../views/lookup-view.js';
export { renderStats } from '../views/stats-view.js';
export { loadStats } from './load-stats.js';
export { renderOffline } from '../views/offline-view.js';
export { rateLetter } from './lookup-actions.js';
export { renderLetters } from '../views/letters-view.js';
export { renderPersonalDataCheck } from '../views/pii-check-view.js';
export { laterStyles } from './later-styles.js';
