/**
 * `gongkai-server` command line. See README.md for every option.
 */
import { parseArgs } from 'node:util';
import { startServer } from './app.js';
import type { ServerOptions } from './options.js';
import { DEMO_PASSWORD, seedDemoStaff } from './demo-staff.js';
import { staffMain, STAFF_HELP } from './staff-cli.js';

const HELP = `gongkai-server — reference server for the Gongkai REST contract

  --port <n>             port (default 8080; 0 = any free port)
  --host <addr>          address (default 127.0.0.1)
  --db <path|url>        SQLite file (default ./gongkai.db) or postgres://… URL
  --data <dir>           static data files: read endpoints and /data/
  --static <dir>         folder served at /            (e.g. demo/pages)
  --mount <prefix=dir>   more static folders, repeatable (e.g. /assets/=demo/assets)
  --api-prefix <path>    where the REST contract lives (default /api/)
  --cors-origin <origin> allowed browser origin, repeatable or comma-separated
  --session-idle-minutes <n>    staff sessions end after n minutes without a request (default 30)
  --session-absolute-hours <n>  and n hours after sign-in at the latest (default 12)
  --rate-limit <n/min>   intake submissions per IP, e.g. 20/10 (20 per 10 minutes); 0 = off
  --receipt <mode>       onSubmit (default) | staff
  --idempotency-days <n> days an Idempotency-Key is remembered (default 30; 0 = for ever)
  --max-concurrent <n>   requests handled at once before others queue (default 32; 0 = no load shedding)
  --max-queue <n>        requests waiting for a slot, at most 100 ms each, before 503 (default 256)
  --log                  JSON request logs on stdout
  --demo-staff           DEMO ONLY: create demo staff accounts with a published password
  --help

Staff accounts and API tokens: gongkai-server staff … (gongkai-server staff help)
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
      static: { type: 'string' },
      mount: { type: 'string', multiple: true },
      'api-prefix': { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'session-idle-minutes': { type: 'string' },
      'session-absolute-hours': { type: 'string' },
      'rate-limit': { type: 'string' },
      receipt: { type: 'string' },
      'idempotency-days': { type: 'string' },
      'max-concurrent': { type: 'string' },
      'max-queue': { type: 'string' },
      log: { type: 'boolean' },
      'demo-staff': { type: 'boolean' },
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
  if (values.receipt !== undefined && values.receipt !== 'onSubmit' && values.receipt !== 'staff') fail('--receipt must be onSubmit or staff');
  const idempotencyDays = values['idempotency-days'] === undefined ? undefined : Number(values['idempotency-days']);
  if (idempotencyDays !== undefined && !(Number.isInteger(idempotencyDays) && idempotencyDays >= 0)) fail('--idempotency-days must be a whole number ≥ 0');
  const positive = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!(Number.isFinite(n) && n > 0)) fail(`--${name} must be a number > 0`);
    return n;
  };
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
    mounts,
    ...(values['api-prefix'] ? { apiPrefix: values['api-prefix'] } : {}),
    corsOrigins: (values['cors-origin'] ?? []).flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean),
    ...(idleMinutes !== undefined ? { sessionIdleMinutes: idleMinutes } : {}),
    ...(absoluteHours !== undefined ? { sessionAbsoluteHours: absoluteHours } : {}),
    ...(intakeRateLimit ? { intakeRateLimit } : {}),
    ...(values.receipt ? { receipt: values.receipt as 'onSubmit' | 'staff' } : {}),
    ...(idempotencyDays !== undefined ? { idempotencyDays } : {}),
    loadShedding,
    logger: values.log ?? false,
  });
  for (const warning of server.warnings) process.stderr.write(`warning: ${warning}\n`);
  for (const file of server.dataReport.loaded) process.stdout.write(`data: ${file.file} (${file.kind})\n`);
  process.stdout.write(`Gongkai server: ${server.url}\n`);
  process.stdout.write(`REST API: ${server.url}api/  (OpenAPI: ${server.url}api/openapi.json)\n`);
  if (process.env.GONGKAI_STAFF_TOKEN) process.stderr.write('warning: GONGKAI_STAFF_TOKEN is ignored: staff sign in with accounts (gongkai-server staff add) or API tokens (gongkai-server staff token)\n');
  process.stdout.write(`Staff API: ${server.url}api/staff/ (accounts: gongkai-server staff list --db …)\n`);
  if (values['demo-staff']) {
    const accounts = await seedDemoStaff(server, server.data.archiveUnits(), server.data.agencyIds().find((id) => id !== server.publisher.id));
    process.stdout.write(`\n*** DEMO ONLY — never on a real server: demo staff accounts, password "${DEMO_PASSWORD}" ***\n`);
    for (const account of accounts) process.stdout.write(`  ${account.name.padEnd(16)} ${account.roles.join(',').padEnd(20)} ${account.agencies.join(', ')}\n`);
    process.stdout.write(`  sign in: POST ${server.url}api/staff/session {"name","password"}\n\n`);
  }
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
