/**
 * `createServer(options)`: the Fastify application — REST contract under `apiPrefix`, the data
 * folder at `/data/`, other static mounts, CORS allow-list, security headers, problem+json for
 * every error. `startServer(options)` also listens and returns the URL.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { resolve } from 'node:path';
import { civilDateInShanghai, isoInShanghai, systemClock } from './clock.js';
import { purgeIdempotencyKeys } from './intake.js';
import { DataCollections, readDataFolder, type DataFolderReport } from './data-folder.js';
import { sendProblem } from './http-helpers.js';
import { apiIndexHtml, apiIndexJson } from './api-index.js';
import { buildOpenApi } from './openapi.js';
import type { ServerOptions } from './options.js';
import { LetterList } from './letter-list.js';
import { registerLoadShedding, type LoadSheddingStats } from './load-shedding.js';
import { HttpProblem, TITLES } from './problem.js';
import { checkRateLimits, DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limit.js';
import { checkAgency, registerPublicRoutes } from './routes/public.js';
import { registerStaffRoutes } from './routes/staff.js';
import { OidcSignIn } from './staff/oidc.js';
import { StaffService } from './staff/service.js';
import { registerJsonBodyParser } from './json-body.js';
import { connectionLimits, isSqliteFile, openApiServerUrl, ServerConfigError } from './server-config.js';
import { clientErrorHandler, frameworkErrors, MethodTable, methodNotAllowed, PROTOCOL_TITLES } from './protocol-errors.js';
import { applyResponseHeaders, SECURITY_HEADERS } from './response-headers.js';
import { locate, mountHoldingDatabase, normalizeMounts, type Mount } from './static-files.js';
import { sendStaticFile } from './static-response.js';
import { loadHolidayCalendar } from './holiday-calendar.js';
import type { Db } from './storage/db.js';
import { openDb } from './storage/open.js';
import { Store } from './store.js';
import { QueryCodeHasher, upgradeStoredQueryCodes } from './query-codes.js';
import { checkSecretFingerprint, defaultSecretFile, loadServerSecret } from './server-secret.js';

export interface GongkaiServer {
  app: FastifyInstance;
  db: Db;
  store: Store;
  /** Staff accounts, API tokens, sessions (what the `gongkai-server staff` CLI drives, for programmatic set-up). */
  staff: StaffService;
  /** The data folder's collections (agency directory, archive…). */
  data: DataCollections;
  /** The agency whose mailbox this server runs (its letters belong to it). */
  publisher: { id: string; name: string };
  dataReport: DataFolderReport;
  /** The holiday-calendar file counted in, the years it added, and the applications whose deadline it settled. */
  holidayCalendar: { file?: string; addedYears: number[]; recomputedDeadlines: string[] };
  warnings: string[];
  /** Every route (method and URL pattern with `:param` segments), e.g. for tests that probe them all. */
  routes(): Array<{ method: string; url: string }>;
  /** The load-shedding gate's counts (undefined when turned off). */
  loadShedding(): LoadSheddingStats | undefined;
  /** Deletes Idempotency-Key records older than `idempotencyDays` now (also run hourly); returns how many. */
  purgeExpiredKeys(): Promise<number>;
  close(): Promise<void>;
}

const CORS_ALLOWED_HEADERS = 'Content-Type, Accept, Accept-Language, Idempotency-Key, X-Query-Code';

