export { Submission, submit } from './submission.js';
export type { SubmissionOptions, SubmissionState, RetryReason } from './submission.js';
export { createIdempotencyKey } from './idempotency-key.js';
export { problemIssues } from './problem.js';
export { lookupRecord } from './lookup.js';
export type { LookupOptions } from './lookup.js';
export { postJson } from './post-json.js';
export type { PostJsonOptions } from './post-json.js';
