/**
 * Applications (依申请公开): intake, the applicant's status view, the staff views and list, and
 * staff actions — each action one transaction with its event and audit entry.
 */
import type { DisclosureRequest, DisclosureRequestStatus, LocalizedText } from '@gongkai/schema';
import { compactDate } from '../clock.js';
import { computeDeadline, type DeadlineFacts } from '../deadlines.js';
import { formatNumber, Intake, nextSerial, type IntakeOutcome } from '../intake.js';
import { t } from '../problem.js';
import type { ReportRow } from '../report-rows.js';
import { newQueryCode } from '../secrets.js';
import type { Tx } from '../storage/db.js';
import { parseApproval, type Approval } from '../four-eyes.js';
import { approvalHistory, writeAudit } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import { inScope, scopeCondition, type Scope } from './scope.js';
import { requestSearchColumns, searchConditions, type QueueSearch } from './search.js';

export interface DisclosureReceiptBody {
  trackingNumber: string;
  queryCode: string;
  receivedAt: string;
  dueDate: string;
  status: DisclosureRequestStatus;
}

/** How an application reached the agency (docs/domain.md §3, date of receipt by channel). */
export const REQUEST_CHANNELS = ['online', 'in-person', 'post', 'fax'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** `201` of the staff's offline intake: the receipt the registrar hands or posts to the applicant. */
export interface OfflineReceiptBody extends DisclosureReceiptBody {
  channel: RequestChannel;
  /** When the registrar entered it (the server's instant); `receivedAt` is the civil date of receipt. */
  registeredAt: string;
}

export interface RequestRow {
  tracking_number: string;
  query_salt: string;
  query_hash: string;
  agency_id: string;
  body: string;
  status: DisclosureRequestStatus;
  submitted_at: string;
  received_date: string | null;
  deadline: string;
  due_date: string;
  due_provisional: number | string;
  due_explanation: string;
  reply: string | null;
  report_row: string | null;
  replied_at: string | null;
  updated_at: string;
  channel: RequestChannel;
  approval_state: Approval['state'] | null;
  approval: string | null;
}

/** Statuses in which the reply clock runs or is held: still the agency's to answer. */
export const OPEN_REQUEST_STATUSES: readonly DisclosureRequestStatus[] = ['submitted', 'received', 'correctionRequested', 'paused', 'extended'];

export class RequestStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly intake: Intake,
  ) {}

  private now() {
    return this.ctx.now();
  }

  /**
   * A new application row with everything every intake path must write: the number, the keyed
   * query code, the deadline from the day of receipt (or none yet, when staff confirm receipt),
   * the queue-search columns (migration 6) and the first events. One place, so an intake path
   * cannot forget one of them.
   */
  private async storeRequest(
    tx: Tx,
    request: DisclosureRequest,
    arrival: { channel: RequestChannel; status: DisclosureRequestStatus; receivedAt?: string; receiptNote?: LocalizedText },
  ) {
    const { iso, date } = this.now();
    const trackingNumber = formatNumber('YSQ', compactDate(date), await nextSerial(tx, 'YSQ', date));
    const queryCode = newQueryCode();
    const stored = this.ctx.queryCodes.hash(queryCode);
    const facts: DeadlineFacts = { pauses: [], ...(arrival.receivedAt ? { receivedAt: arrival.receivedAt } : {}) };
    const deadline = computeDeadline(facts, arrival.receivedAt ?? date, date, this.ctx.calendar);
    const search = requestSearchColumns(request);
    await tx.run(
      `INSERT INTO disclosure_requests (tracking_number, query_salt, query_hash, agency_id, body, status, submitted_at,
         received_date, deadline, due_date, due_provisional, due_explanation, updated_at, channel, person_key, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        trackingNumber,
        stored.salt,
        stored.hash,
        request.agencyId,
        JSON.stringify(request),
        arrival.status,
        iso,
        facts.receivedAt ?? null,
        JSON.stringify(facts),
        deadline.dueDate,
        deadline.provisional ? 1 : 0,
        JSON.stringify(deadline.text),
        iso,
        arrival.channel,
        search.person_key,
        search.search_text,
      ],
    );
    await this.addEvent(tx, trackingNumber, 'submitted', iso, undefined, undefined);
    if (arrival.receiptNote) await this.addEvent(tx, trackingNumber, 'received', iso, arrival.receiptNote, deadline.dueDate);
    return { trackingNumber, queryCode, deadline, iso };
  }

  submit(request: DisclosureRequest, idempotencyKey: string, bodyHash: string, admit?: (tx: Tx) => Promise<void>): Promise<IntakeOutcome<DisclosureReceiptBody>> {
    const { iso, date } = this.now();
    return this.intake.submit(
      'disclosure-request',
      idempotencyKey,
      bodyHash,
      async (tx) => {
        const confirmed = this.ctx.options.receipt === 'onSubmit';
        const status: DisclosureRequestStatus = confirmed ? 'received' : 'submitted';
        const { trackingNumber, queryCode, deadline } = await this.storeRequest(tx, request, {
          channel: 'online',
          status,
          ...(confirmed ? { receivedAt: date, receiptNote: RECEIPT_NOTE } : {}),
        });
        // The submission is an audited action like any other (README, docs/security.md); no applicant data in it.
        await writeAudit(tx, { name: 'public' }, 'submit', 'disclosure-request', trackingNumber, null, status, { agencyId: request.agencyId, dueDate: deadline.dueDate }, iso);
        return { entityId: trackingNumber, response: { trackingNumber, queryCode, receivedAt: iso, dueDate: deadline.dueDate, status } };
      },
      iso,
      admit,
    );
  }

  /**
   * Offline intake by a registrar (in person, post, fax): received on `receivedAt` (Art. 31 —
   * handed in: that day; registered post: the day it was signed for; fax: the day receipt was
   * confirmed), so the application starts `received` and its clock counts from the day after.
   */
  register(
    request: DisclosureRequest,
    intake: { channel: Exclude<RequestChannel, 'online'>; receivedAt: string },
    actor: Actor,
    idempotencyKey: string,
    bodyHash: string,
  ): Promise<IntakeOutcome<OfflineReceiptBody>> {
    const { iso } = this.now();
    return this.intake.submit(
      'staff-disclosure-request',
      idempotencyKey,
      bodyHash,
      async (tx) => {
        const { trackingNumber, queryCode, deadline } = await this.storeRequest(tx, request, {
          channel: intake.channel,
          status: 'received',
          receivedAt: intake.receivedAt,
          receiptNote: OFFLINE_RECEIPT_NOTES[intake.channel](intake.receivedAt),
        });
        await writeAudit(tx, actor, 'register', 'disclosure-request', trackingNumber, null, 'received', { channel: intake.channel, receivedAt: intake.receivedAt, dueDate: deadline.dueDate }, iso);
        return {
          entityId: trackingNumber,
          response: { trackingNumber, queryCode, receivedAt: intake.receivedAt, dueDate: deadline.dueDate, status: 'received', channel: intake.channel, registeredAt: iso },
        };
      },
      iso,
    );
  }

  /**
   * Four-eyes steps that change no status (propose, return): writes the approval columns and the
   * audit entry in one transaction. `check` sees the current row and throws to refuse (409).
   */
  async setApproval(
    trackingNumber: string,
    actor: Actor,
    action: string,
    next: (row: RequestRow, now: string) => Approval,
    detail: Record<string, unknown> | undefined,
    scope?: Scope,
  ) {
    const { iso } = this.now();
    const done = await this.ctx.db.transaction(async (tx) => {
      const row = await tx.get<RequestRow>('SELECT * FROM disclosure_requests WHERE tracking_number = ?', [trackingNumber]);
      if (!row || !inScope(scope, row.agency_id)) return false;
      const approval = next(row, iso);
      await tx.run('UPDATE disclosure_requests SET approval_state = ?, approval = ?, updated_at = ? WHERE tracking_number = ?', [approval.state, JSON.stringify(approval), iso, trackingNumber]);
      await writeAudit(tx, actor, action, 'disclosure-request', trackingNumber, row.status, row.status, detail, iso);
      return true;
    });
    return done ? this.forStaff(trackingNumber, scope) : undefined;
  }

  private async addEvent(tx: Tx, trackingNumber: string, status: string, at: string, note: LocalizedText | undefined, dueDate: string | undefined) {
    await tx.run('INSERT INTO disclosure_request_events (tracking_number, status, at, note, due_date) VALUES (?, ?, ?, ?, ?)', [
      trackingNumber,
      status,
      at,
      note ? JSON.stringify(note) : null,
      dueDate ?? null,
    ]);
  }

  /**
   * After a holiday calendar adds years (src/holiday-calendar.ts): every open application whose
   * due date was provisional is counted again in the calendar in force. Where the date moves or
   * stops being provisional, the row, the applicant's timeline (with the new date) and the audit
   * log say so. Returns the tracking numbers whose deadline changed.
   */
  async recomputeProvisionalDeadlines(): Promise<string[]> {
    const { iso, date } = this.now();
    const rows = await this.ctx.db.read((tx) =>
      tx.all<RequestRow>(`SELECT * FROM disclosure_requests WHERE due_provisional = 1 AND status NOT IN ('replied', 'abandoned', 'withdrawn') ORDER BY tracking_number`),
    );
    const changed: string[] = [];
    for (const row of rows) {
      const facts = JSON.parse(row.deadline) as DeadlineFacts;
      const deadline = computeDeadline(facts, row.submitted_at.slice(0, 10), date, this.ctx.calendar);
      if (deadline.dueDate === row.due_date && deadline.provisional) continue;
      await this.ctx.db.transaction(async (tx) => {
        await tx.run('UPDATE disclosure_requests SET due_date = ?, due_provisional = ?, due_explanation = ?, updated_at = ? WHERE tracking_number = ?', [
          deadline.dueDate, deadline.provisional ? 1 : 0, JSON.stringify(deadline.text), iso, row.tracking_number,
        ]);
        await this.addEvent(tx, row.tracking_number, row.status, iso, CALENDAR_NOTE, deadline.dueDate);
        await writeAudit(tx, { name: 'system' }, 'recompute-deadline', 'disclosure-request', row.tracking_number, row.status, row.status, { from: row.due_date, dueDate: deadline.dueDate, provisional: deadline.provisional }, iso);
      });
      changed.push(row.tracking_number);
    }
    return changed;
  }

  /** The applicant's view; undefined when the number is unknown or the code wrong (indistinguishable on purpose). */
  async status(trackingNumber: string, queryCode: string, locale: keyof LocalizedText) {
    const row = await this.ctx.db.read((tx) => tx.get<RequestRow>('SELECT * FROM disclosure_requests WHERE tracking_number = ?', [trackingNumber]));
    if (!row || !this.ctx.queryCodes.matches(queryCode, row.query_salt, row.query_hash)) return undefined;
    return this.statusView(row, locale);
  }

  private async statusView(row: RequestRow, locale: keyof LocalizedText) {
    const events = await this.ctx.db.read((tx) =>
      tx.all<{ status: string; at: string; note: string | null; due_date: string | null }>(
        'SELECT status, at, note, due_date FROM disclosure_request_events WHERE tracking_number = ? ORDER BY id',
        [row.tracking_number],
      ),
    );
    const reply = row.reply ? (JSON.parse(row.reply) as Record<string, unknown>) : undefined;
    return {
      trackingNumber: row.tracking_number,
      status: row.status,
      events: events.map((event) => ({
        status: event.status,
        at: event.at,
        ...(event.note ? { note: (JSON.parse(event.note) as LocalizedText)[locale] } : {}),
        ...(event.due_date ? { dueDate: event.due_date } : {}),
      })),
      dueDate: row.due_date,
      ...(Number(row.due_provisional) ? { dueDateProvisional: true } : {}),
      dueDateExplanation: (JSON.parse(row.due_explanation) as LocalizedText)[locale],
      ...(reply ? { reply: { type: reply.type, content: reply.content, repliedAt: reply.repliedAt, ...(reply.attachments ? { attachments: reply.attachments } : {}) } } : {}),
    };
  }

  /** Staff: one application with everything (applicant data included). */
  /** `scope`: the caller's agencies; an application of another agency is not found (undefined), so existence does not leak. */
  async forStaff(trackingNumber: string, scope?: Scope) {
    const row = await this.ctx.db.read((tx) => tx.get<RequestRow>('SELECT * FROM disclosure_requests WHERE tracking_number = ?', [trackingNumber]));
    if (!row || !inScope(scope, row.agency_id)) return undefined;
    const history = await this.ctx.db.read((tx) => approvalHistory(tx, 'disclosure-request', trackingNumber));
    return { ...this.staffRequestView(row, await this.statusView(row, 'zh-Hans')), ...(history.length > 0 ? { approvalHistory: history } : {}) };
  }

  private staffRequestView(row: RequestRow, status?: Awaited<ReturnType<RequestStore['statusView']>>) {
    const today = this.now().date;
    return {
      trackingNumber: row.tracking_number,
      agencyId: row.agency_id,
      status: row.status,
      submittedAt: row.submitted_at,
      receivedDate: row.received_date ?? undefined,
      dueDate: row.due_date,
      dueDateProvisional: Number(row.due_provisional) === 1,
      dueDateExplanation: JSON.parse(row.due_explanation) as LocalizedText,
      overdue: OPEN_REQUEST_STATUSES.includes(row.status) && row.due_date < today,
      deadlineFacts: JSON.parse(row.deadline) as DeadlineFacts,
      reportRow: row.report_row ?? undefined,
      channel: row.channel ?? 'online',
      /** Four-eyes approval: the pending (or last returned) proposal, if any. */
      approval: parseApproval(row.approval ?? null),
      request: JSON.parse(row.body) as DisclosureRequest,
      ...(status ? { events: status.events, reply: status.reply } : {}),
    };
  }

  /** Applications stored before schema version 6 get their search columns (see migration 6); returns how many. */
  async fillSearchColumns(): Promise<number> {
    return this.ctx.db.transaction(async (tx) => {
      const rows = await tx.all<{ tracking_number: string; body: string }>('SELECT tracking_number, body FROM disclosure_requests WHERE search_text IS NULL');
      for (const row of rows) {
        const search = requestSearchColumns(JSON.parse(row.body) as DisclosureRequest);
        await tx.run('UPDATE disclosure_requests SET person_key = ?, search_text = ? WHERE tracking_number = ?', [search.person_key, search.search_text, row.tracking_number]);
      }
      return rows.length;
    });
  }

  async list(filter: QueueSearch & { status?: string[]; agencyId?: string[]; overdue?: boolean; pendingApproval?: boolean; page: number; pageSize: number; scope?: Scope }) {
    const today = this.now().date;
    const where: string[] = [];
    const params: Array<string | number> = [];
    scopeCondition(filter.scope, 'agency_id', where, params);
    searchConditions(filter, 'tracking_number', where, params);
    if (filter.status?.length) {
      where.push(`status IN (${filter.status.map(() => '?').join(', ')})`);
      params.push(...filter.status);
    }
    if (filter.agencyId?.length) {
      where.push(`agency_id IN (${filter.agencyId.map(() => '?').join(', ')})`);
      params.push(...filter.agencyId);
    }
    if (filter.pendingApproval) where.push(`approval_state = 'pending'`);
    const openList = OPEN_REQUEST_STATUSES.map((s) => `'${s}'`).join(', ');
    const overdueExpr = `(status IN (${openList}) AND due_date < ?)`;
    if (filter.overdue) {
      where.push(overdueExpr);
      params.push(today);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.ctx.db.read(async (tx) => {
      const total = Number((await tx.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM disclosure_requests ${whereSql}`, params))?.n ?? 0);
      // Overdue first, then the open ones by due date, then the rest.
      const rows = await tx.all<RequestRow>(
        `SELECT * FROM disclosure_requests ${whereSql}
         ORDER BY CASE WHEN ${overdueExpr} THEN 0 WHEN status IN (${openList}) THEN 1 ELSE 2 END, due_date, tracking_number
         LIMIT ? OFFSET ?`,
        [...params, today, filter.pageSize, (filter.page - 1) * filter.pageSize],
      );
      return { items: rows.map((row) => this.staffRequestView(row)), total, page: filter.page, pageSize: filter.pageSize };
    });
  }

  /**
   * One staff action on an application: loads the row, lets `change` decide the new status and
   * facts (or throw 409), recomputes the deadline, writes row, event and audit entry together.
   */
  async act(
    trackingNumber: string,
    actor: Actor,
    action: string,
    change: (current: { status: DisclosureRequestStatus; facts: DeadlineFacts; today: string; now: string; row: RequestRow }) => {
      status: DisclosureRequestStatus;
      facts?: DeadlineFacts;
      note?: LocalizedText;
      reply?: Record<string, unknown>;
      reportRow?: ReportRow;
      detail?: Record<string, unknown>;
      /** The four-eyes proposal is done with (approved): its columns are cleared. */
      clearApproval?: boolean;
    },
    scope?: Scope,
  ) {
    const { iso, date } = this.now();
    const updated = await this.ctx.db.transaction(async (tx) => {
      const row = await tx.get<RequestRow>('SELECT * FROM disclosure_requests WHERE tracking_number = ?', [trackingNumber]);
      if (!row || !inScope(scope, row.agency_id)) return undefined;
      const facts = JSON.parse(row.deadline) as DeadlineFacts;
      const outcome = change({ status: row.status, facts, today: date, now: iso, row });
      const newFacts = outcome.facts ?? facts;
      const deadline = computeDeadline(newFacts, row.submitted_at.slice(0, 10), date, this.ctx.calendar);
      const dueChanged = deadline.dueDate !== row.due_date;
      await tx.run(
        `UPDATE disclosure_requests SET status = ?, received_date = ?, deadline = ?, due_date = ?, due_provisional = ?, due_explanation = ?,
           reply = COALESCE(?, reply), report_row = COALESCE(?, report_row), replied_at = COALESCE(?, replied_at), updated_at = ?
         WHERE tracking_number = ?`,
        [
          outcome.status,
          newFacts.receivedAt ?? null,
          JSON.stringify(newFacts),
          deadline.dueDate,
          deadline.provisional ? 1 : 0,
          JSON.stringify(deadline.text),
          outcome.reply ? JSON.stringify(outcome.reply) : null,
          outcome.reportRow ?? null,
          outcome.reportRow ? iso : null,
          iso,
          trackingNumber,
        ],
      );
      if (outcome.clearApproval) await tx.run('UPDATE disclosure_requests SET approval_state = NULL, approval = NULL WHERE tracking_number = ?', [trackingNumber]);
      await this.addEvent(tx, trackingNumber, outcome.status, iso, outcome.note, dueChanged || action === 'confirm-receipt' ? deadline.dueDate : undefined);
      await writeAudit(tx, actor, action, 'disclosure-request', trackingNumber, row.status, outcome.status, { ...outcome.detail, dueDate: deadline.dueDate }, iso);
      return true;
    });
    return updated ? this.forStaff(trackingNumber, scope) : undefined;
  }
}

