/**
 * Staff API (bearer token): applications and letters through their lifecycles, the audit log and
 * the annual report. Every change goes through the Store, which writes the audit entry with it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LetterSubmission, PublicLetter } from '@gongkai/schema';
import { DueDateInputError } from '@gongkai/workdays';
import { intParam, list, notFound, single, validateBody } from '../http-helpers.js';
import { publicLetterFrom } from '../masking.js';
import { HttpProblem, TITLES, t } from '../problem.js';
import { ALLOWED_ROWS, type ReplyType, type ReportRow } from '../report-rows.js';
import { conflict, type Actor, type LetterEventFacts, type Store } from '../store.js';
import type { DeadlineFacts } from '../deadlines.js';
import * as S from '../staff-schemas.js';

export interface StaffContext {
  store: Store;
  tokens: Array<{ name: string; digest: Buffer }>;
  onPublish: () => void;
}

const digest = (token: string) => createHash('sha256').update(token).digest();

/** `--staff-token` values: `secret` (actor "staff") or `name=secret`. */
export function parseStaffTokens(values: readonly string[]): StaffContext['tokens'] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .map((value) => {
      const eq = value.indexOf('=');
      return eq > 0 ? { name: value.slice(0, eq), digest: digest(value.slice(eq + 1)) } : { name: 'staff', digest: digest(value) };
    });
}

function authenticate(ctx: StaffContext, request: FastifyRequest): Actor {
  if (ctx.tokens.length === 0) throw new HttpProblem(401, 'staff-disabled', TITLES.staffDisabled, [], { 'WWW-Authenticate': 'Bearer' });
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (match) {
    const given = digest(match[1]!);
    // Compare against every token (no early exit) so timing does not reveal which one matched.
    let actor: Actor | undefined;
    for (const token of ctx.tokens) if (timingSafeEqual(given, token.digest)) actor ??= { name: token.name };
    if (actor) return actor;
  }
  throw new HttpProblem(401, 'unauthorized', TITLES.unauthorized, [], { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
}

/** DueDateInputError (dates out of order, extension too long…) → 422 at the field it names. */
function dueDateErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DueDateInputError || error instanceof RangeError) {
      throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [
        { path: (error as { field?: string }).field ?? '', code: 'deadline', message: t(error.message, error.message, error.message) },
      ]);
    }
    throw error;
  }
}

