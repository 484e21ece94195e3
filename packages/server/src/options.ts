import type { Clock } from './clock.js';
import type { LoadSheddingOptions } from './load-shedding.js';
import type { RateLimit } from './rate-limit.js';
import type { Mount } from './static-files.js';
import type { ScryptParams } from './staff/passwords.js';
import type { SignInLimits } from './staff/sign-in-throttle.js';
import type { OidcOptions } from './staff/oidc.js';

export interface ServerOptions {
  /** SQLite file path (default `./gongkai.db`), `:memory:`, or a `postgres://` URL. */
  db?: string;
  /** Folder of static data files: answers the read endpoints and is served at `/data/`. */
  data?: string;
  /**
   * A `holiday-calendar` file (State Council notices as data) to count working days in, beside
   * the bundled years; default: the first such file in `data` (src/holiday-calendar.ts).
   */
  calendar?: string;
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
  /**
   * Valid submissions per client address, applications and letters each in their own bucket;
   * `{max: 0}` turns it off. Default 20 per 10 minutes. Counted in the database (src/rate-limit.ts).
   */
  intakeRateLimit?: RateLimit;
  /** Query-code lookups per client address; default 120 per 10 minutes. */
  lookupRateLimit?: RateLimit;
  /** Valid ratings per client address; default 30 per 10 minutes. */
  ratingRateLimit?: RateLimit;
  /** Submissions per phone number or e-mail address per civil day (applications and letters together); default 10, 0 = off. */
  contactDailyLimit?: number;
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
  /** Single sign-on for staff through an OpenID Connect provider (src/staff/oidc.ts). */
  oidc?: OidcOptions;
  /**
   * The server's public address as users reach it (`https://gk.example.gov.cn/`), for the OpenAPI
   * document's server URL. Without it that URL is relative (`/api`): the Host header is never
   * reflected (docs/security.md §Protocol).
   */
  publicUrl?: string;
  /** A request (headers and body) must have arrived within this many ms, else 408 and the connection is closed; default 30 000. */
  requestTimeoutMs?: number;
  /** …and its headers within this many ms; default 10 000 (at most requestTimeoutMs). */
  headersTimeoutMs?: number;
  /** Open connections at most; more are closed on arrival. Default 1024. */
  maxConnections?: number;
  /**
   * The reverse proxies whose `X-Forwarded-For` is believed: addresses or CIDRs (`10.0.0.0/8`,
   * `::1`). The client is the right-most address not in the list; from any other peer the header
   * is ignored. `true` trusts every peer — anyone can then claim any address (kept for
   * compatibility; never use it on a server reachable without the proxy).
   */
  trustProxy?: boolean | string | readonly string[];
  /**
   * The file holding the server secret that keys stored query codes and rate-limit keys
   * (src/server-secret.ts); default `<db>.secret` beside a SQLite file, `./gongkai-server.secret`
   * for PostgreSQL. Created 0600 when missing. Every process on one database needs the same one.
   */
  secretFile?: string;
  /** The secret itself (32 bytes or more), instead of `secretFile` (for embedding and tests). */
  secret?: Buffer;
  /** Bounded concurrency and queue, 503 + Retry-After beyond (src/load-shedding.ts); `false` turns it off. */
  loadShedding?: LoadSheddingOptions | false;
}
