/**
 * Rate limits that stop abuse without locking citizens out (docs/security.md, "Rate limits and
 * proxies"; issue #16 item 2):
 *
 * - **Counted after validation.** Only a request that would be acted on counts — a valid
 *   submission (inside its intake transaction, so a replay of the same Idempotency-Key and a
 *   refused one do not count), a lookup carrying a query code, a valid rating. Junk is refused
 *   by validation and costs its sender nothing, so it cannot use up an honest neighbour's quota.
 * - **One bucket per endpoint**: applications, letters, lookups, ratings.
 * - **In the database** (`counters`, name `rl:<bucket>:<key>`, day = the window's start), so
 *   every server process on one database shares them; old windows are purged hourly.
 * - **Per client address** as Fastify resolves it with `trustProxy` (only the listed proxies'
 *   `X-Forwarded-For` is believed, right-most untrusted address), and **per contact** (phone or
 *   e-mail) per civil day for intake. Addresses and contacts are stored as a keyed HMAC with the
 *   server secret, never in plain.
 * - A refusal is 429 with `Retry-After` (seconds until the window ends).
 */
import { createHmac } from 'node:crypto';
import { civilDateInShanghai } from './clock.js';
import type { Db, Tx } from './storage/db.js';
import { HttpProblem, TITLES } from './problem.js';

export interface RateLimit {
  max: number;
  windowMs: number;
}

export type RateBucket = 'applications' | 'letters' | 'lookups' | 'ratings';

export interface RateLimits {
  applications: RateLimit;
  letters: RateLimit;
  lookups: RateLimit;
  ratings: RateLimit;
  /** Submissions (applications and letters together) per phone number or e-mail address per civil day; 0 = off. */
  contactPerDay: number;
}

const BUCKETS = ['applications', 'letters', 'lookups', 'ratings'] as const satisfies readonly RateBucket[];
const WINDOW_PREFIX = 'rl:';
const CONTACT_PREFIX = 'rc:';

/** Window starts as fixed-width text, so that text order is time order in the `day` column. */
const windowKey = (startMs: number) => String(startMs).padStart(15, '0');

export class RateLimiter {
  constructor(
    private readonly db: Db,
    readonly limits: RateLimits,
    private readonly secret: Buffer,
    private readonly now: () => Date,
  ) {
    checkRateLimits(limits);
  }

  private key(kind: string, value: string): string {
    return createHmac('sha256', this.secret).update(`gongkai-rate-key\n${kind}\n${value}`).digest('hex').slice(0, 32);
  }

  private async count(tx: Tx, name: string, day: string): Promise<number> {
    const row = await tx.get<{ value: number | string }>(
      'INSERT INTO counters (name, day, value) VALUES (?, ?, 1) ON CONFLICT (name, day) DO UPDATE SET value = counters.value + 1 RETURNING value',
      [name, day],
    );
    return Number(row?.value);
  }

  /**
   * Counts one request of `client` in `bucket` (in `tx` when given, else its own transaction);
   * throws 429 when that makes it one too many.
   */
  async hit(bucket: RateBucket, client: string, tx?: Tx): Promise<void> {
    const limit = this.limits[bucket];
    if (limit.max <= 0) return;
    const nowMs = this.now().getTime();
    const start = nowMs - (nowMs % limit.windowMs);
    const name = `${WINDOW_PREFIX}${bucket}:${this.key('address', client)}`;
    const value = tx ? await this.count(tx, name, windowKey(start)) : await this.db.transaction((own) => this.count(own, name, windowKey(start)));
    if (value > limit.max) throw tooMany(Math.ceil((start + limit.windowMs - nowMs) / 1000));
  }

  /** Counts one submission for each contact given (phone, e-mail); throws 429 past the daily cap. */
  async hitContacts(tx: Tx, contacts: ReadonlyArray<string | undefined>): Promise<void> {
    if (this.limits.contactPerDay <= 0) return;
    const now = this.now();
    const day = civilDateInShanghai(now);
    for (const contact of new Set(contacts.map(normalizeContact).filter((c): c is string => c !== undefined))) {
      if ((await this.count(tx, `${CONTACT_PREFIX}${this.key('contact', contact)}`, day)) > this.limits.contactPerDay) {
        throw tooMany(secondsToShanghaiMidnight(now));
      }
    }
  }

  /** Forgets windows and days that have ended (hourly and at start). */
  async purgeExpired(): Promise<number> {
    const now = this.now().getTime();
    const longest = Math.max(86_400_000, ...BUCKETS.map((b) => this.limits[b].windowMs));
    const yesterday = civilDateInShanghai(new Date(now - 86_400_000));
    return this.db.transaction(async (tx) => {
      const windows = await tx.run(`DELETE FROM counters WHERE name LIKE '${WINDOW_PREFIX}%' AND day < ?`, [windowKey(now - longest)]);
      const days = await tx.run(`DELETE FROM counters WHERE name LIKE '${CONTACT_PREFIX}%' AND day < ?`, [yesterday]);
      return windows.changes + days.changes;
    });
  }
}

/** Throws on a limit that cannot work (before the server opens anything). */
export function checkRateLimits(limits: RateLimits): RateLimits {
  for (const bucket of BUCKETS) {
    const { max, windowMs } = limits[bucket];
    if (!(Number.isInteger(max) && max >= 0)) throw new Error(`rate limit for ${bucket}: max must be a whole number ≥ 0, got ${max}`);
    if (max > 0 && !(Number.isInteger(windowMs) && windowMs > 0)) throw new Error(`rate limit for ${bucket}: windowMs must be a whole number > 0, got ${windowMs}`);
  }
  if (!(Number.isInteger(limits.contactPerDay) && limits.contactPerDay >= 0)) throw new Error(`contact rate limit must be a whole number ≥ 0, got ${limits.contactPerDay}`);
  return limits;
}

function tooMany(seconds: number): HttpProblem {
  return new HttpProblem(429, 'rate-limited', TITLES.rateLimited, [], { 'Retry-After': String(Math.max(1, seconds)) });
}

/** Phone numbers by their digits (without a leading +86 / 0086), e-mail addresses in lower case. */
export function normalizeContact(contact: string | undefined): string | undefined {
  if (contact === undefined) return undefined;
  const text = contact.normalize('NFKC').trim();
  if (text === '') return undefined;
  if (text.includes('@')) return `email:${text.toLowerCase()}`;
  const digits = text.replace(/\D/g, '').replace(/^(0086|86)(?=1\d{10}$)/, '');
  return digits === '' ? undefined : `phone:${digits}`;
}

function secondsToShanghaiMidnight(now: Date): number {
  // Asia/Shanghai has no daylight saving: UTC+8 all year.
  const shanghai = now.getTime() + 8 * 3600_000;
  return Math.ceil((86_400_000 - (shanghai % 86_400_000)) / 1000);
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  applications: { max: 20, windowMs: 10 * 60_000 },
  letters: { max: 20, windowMs: 10 * 60_000 },
  lookups: { max: 120, windowMs: 10 * 60_000 },
  ratings: { max: 30, windowMs: 10 * 60_000 },
  contactPerDay: 10,
};