export function registerStaffRoutes(app: FastifyInstance, ctx: StaffContext): void {
  app.register(
    async (staff) => {
      staff.addHook('onRequest', async (request) => {
        (request as FastifyRequest & { actor?: Actor }).actor = authenticate(ctx, request);
      });
      const actorOf = (request: FastifyRequest) => (request as FastifyRequest & { actor: Actor }).actor;
      const { store } = ctx;

      /* ---- applications */
      staff.get('disclosure/requests', async (request) => {
        const query = request.query as Record<string, unknown>;
        return store.listRequests({
          status: list(query, 'status'),
          agencyId: list(query, 'agencyId'),
          overdue: single(query, 'overdue') === 'true',
          page: intParam(query, 'page', 1, 1, 1_000_000),
          pageSize: intParam(query, 'pageSize', 20, 1, 100),
        });
      });
      staff.get<{ Params: { tn: string } }>('disclosure/requests/:tn', async (request) => (await store.requestForStaff(request.params.tn)) ?? Promise.reject(notFound()));

      type Change = Parameters<Store['actOnRequest']>[3];
      const requestAction = <B>(action: string, schema: Parameters<typeof validateBody>[0], change: (body: B) => Change) => {
        staff.post<{ Params: { tn: string } }>(`disclosure/requests/:tn/${action}`, async (request) => {
          const body = validateBody<B>(schema, request.body ?? {});
          const result = await dueDateErrors(() => store.actOnRequest(request.params.tn, actorOf(request), action, change(body)));
          if (!result) throw notFound();
          return result;
        });
      };
      const note = (zh: string | undefined) => (zh ? t(zh, zh, zh) : undefined);
      const from = (status: string, allowed: readonly string[], action: string) => {
        if (!allowed.includes(status)) throw conflict(status, action);
      };

      requestAction<{ receivedAt?: string; note?: string }>('confirm-receipt', S.confirmReceiptSchema, (body) => ({ status, facts, today }) => {
        from(status, ['submitted'], 'confirm-receipt');
        return { status: 'received', facts: { ...facts, receivedAt: body.receivedAt ?? today }, note: note(body.note) ?? RECEIVED_NOTE, detail: body };
      });
      requestAction<{ note: string; requestedAt?: string }>('request-correction', S.requestCorrectionSchema, (body) => ({ status, facts, today }) => {
        from(status, ['received'], 'request-correction');
        if (facts.correction) throw conflict('correctionRequested (once only)', 'request-correction');
        if (!facts.receivedAt) throw conflict(status, 'request-correction');
        return { status: 'correctionRequested', facts: { ...facts, correction: { requestedAt: body.requestedAt ?? today } }, note: note(body.note), detail: body };
      });
      requestAction<{ receivedAt?: string; note?: string }>('correction-received', S.correctionReceivedSchema, (body) => ({ status, facts, today }) => {
        from(status, ['correctionRequested'], 'correction-received');
        const correction = { requestedAt: facts.correction!.requestedAt, correctedReceivedAt: body.receivedAt ?? today };
        return { status: 'received', facts: { ...facts, correction }, note: note(body.note) ?? RESTART_NOTE, detail: body };
      });
      requestAction<{ note?: string }>('abandon', S.abandonSchema, (body) => ({ status }) => {
        from(status, ['correctionRequested'], 'abandon');
        return { status: 'abandoned', reportRow: 'other.noCorrection', note: note(body.note) ?? ABANDON_NOTE, detail: body };
      });
      requestAction<{ days: number; note: string; grantedAt?: string }>('extend', S.extendSchema, (body) => ({ status, facts, today }) => {
        from(status, ['received'], 'extend');
        if (facts.extension) throw conflict('extended (once only)', 'extend');
        return { status: 'extended', facts: { ...facts, extension: { days: body.days, grantedAt: body.grantedAt ?? today } }, note: note(body.note), detail: body };
      });
      requestAction<{ kind: 'thirdParty' | 'interAgency'; note?: string; from?: string }>('pause', S.pauseSchema, (body) => ({ status, facts, today }) => {
        from(status, ['received', 'extended'], 'pause');
        const pauses: DeadlineFacts['pauses'] = [...facts.pauses, { kind: body.kind, from: body.from ?? today }];
        return { status: 'paused', facts: { ...facts, pauses }, note: note(body.note) ?? PAUSE_NOTE, detail: body };
      });
      requestAction<{ until?: string; note?: string }>('resume', S.resumeSchema, (body) => ({ status, facts, today }) => {
        from(status, ['paused'], 'resume');
        const pauses = facts.pauses.map((pause, i) => (i === facts.pauses.length - 1 ? { ...pause, until: body.until ?? today } : pause));
        return { status: facts.extension ? 'extended' : 'received', facts: { ...facts, pauses }, note: note(body.note) ?? RESUME_NOTE, detail: body };
      });
      requestAction<{ type: ReplyType; content: string; reportRow?: ReportRow; attachments?: Array<{ name: string; url: string }> }>(
        'reply',
        S.requestReplySchema,
        (body) =>
          ({ status, facts, now }) => {
            from(status, ['submitted', 'received', 'extended', 'paused'], 'reply');
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
            const pauses = facts.pauses.map((pause) => pause.until ? pause : { ...pause, until: pause.from });
            const repliedAt = now;
            return {
              status: 'replied',
              facts: { ...facts, pauses },
              reply: { type: body.type, content: body.content, repliedAt, ...(body.attachments ? { attachments: body.attachments } : {}) },
              reportRow,
              detail: { type: body.type, reportRow },
            };
          },
      );

      /* ---- letters */
      staff.get('mailbox/letters', async (request) => {
        const query = request.query as Record<string, unknown>;
        return store.listLetters({
          status: list(query, 'status'),
          type: list(query, 'type'),
          overdue: single(query, 'overdue') === 'true',
          page: intParam(query, 'page', 1, 1, 1_000_000),
          pageSize: intParam(query, 'pageSize', 20, 1, 100),
        });
      });
      staff.get<{ Params: { n: string } }>('mailbox/letters/:n', async (request) => (await store.letterForStaff(request.params.n)) ?? Promise.reject(notFound()));

      const letterAction = <B>(
        action: 'accept' | 'reject' | 'assign' | 'return' | 'start' | 'reply' | 'reopen' | 'close',
        schema: Parameters<typeof validateBody>[0],
        changes: (body: B) => Parameters<Store['actOnLetter']>[3],
        /** What the writer's timeline shows of this step (units and the rejection reason; staff notes stay internal). */
        event: (body: B) => LetterEventFacts = () => ({}),
      ) => {
        staff.post<{ Params: { n: string } }>(`mailbox/letters/:n/${action}`, async (request) => {
          const body = validateBody<B>(schema, request.body ?? {});
          const result = await store.actOnLetter(request.params.n, actorOf(request), action, changes(body), body as Record<string, unknown>, event(body));
          if (!result) throw notFound();
          return result;
        });
      };
      letterAction('accept', S.letterNoteSchema, () => () => ({}));
      letterAction<{ reason: string }>('reject', S.letterRejectSchema, () => () => ({}), (body) => ({ note: body.reason }));
      letterAction<{ leadUnit: string; assistingUnits?: string[] }>(
        'assign',
        S.letterAssignSchema,
        (body) => () => ({
          lead_unit: body.leadUnit,
          assisting_units: JSON.stringify(body.assistingUnits ?? []),
        }),
        (body) => ({ unit: body.leadUnit }),
      );
      letterAction('return', S.letterNoteSchema, () => () => ({ lead_unit: null }));
      letterAction('start', S.letterNoteSchema, () => () => ({}));
      letterAction<{ unit: string; content: string }>(
        'reply',
        S.letterReplySchema,
        (body) => (row, now) => ({
          replies: JSON.stringify([...(JSON.parse(row.replies) as unknown[]), { unit: body.unit, content: body.content, repliedAt: now }]),
          first_replied_at: row.first_replied_at ?? now,
        }),
        (body) => ({ unit: body.unit }),
      );
      letterAction('reopen', S.letterNoteSchema, () => () => ({}));
      letterAction('close', S.letterNoteSchema, () => () => ({}));

      const publishable = (letter: NonNullable<Awaited<ReturnType<Store['letterForStaff']>>>, edited: { subject?: string; content?: string } = {}) => {
        if (!letter.mayPublish) throw conflict('private (the writer did not allow publishing)', 'publish');
        if (!['replied', 'rated', 'closed'].includes(letter.status)) throw conflict(letter.status, 'publish');
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
      staff.get<{ Params: { n: string } }>('mailbox/letters/:n/publication', async (request) => {
        const letter = await store.letterForStaff(request.params.n);
        if (!letter) throw notFound();
        return publishable(letter);
      });
      staff.post<{ Params: { n: string } }>('mailbox/letters/:n/publish', async (request) => {
        const edited = validateBody<{ subject?: string; content?: string }>(S.letterPublishSchema, request.body ?? {});
        const letter = await store.letterForStaff(request.params.n);
        if (!letter) throw notFound();
        const published = publishable(letter, edited);
        const result = await store.actOnLetter(request.params.n, actorOf(request), 'publish', (_row, now) => ({ published: JSON.stringify(published), published_at: now }), {
          edited: Object.keys(edited),
        });
        ctx.onPublish();
        return result;
      });

      /* ---- audit and report */
      staff.get('audit', async (request) => {
        const query = request.query as Record<string, unknown>;
        const entityId = single(query, 'entityId');
        return store.auditLog({ ...(entityId ? { entityId } : {}), page: intParam(query, 'page', 1, 1, 1_000_000), pageSize: intParam(query, 'pageSize', 50, 1, 500) });
      });
      staff.get('reports/annual', async (request) => {
        const year = intParam(request.query as Record<string, unknown>, 'year', Number.NaN, 2000, 2100);
        if (Number.isNaN(year)) throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: 'year', code: 'required', message: t('必填', '必填', 'required') }]);
        return store.annualReport(year);
      });
    },
    { prefix: 'staff/' },
  );
}

const RECEIVED_NOTE = t('已确认收到申请', '已確認收到申請', 'Receipt of the application confirmed');
const RESTART_NOTE = t('已收到补正后的申请，答复期限重新计算', '已收到補正後的申請，答覆期限重新計算', 'Corrected application received; the reply period restarts');
const ABANDON_NOTE = t('申请人未在期限内补正，视为放弃申请', '申請人未在期限內補正，視為放棄申請', 'No correction in time; the application is treated as abandoned');
const PAUSE_NOTE = t('征求第三方或其他机关意见，所需时间不计入答复期限', '徵求第三方或其他機關意見，所需時間不計入答覆期限', 'Consulting a third party or another agency; this time does not count');
const RESUME_NOTE = t('征求意见结束，答复期限继续计算', '徵求意見結束，答覆期限繼續計算', 'Consultation finished; the reply period runs again');