export async function createServer(options: ServerOptions = {}): Promise<GongkaiServer> {
  const clock = options.clock ?? systemClock;
  const apiPrefix = normalizePrefix(options.apiPrefix ?? '/api/');
  const idempotencyDays = options.idempotencyDays ?? 30;
  if (!(Number.isFinite(idempotencyDays) && idempotencyDays >= 0)) throw new Error(`idempotencyDays must be a number ≥ 0, got ${idempotencyDays}`);
  const limits = connectionLimits(options);
  const openApiServer = openApiServerUrl(options.publicUrl, apiPrefix);
  const dbTarget = options.db ?? './gongkai.db';
  const mounts: Mount[] = normalizeMounts([...(options.data ? [{ prefix: '/data/', dir: options.data }] : []), ...(options.mounts ?? [])]);
  const dbFile = isSqliteFile(dbTarget) ? dbTarget : undefined;
  // Checked before the database is opened, so a refused start creates no file in the mount.
  const exposing = dbFile === undefined ? undefined : mountHoldingDatabase(mounts, dbFile);
  if (exposing) {
    throw new ServerConfigError(`the database ${dbFile} lies inside the folder ${exposing.dir} served at ${exposing.prefix}: move it out of every --static, --mount and --data folder`);
  }
  const rateLimits = checkRateLimits({
    applications: options.intakeRateLimit ?? DEFAULT_RATE_LIMITS.applications,
    letters: options.intakeRateLimit ?? DEFAULT_RATE_LIMITS.letters,
    lookups: options.lookupRateLimit ?? DEFAULT_RATE_LIMITS.lookups,
    ratings: options.ratingRateLimit ?? DEFAULT_RATE_LIMITS.ratings,
    // Turning intake limits off (`--rate-limit 0`) turns the contact cap off too, unless it is set.
    contactPerDay: options.contactDailyLimit ?? (options.intakeRateLimit?.max === 0 ? 0 : DEFAULT_RATE_LIMITS.contactPerDay),
  });
  const secretFile = options.secret ? undefined : (options.secretFile ?? defaultSecretFile(dbTarget));
  const secret = options.secret ?? loadServerSecret(secretFile);
  const db = await openDb(dbTarget);
  const queryCodes = new QueryCodeHasher(secret);
  try {
    await checkSecretFingerprint(db, secret, secretFile, isoInShanghai(clock()));
    await upgradeStoredQueryCodes(db, queryCodes);
  } catch (error) {
    await db.close();
    throw error;
  }
  const { files, report, calendar: calendarInFolder } = readDataFolder(options.data);
  let holidays;
  try {
    holidays = loadHolidayCalendar({ ...(options.calendar ? { calendar: options.calendar } : {}), ...(calendarInFolder ? { inDataFolder: calendarInFolder } : {}) });
  } catch (error) {
    await db.close();
    throw error;
  }
  const publisher = options.publisher ?? firstPublisher(files) ?? { id: 'gongkai-server', name: 'Gongkai' };
  const data = new DataCollections(files, publisher);
  const store = new Store(db, { clock, receipt: options.receipt ?? 'onSubmit', letterReplyDays: options.letterReplyDays ?? 15, mailboxAgencyId: publisher.id, queryCodes, calendar: holidays.calendar });
  // Years the calendar file adds settle the due dates that were provisional for want of them.
  const recomputedDeadlines = holidays.addedYears.length > 0 ? await store.requests.recomputeProvisionalDeadlines() : [];
  await store.letters.adoptUnownedLetters();
  const oidc = options.oidc ? new OidcSignIn(options.oidc) : undefined;
  await store.requests.fillSearchColumns();
  await store.letters.fillSearchColumns();
  await store.published.backfill();
  const staff = new StaffService(db, clock, {
    sessionTimeouts: {
      idleMs: (options.sessionIdleMinutes ?? 30) * 60_000,
      absoluteMs: (options.sessionAbsoluteHours ?? 12) * 3600_000,
    },
    ...(options.signInLimits ? { signInLimits: options.signInLimits } : {}),
    ...(options.passwordHashing ? { passwordHashing: options.passwordHashing } : {}),
  });
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const warnings: string[] = [];
  const year = Number(civilDateInShanghai(clock()).slice(0, 4));
  const { lastYear } = holidays.calendar.coverage();
  if (lastYear < year + 1) {
    warnings.push(`working-day data ends with ${lastYear}: due dates reaching ${lastYear + 1} are provisional (load the State Council notice with --calendar, see gongkai calendar import, or update @gongkai/workdays)`);
  }
  warnings.push(...holidays.warnings);
  for (const rejected of report.rejected) warnings.push(`data file ${rejected.file} not used: ${rejected.reason}`);

  const purgeExpiredKeys = async (): Promise<number> =>
    idempotencyDays === 0 ? 0 : purgeIdempotencyKeys(db, isoInShanghai(new Date(clock().getTime() - idempotencyDays * 86_400_000)));
  const limiter = new RateLimiter(db, rateLimits, secret, clock);
  await purgeExpiredKeys();
  await staff.sessions.purgeExpired();
  await limiter.purgeExpired();
  const purging = setInterval(() => void Promise.all([purgeExpiredKeys(), staff.sessions.purgeExpired(), limiter.purgeExpired()]).catch(() => undefined), 3600_000);
  purging.unref();

  let lettersVersion = 0;
  // Other server processes may publish letters too: look again every few seconds which archive
  // letters a published one replaces (letter-list.ts).
  const refresh = setInterval(() => (lettersVersion += 1), 5000);
  refresh.unref();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    // An address list: proxy-addr takes the right-most untrusted X-Forwarded-For entry.
    trustProxy: typeof options.trustProxy === 'object' ? [...options.trustProxy] : (options.trustProxy ?? false),
    // Paths are case-sensitive and `/api/x/` ≠ `/api/x`, as in the contract.
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Slow clients are cut off (docs/security.md §Protocol): the whole request within
    // requestTimeout, its headers within headersTimeout; Node checks every `checkEvery` ms.
    requestTimeout: limits.requestTimeoutMs,
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: limits.checkEveryMs },
    frameworkErrors,
    clientErrorHandler,
  });
  app.server.maxConnections = limits.maxConnections;
  const methods = new MethodTable();
  app.addHook('onRoute', (route) => methods.add(route));
  registerJsonBodyParser(app);

  // Bodies are JSON only: Fastify's built-in text/plain parser would let a string through to
  // validation; without it, anything but application/json is 415.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    applyResponseHeaders(request, reply, apiPrefix);
    const origin = request.headers.origin;
    const isApi = request.url.startsWith(apiPrefix) && !request.url.startsWith(`${apiPrefix}staff/`);
    if (isApi && typeof origin === 'string' && corsOrigins.has(origin)) {
      // No Access-Control-Allow-Credentials: the public API never uses cookies.
      void reply.header('Access-Control-Allow-Origin', origin).header('Vary', 'Origin').header('Access-Control-Expose-Headers', 'Idempotency-Replayed, Retry-After, Content-Language');
      if (request.method === 'OPTIONS') {
        return reply
          .code(204)
          .header('Access-Control-Allow-Methods', 'GET, POST')
          .header('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS)
          .header('Access-Control-Max-Age', '600')
          .send();
      }
    }
    return undefined;
  });
  const gate = registerLoadShedding(app, options.loadShedding);

  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(request, reply, error);
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(request, reply, new HttpProblem(413, 'body-too-large', TITLES.bodyTooLarge));
    if (status === 415) return sendProblem(request, reply, new HttpProblem(415, 'unsupported-media-type', TITLES.unsupportedMediaType));
    if (status >= 400 && status < 500) {
      const kind = error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError ? 'malformed-json' : 'bad-request';
      return sendProblem(request, reply, new HttpProblem(status, kind, kind === 'malformed-json' ? TITLES.malformedJson : TITLES.badQuery));
    }
    request.log.error(error);
    return sendProblem(request, reply, new HttpProblem(500, 'server-error', TITLES.serverError));
  });

  app.setNotFoundHandler((request, reply) => {
    const rawPath = request.url.replace(/[?#].*$/s, '');
    const allowed = methods.allowed(rawPath);
    if (allowed.length > 0) return sendProblem(request, reply, methodNotAllowed(allowed));
    if (!request.url.startsWith(apiPrefix)) {
      let path: string;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        return sendProblem(request, reply, new HttpProblem(400, 'bad-url', PROTOCOL_TITLES.badUrl));
      }
      const found = locate(mounts, path);
      if (found && request.method !== 'GET' && request.method !== 'HEAD') return sendProblem(request, reply, methodNotAllowed(['GET', 'HEAD']));
      if (found) return sendStaticFile(request, reply, found, path);
    }
    return sendProblem(request, reply, new HttpProblem(404, 'not-found', TITLES.notFound));
  });

  await app.register(
    async (api) => {
      // Never the request's Host header (docs/security.md §Protocol): the configured public URL, or relative.
      api.get('openapi.json', async () => buildOpenApi(openApiServer, { sso: oidc !== undefined }));
      api.get('', async (request, reply) =>
        /text\/html/.test(String(request.headers.accept ?? '')) ? reply.type('text/html; charset=utf-8').send(apiIndexHtml()) : apiIndexJson(),
      );
      registerPublicRoutes(api, {
        store,
        data,
        limiter,
        honeypotField: options.honeypotField ?? 'website',
        letterList: new LetterList(store.published, data.envelope('mailbox-letters'), () => lettersVersion),
      });
      registerStaffRoutes(api, {
        store,
        staff,
        apiPrefix,
        agencyName: (id) => data.agencyName(id),
        agencies: async (ids) => Promise.all(ids.map(async (id) => ({ id, name: data.agencyName(id), units: await staff.accounts.units(id) }))),
        onPublish: () => (lettersVersion += 1),
        ...(oidc ? { oidc } : {}),
        checkAgency: (id) => checkAgency(data, id),
      });
    },
    { prefix: apiPrefix },
  );

  return {
    app,
    db,
    store,
    staff,
    data,
    publisher,
    dataReport: report,
    holidayCalendar: { ...(holidays.file ? { file: holidays.file } : {}), addedYears: holidays.addedYears, recomputedDeadlines },
    warnings,
    purgeExpiredKeys,
    routes: () => methods.routes(),
    loadShedding: () => gate?.stats(),
    async close() {
      clearInterval(refresh);
      clearInterval(purging);
      await app.close();
      await db.close();
    },
  };
}

export interface StartedServer extends GongkaiServer {
  url: string;
}

export async function startServer(options: ServerOptions & { port?: number; host?: string } = {}): Promise<StartedServer> {
  const server = await createServer(options);
  try {
    const address = await server.app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
    return { ...server, url: `${address}/` };
  } catch (error) {
    await server.close();
    throw error;
  }
}

function normalizePrefix(prefix: string): string {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

function firstPublisher(files: ReturnType<typeof readDataFolder>['files']): { id: string; name: string } | undefined {
  for (const file of files.values()) {
    const publisher = file.json.publisher as { id?: unknown; name?: unknown } | undefined;
    if (typeof publisher?.id === 'string' && typeof publisher.name === 'string') return { id: publisher.id, name: publisher.name };
  }
  return undefined;
}

export { resolve as resolvePath };
