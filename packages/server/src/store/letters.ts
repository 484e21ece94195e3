/**
 * Mayor's-mailbox letters (docs/domain.md §5): intake, the writer's view, the staff views and list, the
 * explicit transitions of the closed loop, rating and publication.
 */
import type { LetterSubmission, PublicLetter } from '@gongkai/schema';
import { addWorkingDaysProvisional } from '@gongkai/workdays';
import { compactDate } from '../clock.js';
import { formatNumber, Intake, nextSerial, type IntakeOutcome } from '../intake.js';
import type { HttpProblem } from '../problem.js';
import { letterRefusal, refused, type LetterAction } from '../refusals.js';
import { newQueryCode } from '../secrets.js';
import type { Tx } from '../storage/db.js';
import { parseApproval, type Approval } from '../four-eyes.js';
import { approvalHistory, writeAudit } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import { updateTallies } from './letter-tallies.js';
import { publishedSearchColumns } from './published-letters.js';
import { inScope, scopeCondition, type Scope } from './scope.js';
import { letterSearchColumns, searchConditions, type QueueSearch } from './search.js';

export interface LetterReceiptBody {
  letterNumber: string;
  queryCode: string;
  submittedAt: string;
}

/** How a letter reached the mailbox: the public form, or by post entered by a registrar. */
export const LETTER_CHANNELS = ['online', 'post'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];

/** `201` of the staff's offline intake of a letter: the receipt for the writer. */
export interface OfflineLetterReceiptBody extends LetterReceiptBody {
  channel: LetterChannel;
  /** The civil date the letter was received (signed for); the reply period counts from it. */
  receivedAt: string;
}

export interface LetterRow {
  agency_id: string;
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
  channel: LetterChannel;
  received_date: string | null;
  approval_state: Approval['state'] | null;
  approval: string | null;
}

