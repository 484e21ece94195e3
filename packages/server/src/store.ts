/**
 * The server's records — applications, letters, their events and the audit log — on top of the
 * one storage interface (./storage/db.ts). All state changes go through here, each in one
 * transaction together with its audit entry.
 */
import type { DisclosureRequest, DisclosureRequestStatus, LetterSubmission, LocalizedText, PublicLetter } from '@gongkai/schema';
import { addWorkingDaysProvisional, type PauseKind } from '@gongkai/workdays';
import { civilDateInShanghai, compactDate, isoInShanghai, type Clock } from './clock.js';
import { computeDeadline, type DeadlineFacts } from './deadlines.js';
import { formatNumber, Intake, nextSerial, type IntakeOutcome } from './intake.js';
import { HttpProblem, TITLES, t } from './problem.js';
import { ALLOWED_ROWS, REPORT_ROW_KEYS, REPORT_ROWS, type ReplyType, type ReportRow } from './report-rows.js';
import { hashQueryCode, newQueryCode, newSalt, queryCodeMatches } from './secrets.js';
import type { Db, Tx } from './storage/db.js';

export interface StoreOptions {
  clock: Clock;
  /** `onSubmit` (default): the server's receipt is the online confirmation (Art. 31); `staff`: staff confirm it. */
  receipt: 'onSubmit' | 'staff';
  /** Working days a letter should be answered in, for the on-time rate. */
  letterReplyDays: number;
}

export interface DisclosureReceiptBody {
  trackingNumber: string;
  queryCode: string;
  receivedAt: string;
  dueDate: string;
  status: DisclosureRequestStatus;
}
export interface LetterReceiptBody {
  letterNumber: string;
  queryCode: string;
  submittedAt: string;
}

interface RequestRow {
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
}

interface LetterRow {
  letter_number: string;
  query_salt: string;
  query_hash: string;
  body: string;
  type: string;
  status: LetterStatusName;
  may_publish: number | string;
  submitted_at: string;
  due_date: string;
  lead_unit: string | null;
  assisting_units: string | null;
  replies: string;
  satisfaction: string | null;
  rating_comment: string | null;
  published: string | null;
  published_at: string | null;
  first_replied_at: string | null;
  updated_at: string;
}

type LetterStatusName = PublicLetter['status'];

/** Statuses in which the reply clock runs or is held: still the agency's to answer. */
export const OPEN_REQUEST_STATUSES: readonly DisclosureRequestStatus[] = ['submitted', 'received', 'correctionRequested', 'paused', 'extended'];

/** docs/domain.md §5's closed loop, explicit: the actions staff (and the writer's rating) may take from each status. */
export const LETTER_TRANSITIONS: Record<string, { from: readonly LetterStatusName[]; to: LetterStatusName }> = {
  accept: { from: ['received'], to: 'accepted' },
  reject: { from: ['received'], to: 'rejected' },
  assign: { from: ['accepted', 'assigned'], to: 'assigned' },
  return: { from: ['assigned', 'inProgress'], to: 'accepted' }, // the unit sends it back for reassignment
  start: { from: ['assigned'], to: 'inProgress' },
  reply: { from: ['assigned', 'inProgress'], to: 'replied' },
  rate: { from: ['replied'], to: 'rated' },
  reopen: { from: ['rated'], to: 'inProgress' }, // after an unsatisfied rating
  close: { from: ['replied', 'rated', 'rejected'], to: 'closed' },
};

export interface Actor {
  name: string;
}

/** What the writer may see of a status change besides status and time. */
export interface LetterEventFacts {
  /** The unit the letter was assigned to or that answered (public: it signs the reply). */
  unit?: string | undefined;
  /** Words for the writer, e.g. why the letter was not accepted; never staff's internal notes. */
  note?: string | undefined;
}

export class Store {
  readonly intake: Intake;

