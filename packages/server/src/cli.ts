/**
 * `gongkai-server` command line. See README.md for every option.
 */
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { startServer } from './app.js';
import { ServerConfigError } from './server-config.js';
import type { ServerOptions } from './options.js';
import { OIDC_CLI_OPTIONS, OIDC_HELP, oidcOptionsFrom } from './staff/oidc-options.js';
import { DEMO_PASSWORD, seedDemoStaff } from './demo-staff.js';
import { staffMain, STAFF_HELP } from './staff-cli.js';
import { agencyMain, AGENCY_HELP } from './agency-cli.js';
import { auditMain, AUDIT_HELP } from './audit-cli.js';

const HELP = `gongkai-server — reference server for the Gongkai REST contract

  --port <n>             port (default 8080; 0 = any free port)
  --host <addr>          address (default 127.0.0.1)
  --db <path|url>        SQLite file (default ./gongkai.db) or postgres://… URL
  --data <dir>           static data files: read endpoints and /data/
  --calendar <file>      holiday-calendar file (gongkai calendar import) with years the
                         bundled calendar lacks; default: one in --data
  --static <dir>         folder served at /            (e.g. demo/pages)
  --mount <prefix=dir>   more static folders, repeatable (e.g. /assets/=demo/assets)
  --api-prefix <path>    where the REST contract lives (default /api/)
  --cors-origin <origin> allowed browser origin, repeatable or comma-separated
  --session-idle-minutes <n>    staff sessions end after n minutes without a request (default 30)
  --session-absolute-hours <n>  and n hours after sign-in at the latest (default 12)
  --rate-limit <n/min>   valid submissions per client address, applications and letters each,
                         e.g. 20/10 (20 per 10 minutes); 0 = off (also the contact cap)
  --contact-daily-limit <n>  submissions per phone number or e-mail address per day (default 10; 0 = off)
  --trust-proxy <addr[,addr…]>  reverse proxies (addresses or CIDRs) whose X-Forwarded-For is
                         believed; the client is the right-most address not in the list
  --receipt <mode>       onSubmit (default) | staff
  --idempotency-days <n> days an Idempotency-Key is remembered (default 30; 0 = for ever)
  --public-url <url>     the public address (https://…/), for the OpenAPI server URL (default: relative)
  --request-timeout <s>  a request must arrive within s seconds, body included (default 30)
  --headers-timeout <s>  its headers within s seconds (default 10)
  --max-connections <n>  open connections at most (default 1024)
  --secret-file <path>   the server secret keying stored query codes (default <db>.secret beside a
                         SQLite file, ./gongkai-server.secret for PostgreSQL; created 0600)
  --max-concurrent <n>   requests handled at once before others queue (default 32; 0 = no load shedding)
  --max-queue <n>        requests waiting for a slot, at most 100 ms each, before 503 (default 256)
  --log                  JSON request logs on stdout
  --demo-staff           DEMO ONLY: create demo staff accounts with a published password
${OIDC_HELP}  --help

Staff accounts and API tokens: gongkai-server staff … (gongkai-server staff help)
Per-agency settings (four-eyes approval): gongkai-server agency … (gongkai-server agency help)
Audit log integrity: gongkai-server audit verify [--db …] (gongkai-server audit help)
`;

