/**
 * A real HTTP handler for browser tests: the slice of the REST contract (docs/design.md §5) that
 * <gk-disclosure-request> speaks, mounted in the test runner's dev server (a Koa app) under
 * `/test-api/`. Bodies are checked with @gongkai/schema's `validate` and the API schemas, and due
 * dates come from @gongkai/workdays' `computeDueDate`, like the reference server.
 *
 *   GET  /test-api/agencies                         {items, page, pageSize, total}
 *   POST /test-api/disclosure/requests              Idempotency-Key: 400 without; the same key and
 *                                                   body replay the same 201; the same key with
 *                                                   another body 422; 409 while the first is in flight
 *   GET  /test-api/disclosure/requests/{n}          X-Query-Code; a wrong number or code is one 404
 *   GET  /test-api/files/agency-directory.json      the same agencies as a static file (`src`)
 *   GET  /test-api/files/agency-directory-broken.json
 *
 * Tests steer it through a control endpoint:
 *   POST /test-api/_control {"reset": true}                 forget everything (seeded data stays)
 *   POST /test-api/_control {"fail": "timeout"|"drop"|"500"|"409"|"422"|"400", "count": 1,
 *                            "holdMs": 3000, "errors": [{path, message}]}
 *        the next `count` POSTs of applications fail that way. "timeout" STORES the application and
 *        holds the answer for holdMs (the answer is lost, as on a bad network); "drop" breaks the
 *        connection in the middle of the answer and stores nothing (offline); "409" answers "in flight".
 *   POST /test-api/_control {"processingMs": 500}           each stored application takes that long
 *   GET  /test-api/_state                                   {posts, applications, keys}
 *
 * The TypeScript packages are loaded with tsx's scoped `tsImport`, so importing this module does
 * not install a loader in the test runner's process.
 */
import { tsImport } from 'tsx/esm/api';
import { chooseLocale, delay, problem, randomCode, readJson, reply, shanghaiNow } from './stub-http.mjs';

const PREFIX = '/test-api/';
const schemaReady = tsImport('@gongkai/schema', import.meta.url);
const workdaysReady = tsImport('@gongkai/workdays', import.meta.url);

const AGENCIES = [
  { id: 'gov-office', name: '示例市人民政府办公室', acceptsDisclosureRequests: true, acceptsLetters: true },
  { id: 'market', name: '示例市市场监督管理局', acceptsDisclosureRequests: true },
  { id: 'archives', name: '示例市档案馆', acceptsDisclosureRequests: false },
];

const AGENCY_FILE = {
  schemaVersion: 1,
  kind: 'agency-directory',
  publisher: { id: 'example-city', name: '示例市人民政府' },
  updatedAt: '2026-11-01',
  agencies: AGENCIES,
};

/** A replied application present in every run, for the status lookup. */
export const SEEDED_REQUEST = {
  trackingNumber: 'YSQ2026000001',
  queryCode: 'K7P3Q9XA',
  status: {
    trackingNumber: 'YSQ2026000001',
    status: 'replied',
    dueDate: '2026-03-12',
    dueDateExplanation: '收到申请 2026-02-06；20个工作日；2月15日至23日春节放假；2月14日、28日调休上班 → 2026-03-12',
    events: [
      { status: 'submitted', at: '2026-02-06T10:00:00+08:00' },
      { status: 'received', at: '2026-02-06T15:00:00+08:00', note: '已登记受理' },
      { status: 'replied', at: '2026-03-02T09:30:00+08:00' },
    ],
    reply: {
      type: 'partiallyGranted',
      content: '<b>部分公开</b>：涉及个人隐私的内容已作区分处理。',
      repliedAt: '2026-03-02T09:30:00+08:00',
      attachments: [
        { name: '答复告知书.pdf', url: '/test-api/files/reply.pdf' },
        { name: '不安全的链接', url: 'javascript:alert(1)' },
      ],
    },
  },
};

const state = {
  posts: 0,
  /** key → { body, status: 'inflight' | 'done', receipt, statusBody, queryCode } */
  byKey: new Map(),
  /** trackingNumber → { queryCode, statusBody } */
  byNumber: new Map(),
  seq: 1,
  failures: [],
  processingMs: 0,
};

function reset() {
  state.posts = 0;
  state.byKey.clear();
  state.byNumber.clear();
  state.byNumber.set(SEEDED_REQUEST.trackingNumber, { queryCode: SEEDED_REQUEST.queryCode, statusBody: SEEDED_REQUEST.status });
  state.seq = 1;
  state.failures = [];
  state.processingMs = 0;
}
reset();







async function createApplication(body, locale) {
  const { computeDueDate } = await workdaysReady;
  const now = shanghaiNow();
  const due = computeDueDate({ receivedAt: now.date });
  const trackingNumber = `YSQ${now.date.slice(0, 4)}${String(100000 + state.seq++).slice(1).padStart(6, '0')}`;
  const queryCode = randomCode();
  const receipt = {
    trackingNumber,
    queryCode,
    receivedAt: now.dateTime,
    dueDate: due.dueDate,
    status: 'submitted',
    dueDateExplanation: due.text[locale],
    ...(due.provisional ? { dueDateProvisional: true } : {}),
  };
  const statusBody = {
    trackingNumber,
    status: 'submitted',
    dueDate: due.dueDate,
    dueDateExplanation: due.text[locale],
    ...(due.provisional ? { dueDateProvisional: true } : {}),
    events: [{ status: 'submitted', at: now.dateTime }],
    agencyId: body.agencyId,
  };
  state.byNumber.set(trackingNumber, { queryCode, statusBody });
  return receipt;
}

