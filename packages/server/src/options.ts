import type { Clock } from './clock.js';
import type { RateLimit } from './rate-limit.js';
import type { Mount } from './static-files.js';

export interface ServerOptions {
  /** SQLite file path (default `./gongkai.db`), `:memory:`, or a `postgres://` URL. */
  db?: string;
  /** Folder of static data files: answers the read endpoints and is served at `/data/`. */
  data?: string;
  /** Where the REST contract lives; default `/api/`. */
  apiPrefix?: string;
  /** Other static folders (`/` → demo pages, `/assets/`, `/gongkai/` → the bundle). */
  mounts?: Mount[];
  /** Origins allowed to call the public API from a browser (exact `scheme://host:port`). */
  corsOrigins?: string[];
  /** Bearer tokens for the staff API: `token` (actor "staff") or `name=token`. */
  staffTokens?: string[];
  /** Intake (POST) limit per client IP; `{max: 0}` turns it off. Default 20 per 10 minutes. */
  intakeRateLimit?: RateLimit;
  /** Query-code lookups per client IP; default 120 per 10 minutes. */
  lookupRateLimit?: RateLimit;
  /** Maximum request body in bytes; default 64 KiB. */
  bodyLimit?: number;
  /** A body member bots fill in and people never see; a non-empty value rejects the submission. */
  honeypotField?: string;
  /** `onSubmit` (default) or `staff` (see Store). */
  receipt?: 'onSubmit' | 'staff';
  letterReplyDays?: number;
  /**
   * Days an Idempotency-Key is remembered (its body hash and sealed replay); default 30, 0 = for
   * ever. Expired records are deleted at start and every hour; the submissions stay.
   */
  idempotencyDays?: number;
  /** Publisher used when the data folder has no mailbox-letters file. */
  publisher?: { id: string; name: string };
  clock?: Clock;
  /** Passed to Fastify (true: JSON logs to stdout). */
  logger?: boolean;
  /** Trust X-Forwarded-For (behind a reverse proxy) for rate limits. */
  trustProxy?: boolean;
}