type LetterStatusName = PublicLetter['status'];
/** docs/domain.md §5's closed loop, explicit: the actions staff (and the writer's rating) may take from each status. */
export const LETTER_TRANSITIONS: Record<Exclude<LetterAction, 'publish'>, { from: readonly LetterStatusName[]; to: LetterStatusName }> = {
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

/** What the writer may see of a status change besides status and time. */
export interface LetterEventFacts {
  /** The unit the letter was assigned to or that answered (public: it signs the reply). */
  unit?: string | undefined;
  /** Words for the writer, e.g. why the letter was not accepted; never staff's internal notes. */
  note?: string | undefined;
}

export class LetterStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly intake: Intake,
  ) {}

  private now() {
    return this.ctx.now();
  }

  /**
   * A new letter row with everything every intake path must write: the number, the keyed query
   * code, the due date from the day of receipt, the queue-search columns (migration 6), its first
   * event and its count in the statistics (migration 8). One place, so an intake path cannot
   * forget one of them. Returns what the receipt shows.
   */
  private async storeLetter(tx: Tx, letter: LetterSubmission, arrival: { channel: 'online' | 'post'; receivedDate: string }) {
    const { iso, date } = this.now();
    const letterNumber = formatNumber('XJ', compactDate(date), await nextSerial(tx, 'XJ', date));
    const queryCode = newQueryCode();
    const stored = this.ctx.queryCodes.hash(queryCode);
    const due = addWorkingDaysProvisional(arrival.receivedDate, this.ctx.options.letterReplyDays, this.ctx.calendar).date;
    const search = letterSearchColumns(letter);
    await tx.run(
      `INSERT INTO letters (letter_number, query_salt, query_hash, body, type, status, may_publish, submitted_at, due_date, replies, updated_at, agency_id, channel, received_date, person_key, search_text)
       VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?)`,
      [
        letterNumber, stored.salt, stored.hash, JSON.stringify(letter), letter.type, letter.mayPublish ? 1 : 0, iso, due, iso, this.ctx.mailboxAgencyId,
        arrival.channel, arrival.channel === 'online' ? null : arrival.receivedDate, search.person_key, search.search_text,
      ],
    );
    await this.addLetterEvent(tx, letterNumber, 'received', iso, {});
    await updateTallies(tx, undefined, { type: letter.type, status: 'received', satisfaction: null, lead_unit: null, first_replied_at: null, due_date: due, published: null });
    return { letterNumber, queryCode, due, iso };
  }

  submit(letter: LetterSubmission, idempotencyKey: string, bodyHash: string, admit?: (tx: Tx) => Promise<void>): Promise<IntakeOutcome<LetterReceiptBody>> {
    const { iso, date } = this.now();
    return this.intake.submit(
      'letter',
      idempotencyKey,
      bodyHash,
      async (tx) => {
        const { letterNumber, queryCode } = await this.storeLetter(tx, letter, { channel: 'online', receivedDate: date });
        await writeAudit(tx, { name: 'public' }, 'submit', 'letter', letterNumber, null, 'received', undefined, iso);
        return { entityId: letterNumber, response: { letterNumber, queryCode, submittedAt: iso } };
      },
      iso,
      admit,
    );
  }

  /** A letter received by post, entered by a registrar: due `letterReplyDays` working days after its receipt. */
  register(letter: LetterSubmission, receivedAt: string, actor: Actor, idempotencyKey: string, bodyHash: string): Promise<IntakeOutcome<OfflineLetterReceiptBody>> {
    const { iso } = this.now();
    return this.intake.submit(
      'staff-letter',
      idempotencyKey,
      bodyHash,
      async (tx) => {
        const { letterNumber, queryCode, due } = await this.storeLetter(tx, letter, { channel: 'post', receivedDate: receivedAt });
        await writeAudit(tx, actor, 'register', 'letter', letterNumber, null, 'received', { channel: 'post', receivedAt, dueDate: due }, iso);
        return { entityId: letterNumber, response: { letterNumber, queryCode, submittedAt: iso, channel: 'post', receivedAt } };
      },
      iso,
    );
  }

  /** Four-eyes steps that change no status (propose, return), with their audit entry. */
  async setApproval(letterNumber: string, actor: Actor, action: string, next: (row: LetterRow, now: string) => Approval, detail: Record<string, unknown> | undefined, scope?: Scope) {
    const { iso } = this.now();
    const done = await this.ctx.db.transaction(async (tx) => {
      const row = await this.letterRow(tx, letterNumber);
      if (!row || !inScope(scope, row.agency_id)) return false;
      const approval = next(row, iso);
      await tx.run('UPDATE letters SET approval_state = ?, approval = ?, updated_at = ? WHERE letter_number = ?', [approval.state, JSON.stringify(approval), iso, letterNumber]);
      await writeAudit(tx, actor, action, 'letter', letterNumber, row.status, row.status, detail, iso);
      return true;
    });
    return done ? this.forStaff(letterNumber, scope) : undefined;
  }

  /** Letters stored before they had an agency (schema version < 4) belong to this server's mailbox agency. */
  async adoptUnownedLetters(): Promise<number> {
    return (await this.ctx.db.transaction((tx) => tx.run('UPDATE letters SET agency_id = ? WHERE agency_id IS NULL', [this.ctx.mailboxAgencyId]))).changes;
  }

  /** Letters stored before schema version 6 get their search columns (see migration 6); returns how many. */
  async fillSearchColumns(): Promise<number> {
    return this.ctx.db.transaction(async (tx) => {
      const rows = await tx.all<{ letter_number: string; body: string }>('SELECT letter_number, body FROM letters WHERE search_text IS NULL');
      for (const row of rows) {
        const search = letterSearchColumns(JSON.parse(row.body) as LetterSubmission);
        await tx.run('UPDATE letters SET person_key = ?, search_text = ? WHERE letter_number = ?', [search.person_key, search.search_text, row.letter_number]);
      }
      return rows.length;
    });
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
  async forWriter(letterNumber: string, queryCode: string | undefined) {
    const found = await this.ctx.db.read(async (tx) => {
      const row = await this.letterRow(tx, letterNumber);
      return row ? { row, events: await this.letterEvents(tx, letterNumber) } : undefined;
    });
    if (!found) return undefined;
    const { row, events } = found;
    if (queryCode === undefined || !this.ctx.queryCodes.matches(queryCode, row.query_salt, row.query_hash)) return undefined;
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

  /** `scope`: the caller's agencies; a letter of another agency is not found. */
  async forStaff(letterNumber: string, scope?: Scope) {
    const found = await this.ctx.db.read(async (tx) => {
      const row = await this.letterRow(tx, letterNumber);
      return row && inScope(scope, row.agency_id) ? { row, history: await approvalHistory(tx, 'letter', letterNumber) } : undefined;
    });
    return found ? { ...this.staffLetterView(found.row), ...(found.history.length > 0 ? { approvalHistory: found.history } : {}) } : undefined;
  }

  private staffLetterView(row: LetterRow) {
    const today = this.now().date;
    return {
      letterNumber: row.letter_number,
      agencyId: row.agency_id,
      status: row.status,
      type: row.type,
      submittedAt: row.submitted_at,
      channel: row.channel ?? 'online',
      /** The civil date of receipt: the day signed for (post), else the day it was submitted online. */
      receivedDate: row.received_date ?? row.submitted_at.slice(0, 10),
      approval: parseApproval(row.approval ?? null),
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

  async list(filter: QueueSearch & { status?: string[]; type?: string[]; overdue?: boolean; pendingApproval?: boolean; page: number; pageSize: number; scope?: Scope }) {
    const today = this.now().date;
    const where: string[] = [];
    const params: Array<string | number> = [];
    scopeCondition(filter.scope, 'agency_id', where, params);
    searchConditions(filter, 'letter_number', where, params);
    for (const [column, values] of [
      ['status', filter.status],
      ['type', filter.type],
    ] as const) {
      if (values?.length) {
        where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values);
      }
    }
    if (filter.pendingApproval) where.push(`approval_state = 'pending'`);
    const overdueExpr = `(status NOT IN ('replied', 'rated', 'closed', 'rejected') AND due_date < ?)`;
    if (filter.overdue) {
      where.push(overdueExpr);
      params.push(today);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.ctx.db.read(async (tx) => {
      const total = Number((await tx.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM letters ${whereSql}`, params))?.n ?? 0);
      const rows = await tx.all<LetterRow>(
        `SELECT * FROM letters ${whereSql} ORDER BY CASE WHEN ${overdueExpr} THEN 0 ELSE 1 END, due_date, letter_number LIMIT ? OFFSET ?`,
        [...params, today, filter.pageSize, (filter.page - 1) * filter.pageSize],
      );
      return { items: rows.map((row) => this.staffLetterView(row)), total, page: filter.page, pageSize: filter.pageSize };
    });
  }

  /** A transition of docs/domain.md §5's loop, with its changes, in one transaction with the audit entry. */
  async act(
    letterNumber: string,
    actor: Actor,
    /** `approve`: a four-eyes approval of a proposed publication, which changes no status either. */
    action: keyof typeof LETTER_TRANSITIONS | 'publish' | 'approve',
    changes: (row: LetterRow, now: string) => Partial<Record<'lead_unit' | 'assisting_units' | 'replies' | 'satisfaction' | 'rating_comment' | 'published' | 'published_at' | 'first_replied_at' | 'approval_state' | 'approval', string | null>>,
    detail?: Record<string, unknown>,
    event: LetterEventFacts = {},
    scope?: Scope,
  ) {
    const { iso } = this.now();
    const done = await this.ctx.db.transaction(async (tx) => {
      const row = await this.letterRow(tx, letterNumber);
      if (!row || !inScope(scope, row.agency_id)) return false;
      let to = row.status;
      if (action !== 'publish' && action !== 'approve') {
        const transition = LETTER_TRANSITIONS[action]!;
        if (!transition.from.includes(row.status)) throw conflict(row.status, action);
        to = transition.to;
      }
      const set: Record<string, string | null> = changes(row, iso);
      // The published list searches and sorts by columns, not by parsing the JSON (docs/design.md §5).
      if (set.published !== undefined) Object.assign(set, publishedSearchColumns(set.published));
      const columns = Object.keys(set);
      await tx.run(
        `UPDATE letters SET status = ?, updated_at = ?${columns.map((c) => `, ${c} = ?`).join('')} WHERE letter_number = ?`,
        [to, iso, ...columns.map((c) => set[c] ?? null), letterNumber],
      );
      await updateTallies(tx, row, { ...row, ...set, status: to } as LetterRow);
      // Publishing changes no status: it is no step of the writer's timeline.
      if (action !== 'publish' && action !== 'approve') await this.addLetterEvent(tx, letterNumber, to, iso, event);
      await writeAudit(tx, actor, action, 'letter', letterNumber, row.status, to, detail, iso);
      return true;
    });
    return done ? this.forStaff(letterNumber, scope) : undefined;
  }

  async rate(letterNumber: string, queryCode: string | undefined, satisfaction: string, comment: string | undefined) {
    const row = await this.ctx.db.read((tx) => this.letterRow(tx, letterNumber));
    if (!row || queryCode === undefined || !this.ctx.queryCodes.matches(queryCode, row.query_salt, row.query_hash)) return undefined;
    await this.act(letterNumber, { name: 'public' }, 'rate', () => ({ satisfaction, rating_comment: comment ?? null }), { satisfaction });
    return this.forWriter(letterNumber, queryCode);
  }

  /** Letters staff published (masked), for the public list. */
  async published(): Promise<PublicLetter[]> {
    const rows = await this.ctx.db.read((tx) =>
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
}

/** 409 for a letter transition impossible from `status`, in plain words. */
export function conflict(status: LetterStatusName, action: LetterAction): HttpProblem {
  return refused(letterRefusal(action, status));
}