const CALENDAR_NOTE = t(
  '国务院节假日安排已更新，答复期限按新的工作日安排重新计算',
  '國務院節假日安排已更新，答覆期限按新的工作日安排重新計算',
  'The State Council holiday arrangements were updated; the reply deadline was recounted in working days',
);

const RECEIPT_NOTE = t('网上申请已确认收到，答复期限自次日起计算', '網上申請已確認收到，答覆期限自次日起計算', 'Online application confirmed as received; the reply period starts the next day');

/** The applicant's timeline entry for an application received offline (Art. 31 by channel). */
const OFFLINE_RECEIPT_NOTES: Record<Exclude<RequestChannel, 'online'>, (date: string) => LocalizedText> = {
  'in-person': (date) => t(`当面提交的申请已于${date}收到，答复期限自次日起计算`, `當面提交的申請已於${date}收到，答覆期限自次日起計算`, `Application handed in on ${date}; the reply period starts the next day`),
  post: (date) => t(`邮寄的申请已于${date}签收，答复期限自次日起计算`, `郵寄的申請已於${date}簽收，答覆期限自次日起計算`, `Application by post signed for on ${date}; the reply period starts the next day`),
  fax: (date) => t(`传真提交的申请已于${date}确认收到，答复期限自次日起计算`, `傳真提交的申請已於${date}確認收到，答覆期限自次日起計算`, `Application by fax confirmed as received on ${date}; the reply period starts the next day`),
};
