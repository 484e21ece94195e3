export { DraftStore, DRAFT_TTL_MS } from './draft-store.js';
export type { DraftStoreOptions, DraftValue } from './draft-store.js';
