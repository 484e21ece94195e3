/**
 * Staff routes for applications: the queue, the detail (full and audited, or masked), the
 * applicant's details (audited), the actions possible now, and each action — role-checked by
 * the guard, scoped to the caller's agencies by the Store, refused in plain words (refusals.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DisclosureRequestStatus } from '@gongkai/schema';
import { DueDateInputError } from '@gongkai/workdays';
import type { DeadlineFacts } from '../deadlines.js';
import { intParam, list, notFound, single, validateBody } from '../http-helpers.js';
import { APPROVAL_REFUSALS, approvalRefusal, isPending, listedApproval, parseApproval, type Approval, type ApprovalAction } from '../four-eyes.js';
import { HttpProblem, TITLES, t } from '../problem.js';
import { REQUEST_ACTIONS, refused, requestRefusal, type RequestAction } from '../refusals.js';
import { ALLOWED_ROWS, type ReplyType, type ReportRow } from '../report-rows.js';
import { mayCall } from '../staff/access.js';
import { maskRequestView } from '../staff/personal-data.js';
import type { Principal } from '../staff/principal.js';
import type { Store } from '../store.js';
import * as S from '../staff-schemas.js';
import { queueSearch } from './queue-query.js';
import { AFTER, boundedStaffDate, type EarliestDate } from '../staff-dates.js';
import { principalOf } from './staff-auth.js';

/** DueDateInputError (dates out of order, extension too long…) → 422 at the field it names. */
async function dueDateErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DueDateInputError || error instanceof RangeError) {
      throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [
        { path: (error as { field?: string }).field ?? '', code: 'deadline', message: t(error.message, error.message, error.message) },
      ]);
    }
    throw error;
  }
}

/**
 * The actions the caller may take on this application now: its state allows them and their role
 * does. While a reply awaits four-eyes approval nobody replies again; an approver other than the
 * proposer may approve or return it.
 */
export function allowedRequestActions(principal: Principal, status: DisclosureRequestStatus, facts: DeadlineFacts, approval?: Approval): Array<RequestAction | ApprovalAction> {
  const pending = isPending(approval);
  const actions: Array<RequestAction | ApprovalAction> = REQUEST_ACTIONS.filter(
    (action) => mayCall(principal, `requests.${action}`) && requestRefusal(action, status, facts) === undefined && !(pending && action === 'reply'),
  );
  if (pending && approvalRefusal(approval, 'reply', principal.name) === undefined && requestRefusal('reply', status, facts) === undefined) {
    if (mayCall(principal, 'requests.approve')) actions.push('approve');
    if (mayCall(principal, 'requests.return-for-changes')) actions.push('return-for-changes');
  }
  return actions;
}

type ReplyBody = { type: ReplyType; content: string; reportRow?: ReportRow; attachments?: Array<{ name: string; url: string }> };
type RequestChange = Parameters<Store['requests']['act']>[3];

/** 409 in plain words unless the application's state allows `action`. */
function allow(action: RequestAction, status: DisclosureRequestStatus, facts: DeadlineFacts): void {
  const refusal = requestRefusal(action, status, facts);
  if (refusal) throw refused(refusal);
}

/**
 * The reply to an application as one change: refused unless the state allows it and the report
 * row fits the reply type. The direct reply and the approval of a proposed one (four eyes) both
 * apply it, so an approved reply is delivered exactly as a direct one.
 */
function replyChange(body: ReplyBody): RequestChange {
  return ({ status, facts, now }) => {
    allow('reply', status, facts);
    const allowed = ALLOWED_ROWS[body.type];
    const reportRow = body.reportRow ?? (allowed.length === 1 ? allowed[0] : undefined);
    if (!reportRow || !allowed.includes(reportRow)) {
      throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [
        {
          path: 'reportRow',
          code: 'report-row',
          message: t(`答复类型“${body.type}”应计入：${allowed.join('、')}`, `答覆類型「${body.type}」應計入：${allowed.join('、')}`, `reply type ${body.type} is counted in one of: ${allowed.join(', ')}`),
        },
      ]);
    }
    // A reply closes any open consultation pause.
    const pauses = facts.pauses.map((pause) => (pause.until ? pause : { ...pause, until: pause.from }));
    return {
      status: 'replied',
      facts: { ...facts, pauses },
      reply: { type: body.type, content: body.content, repliedAt: now, ...(body.attachments ? { attachments: body.attachments } : {}) },
      reportRow,
      detail: { type: body.type, reportRow },
      clearApproval: true,
    };
  };
}

