/** The public half of the REST contract (docs/design.md §5): read endpoints, intake, status lookups. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { kindConfig, MAX_PAGE_SIZE as ENGINE_MAX_PAGE_SIZE, type QueryParams } from '@gongkai/client';
import {
  disclosureRequestSchema,
  letterRatingSchema,
  letterSubmissionSchema,
  type DisclosureRequest,
  type FileKind,
  type LetterRating,
  type LetterSubmission,
} from '@gongkai/schema';
import type { DataCollections } from '../data-folder.js';
import type { LetterList } from '../letter-list.js';
import { intParam, list, notFound, single, validateBody } from '../http-helpers.js';
import { IDEMPOTENCY_KEY } from '../intake.js';
import { chooseLocale, HttpProblem, MESSAGES, TITLES } from '../problem.js';
import type { RateLimiter } from '../rate-limit.js';
import { canonicalJson, sha256 } from '../secrets.js';
import type { Store } from '../store.js';

export interface PublicContext {
  store: Store;
  data: DataCollections;
  intakeLimiter: RateLimiter;
  lookupLimiter: RateLimiter;
  honeypotField: string;
  /** The published letters and the archive file's, as indexed queries (docs/design.md §5). */
  letterList: LetterList;
}

/** The in-memory engine's limit, so `api` and `src` accept the same page sizes (an agency list asks for all at once). */
export const MAX_PAGE_SIZE = ENGINE_MAX_PAGE_SIZE;

function queryParams(kind: FileKind, query: Record<string, unknown>): QueryParams {
  const config = kindConfig(kind);
  const filters: Record<string, string[]> = {};
  for (const name of config.facetNames) {
    const values = list(query, name);
    if (values.length > 0) filters[name] = values;
  }
  const q = single(query, 'q');
  const sort = single(query, 'sort');
  return {
    ...(q ? { q } : {}),
    filters,
    ...(sort ? { sort } : {}),
    page: intParam(query, 'page', 1, 1, 1_000_000),
    pageSize: intParam(query, 'pageSize', 20, 1, MAX_PAGE_SIZE),
  };
}

function limit(limiter: RateLimiter, request: FastifyRequest, bucket: string): void {
  const wait = limiter.hit(`${bucket}:${request.ip}`);
  if (wait > 0) throw new HttpProblem(429, 'rate-limited', TITLES.rateLimited, [], { 'Retry-After': String(wait) });
}

function idempotencyKey(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (key === undefined || key === '') throw new HttpProblem(400, 'idempotency-key-missing', TITLES.missingIdempotencyKey);
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) throw new HttpProblem(400, 'idempotency-key-invalid', TITLES.badIdempotencyKey);
  return key;
}

/** Removes the honeypot member; a filled one means a bot (answered like any refusal, nothing stored). */
function checkHoneypot(body: unknown, field: string): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !(field in body)) return body;
  const { [field]: trap, ...rest } = body as Record<string, unknown>;
  if (trap !== '' && trap !== null && trap !== undefined) throw new HttpProblem(400, 'rejected', TITLES.spam);
  return rest;
}

function queryCode(request: FastifyRequest): string | undefined {
  const code = request.headers['x-query-code'];
  return typeof code === 'string' && code.length <= 64 ? code : undefined;
}