export async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'staff') {
    try {
      process.exitCode = await staffMain(argv.slice(1));
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`gongkai-server staff: ${(error as Error).message}\n\n${STAFF_HELP}`);
        process.exitCode = 2;
      } else throw error;
    }
    return;
  }
  if (argv[0] === 'agency') {
    try {
      process.exitCode = await agencyMain(argv.slice(1));
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`gongkai-server agency: ${(error as Error).message}\n\n${AGENCY_HELP}`);
        process.exitCode = 2;
      } else throw error;
    }
    return;
  }
  if (argv[0] === 'audit') {
    try {
      process.exitCode = await auditMain(argv.slice(1));
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`gongkai-server audit: ${(error as Error).message}\n\n${AUDIT_HELP}`);
        process.exitCode = 2;
      } else throw error;
    }
    return;
  }
  if (argv.some((arg) => arg === '--staff-token' || arg.startsWith('--staff-token='))) {
    process.stderr.write('gongkai-server: --staff-token was removed: create accounts with `gongkai-server staff add` and API tokens with `gongkai-server staff token` (an existing token: `staff token NAME --import`)\n');
    process.exit(2);
  }
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      data: { type: 'string' },
      calendar: { type: 'string' },
      static: { type: 'string' },
      mount: { type: 'string', multiple: true },
      'api-prefix': { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'session-idle-minutes': { type: 'string' },
      'session-absolute-hours': { type: 'string' },
      'rate-limit': { type: 'string' },
      'contact-daily-limit': { type: 'string' },
      'trust-proxy': { type: 'string', multiple: true },
      receipt: { type: 'string' },
      'idempotency-days': { type: 'string' },
      'public-url': { type: 'string' },
      'request-timeout': { type: 'string' },
      'headers-timeout': { type: 'string' },
      'max-connections': { type: 'string' },
      'secret-file': { type: 'string' },
      'max-concurrent': { type: 'string' },
      'max-queue': { type: 'string' },
      log: { type: 'boolean' },
      'demo-staff': { type: 'boolean' },
      ...OIDC_CLI_OPTIONS,
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const fail = (message: string): never => {
    process.stderr.write(`gongkai-server: ${message}\n\n${HELP}`);
    process.exit(2);
  };
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535`);
  const mounts = (values.mount ?? []).map((spec) => {
    const eq = spec.indexOf('=');
    if (eq <= 0) return fail(`--mount expects prefix=dir, got "${spec}"`);
    return { prefix: spec.slice(0, eq), dir: spec.slice(eq + 1) };
  });
  if (values.static) mounts.push({ prefix: '/', dir: values.static });
  let intakeRateLimit: ServerOptions['intakeRateLimit'];
  if (values['rate-limit'] !== undefined) {
    const m = /^(\d+)(?:\/(\d+))?$/.exec(values['rate-limit']);
    if (!m) fail('--rate-limit expects <count>/<minutes>, e.g. 20/10');
    intakeRateLimit = { max: Number(m![1]), windowMs: Number(m![2] ?? 10) * 60_000 };
  }
  const contactDailyLimit = values['contact-daily-limit'] === undefined ? undefined : Number(values['contact-daily-limit']);
  if (contactDailyLimit !== undefined && !(Number.isInteger(contactDailyLimit) && contactDailyLimit >= 0)) fail('--contact-daily-limit must be a whole number ≥ 0');
  const trustProxy = (values['trust-proxy'] ?? []).flatMap((list) => list.split(',')).map((a) => a.trim()).filter(Boolean);
  for (const address of trustProxy) if (!isAddressOrCidr(address)) fail(`--trust-proxy expects addresses or CIDRs (10.0.0.1, 10.0.0.0/8, ::1), got "${address}"`);
  if (values.receipt !== undefined && values.receipt !== 'onSubmit' && values.receipt !== 'staff') fail('--receipt must be onSubmit or staff');
  const idempotencyDays = values['idempotency-days'] === undefined ? undefined : Number(values['idempotency-days']);
  if (idempotencyDays !== undefined && !(Number.isInteger(idempotencyDays) && idempotencyDays >= 0)) fail('--idempotency-days must be a whole number ≥ 0');
  const positive = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!(Number.isFinite(n) && n > 0)) fail(`--${name} must be a number > 0`);
    return n;
  };
  let oidc: ServerOptions['oidc'];
  try {
    oidc = oidcOptionsFrom(values, process.env);
  } catch (error) {
    fail((error as Error).message);
  }
  const seconds = (name: string, value: string | undefined): number | undefined => {
    const n = positive(name, value);
    return n === undefined ? undefined : Math.round(n * 1000);
  };
  const requestTimeoutMs = seconds('request-timeout', values['request-timeout']);
  const headersTimeoutMs = seconds('headers-timeout', values['headers-timeout']);
  const maxConnections = positive('max-connections', values['max-connections']);
  if (maxConnections !== undefined && !Number.isInteger(maxConnections)) fail('--max-connections must be a whole number');
  const whole = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!(Number.isInteger(n) && n >= 0)) fail(`--${name} must be a whole number ≥ 0`);
    return n;
  };
  const maxConcurrent = whole('max-concurrent', values['max-concurrent']);
  const maxQueue = whole('max-queue', values['max-queue']);
  const loadShedding: ServerOptions['loadShedding'] =
    maxConcurrent === 0 ? false : { ...(maxConcurrent !== undefined ? { maxConcurrent } : {}), ...(maxQueue !== undefined ? { maxQueue } : {}) };
  const idleMinutes = positive('session-idle-minutes', values['session-idle-minutes']);
  const absoluteHours = positive('session-absolute-hours', values['session-absolute-hours']);

  const server = await startServer({
    port,
    host: values.host ?? '127.0.0.1',
    db: values.db ?? './gongkai.db',
    ...(values.data ? { data: values.data } : {}),
    ...(values.calendar ? { calendar: values.calendar } : {}),
    mounts,
    ...(values['api-prefix'] ? { apiPrefix: values['api-prefix'] } : {}),
    corsOrigins: (values['cors-origin'] ?? []).flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean),
    ...(idleMinutes !== undefined ? { sessionIdleMinutes: idleMinutes } : {}),
    ...(absoluteHours !== undefined ? { sessionAbsoluteHours: absoluteHours } : {}),
    ...(intakeRateLimit ? { intakeRateLimit } : {}),
    ...(contactDailyLimit !== undefined ? { contactDailyLimit } : {}),
    ...(trustProxy.length > 0 ? { trustProxy } : {}),
    ...(values.receipt ? { receipt: values.receipt as 'onSubmit' | 'staff' } : {}),
    ...(idempotencyDays !== undefined ? { idempotencyDays } : {}),
    ...(oidc ? { oidc } : {}),
    ...(values['public-url'] !== undefined ? { publicUrl: values['public-url'] } : {}),
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
    ...(headersTimeoutMs !== undefined ? { headersTimeoutMs } : {}),
    ...(maxConnections !== undefined ? { maxConnections } : {}),
    ...(values['secret-file'] ? { secretFile: values['secret-file'] } : {}),
    loadShedding,
    logger: values.log ?? false,
  }).catch((error: unknown) => {
    // A refused configuration is the operator's to fix: say what, without a stack trace.
    if (error instanceof ServerConfigError) fail(error.message);
    throw error;
  });
  for (const warning of server.warnings) process.stderr.write(`warning: ${warning}\n`);
  for (const file of server.dataReport.loaded) process.stdout.write(`data: ${file.file} (${file.kind})\n`);
  const { holidayCalendar } = server;
  if (holidayCalendar.file) {
    const added = holidayCalendar.addedYears.length ? `adds ${holidayCalendar.addedYears.join(', ')}` : 'adds no year';
    process.stdout.write(`calendar: ${holidayCalendar.file} (${added}; ${holidayCalendar.recomputedDeadlines.length} provisional deadlines recounted)\n`);
  }
  process.stdout.write(`Gongkai server: ${server.url}\n`);
  process.stdout.write(`REST API: ${server.url}api/  (OpenAPI: ${server.url}api/openapi.json)\n`);
  if (process.env.GONGKAI_STAFF_TOKEN) process.stderr.write('warning: GONGKAI_STAFF_TOKEN is ignored: staff sign in with accounts (gongkai-server staff add) or API tokens (gongkai-server staff token)\n');
  process.stdout.write(`Staff API: ${server.url}api/staff/ (accounts: gongkai-server staff list --db …)\n`);
  if (values['demo-staff']) {
    const accounts = await seedDemoStaff(server, server.data.archiveUnits(), server.data.agencyIds().find((id) => id !== server.publisher.id));
    process.stdout.write(`\n*** DEMO ONLY — never on a real server: demo staff accounts, password "${DEMO_PASSWORD}" ***\n`);
    for (const account of accounts) process.stdout.write(`  ${account.name.padEnd(16)} ${account.roles.join(',').padEnd(20)} ${account.agencies.join(', ')}\n`);
    // The workbench is where staff sign in when `npm start` mounts it at /staff/; integrations use the API.
    process.stdout.write(`  sign in: the workbench at ${server.url}staff/ (when mounted), or POST ${server.url}api/staff/session {"name","password"}\n\n`);
  }
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `10.0.0.1`, `::1`, `10.0.0.0/8`, `fd00::/8` — what Fastify's trustProxy list (proxy-addr) accepts. */
export function isAddressOrCidr(text: string): boolean {
  const [address = '', bits, extra] = text.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
