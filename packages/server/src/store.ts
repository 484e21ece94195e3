/**
 * The server's records — applications, letters, their events, the audit log and the reports —
 * on top of the one storage interface (./storage/db.ts), one module per aggregate under
 * ./store/. All state changes go through them, each in one transaction with its audit entry.
 *
 * `Store` is the thin facade the routes and tests hold: the aggregates, plus the method names
 * the server had before the split (kept so callers did not have to change with it).
 */
import type { DisclosureRequest, LetterSubmission, LocalizedText } from '@gongkai/schema';
import type { PauseKind } from '@gongkai/workdays';
import { Intake } from './intake.js';
import { ALLOWED_ROWS, type ReplyType, type ReportRow } from './report-rows.js';
import type { Db } from './storage/db.js';
import { AgencySettingsStore } from './store/agency-settings.js';
import { AuditStore } from './store/audit.js';
import { StoreContext, type StoreOptions } from './store/context.js';
import { LetterStatsStore } from './store/letter-stats.js';
import { LetterStore } from './store/letters.js';
import { ReplyTemplateStore } from './store/reply-templates.js';
import { PublishedLetters } from './store/published-letters.js';
import { ReportStore } from './store/reports.js';
import { RequestStore } from './store/requests.js';

export type { Actor, StoreOptions } from './store/context.js';
export { OPEN_REQUEST_STATUSES, REQUEST_CHANNELS, type DisclosureReceiptBody, type OfflineReceiptBody, type RequestChannel, type RequestRow } from './store/requests.js';
export { LETTER_CHANNELS, LETTER_TRANSITIONS, conflict, type LetterChannel, type LetterEventFacts, type LetterReceiptBody, type LetterRow, type OfflineLetterReceiptBody } from './store/letters.js';

export class Store {
  readonly intake: Intake;
  readonly requests: RequestStore;
  readonly letters: LetterStore;
  /** The published letters as indexed queries (the public list, docs/design.md §5). */
  readonly published: PublishedLetters;
  readonly letterStatsStore: LetterStatsStore;
  readonly auditStore: AuditStore;
  readonly reports: ReportStore;
  readonly replyTemplates: ReplyTemplateStore;
  readonly agencySettings: AgencySettingsStore;
  readonly #ctx: StoreContext;

  constructor(
    readonly db: Db,
    options: StoreOptions,
  ) {
    const ctx = new StoreContext(db, options);
    this.#ctx = ctx;
    this.intake = new Intake(db);
    this.requests = new RequestStore(ctx, this.intake);
    this.letters = new LetterStore(ctx, this.intake);
    this.published = new PublishedLetters(ctx);
    this.letterStatsStore = new LetterStatsStore(ctx);
    this.auditStore = new AuditStore(ctx);
    this.reports = new ReportStore(ctx);
    this.replyTemplates = new ReplyTemplateStore(ctx);
    this.agencySettings = new AgencySettingsStore(db, options.clock);
  }

  /** Today's civil date (Asia/Shanghai) by the store's clock. */
  today(): string {
    return this.#ctx.now().date;
  }

  /** The agency whose mailbox this server runs (every letter belongs to it). */
  get mailboxAgencyId(): string {
    return this.#ctx.mailboxAgencyId;
  }

  submitRequest(request: DisclosureRequest, idempotencyKey: string, bodyHash: string, admit?: Parameters<RequestStore['submit']>[3]) {
    return this.requests.submit(request, idempotencyKey, bodyHash, admit);
  }
  requestStatus(trackingNumber: string, queryCode: string, locale: keyof LocalizedText) {
    return this.requests.status(trackingNumber, queryCode, locale);
  }
  requestForStaff(trackingNumber: string) {
    return this.requests.forStaff(trackingNumber);
  }
  listRequests(...args: Parameters<RequestStore['list']>) {
    return this.requests.list(...args);
  }
  actOnRequest(...args: Parameters<RequestStore['act']>) {
    return this.requests.act(...args);
  }
  submitLetter(letter: LetterSubmission, idempotencyKey: string, bodyHash: string, admit?: Parameters<LetterStore['submit']>[3]) {
    return this.letters.submit(letter, idempotencyKey, bodyHash, admit);
  }
  letterForWriter(letterNumber: string, queryCode: string | undefined) {
    return this.letters.forWriter(letterNumber, queryCode);
  }
  letterForStaff(letterNumber: string) {
    return this.letters.forStaff(letterNumber);
  }
  listLetters(...args: Parameters<LetterStore['list']>) {
    return this.letters.list(...args);
  }
  actOnLetter(...args: Parameters<LetterStore['act']>) {
    return this.letters.act(...args);
  }
  rateLetter(letterNumber: string, queryCode: string | undefined, satisfaction: string, comment: string | undefined) {
    return this.letters.rate(letterNumber, queryCode, satisfaction, comment);
  }
  /** Every published letter, parsed: the list before PublishedLetters, kept for comparisons (tests, bench). */
  publishedLetters() {
    return this.letters.published();
  }
  letterStats() {
    return this.letterStatsStore.compute();
  }
  auditLog(filter: Parameters<AuditStore["list"]>[0]) {
    return this.auditStore.list(filter);
  }
  annualReport(year: number, scope?: Parameters<ReportStore['annual']>[1]) {
    return this.reports.annual(year, scope);
  }
}

export function allowedRows(type: ReplyType): readonly ReportRow[] {
  return ALLOWED_ROWS[type];
}

export type { PauseKind };