export function registerPublicRoutes(app: FastifyInstance, ctx: PublicContext): void {
  const collection = (kind: Exclude<FileKind, 'mailbox-letters'>, path: string) => {
    app.get(path, async (request) => {
      const source = ctx.data.source(kind);
      if (!source) throw notFound();
      return source.query(queryParams(kind, request.query as Record<string, unknown>));
    });
    app.get<{ Params: { id: string } }>(`${path}/:id`, async (request) => {
      const item = await ctx.data.source(kind)?.get(request.params.id);
      if (!item) throw notFound();
      return item;
    });
  };
  collection('power-catalog', 'power-items');
  collection('disclosure-directory', 'disclosure/documents');
  collection('agency-directory', 'agencies');

  app.get('disclosure/categories', async () => {
    const envelope = ctx.data.envelope('disclosure-directory');
    if (!envelope) throw notFound();
    return { categories: envelope.categories ?? [] };
  });
  app.get('disclosure/guide', async () => {
    const guide = ctx.data.envelope('disclosure-directory')?.guide;
    if (!guide) throw notFound();
    return guide;
  });

  /* ---- applications */
  app.post('disclosure/requests', async (request, reply) => {
    limit(ctx.intakeLimiter, request, 'intake');
    const key = idempotencyKey(request);
    const body = checkHoneypot(request.body, ctx.honeypotField);
    const application = validateBody<DisclosureRequest>(disclosureRequestSchema, body);
    checkAgency(ctx.data, application.agencyId);
    const outcome = await ctx.store.submitRequest(application, key, sha256(canonicalJson(body)));
    if (outcome.replayed) void reply.header('Idempotency-Replayed', 'true');
    return reply.code(201).send(outcome.response);
  });
  app.get<{ Params: { trackingNumber: string } }>('disclosure/requests/:trackingNumber', async (request) => {
    limit(ctx.lookupLimiter, request, 'lookup');
    const code = queryCode(request);
    const status = code ? await ctx.store.requestStatus(request.params.trackingNumber, code, chooseLocale(request.headers['accept-language'])) : undefined;
    if (!status) throw new HttpProblem(404, 'not-found', TITLES.wrongQueryCode);
    return status;
  });

  /* ---- letters */
  app.post('mailbox/letters', async (request, reply) => {
    limit(ctx.intakeLimiter, request, 'intake');
    const key = idempotencyKey(request);
    const body = checkHoneypot(request.body, ctx.honeypotField);
    const letter = validateBody<LetterSubmission>(letterSubmissionSchema, body);
    const outcome = await ctx.store.submitLetter(letter, key, sha256(canonicalJson(body)));
    if (outcome.replayed) void reply.header('Idempotency-Replayed', 'true');
    return reply.code(201).send(outcome.response);
  });
  app.get('mailbox/letters', async (request) => ctx.letterList.query(queryParams('mailbox-letters', request.query as Record<string, unknown>)));
  app.get<{ Params: { letterNumber: string } }>('mailbox/letters/:letterNumber', async (request) => {
    const code = queryCode(request);
    // With a query code the writer gets their own letter with its events, published or not.
    if (code !== undefined) {
      limit(ctx.lookupLimiter, request, 'lookup');
      const own = await ctx.store.letterForWriter(request.params.letterNumber, code);
      if (own) return own;
    }
    const published = await ctx.letterList.get(request.params.letterNumber);
    if (published) return published;
    if (code === undefined) throw notFound();
    throw new HttpProblem(404, 'not-found', TITLES.wrongQueryCode);
  });
  app.post<{ Params: { letterNumber: string } }>('mailbox/letters/:letterNumber/rating', async (request) => {
    limit(ctx.lookupLimiter, request, 'lookup');
    const rating = validateBody<LetterRating>(letterRatingSchema, request.body);
    const rated = await ctx.store.rateLetter(request.params.letterNumber, queryCode(request), rating.satisfaction, rating.comment);
    if (!rated) throw new HttpProblem(404, 'not-found', TITLES.wrongQueryCode);
    return rated;
  });
  app.get('mailbox/stats', async () => {
    const live = await ctx.store.letterStats();
    const fromFile = ctx.data.envelope('mailbox-letters')?.stats;
    // A server with no letters yet shows the published archive's statistics, if any.
    return live.received === 0 && fromFile ? fromFile : live;
  });
}

function checkAgency(data: DataCollections, agencyId: string): void {
  const agencies = data.envelope('agency-directory')?.agencies;
  if (!Array.isArray(agencies)) return; // no directory configured: any agency id is accepted
  const agency = agencies.find((a) => (a as { id?: unknown }).id === agencyId) as { acceptsDisclosureRequests?: boolean } | undefined;
  if (!agency || agency.acceptsDisclosureRequests === false) {
    throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [{ path: 'agencyId', code: 'unknown-agency', message: MESSAGES.unknownAgency(agencyId) }]);
  }
}
