/**
 * What every aggregate of the Store shares: the database, the options and the clock, read as
 * the server reports time (an ISO instant with +08:00 and the civil date in Asia/Shanghai).
 */
import { civilDateInShanghai, isoInShanghai, type Clock } from '../clock.js';
import { randomBytes } from 'node:crypto';
import { QueryCodeHasher } from '../query-codes.js';
import type { Db } from '../storage/db.js';
import { bundledCalendar, type HolidayCalendar } from '@gongkai/workdays';

/** The publisher id of a server without data files (also the app's default). */
export const DEFAULT_AGENCY_ID = 'gongkai-server';

export interface StoreOptions {
  clock: Clock;
  /** `onSubmit` (default): the server's receipt is the online confirmation (Art. 31); `staff`: staff confirm it. */
  receipt: 'onSubmit' | 'staff';
  /** Working days a letter should be answered in, for the on-time rate. */
  letterReplyDays: number;
  /** The agency whose mailbox this server runs: every letter belongs to it (staff scope). Default `gongkai-server`. */
  mailboxAgencyId?: string;
  /** Keys stored query codes with the server secret (src/query-codes.ts); default: a throw-away secret, for tests only. */
  queryCodes?: QueryCodeHasher;
  /** The working-day calendar deadlines count in (src/holiday-calendar.ts); default: the bundled one. */
  calendar?: HolidayCalendar;
}

/** Who did something: an account name, or `public` for citizens. Never a secret. */
export interface Actor {
  name: string;
}

export class StoreContext {
  readonly queryCodes: QueryCodeHasher;
  readonly calendar: HolidayCalendar;

  constructor(
    readonly db: Db,
    readonly options: StoreOptions,
  ) {
    this.queryCodes = options.queryCodes ?? new QueryCodeHasher(randomBytes(32));
    this.calendar = options.calendar ?? bundledCalendar;
  }

  get mailboxAgencyId(): string {
    return this.options.mailboxAgencyId ?? DEFAULT_AGENCY_ID;
  }

  now(): { iso: string; date: string } {
    const at = this.options.clock();
    return { iso: isoInShanghai(at), date: civilDateInShanghai(at) };
  }
}
