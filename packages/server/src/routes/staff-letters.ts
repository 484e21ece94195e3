/**
 * Staff routes for mayor's-mailbox letters: the queue, the detail (full and audited, or masked),
 * the writer's details (audited), the actions possible now, the transitions of the closed loop
 * (units only from the agency's list), and review and publication.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LetterSubmission, PublicLetter } from '@gongkai/schema';
import { intParam, list, notFound, single, validateBody } from '../http-helpers.js';
import { publicLetterFrom } from '../masking.js';
import { APPROVAL_REFUSALS, approvalRefusal, isPending, listedApproval, parseApproval, type Approval, type ApprovalAction } from '../four-eyes.js';
import { HttpProblem, TITLES, t, type FieldError } from '../problem.js';
import { LETTER_ACTIONS, PUBLISH_REFUSALS, refused, type LetterAction } from '../refusals.js';
import { mayCall } from '../staff/access.js';
import { maskLetterView, writerOf } from '../staff/personal-data.js';
import type { Principal } from '../staff/principal.js';
import { LETTER_TRANSITIONS, type LetterEventFacts, type Store } from '../store.js';
import * as S from '../staff-schemas.js';
import { queueSearch } from './queue-query.js';
import { principalOf } from './staff-auth.js';

type StaffLetter = NonNullable<Awaited<ReturnType<Store['letters']['forStaff']>>>;
const PUBLISHABLE_STATUSES: readonly string[] = ['replied', 'rated', 'closed'];

function publishRefusal(letter: Pick<StaffLetter, 'mayPublish' | 'status'>) {
  if (!letter.mayPublish) return PUBLISH_REFUSALS.private;
  if (!PUBLISHABLE_STATUSES.includes(letter.status)) return PUBLISH_REFUSALS.notAnswered;
  return undefined;
}

/**
 * The actions the caller may take on this letter now. While a publication awaits four-eyes
 * approval nobody publishes again; an approver other than the proposer may approve or return it.
 */
export function allowedLetterActions(
  principal: Principal,
  letter: Pick<StaffLetter, 'mayPublish' | 'status'> & { approval?: Approval | undefined },
): Array<(typeof LETTER_ACTIONS)[number] | ApprovalAction> {
  const pending = isPending(letter.approval);
  const actions: Array<(typeof LETTER_ACTIONS)[number] | ApprovalAction> = LETTER_ACTIONS.filter((action) => {
    if (!mayCall(principal, `letters.${action}`)) return false;
    if (action === 'publish') return !pending && publishRefusal(letter) === undefined;
    return LETTER_TRANSITIONS[action]!.from.includes(letter.status);
  });
  if (pending && approvalRefusal(letter.approval, 'publish', principal.name) === undefined && publishRefusal(letter) === undefined) {
    if (mayCall(principal, 'letters.approve')) actions.push('approve');
    if (mayCall(principal, 'letters.return-for-changes')) actions.push('return-for-changes');
  }
  return actions;
}

export interface StaffLetterContext {
  store: Store;
  units(agencyId: string): Promise<string[]>;
  onPublish(): void;
}