export function wantsMasked(request: FastifyRequest): boolean {
  const view = single(request.query as Record<string, unknown>, 'view');
  if (view !== undefined && view !== 'masked' && view !== 'full') {
    throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: 'view', code: 'enum', message: t('应为 masked 或 full', '應為 masked 或 full', 'expected masked or full') }]);
  }
  return view === 'masked';
}

export function registerStaffRequestRoutes(staff: FastifyInstance, store: Store): void {
  const scope = (request: FastifyRequest) => principalOf(request).agencies;
  const withActions = <V extends { status: DisclosureRequestStatus; deadlineFacts: DeadlineFacts; approval?: Approval | undefined }>(request: FastifyRequest, view: V) => ({
    ...view,
    allowedActions: allowedRequestActions(principalOf(request), view.status, view.deadlineFacts, view.approval),
  });

  staff.get('disclosure/requests', { config: { access: 'requests.list' } }, async (request) => {
    const query = request.query as Record<string, unknown>;
    const page = await store.requests.list({
      ...queueSearch(query),
      status: list(query, 'status'),
      agencyId: list(query, 'agencyId'),
      overdue: single(query, 'overdue') === 'true',
      pendingApproval: single(query, 'pendingApproval') === 'true',
      page: intParam(query, 'page', 1, 1, 1_000_000),
      pageSize: intParam(query, 'pageSize', 20, 1, 100),
      scope: scope(request),
    });
    // Lists never carry personal data in the clear (not even to integrations): that is what the audited detail reads are for.
    return { ...page, items: page.items.map((item) => maskRequestView(listedApproval(item))) };
  });

  staff.get<{ Params: { tn: string } }>('disclosure/requests/:tn', { config: { access: 'requests.read' } }, async (request) => {
    const masked = wantsMasked(request);
    const view = await store.requests.forStaff(request.params.tn, scope(request));
    if (!view) throw notFound();
    if (masked) return withActions(request, maskRequestView(view));
    await store.auditStore.recordRead(principalOf(request), 'disclosure-request', view.trackingNumber, 'full');
    return withActions(request, view);
  });
  staff.get<{ Params: { tn: string } }>('disclosure/requests/:tn/applicant', { config: { access: 'requests.applicant' } }, async (request) => {
    const view = await store.requests.forStaff(request.params.tn, scope(request));
    if (!view) throw notFound();
    await store.auditStore.recordRead(principalOf(request), 'disclosure-request', view.trackingNumber, 'applicant');
    return { trackingNumber: view.trackingNumber, applicant: view.request.applicant };
  });
  staff.get<{ Params: { tn: string } }>('disclosure/requests/:tn/actions', { config: { access: 'requests.actions' } }, async (request) => {
    const view = await store.requests.forStaff(request.params.tn, scope(request));
    if (!view) throw notFound();
    return { trackingNumber: view.trackingNumber, status: view.status, allowedActions: allowedRequestActions(principalOf(request), view.status, view.deadlineFacts, view.approval) };
  });

  type Change = Parameters<Store['requests']['act']>[3];
  const requestAction = <B>(action: RequestAction, schema: Parameters<typeof validateBody>[0], change: (body: B) => Change) => {
    staff.post<{ Params: { tn: string } }>(`disclosure/requests/:tn/${action}`, { config: { access: `requests.${action}` } }, async (request) => {
      const body = validateBody<B>(schema, request.body ?? {});
      const result = await dueDateErrors(() => store.requests.act(request.params.tn, principalOf(request), action, change(body), scope(request)));
      if (!result) throw notFound();
      // The answer to an action is the masked view: an action is no personal-data read (those go
      // through the audited `…/applicant` and full detail reads, docs/staff.md "Personal data").
      return withActions(request, maskRequestView(result));
    });
  };
  const note = (zh: string | undefined) => (zh ? t(zh, zh, zh) : undefined);

  /** The events a staff-named date may not precede (src/staff-dates.ts). */
  const submitted = (row: { submitted_at: string }): EarliestDate => ({ date: row.submitted_at.slice(0, 10), what: AFTER.submission });
  const receipt = (facts: DeadlineFacts): EarliestDate | undefined => (facts.receivedAt ? { date: facts.receivedAt, what: AFTER.receipt } : undefined);

  requestAction<{ receivedAt?: string; note?: string }>('confirm-receipt', S.confirmReceiptSchema, (body) => ({ status, facts, today, row }) => {
    allow('confirm-receipt', status, facts);
    const receivedAt = boundedStaffDate('receivedAt', body.receivedAt, today, [submitted(row)]);
    return { status: 'received', facts: { ...facts, receivedAt }, note: note(body.note) ?? RECEIVED_NOTE, detail: body };
  });
  requestAction<{ note: string; requestedAt?: string }>('request-correction', S.requestCorrectionSchema, (body) => ({ status, facts, today, row }) => {
    allow('request-correction', status, facts);
    const requestedAt = boundedStaffDate('requestedAt', body.requestedAt, today, [submitted(row), receipt(facts)]);
    return { status: 'correctionRequested', facts: { ...facts, correction: { requestedAt } }, note: note(body.note), detail: body };
  });
  requestAction<{ receivedAt?: string; note?: string }>('correction-received', S.correctionReceivedSchema, (body) => ({ status, facts, today, row }) => {
    allow('correction-received', status, facts);
    const requestedAt = facts.correction!.requestedAt;
    const correctedReceivedAt = boundedStaffDate('receivedAt', body.receivedAt, today, [submitted(row), { date: requestedAt, what: AFTER.correctionRequest }]);
    const correction = { requestedAt, correctedReceivedAt };
    return { status: 'received', facts: { ...facts, correction }, note: note(body.note) ?? RESTART_NOTE, detail: body };
  });
  requestAction<{ note?: string }>('abandon', S.REQUEST_ACTION_BODIES['abandon'], (body) => ({ status, facts }) => {
    allow('abandon', status, facts);
    return { status: 'abandoned', reportRow: 'other.noCorrection', note: note(body.note) ?? ABANDON_NOTE, detail: body };
  });
  requestAction<{ days: number; note: string; grantedAt?: string }>('extend', S.extendSchema, (body) => ({ status, facts, today, row }) => {
    allow('extend', status, facts);
    const corrected = facts.correction?.correctedReceivedAt;
    const grantedAt = boundedStaffDate('grantedAt', body.grantedAt, today, [submitted(row), receipt(facts), corrected ? { date: corrected, what: AFTER.correctionReceived } : undefined]);
    return { status: 'extended', facts: { ...facts, extension: { days: body.days, grantedAt } }, note: note(body.note), detail: body };
  });
  requestAction<{ kind: 'thirdParty' | 'interAgency'; note?: string; from?: string }>('pause', S.pauseSchema, (body) => ({ status, facts, today, row }) => {
    allow('pause', status, facts);
    const previous = facts.pauses.at(-1)?.until;
    const from = boundedStaffDate('from', body.from, today, [submitted(row), receipt(facts), previous ? { date: previous, what: AFTER.previousPause } : undefined]);
    const pauses: DeadlineFacts['pauses'] = [...facts.pauses, { kind: body.kind, from }];
    return { status: 'paused', facts: { ...facts, pauses }, note: note(body.note) ?? PAUSE_NOTE, detail: body };
  });
  requestAction<{ until?: string; note?: string }>('resume', S.REQUEST_ACTION_BODIES['resume'], (body) => ({ status, facts, today }) => {
    allow('resume', status, facts);
    const open = facts.pauses.at(-1);
    const until = boundedStaffDate('until', body.until, today, [open ? { date: open.from, what: AFTER.pauseStart } : undefined]);
    const pauses = facts.pauses.map((pause, i) => (i === facts.pauses.length - 1 ? { ...pause, until } : pause));
    return { status: facts.extension ? 'extended' : 'received', facts: { ...facts, pauses }, note: note(body.note) ?? RESUME_NOTE, detail: body };
  });
  registerReplyAndApproval(staff, store, withActions);
}

