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
import { chooseLocale, HttpProblem, MESSAGES, TITLES, t } from '../problem.js';
import type { RateBucket, RateLimiter } from '../rate-limit.js';
import { canonicalJson, sha256 } from '../secrets.js';
import type { Store } from '../store.js';

export interface PublicContext {
  store: Store;
  data: DataCollections;
  /** Per-endpoint limits, counted in the database after validation (src/rate-limit.ts). */
  limiter: RateLimiter;
  honeypotField: string;
  /** The published letters and the archive file's, as indexed queries (docs/design.md §5). */
  letterList: LetterList;
}

/** Public lists answer at most this many items a page (docs/design.md §5). */
export const MAX_PAGE_SIZE = 100;
/**
 * …except the agency directory, which the request form reads whole in one request (as from a
 * file, where the in-memory engine's limit applies): a small public list, not a costly one.
 */
const PAGE_SIZE_LIMITS: Partial<Record<FileKind, number>> = { 'agency-directory': ENGINE_MAX_PAGE_SIZE };

/** `sort` must be one of the kind's sort names (`-` prefix descending), `relevance`, or empty. */
function sortParam(kind: FileKind, query: Record<string, unknown>): string | undefined {
  const sort = single(query, 'sort');
  if (sort === undefined || sort === '' || sort === 'relevance') return sort;
  const { sorts } = kindConfig(kind);
  const name = sort.startsWith('-') ? sort.slice(1) : sort;
  if (Object.hasOwn(sorts, name)) return sort;
  const names = Object.keys(sorts).join(', ');
  throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [
    { path: 'sort', code: 'enum', message: t(`应为 ${names}（前加 - 为倒序）或 relevance`, `應為 ${names}（前加 - 為倒序）或 relevance`, `expected one of ${names} (- prefix for descending) or relevance`) },
  ]);
}

function queryParams(kind: FileKind, query: Record<string, unknown>): QueryParams {
  const config = kindConfig(kind);
  const filters: Record<string, string[]> = {};
  for (const name of config.facetNames) {
    const values = list(query, name);
    if (values.length > 0) filters[name] = values;
  }
  const q = single(query, 'q');
  const sort = sortParam(kind, query);
  return {
    ...(q ? { q } : {}),
    filters,
    ...(sort ? { sort } : {}),
    page: intParam(query, 'page', 1, 1, 1_000_000),
    pageSize: intParam(query, 'pageSize', 20, 1, PAGE_SIZE_LIMITS[kind] ?? MAX_PAGE_SIZE),
  };
}

/** `request.ip` is the client as Fastify's `trustProxy` resolves it (the listed proxies only). */
function limit(limiter: RateLimiter, request: FastifyRequest, bucket: RateBucket): Promise<void> {
  return limiter.hit(bucket, request.ip);
}

/** The Idempotency-Key header, checked (shared with the staff's offline intake, ./staff-intake.ts). */
export function idempotencyKey(request: FastifyRequest): string {
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
    const key = idempotencyKey(request);
    const body = checkHoneypot(request.body, ctx.honeypotField);
    const application = validateBody<DisclosureRequest>(disclosureRequestSchema, body);
    checkAgency(ctx.data, application.agencyId);
    const { applicant } = application as { applicant: { phone?: string; contactPhone?: string; email?: string } };
    const outcome = await ctx.store.submitRequest(application, key, sha256(canonicalJson(body)), async (tx) => {
      await ctx.limiter.hit('applications', request.ip, tx);
      await ctx.limiter.hitContacts(tx, [applicant.phone ?? applicant.contactPhone, applicant.email]);
    });
    if (outcome.replayed) void reply.header('Idempotency-Replayed', 'true');
    return reply.code(201).send(outcome.response);
  });
  app.get<{ Params: { trackingNumber: string } }>('disclosure/requests/:trackingNumber', async (request) => {
    const code = queryCode(request);
    // A lookup without a code cannot guess anything: only those with one count.
    if (code) await limit(ctx.limiter, request, 'lookups');
    const status = code ? await ctx.store.requestStatus(request.params.trackingNumber, code, chooseLocale(request.headers['accept-language'])) : undefined;
    if (!status) throw new HttpProblem(404, 'not-found', TITLES.wrongQueryCode);
    return status;
  });

  /* ---- letters */
  app.post('mailbox/letters', async (request, reply) => {
    const key = idempotencyKey(request);
    const body = checkHoneypot(request.body, ctx.honeypotField);
    const letter = validateBody<LetterSubmission>(letterSubmissionSchema, body);
    const outcome = await ctx.store.submitLetter(letter, key, sha256(canonicalJson(body)), async (tx) => {
      await ctx.limiter.hit('letters', request.ip, tx);
      await ctx.limiter.hitContacts(tx, [letter.phone, letter.email]);
    });
    if (outcome.replayed) void reply.header('Idempotency-Replayed', 'true');
    return reply.code(201).send(outcome.response);
  });
  app.get('mailbox/letters', async (request) => ctx.letterList.query(queryParams('mailbox-letters', request.query as Record<string, unknown>)));
  app.get<{ Params: { letterNumber: string } }>('mailbox/letters/:letterNumber', async (request) => {
    const code = queryCode(request);
    // With a query code the writer gets their own letter with its events, published or not.
    if (code !== undefined) {
      await limit(ctx.limiter, request, 'lookups');
      const own = await ctx.store.letterForWriter(request.params.letterNumber, code);
      if (own) return own;
    }
    const published = await ctx.letterList.get(request.params.letterNumber);
    if (published) return published;
    if (code === undefined) throw notFound();
    throw new HttpProblem(404, 'not-found', TITLES.wrongQueryCode);
  });
  app.post<{ Params: { letterNumber: string } }>('mailbox/letters/:letterNumber/rating', async (request) => {
    const rating = validateBody<LetterRating>(letterRatingSchema, request.body);
    await limit(ctx.limiter, request, 'ratings');
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

/** 422 unless the directory lists the agency as accepting applications (shared with ./staff-intake.ts). */
export function checkAgency(data: DataCollections, agencyId: string): void {
  const agencies = data.envelope('agency-directory')?.agencies;
  if (!Array.isArray(agencies)) return; // no directory configured: any agency id is accepted
  const agency = agencies.find((a) => (a as { id?: unknown }).id === agencyId) as { acceptsDisclosureRequests?: boolean } | undefined;
  if (!agency || agency.acceptsDisclosureRequests === false) {
    throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [{ path: 'agencyId', code: 'unknown-agency', message: MESSAGES.unknownAgency(agencyId) }]);
  }
}
