/**
 * Offline intake by registrars (docs/staff.md "Offline intake"): an application received in
 * person, by post or by fax, and a letter received by post. The body is the public intake's plus
 * `channel` and `receivedAt`; the statutory clock counts from `receivedAt` (docs/domain.md §3,
 * Art. 31). Idempotency-Key works as on the public intake; the answer is the receipt (tracking
 * number and query code, shown once) for the registrar to hand or post to the citizen.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { disclosureRequestSchema, letterSubmissionSchema, type DisclosureRequest, type LetterSubmission } from '@gongkai/schema';
import { notFound, validateBody } from '../http-helpers.js';
import { HttpProblem, TITLES, type FieldError } from '../problem.js';
import { receivedDateProblem } from '../received-date.js';
import { canonicalJson, sha256 } from '../secrets.js';
import type { Store } from '../store.js';
import * as S from '../staff-schemas.js';
import { idempotencyKey } from './public.js';
import { principalOf } from './staff-auth.js';

export interface StaffIntakeContext {
  store: Store;
  /** 422 unless the agency directory lists the agency as accepting applications. */
  checkAgency(agencyId: string): void;
}

type Offline<C extends string> = { channel: C; receivedAt: string };

/**
 * Validates the public part against the public schema and `channel`/`receivedAt` against the
 * offline one, reporting all field errors of both at once (the workbench shows them together).
 */
function validateOffline<B, C extends string>(publicSchema: Parameters<typeof validateBody>[0], offlineSchema: Parameters<typeof validateBody>[0], body: unknown, today: string) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return validateBody<never>(publicSchema, body);
  const { channel, receivedAt, ...rest } = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof HttpProblem) || error.status !== 422) throw error;
      errors.push(...error.errors);
      return undefined;
    }
  };
  const submission = collect(() => validateBody<B>(publicSchema, rest));
  const offline = collect(() => validateBody<Offline<C>>(offlineSchema, { ...(channel !== undefined ? { channel } : {}), ...(receivedAt !== undefined ? { receivedAt } : {}) }));
  if (offline) {
    const problem = receivedDateProblem(offline.receivedAt, today);
    if (problem) errors.push(problem);
  }
  if (errors.length > 0 || !submission || !offline) throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, errors);
  return { submission, offline };
}

/** The idempotency record is bound to the account too: another registrar reusing a key gets 422, never this receipt. */
function bodyHash(request: FastifyRequest): string {
  return sha256(`${principalOf(request).name}\n${canonicalJson(request.body)}`);
}

export function registerStaffIntakeRoutes(staff: FastifyInstance, ctx: StaffIntakeContext): void {
  const { store } = ctx;

  staff.post('disclosure/requests', { config: { access: 'requests.register' } }, async (request, reply) => {
    const key = idempotencyKey(request);
    const { submission, offline } = validateOffline<DisclosureRequest, 'in-person' | 'post' | 'fax'>(disclosureRequestSchema, S.offlineRequestIntakeSchema, request.body, store.today());
    const principal = principalOf(request);
    // Another agency's intake is not the registrar's to make: answered like an unknown resource.
    if (!principal.agencies.includes(submission.agencyId)) throw notFound();
    ctx.checkAgency(submission.agencyId);
    const outcome = await store.requests.register(submission, offline, principal, key, bodyHash(request));
    if (outcome.replayed) void reply.header('Idempotency-Replayed', 'true');
    return reply.code(201).send(outcome.response);
  });

  staff.post('mailbox/letters', { config: { access: 'letters.register' } }, async (request, reply) => {
    const key = idempotencyKey(request);
    const { submission, offline } = validateOffline<LetterSubmission, 'post'>(letterSubmissionSchema, S.offlineLetterIntakeSchema, request.body, store.today());
    const principal = principalOf(request);
    // Letters belong to the server's mailbox agency; a registrar of other agencies cannot enter one.
    if (!principal.agencies.includes(store.mailboxAgencyId)) throw notFound();
    const outcome = await store.letters.register(submission, offline.receivedAt, principal, key, bodyHash(request));
    if (outcome.replayed) void reply.header('Idempotency-Replayed', 'true');
    return reply.code(201).send(outcome.response);
  });
}