/**
 * `reply`, and four-eyes approval of it (docs/staff.md "Four-eyes approval"): where the agency
 * requires a second person, the handler's reply is stored as a proposal (202) and delivered only
 * when an approver who did not propose it approves; `return-for-changes` sends it back with a note.
 */
function registerReplyAndApproval(
  staff: FastifyInstance,
  store: Store,
  withActions: <V extends { status: DisclosureRequestStatus; deadlineFacts: DeadlineFacts; approval?: Approval | undefined }>(request: FastifyRequest, view: V) => unknown,
): void {
  const scope = (request: FastifyRequest) => principalOf(request).agencies;
  const notPending: (change: RequestChange) => RequestChange = (change) => (current) => {
    if (current.row.approval_state === 'pending') throw refused(APPROVAL_REFUSALS.pending('reply'));
    return change(current);
  };

  staff.post<{ Params: { tn: string } }>('disclosure/requests/:tn/reply', { config: { access: 'requests.reply' } }, async (request, reply) => {
    const body = validateBody<ReplyBody>(S.requestReplySchema, request.body ?? {});
    const principal = principalOf(request);
    const current = await store.requests.forStaff(request.params.tn, scope(request));
    if (!current) throw notFound();
    if (await store.agencySettings.fourEyes(current.agencyId)) {
      const proposed = await store.requests.setApproval(
        request.params.tn,
        principal,
        'propose-reply',
        (row, now) => {
          if (row.approval_state === 'pending') throw refused(APPROVAL_REFUSALS.pending('reply'));
          // The same checks as a direct reply, now: a proposal that could never be delivered is refused at once.
          replyChange(body)({ status: row.status, facts: JSON.parse(row.deadline) as DeadlineFacts, today: now.slice(0, 10), now, row });
          return { state: 'pending', action: 'reply', proposedBy: principal.name, proposedAt: now, proposal: body };
        },
        { type: body.type, ...(body.reportRow ? { reportRow: body.reportRow } : {}) },
        scope(request),
      );
      if (!proposed) throw notFound();
      return reply.code(202).send(withActions(request, maskRequestView(proposed)));
    }
    const result = await dueDateErrors(() => store.requests.act(request.params.tn, principal, 'reply', notPending(replyChange(body)), scope(request)));
    if (!result) throw notFound();
    return withActions(request, maskRequestView(result));
  });

  staff.post<{ Params: { tn: string } }>('disclosure/requests/:tn/approve', { config: { access: 'requests.approve' } }, async (request) => {
    const body = validateBody<{ note?: string }>(S.approveSchema, request.body ?? {});
    const principal = principalOf(request);
    const result = await dueDateErrors(() =>
      store.requests.act(
        request.params.tn,
        principal,
        'approve',
        (current) => {
          const approval = parseApproval(current.row.approval);
          const refusal = approvalRefusal(approval, 'reply', principal.name);
          if (refusal) throw refused(refusal);
          const outcome = replyChange(approval!.proposal as ReplyBody)(current);
          return { ...outcome, detail: { ...outcome.detail, proposedBy: approval!.proposedBy, ...(body.note ? { note: body.note } : {}) } };
        },
        scope(request),
      ),
    );
    if (!result) throw notFound();
    return withActions(request, maskRequestView(result));
  });

  staff.post<{ Params: { tn: string } }>('disclosure/requests/:tn/return-for-changes', { config: { access: 'requests.return-for-changes' } }, async (request) => {
    const body = validateBody<{ note: string }>(S.returnForChangesSchema, request.body ?? {});
    const principal = principalOf(request);
    const result = await store.requests.setApproval(
      request.params.tn,
      principal,
      'return-for-changes',
      (row, now) => {
        const approval = parseApproval(row.approval);
        const refusal = approvalRefusal(approval, 'reply', principal.name);
        if (refusal) throw refused(refusal);
        return { ...approval!, state: 'returned', returnedBy: principal.name, returnedAt: now, note: body.note };
      },
      { note: body.note },
      scope(request),
    );
    if (!result) throw notFound();
    return withActions(request, maskRequestView(result));
  });
}

const RECEIVED_NOTE = t('已确认收到申请', '已確認收到申請', 'Receipt of the application confirmed');
const RESTART_NOTE = t('已收到补正后的申请，答复期限重新计算', '已收到補正後的申請，答覆期限重新計算', 'Corrected application received; the reply period restarts');
const ABANDON_NOTE = t('申请人未在期限内补正，视为放弃申请', '申請人未在期限內補正，視為放棄申請', 'No correction in time; the application is treated as abandoned');
const PAUSE_NOTE = t('征求第三方或其他机关意见，所需时间不计入答复期限', '徵求第三方或其他機關意見，所需時間不計入答覆期限', 'Consulting a third party or another agency; this time does not count');
const RESUME_NOTE = t('征求意见结束，答复期限继续计算', '徵求意見結束，答覆期限繼續計算', 'Consultation finished; the reply period runs again');
