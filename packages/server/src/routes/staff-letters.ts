/**
 * Staff routes for mayor's-mailbox letters: the queue, the detail (full and audited, or masked),
 * the writer's details (audited), the actions possible now, the transitions of the closed loop
 * (units only from the agency's list), and review and publication.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LetterSubmission, PublicLetter } from '@gongkai/schema';
import { intParam, list, notFound, single, validateBody } from '../http-helpers.js';
import { publicLetterFrom } from '../masking.js';
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

/** The actions the caller may take on this letter now. */
export function allowedLetterActions(principal: Principal, letter: Pick<StaffLetter, 'mayPublish' | 'status'>): Array<(typeof LETTER_ACTIONS)[number]> {
  return LETTER_ACTIONS.filter((action) => {
    if (!mayCall(principal, `letters.${action}`)) return false;
    if (action === 'publish') return publishRefusal(letter) === undefined;
    return LETTER_TRANSITIONS[action]!.from.includes(letter.status);
  });
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
      page: intParam(query, 'page', 1, 1, 1_000_000),
      pageSize: intParam(query, 'pageSize', 20, 1, 100),
      scope: scope(request),
    });
    return { ...page, items: page.items.map((item) => maskLetterView(item)) };
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
  staff.post<{ Params: { n: string } }>('mailbox/letters/:n/publish', { config: { access: 'letters.publish' } }, async (request) => {
    const edited = validateBody<{ subject?: string; content?: string }>(S.LETTER_ACTION_BODIES.publish, request.body ?? {});
    const letter = await store.letters.forStaff(request.params.n, scope(request));
    if (!letter) throw notFound();
    const published = publishable(letter, edited);
    const result = await store.letters.act(
      request.params.n,
      principalOf(request),
      'publish',
      (_row, now) => ({ published: JSON.stringify(published), published_at: now }),
      { edited: Object.keys(edited) },
      {},
      scope(request),
    );
    ctx.onPublish();
    if (!result) throw notFound();
    return withActions(request, maskLetterView(result));
  });
}
