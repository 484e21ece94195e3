import type { Clock } from './clock.js';
import type { LoadSheddingOptions } from './load-shedding.js';
import type { RateLimit } from './rate-limit.js';
import type { Mount } from './static-files.js';
import type { ScryptParams } from './staff/passwords.js';
import type { SignInLimits } from './staff/sign-in-throttle.js';

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
  /** Staff sessions end after this many minutes without a request (default 30). */
  sessionIdleMinutes?: number;
  /** …and this many hours after sign-in at the latest (default 12). */
  sessionAbsoluteHours?: number;
  /** Failed sign-ins before a temporary lock, per account and per address (defaults in src/staff/sign-in-throttle.ts). */
  signInLimits?: SignInLimits;
  /** scrypt cost of new password hashes; default N=2^15, r=8, p=3. Tests lower it to save CPU. */
  passwordHashing?: ScryptParams;
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
  /** Bounded concurrency and queue, 503 + Retry-After beyond (src/load-shedding.ts); `false` turns it off. */
  loadShedding?: LoadSheddingOptions | false;
}