  constructor(
    readonly db: Db,
    private readonly options: StoreOptions,
  ) {
    this.intake = new Intake(db);
  }

  private now(): { iso: string; date: string } {
    const at = this.options.clock();
    return { iso: isoInShanghai(at), date: civilDateInShanghai(at) };
  }

  /* ----------------------------------------------------------------- applications */

  submitRequest(request: DisclosureRequest, idempotencyKey: string, bodyHash: string): Promise<IntakeOutcome<DisclosureReceiptBody>> {
    const { iso, date } = this.now();
    return this.intake.submit(
      'disclosure-request',
      idempotencyKey,
      bodyHash,
      async (tx) => {
        const trackingNumber = formatNumber('YSQ', compactDate(date), await nextSerial(tx, 'YSQ', date));
        const queryCode = newQueryCode();
        const salt = newSalt();
        const confirmed = this.options.receipt === 'onSubmit';
        const facts: DeadlineFacts = { pauses: [], ...(confirmed ? { receivedAt: date } : {}) };
        const deadline = computeDeadline(facts, date, date);
        const status: DisclosureRequestStatus = confirmed ? 'received' : 'submitted';
        await tx.run(
          `INSERT INTO disclosure_requests (tracking_number, query_salt, query_hash, agency_id, body, status, submitted_at,
             received_date, deadline, due_date, due_provisional, due_explanation, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            trackingNumber,
            salt,
            hashQueryCode(queryCode, salt),
            request.agencyId,
            JSON.stringify(request),
            status,
            iso,
            facts.receivedAt ?? null,
            JSON.stringify(facts),
            deadline.dueDate,
            deadline.provisional ? 1 : 0,
            JSON.stringify(deadline.text),
            iso,
          ],
        );
        await this.addEvent(tx, trackingNumber, 'submitted', iso, undefined, undefined);
        if (confirmed) await this.addEvent(tx, trackingNumber, 'received', iso, RECEIPT_NOTE, deadline.dueDate);
        return { entityId: trackingNumber, response: { trackingNumber, queryCode, receivedAt: iso, dueDate: deadline.dueDate, status } };
      },
      iso,
    );
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

  /** The applicant's view; undefined when the number is unknown or the code wrong (indistinguishable on purpose). */
  async requestStatus(trackingNumber: string, queryCode: string, locale: keyof LocalizedText) {
    const row = await this.db.read((tx) => tx.get<RequestRow>('SELECT * FROM disclosure_requests WHERE tracking_number = ?', [trackingNumber]));
    if (!row || !queryCodeMatches(queryCode, row.query_salt, row.query_hash)) return undefined;
    return this.statusView(row, locale);
  }

  private async statusView(row: RequestRow, locale: keyof LocalizedText) {
    const events = await this.db.read((tx) =>
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
  async requestForStaff(trackingNumber: string) {
    const row = await this.db.read((tx) => tx.get<RequestRow>('SELECT * FROM disclosure_requests WHERE tracking_number = ?', [trackingNumber]));
    if (!row) return undefined;
    return this.staffRequestView(row, await this.statusView(row, 'zh-Hans'));
  }

  private staffRequestView(row: RequestRow, status?: Awaited<ReturnType<Store['statusView']>>) {
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
      request: JSON.parse(row.body) as DisclosureRequest,
      ...(status ? { events: status.events, reply: status.reply } : {}),
    };
  }

  async listRequests(filter: { status?: string[]; agencyId?: string[]; overdue?: boolean; page: number; pageSize: number }) {
    const today = this.now().date;
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (filter.status?.length) {
      where.push(`status IN (${filter.status.map(() => '?').join(', ')})`);
      params.push(...filter.status);
    }
    if (filter.agencyId?.length) {
      where.push(`agency_id IN (${filter.agencyId.map(() => '?').join(', ')})`);
      params.push(...filter.agencyId);
    }
    const openList = OPEN_REQUEST_STATUSES.map((s) => `'${s}'`).join(', ');
    const overdueExpr = `(status IN (${openList}) AND due_date < ?)`;
    if (filter.overdue) {
      where.push(overdueExpr);
      params.push(today);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.db.read(async (tx) => {
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
  async actOnRequest(
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
    },
  ) {
    const { iso, date } = this.now();
    const updated = await this.db.transaction(async (tx) => {
      const row = await tx.get<RequestRow>('SELECT * FROM disclosure_requests WHERE tracking_number = ?', [trackingNumber]);
      if (!row) return undefined;
      const facts = JSON.parse(row.deadline) as DeadlineFacts;
      const outcome = change({ status: row.status, facts, today: date, now: iso, row });
      const newFacts = outcome.facts ?? facts;
      const deadline = computeDeadline(newFacts, row.submitted_at.slice(0, 10), date);
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
      await this.addEvent(tx, trackingNumber, outcome.status, iso, outcome.note, dueChanged || action === 'confirm-receipt' ? deadline.dueDate : undefined);
      await this.audit(tx, actor, action, 'disclosure-request', trackingNumber, row.status, outcome.status, { ...outcome.detail, dueDate: deadline.dueDate }, iso);
      return true;
    });
    return updated ? this.requestForStaff(trackingNumber) : undefined;
  }

  /* ----------------------------------------------------------------- letters */

  submitLetter(letter: LetterSubmission, idempotencyKey: string, bodyHash: string): Promise<IntakeOutcome<LetterReceiptBody>> {
    const { iso, date } = this.now();
    return this.intake.submit(
      'letter',
      idempotencyKey,
      bodyHash,
      async (tx) => {
        const letterNumber = formatNumber('XJ', compactDate(date), await nextSerial(tx, 'XJ', date));
        const queryCode = newQueryCode();
        const salt = newSalt();
        const due = addWorkingDaysProvisional(date, this.options.letterReplyDays).date;
        await tx.run(
          `INSERT INTO letters (letter_number, query_salt, query_hash, body, type, status, may_publish, submitted_at, due_date, replies, updated_at)
           VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?, '[]', ?)`,
          [letterNumber, salt, hashQueryCode(queryCode, salt), JSON.stringify(letter), letter.type, letter.mayPublish ? 1 : 0, iso, due, iso],
        );
        await this.addLetterEvent(tx, letterNumber, 'received', iso, {});
        await this.audit(tx, { name: 'public' }, 'submit', 'letter', letterNumber, null, 'received', undefined, iso);
        return { entityId: letterNumber, response: { letterNumber, queryCode, submittedAt: iso } };
      },
      iso,
    );
  }

  private async letterRow(tx: Tx, letterNumber: string) {
    return tx.get<LetterRow>('SELECT * FROM letters WHERE letter_number = ?', [letterNumber]);
  }

  private async addLetterEvent(tx: Tx, letterNumber: string, status: string, at: string, event: LetterEventFacts) {
    await tx.run('INSERT INTO letter_events (letter_number, status, at, unit, note) VALUES (?, ?, ?, ?, ?)', [
      letterNumber,
      status,
      at,
      event.unit ?? null,
      event.note ?? null,
    ]);
  }

  /** The letter's status changes, oldest first, as the writer may see them. */
  private async letterEvents(tx: Tx, letterNumber: string) {
    const rows = await tx.all<{ status: string; at: string; unit: string | null; note: string | null }>(
      'SELECT status, at, unit, note FROM letter_events WHERE letter_number = ? ORDER BY id',
      [letterNumber],
    );
    return rows.map((row) => ({ status: row.status, at: row.at, ...(row.unit ? { unit: row.unit } : {}), ...(row.note ? { note: row.note } : {}) }));
  }

  /** The writer's view (needs the query code). */
  async letterForWriter(letterNumber: string, queryCode: string | undefined) {
    const found = await this.db.read(async (tx) => {
      const row = await this.letterRow(tx, letterNumber);
      return row ? { row, events: await this.letterEvents(tx, letterNumber) } : undefined;
    });
    if (!found) return undefined;
    const { row, events } = found;
    if (queryCode === undefined || !queryCodeMatches(queryCode, row.query_salt, row.query_hash)) return undefined;
    const body = JSON.parse(row.body) as LetterSubmission;
    return {
      letterNumber: row.letter_number,
      type: row.type,
      subject: body.subject,
      content: body.content,
      submittedAt: row.submitted_at,
      status: row.status,
      replies: JSON.parse(row.replies) as unknown[],
      ...(row.satisfaction ? { satisfaction: row.satisfaction } : {}),
      ...(row.lead_unit ? { handlingUnit: row.lead_unit } : {}),
      events,
    };
  }

  async letterForStaff(letterNumber: string) {
    const row = await this.db.read((tx) => this.letterRow(tx, letterNumber));
    return row ? this.staffLetterView(row) : undefined;
  }

  private staffLetterView(row: LetterRow) {
    const today = this.now().date;
    return {
      letterNumber: row.letter_number,
      status: row.status,
      type: row.type,
      submittedAt: row.submitted_at,
      dueDate: row.due_date,
      overdue: !['replied', 'rated', 'closed', 'rejected'].includes(row.status) && row.due_date < today,
      mayPublish: Number(row.may_publish) === 1,
      leadUnit: row.lead_unit ?? undefined,
      assistingUnits: row.assisting_units ? (JSON.parse(row.assisting_units) as string[]) : [],
      replies: JSON.parse(row.replies) as unknown[],
      satisfaction: row.satisfaction ?? undefined,
      ratingComment: row.rating_comment ?? undefined,
      published: row.published ? (JSON.parse(row.published) as PublicLetter) : undefined,
      letter: JSON.parse(row.body) as LetterSubmission,
    };
  }

  async listLetters(filter: { status?: string[]; type?: string[]; overdue?: boolean; page: number; pageSize: number }) {
    const today = this.now().date;
    const where: string[] = [];
    const params: Array<string | number> = [];
    for (const [column, values] of [
      ['status', filter.status],
      ['type', filter.type],
    ] as const) {
      if (values?.length) {
        where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values);
      }
    }
    const overdueExpr = `(status NOT IN ('replied', 'rated', 'closed', 'rejected') AND due_date < ?)`;
    if (filter.overdue) {
      where.push(overdueExpr);
      params.push(today);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.db.read(async (tx) => {
      const total = Number((await tx.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM letters ${whereSql}`, params))?.n ?? 0);
      const rows = await tx.all<LetterRow>(
        `SELECT * FROM letters ${whereSql} ORDER BY CASE WHEN ${overdueExpr} THEN 0 ELSE 1 END, due_date, letter_number LIMIT ? OFFSET ?`,
        [...params, today, filter.pageSize, (filter.page - 1) * filter.pageSize],
      );
      return { items: rows.map((row) => this.staffLetterView(row)), total, page: filter.page, pageSize: filter.pageSize };
    });
  }

  /** A transition of docs/domain.md §5's loop, with its changes, in one transaction with the audit entry. */
  async actOnLetter(
    letterNumber: string,
    actor: Actor,
    action: keyof typeof LETTER_TRANSITIONS | 'publish',
    changes: (row: LetterRow, now: string) => Partial<Record<'lead_unit' | 'assisting_units' | 'replies' | 'satisfaction' | 'rating_comment' | 'published' | 'published_at' | 'first_replied_at', string | null>>,
    detail?: Record<string, unknown>,
    event: LetterEventFacts = {},
  ) {
    const { iso } = this.now();
    const done = await this.db.transaction(async (tx) => {
      const row = await this.letterRow(tx, letterNumber);
      if (!row) return false;
      let to = row.status;
      if (action !== 'publish') {
        const transition = LETTER_TRANSITIONS[action]!;
        if (!transition.from.includes(row.status)) throw conflict(row.status, action);
        to = transition.to;
      }
      const set = changes(row, iso);
      const columns = Object.keys(set);
      await tx.run(
        `UPDATE letters SET status = ?, updated_at = ?${columns.map((c) => `, ${c} = ?`).join('')} WHERE letter_number = ?`,
        [to, iso, ...columns.map((c) => set[c as keyof typeof set] ?? null), letterNumber],
      );
      // Publishing changes no status: it is no step of the writer's timeline.
      if (action !== 'publish') await this.addLetterEvent(tx, letterNumber, to, iso, event);
      await this.audit(tx, actor, action, 'letter', letterNumber, row.status, to, detail, iso);
      return true;
    });
    return done ? this.letterForStaff(letterNumber) : undefined;
  }

  async rateLetter(letterNumber: string, queryCode: string | undefined, satisfaction: string, comment: string | undefined) {
    const row = await this.db.read((tx) => this.letterRow(tx, letterNumber));
    if (!row || queryCode === undefined || !queryCodeMatches(queryCode, row.query_salt, row.query_hash)) return undefined;
    await this.actOnLetter(letterNumber, { name: 'public' }, 'rate', () => ({ satisfaction, rating_comment: comment ?? null }), { satisfaction });
    return this.letterForWriter(letterNumber, queryCode);
  }

  /** Letters staff published (masked), for the public list. */
  async publishedLetters(): Promise<PublicLetter[]> {
    const rows = await this.db.read((tx) =>
      tx.all<{ published: string; status: string; satisfaction: string | null; replies: string }>(
        'SELECT published, status, satisfaction, replies FROM letters WHERE published IS NOT NULL ORDER BY submitted_at DESC',
      ),
    );
    return rows.map((row) => {
      const letter = JSON.parse(row.published) as PublicLetter;
      // Status and rating keep moving after publication; the masked text stays as reviewed.
      return { ...letter, status: row.status as LetterStatusName, ...(row.satisfaction ? { satisfaction: row.satisfaction as PublicLetter['satisfaction'] } : {}) };
    });
  }

  async letterStats() {
    return this.db.read(async (tx) => {
      const rows = await tx.all<{ type: string; n: number | string; on_time: number | string; replied: number | string; sat: string | null }>(
        `SELECT type, satisfaction AS sat, COUNT(*) AS n,
                SUM(CASE WHEN first_replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,
                SUM(CASE WHEN first_replied_at IS NOT NULL AND SUBSTR(first_replied_at, 1, 10) <= due_date THEN 1 ELSE 0 END) AS on_time
         FROM letters GROUP BY type, satisfaction`,
      );
      let received = 0;
      let replied = 0;
      let onTime = 0;
      const byType: Record<string, number> = {};
      const satisfaction = { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 };
      for (const row of rows) {
        const n = Number(row.n);
        received += n;
        byType[row.type] = (byType[row.type] ?? 0) + n;
        replied += Number(row.replied);
        onTime += Number(row.on_time);
        if (row.sat && row.sat in satisfaction) satisfaction[row.sat as keyof typeof satisfaction] += n;
      }
      const rated = satisfaction.satisfied + satisfaction.basicallySatisfied + satisfaction.unsatisfied;
      const byUnit = await this.letterStatsByUnit(tx);
      return {
        received,
        replied,
        byType,
        ...(byUnit.length > 0 ? { byUnit } : {}),
        ...(replied > 0 ? { onTimeRate: Math.min(1, onTime / replied) } : {}),
        ...(rated > 0 ? { satisfactionRate: (satisfaction.satisfied + satisfaction.basicallySatisfied) / rated, satisfaction } : {}),
      };
    });
  }

  /**
   * Letters per lead unit (letters not assigned yet belong to none), most first: how many it was
   * given, answered, and answered by the due date (`letterReplyDays` working days after receipt).
   */
  private async letterStatsByUnit(tx: Tx) {
    const rows = await tx.all<{ unit: string; n: number | string; replied: number | string; on_time: number | string }>(
      `SELECT lead_unit AS unit, COUNT(*) AS n,
              SUM(CASE WHEN first_replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,
              SUM(CASE WHEN first_replied_at IS NOT NULL AND SUBSTR(first_replied_at, 1, 10) <= due_date THEN 1 ELSE 0 END) AS on_time
       FROM letters WHERE lead_unit IS NOT NULL GROUP BY lead_unit`,
    );
    return rows
      .map((row) => {
        const replied = Number(row.replied);
        return {
          unit: row.unit,
          received: Number(row.n),
          replied,
          ...(replied > 0 ? { onTimeRate: Math.min(1, Number(row.on_time) / replied) } : {}),
        };
      })
      .sort((a, b) => b.received - a.received || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  }

  /* ----------------------------------------------------------------- audit and report */

  private async audit(tx: Tx, actor: Actor, action: string, entityType: string, entityId: string, before: string | null, after: string | null, detail: Record<string, unknown> | undefined, at: string) {
    await tx.run(
      'INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_status, after_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [at, actor.name, action, entityType, entityId, before, after, detail ? JSON.stringify(detail) : null],
    );
  }

  async auditLog(filter: { entityId?: string; page: number; pageSize: number }) {
    return this.db.read(async (tx) => {
      const where = filter.entityId ? 'WHERE entity_id = ?' : '';
      const params = filter.entityId ? [filter.entityId] : [];
      const total = Number((await tx.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM audit_log ${where}`, params))?.n ?? 0);
      const rows = await tx.all<Record<string, unknown>>(`SELECT * FROM audit_log ${where} ORDER BY id LIMIT ? OFFSET ?`, [
        ...params,
        filter.pageSize,
        (filter.page - 1) * filter.pageSize,
      ]);
      const items = rows.map((row) => ({
        id: Number(row.id),
        at: row.at,
        actor: row.actor,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        beforeStatus: row.before_status ?? undefined,
        afterStatus: row.after_status ?? undefined,
        ...(row.detail ? { detail: JSON.parse(String(row.detail)) as unknown } : {}),
      }));
      return { items, total, page: filter.page, pageSize: filter.pageSize };
    });
  }

  /** Applications answered in `year` (Asia/Shanghai), one count per report row, in the official order. */
  async annualReport(year: number) {
    return this.db.read(async (tx) => {
      const counted = await tx.all<{ report_row: string; n: number | string }>(
        'SELECT report_row, COUNT(*) AS n FROM disclosure_requests WHERE report_row IS NOT NULL AND replied_at LIKE ? GROUP BY report_row',
        [`${year}-%`],
      );
      const received = await tx.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM disclosure_requests WHERE submitted_at LIKE ?', [`${year}-%`]);
      const counts = new Map(counted.map((row) => [row.report_row, Number(row.n)]));
      const rows = REPORT_ROW_KEYS.map((row) => ({ row, label: REPORT_ROWS[row], count: counts.get(row) ?? 0 }));
      return { year, received: Number(received?.n ?? 0), rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
    });
  }
}

const RECEIPT_NOTE = t('网上申请已确认收到，答复期限自次日起计算', '網上申請已確認收到，答覆期限自次日起計算', 'Online application confirmed as received; the reply period starts the next day');

export function conflict(status: string, action: string): HttpProblem {
  return new HttpProblem(409, 'invalid-transition', TITLES.conflict, [
    { path: 'status', code: 'invalid-transition', message: t(`状态“${status}”下不能执行“${action}”`, `狀態「${status}」下不能執行「${action}」`, `cannot ${action} in status ${status}`) },
  ]);
}

export function allowedRows(type: ReplyType): readonly ReportRow[] {
  return ALLOWED_ROWS[type];
}

export type { PauseKind };