async function postApplication(ctx) {
  state.posts += 1;
  const locale = chooseLocale(ctx.get('accept-language'));
  const key = ctx.get('idempotency-key');
  const parsed = await readJson(ctx);
  const failure = state.failures.length > 0 ? state.failures.shift() : undefined;

  if (failure?.fail === 'drop') {
    // The connection breaks before a complete answer and nothing is stored. A few bytes are sent
    // first: when a reused keep-alive socket closes without any byte, Chromium silently resends
    // the request, and the page would never see the failure.
    ctx.status = 200; // for the dev server's request log; Koa writes nothing after respond = false
    ctx.respond = false;
    ctx.req.socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
    ctx.req.socket.destroy();
    return;
  }
  if (failure?.fail === '500') return problem(ctx, 500, '服务器内部错误，请稍后再试');
  if (failure?.fail === '409') return problem(ctx, 409, '相同的提交正在处理中，请稍后重试', undefined, { 'Retry-After': '0' });
  if (failure?.fail === '422' || failure?.fail === '400') {
    const errors = failure.errors ?? [{ path: 'applicant.phone', code: 'phone-format', message: '该号码无法接收短信，请填写其他联系电话' }];
    return problem(ctx, Number(failure.fail), '提交的内容有误，请按提示修改', errors);
  }

  if (!key) return problem(ctx, 400, '缺少 Idempotency-Key 请求头');
  if (!parsed.ok) return problem(ctx, 400, '请求体不是有效的 JSON');
  const existing = state.byKey.get(key);
  if (existing) {
    if (existing.text !== parsed.text) {
      // The reference server's problem type (packages/server/src/intake.ts): clients recognise it.
      return reply(ctx, 422, { type: 'urn:gongkai:problem:idempotency-key-reused', title: '该 Idempotency-Key 已用于另一份不同的提交', status: 422 });
    }
    if (existing.status === 'inflight') return problem(ctx, 409, '相同的提交正在处理中，请稍后重试', undefined, { 'Retry-After': '1' });
    return reply(ctx, 201, existing.receipt);
  }

  const { validate, disclosureRequestSchema } = await schemaReady;
  const result = validate(disclosureRequestSchema, parsed.value);
  const errors = result.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => ({ path: issue.path, code: issue.code, message: issue.message[locale] }));
  if (result.ok) {
    const agency = AGENCIES.find((a) => a.id === result.value.agencyId && a.acceptsDisclosureRequests);
    if (!agency) errors.push({ path: 'agencyId', code: 'unknown-agency', message: '该机关不受理依申请公开' });
  }
  if (errors.length > 0) return problem(ctx, 422, '提交的内容有误，请按提示修改', errors);

  const record = { text: parsed.text, status: 'inflight', receipt: undefined };
  state.byKey.set(key, record);
  if (state.processingMs > 0) await delay(state.processingMs);
  record.receipt = await createApplication(result.value, locale);
  record.status = 'done';

  if (failure?.fail === 'timeout') {
    // Stored, but the answer is lost: hold it until the client has given up on this attempt.
    await delay(failure.holdMs ?? 3000);
  }
  reply(ctx, 201, record.receipt);
}

function getApplication(ctx, number) {
  const code = ctx.get('x-query-code').trim().toUpperCase();
  const record = state.byNumber.get(number);
  // One answer for a wrong number and a wrong code: no hint which part was wrong.
  if (!record || !code || record.queryCode !== code) return problem(ctx, 404, '未找到');
  reply(ctx, 200, record.statusBody);
}

async function control(ctx) {
  const parsed = await readJson(ctx);
  const body = parsed.ok && parsed.value && typeof parsed.value === 'object' ? parsed.value : {};
  if (body.reset) reset();
  if (typeof body.processingMs === 'number') state.processingMs = body.processingMs;
  if (body.fail) {
    for (let i = 0; i < (body.count ?? 1); i++) state.failures.push({ fail: String(body.fail), holdMs: body.holdMs, errors: body.errors });
  }
  reply(ctx, 200, { ok: true, pendingFailures: state.failures.length });
}

/** Koa middleware for @web/dev-server / @web/test-runner: `middleware: [restContractStub]`. */
export async function restContractStub(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const path = ctx.path.slice(PREFIX.length);
  const method = ctx.method;
  if (method === 'POST' && path === '_control') return control(ctx);
  if (method === 'GET' && path === '_state') {
    return reply(ctx, 200, { posts: state.posts, applications: [...state.byKey.values()].filter((r) => r.status === 'done').length, keys: [...state.byKey.keys()] });
  }
  if (method === 'GET' && path === 'agencies') {
    return reply(ctx, 200, { items: AGENCIES, page: 1, pageSize: AGENCIES.length, total: AGENCIES.length });
  }
  if (method === 'GET' && path === 'files/agency-directory.json') return reply(ctx, 200, AGENCY_FILE);
  if (method === 'GET' && path === 'files/agency-directory-broken.json') return reply(ctx, 200, { ...AGENCY_FILE, agencies: { oops: true } });
  if (method === 'POST' && path === 'disclosure/requests') return postApplication(ctx);
  const match = /^disclosure\/requests\/([^/]+)$/.exec(path);
  if (method === 'GET' && match) return getApplication(ctx, decodeURIComponent(match[1]));
  return problem(ctx, 404, '未找到');
}

export default restContractStub;