export function registerStaffLetterRoutes(staff: FastifyInstance, ctx: StaffLetterContext): void {
  const { store } = ctx;
  const scope = (request: FastifyRequest) => principalOf(request).agencies;
  const withActions = (request: FastifyRequest, view: StaffLetter | ReturnType<typeof maskLetterView<StaffLetter>>) => ({ ...view, allowedActions: allowedLetterActions(principalOf(request), view) });

  staff.get('mailbox/letters', { config: { access: 'letters.list' } }, async (request) => {
    const query = request.query as Record<string, unknown>;
    const page = await store.letters.list({
      ...queueSearch(query),
      status: list(query, 'status'),
      type: list(query, 'type'),
      overdue: single(query, 'overdue') === 'true',
      pendingApproval: single(query, 'pendingApproval') === 'true',
      page: intParam(query, 'page', 1, 1, 1_000_000),
      pageSize: intParam(query, 'pageSize', 20, 1, 100),
      scope: scope(request),
    });
    return { ...page, items: page.items.map((item) => maskLetterView(listedApproval(item))) };
  });
  staff.get<{ Params: { n: string } }>('mailbox/letters/:n', { config: { access: 'letters.read' } }, async (request) => {
    const view = single(request.query as Record<string, unknown>, 'view');
    if (view !== undefined && view !== 'masked' && view !== 'full') {
      throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: 'view', code: 'enum', message: t('应为 masked 或 full', '應為 masked 或 full', 'expected masked or full') }]);
    }
    const letter = await store.letters.forStaff(request.params.n, scope(request));
    if (!letter) throw notFound();
    if (view === 'masked') return withActions(request, maskLetterView(letter));
    await store.auditStore.recordRead(principalOf(request), 'letter', letter.letterNumber, 'full');
    return withActions(request, letter);
  });
  staff.get<{ Params: { n: string } }>('mailbox/letters/:n/writer', { config: { access: 'letters.writer' } }, async (request) => {
    const letter = await store.letters.forStaff(request.params.n, scope(request));
    if (!letter) throw notFound();
    await store.auditStore.recordRead(principalOf(request), 'letter', letter.letterNumber, 'writer');
    return { letterNumber: letter.letterNumber, writer: writerOf(letter.letter as LetterSubmission) };
  });
  staff.get<{ Params: { n: string } }>('mailbox/letters/:n/actions', { config: { access: 'letters.actions' } }, async (request) => {
    const letter = await store.letters.forStaff(request.params.n, scope(request));
    if (!letter) throw notFound();
    return { letterNumber: letter.letterNumber, status: letter.status, allowedActions: allowedLetterActions(principalOf(request), letter) };
  });

  /** 422 unless every unit is on the list of the letter's agency (a typo must not become a new unit in the statistics). */
  const checkUnits = async (request: FastifyRequest, named: Array<{ path: string; unit: string }>) => {
    const letter = await store.letters.forStaff((request.params as { n: string }).n, scope(request));
    if (!letter) throw notFound();
    const units = await ctx.units(letter.agencyId);
    const errors: FieldError[] = named
      .filter(({ unit }) => !units.includes(unit))
      .map(({ path, unit }) => ({
        path,
        code: 'unknown-unit',
        message:
          units.length === 0
            ? t('本机关尚未设置承办单位，请管理员先设置单位列表', '本機關尚未設定承辦單位，請管理員先設定單位列表', 'This agency has no units yet; an administrator must set its list of units first')
            : t(`“${unit}”不在本机关的承办单位列表中，请从列表中选择`, `「${unit}」不在本機關的承辦單位列表中，請從列表中選擇`, `"${unit}" is not one of this agency's units; choose one from the list`),
      }));
    if (errors.length > 0) throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, errors);
  };

  const letterAction = <B>(
    action: Exclude<LetterAction, 'rate' | 'publish'>,
    schema: Parameters<typeof validateBody>[0],
    changes: (body: B) => Parameters<Store['letters']['act']>[3],
    /** What the writer's timeline shows of this step (units and the rejection reason; staff notes stay internal). */
    event: (body: B) => LetterEventFacts = () => ({}),
    units: (body: B) => Array<{ path: string; unit: string }> = () => [],
  ) => {
    staff.post<{ Params: { n: string } }>(`mailbox/letters/:n/${action}`, { config: { access: `letters.${action}` } }, async (request) => {
      const body = validateBody<B>(schema, request.body ?? {});
      const named = units(body);
      if (named.length > 0) await checkUnits(request, named);
      const result = await store.letters.act(request.params.n, principalOf(request), action, changes(body), body as Record<string, unknown>, event(body), scope(request));
      if (!result) throw notFound();
      // Masked, like the request actions: an action is no personal-data read (docs/staff.md "Personal data").
      return withActions(request, maskLetterView(result));
    });
  };
  letterAction('accept', S.LETTER_ACTION_BODIES.accept, () => () => ({}));
  letterAction<{ reason: string }>('reject', S.LETTER_ACTION_BODIES.reject, () => () => ({}), (body) => ({ note: body.reason }));
  letterAction<{ leadUnit: string; assistingUnits?: string[] }>(
    'assign',
    S.LETTER_ACTION_BODIES.assign,
    (body) => () => ({ lead_unit: body.leadUnit, assisting_units: JSON.stringify(body.assistingUnits ?? []) }),
    (body) => ({ unit: body.leadUnit }),
    (body) => [{ path: 'leadUnit', unit: body.leadUnit }, ...(body.assistingUnits ?? []).map((unit, i) => ({ path: `assistingUnits.${i}`, unit }))],
  );
  letterAction('return', S.LETTER_ACTION_BODIES.return, () => () => ({ lead_unit: null }));
  letterAction('start', S.LETTER_ACTION_BODIES.start, () => () => ({}));
  letterAction<{ unit: string; content: string }>(
    'reply',
    S.LETTER_ACTION_BODIES.reply,
    (body) => (row, now) => ({
      replies: JSON.stringify([...(JSON.parse(row.replies) as unknown[]), { unit: body.unit, content: body.content, repliedAt: now }]),
      first_replied_at: row.first_replied_at ?? now,
    }),
    (body) => ({ unit: body.unit }),
    (body) => [{ path: 'unit', unit: body.unit }],
  );
  letterAction('reopen', S.LETTER_ACTION_BODIES.reopen, () => () => ({}));
  letterAction('close', S.LETTER_ACTION_BODIES.close, () => () => ({}));

  const publishable = (letter: StaffLetter, edited: { subject?: string; content?: string } = {}) => {
    const refusal = publishRefusal(letter);
    if (refusal) throw refused(refusal);
    return publicLetterFrom(
      letter.letterNumber,
      letter.letter as LetterSubmission,
      {
        submittedAt: letter.submittedAt,
        status: letter.status,
        replies: letter.replies as PublicLetter['replies'],
        ...(letter.leadUnit ? { handlingUnit: letter.leadUnit } : {}),
        ...(letter.satisfaction ? { satisfaction: letter.satisfaction as PublicLetter['satisfaction'] } : {}),
      },
      edited,
    );
  };
  // Review before publishing: exactly what would be published.
  staff.get<{ Params: { n: string } }>('mailbox/letters/:n/publication', { config: { access: 'letters.publication' } }, async (request) => {
    const letter = await store.letters.forStaff(request.params.n, scope(request));
    if (!letter) throw notFound();
    return publishable(letter);
  });
  /*
   * Publication, and four-eyes approval of it (docs/staff.md "Four-eyes approval"): where the
   * agency requires a second person, `publish` stores exactly what would be published as a
   * proposal (202); `approve` by an approver who did not propose it publishes that text.
   */
  staff.post<{ Params: { n: string } }>('mailbox/letters/:n/publish', { config: { access: 'letters.publish' } }, async (request, reply) => {
    const edited = validateBody<{ subject?: string; content?: string }>(S.letterPublishSchema, request.body ?? {});
    const principal = principalOf(request);
    const letter = await store.letters.forStaff(request.params.n, scope(request));
    if (!letter) throw notFound();
    if (isPending(letter.approval)) throw refused(APPROVAL_REFUSALS.pending('publish'));
    const published = publishable(letter, edited);
    if (await store.agencySettings.fourEyes(letter.agencyId)) {
      const proposed = await store.letters.setApproval(
        request.params.n,
        principal,
        'propose-publish',
        (row, now) => {
          if (row.approval_state === 'pending') throw refused(APPROVAL_REFUSALS.pending('publish'));
          return { state: 'pending', action: 'publish', proposedBy: principal.name, proposedAt: now, proposal: { published, edited: Object.keys(edited) } };
        },
        { edited: Object.keys(edited) },
        scope(request),
      );
      if (!proposed) throw notFound();
      return reply.code(202).send(withActions(request, maskLetterView(proposed)));
    }
    const result = await store.letters.act(
      request.params.n,
      principal,
      'publish',
      (row, now) => {
        if (row.approval_state === 'pending') throw refused(APPROVAL_REFUSALS.pending('publish'));
        return { published: JSON.stringify(published), published_at: now, approval_state: null, approval: null };
      },
      { edited: Object.keys(edited) },
      {},
      scope(request),
    );
    ctx.onPublish();
    if (!result) throw notFound();
    return withActions(request, maskLetterView(result));
  });

  staff.post<{ Params: { n: string } }>('mailbox/letters/:n/approve', { config: { access: 'letters.approve' } }, async (request) => {
    const body = validateBody<{ note?: string }>(S.approveSchema, request.body ?? {});
    const principal = principalOf(request);
    const result = await store.letters.act(
      request.params.n,
      principal,
      'approve',
      (row, now) => {
        const approval = parseApproval(row.approval);
        const refusal = approvalRefusal(approval, 'publish', principal.name);
        if (refusal) throw refused(refusal);
        const stillPublishable = publishRefusal({ mayPublish: Number(row.may_publish) === 1, status: row.status });
        if (stillPublishable) throw refused(stillPublishable);
        return { published: JSON.stringify(approval!.proposal.published), published_at: now, approval_state: null, approval: null };
      },
      { action: 'publish', ...(body.note ? { note: body.note } : {}) },
      {},
      scope(request),
    );
    if (!result) throw notFound();
    ctx.onPublish();
    return withActions(request, maskLetterView(result));
  });

  staff.post<{ Params: { n: string } }>('mailbox/letters/:n/return-for-changes', { config: { access: 'letters.return-for-changes' } }, async (request) => {
    const body = validateBody<{ note: string }>(S.returnForChangesSchema, request.body ?? {});
    const principal = principalOf(request);
    const result = await store.letters.setApproval(
      request.params.n,
      principal,
      'return-for-changes',
      (row, now) => {
        const approval = parseApproval(row.approval);
        const refusal = approvalRefusal(approval, 'publish', principal.name);
        if (refusal) throw refused(refusal);
        return { ...approval!, state: 'returned', returnedBy: principal.name, returnedAt: now, note: body.note };
      },
      { note: body.note },
      scope(request),
    );
    if (!result) throw notFound();
    return withActions(request, maskLetterView(result));
  });
}
