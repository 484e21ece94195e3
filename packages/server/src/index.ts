/**
 * @gongkai/server — the reference server of the Gongkai REST contract (docs/design.md §5).
 */
export { createServer, startServer, type GongkaiServer, type StartedServer } from './app.js';
export type { ServerOptions } from './options.js';
export { ServerConfigError } from './server-config.js';
export type { Db, Tx } from './storage/db.js';
export { SqliteDb } from './storage/sqlite.js';
export { PostgresDb } from './storage/postgres.js';
export { openDb } from './storage/open.js';
export { migrate, MIGRATIONS } from './storage/migrations.js';
export { Store } from './store.js';
export { maskText, maskPersonalData, maskName, maskAddress, maskIdNumber, maskMobile, maskEmail, type MaskResult, type MaskedSpan, type MaskKind } from './masking.js';
export { REPORT_ROWS, ALLOWED_ROWS } from './report-rows.js';
export { verifyAuditChain, type AuditVerification } from './store/audit-chain.js';
export { SecretMismatchError } from './server-secret.js';
export type { RateLimit } from './rate-limit.js';
