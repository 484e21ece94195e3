export { Submission, submit } from './submission.js';
export type { SubmissionOptions, SubmissionState, RetryReason } from './submission.js';
export { createIdempotencyKey } from './idempotency-key.js';
export { problemIssues } from './problem.js';
export { lookupRecord } from './lookup.js';
export type { LookupOptions } from './lookup.js';
export { postJson } from './post-json.js';
export type { PostJsonOptions } from './post-json.js';
export { PendingSubmissionStore, PENDING_TTL_MS, KEY_REUSED_PROBLEM, isKeyReused } from './pending-submission.js';
export type { PendingSubmission, PendingSubmissionStoreOptions } from './pending-submission.js';
// The typed endpoint functions are imported from `@gongkai/client/endpoints` by the forms' lazy
// chunks (kept out of this index so that bundlers leave them out of first loads).
export type { EndpointOptions, EndpointSubmissionOptions, LookupEndpointOptions } from './endpoints.js';
