/**
 * A real HTTP handler for browser tests: the mailbox slice of the REST contract (docs/design.md §5) that
 * <gk-mayor-mailbox> speaks, mounted in the test runner's dev server (a Koa app) under
 * `/test-api/mailbox/`. Bodies are checked with @gongkai/schema's `validate` and the API schemas,
 * and the answers follow packages/server (routes/public.ts, intake.ts, store.ts).
 *
 *   GET  /test-api/mailbox/letters?q&type&status&page&pageSize   published letters, with facets
 *   GET  /test-api/mailbox/letters/{n}          with the right X-Query-Code the writer's own letter and
 *                                              its `events` [{status, at, unit?, note?}] (as the
 *                                              server); else a published letter; else one 404
 *   POST /test-api/mailbox/letters              Idempotency-Key: 400 without; the same key and body
 *                                              replay the same 201; the same key with another body
 *                                              422; 409 (Retry-After) while the first is in flight
 *   POST /test-api/mailbox/letters/{n}/rating   X-Query-Code; only from status `replied` (else 409,
 *                                              as the server's transition table); answers the letter
 *   GET  /test-api/mailbox/stats                published statistics (STATS, with `byUnit` as the server
 *                                              counts it: [{unit, received, replied, onTimeRate?}])
 *   GET  /test-api/mailbox/files/letters.json             static file of kind mailbox-letters, no `stats`
 *   GET  /test-api/mailbox/files/letters-with-stats.json  the same with `stats` (FILE_STATS: no `byUnit`)
 *   GET  /test-api/mailbox/files/letters-broken.json      `letters` is not an array
 *
 * Tests steer it through a control endpoint:
 *   POST /test-api/mailbox/_control {"reset": true}   forget letters and ratings (seeded data stays)
 *   POST /test-api/mailbox/_control {"fail": "timeout"|"drop"|"500"|"409"|"422"|"400", "count": 1,
 *                                    "holdMs": 3000, "errors": [{path, message}]}
 *        the next `count` letter POSTs fail that way. "timeout" STORES the letter and holds the
 *        answer for holdMs (lost answer); "drop" breaks the connection and stores nothing;
 *        "409" answers "in flight"; "422"/"400" answer with field errors.
 *   POST /test-api/mailbox/_control {"processingMs": 500}   each stored letter takes that long
 *   POST /test-api/mailbox/_control {"failGet": "letters", "status": 500, "count": 1}
 *        the next `count` letter list queries (GET letters) answer `status`
 *   POST /test-api/mailbox/_control {"failModule": "mayor-mailbox/src/lazy/later.ts"}
 *        every request for a path ending so answers 503 until reset (a lazy chunk that cannot be
 *        downloaded; Chromium then remembers the failed module for the page's lifetime, so a test
 *        file that uses it should use nothing else)
 *   GET  /test-api/mailbox/_state    {posts, letters, keys, ratings, lastBody}
 *
 * Must come before restContractStub in the middleware list: that one answers 404 for every other
 * path under /test-api/.
 */
import { tsImport } from 'tsx/esm/api';
import { chooseLocale, delay, problem, randomCode, readJson, reply, shanghaiNow } from './stub-http.mjs';

const PREFIX = '/test-api/mailbox/';
const schemaReady = tsImport('@gongkai/schema', import.meta.url);

/**
 * 25 published letters with hand-countable figures:
 *   types   consult 10 (0–9), help 6 (10–15), suggestion 4 (16–19), complaint 3 (20–22), praise 2 (23–24)
 *   units   示例市住房和城乡建设局 9 (0–8), 示例市交通运输局 7 (9–15), 示例市民政局 5 (16–20), 示例市教育局 4 (21–24)
 *   status  0–4 inProgress without reply; 5–19 rated/closed with a reply and a rating; 20–24 replied
 *   rating  5–11 satisfied (7), 12–15 basically satisfied (4), 16–19 unsatisfied (4)
 * → received 25, replied 20 (80 %), satisfaction (7 + 4) / 15 = 73.3 %.
 */
function fixtureLetters() {
  const typeOf = (i) => (i < 10 ? 'consult' : i < 16 ? 'help' : i < 20 ? 'suggestion' : i < 23 ? 'complaint' : 'praise');
  const unitOf = (i) => (i < 9 ? '示例市住房和城乡建设局' : i < 16 ? '示例市交通运输局' : i < 21 ? '示例市民政局' : '示例市教育局');
  const ratingOf = (i) => (i < 5 || i > 19 ? undefined : i < 12 ? 'satisfied' : i < 16 ? 'basicallySatisfied' : 'unsatisfied');
  const subjects = ['小区停车难问题', '公交线路调整建议', '老旧小区加装电梯', '学校周边交通安全'];
  return Array.from({ length: 25 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    const rating = ratingOf(i);
    const replied = i >= 5;
    return {
      letterNumber: `XJ-202610${day}-${String(i + 1).padStart(6, '0')}`,
      type: typeOf(i),
      subject: `${subjects[i % subjects.length]}（${i + 1}）`,
      content: i === 7 ? '我家住在人民路，联系电话138****1234，楼下夜间施工噪音很大。' : `来信内容第 ${i + 1} 号：希望有关部门尽快处理。`,
      submittedAt: `2026-10-${day}T09:00:00+08:00`,
      status: !replied ? 'inProgress' : rating ? (i % 2 === 0 ? 'closed' : 'rated') : 'replied',
      handlingUnit: unitOf(i),
      replies: replied ? [{ unit: unitOf(i), content: `答复第 ${i + 1} 号：已核实并处理。`, repliedAt: `2026-10-${day}T16:00:00+08:00` }] : [],
      ...(rating ? { satisfaction: rating } : {}),
    };
  });
}

/** A published archive's figures (no units: the element counts them from the file's letters). */
export const FILE_STATS = {
  period: { from: '2026-01-01', until: '2026-10-31' },
  received: 1000,
  replied: 950,
  byType: { consult: 400, help: 300, suggestion: 120, complaint: 100, report: 40, praise: 30, other: 10 },
  onTimeRate: 0.987,
  satisfactionRate: 0.9,
  satisfaction: { satisfied: 700, basicallySatisfied: 110, unsatisfied: 90 },
};

/**
 * `GET mailbox/stats`: the same period as the server counts it, with letters per lead unit, most
 * first (980 of the 1000 assigned; the other 20 rejected or not assigned yet).
 */
export const STATS = {
  ...FILE_STATS,
  byUnit: [
    { unit: '示例市住房和城乡建设局', received: 420, replied: 410, onTimeRate: 0.99 },
    { unit: '示例市交通运输局', received: 300, replied: 290, onTimeRate: 0.976 },
    { unit: '示例市民政局', received: 160, replied: 150, onTimeRate: 1 },
    { unit: '示例市教育局', received: 100, replied: 100 },
  ],
};

/** A private letter in every run, replied and not yet rated, for the lookup and the rating. */
export const SEEDED_LETTER = {
  letterNumber: 'XJ-20261020-000901',
  queryCode: 'Q7K9M2PA',
};

function seededPrivate() {
  return {
    queryCode: SEEDED_LETTER.queryCode,
    letter: {
      letterNumber: SEEDED_LETTER.letterNumber,
      type: 'help',
      subject: '家门口路灯不亮',
      content: '解放路 12 号门口的路灯坏了一个月，晚上出行不便。',
      submittedAt: '2026-10-20T08:30:00+08:00',
      status: 'replied',
      handlingUnit: '示例市城市管理局',
      replies: [{ unit: '示例市城市管理局', content: '已安排维修，路灯已于 10 月 23 日恢复照明。', repliedAt: '2026-10-23T17:00:00+08:00' }],
      // Returned once by the first unit and reassigned: the timeline shows both units.
      events: [
        { status: 'received', at: '2026-10-20T08:30:00+08:00' },
        { status: 'accepted', at: '2026-10-20T14:00:00+08:00' },
        { status: 'assigned', at: '2026-10-20T14:05:00+08:00', unit: '示例市交通运输局' },
        { status: 'accepted', at: '2026-10-21T09:10:00+08:00' },
        { status: 'assigned', at: '2026-10-21T09:30:00+08:00', unit: '示例市城市管理局' },
        { status: 'inProgress', at: '2026-10-22T10:00:00+08:00' },
        { status: 'replied', at: '2026-10-23T17:00:00+08:00', unit: '示例市城市管理局' },
      ],
    },
  };
}

const FILE = {
  schemaVersion: 1,
  kind: 'mailbox-letters',
  publisher: { id: 'example-city', name: '示例市人民政府' },
  updatedAt: '2026-11-01T08:00:00+08:00',
};

const state = {
  posts: 0,
  published: fixtureLetters(),
  /** letterNumber → { queryCode, letter } */
  privateLetters: new Map(),
  /** key → { text, status: 'inflight' | 'done', receipt } */
  byKey: new Map(),
  seq: 1,
  ratings: 0,
  failures: [],
  /** Statuses the next letter list queries answer instead of a page. */
  listFailures: [],
  processingMs: 0,
  lastBody: undefined,
};

function reset() {
  state.posts = 0;
  state.published = fixtureLetters();
  state.privateLetters.clear();
  const seeded = seededPrivate();
  state.privateLetters.set(seeded.letter.letterNumber, seeded);
  state.byKey.clear();
  state.seq = 1;
  state.ratings = 0;
  state.failures = [];
  state.listFailures = [];
  state.processingMs = 0;
  state.failModule = undefined;
  state.lastBody = undefined;
}
reset();







function listLetters(ctx) {
  const failure = state.listFailures.shift();
  if (failure !== undefined) return problem(ctx, failure, '服务器内部错误，请稍后再试');
  const query = ctx.query;
  const all = (name) => [].concat(query[name] ?? []).filter(Boolean);
  const q = String(query.q ?? '').trim();
  const types = all('type');
  const statuses = all('status');
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const pageSize = Math.min(100, Math.max(1, Number.parseInt(query.pageSize ?? '20', 10) || 20));
  const matchesText = (l) => !q || l.subject.includes(q) || l.content.includes(q);
  const count = (facet, others) => {
    const counts = new Map();
    for (const l of state.published.filter((l) => matchesText(l) && others(l))) counts.set(l[facet], (counts.get(l[facet]) ?? 0) + 1);
    return [...counts].map(([value, n]) => ({ value, count: n }));
  };
  const typeOk = (l) => types.length === 0 || types.includes(l.type);
  const statusOk = (l) => statuses.length === 0 || statuses.includes(l.status);
  const matched = state.published.filter((l) => matchesText(l) && typeOk(l) && statusOk(l)).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  reply(ctx, 200, {
    items: matched.slice((page - 1) * pageSize, page * pageSize),
    total: matched.length,
    page,
    pageSize,
    facets: { type: count('type', statusOk), status: count('status', typeOk) },
  });
}

function getLetter(ctx, number) {
  const code = ctx.get('x-query-code');
  const own = state.privateLetters.get(number);
  if (own && code && own.queryCode === code) return reply(ctx, 200, own.letter);
  const published = state.published.find((l) => l.letterNumber === number);
  if (published) return reply(ctx, 200, published);
  // One answer for a wrong number and a wrong code: no hint which part was wrong.
  return problem(ctx, 404, '信件编号或查询码不正确');
}

async function postLetter(ctx) {
  state.posts += 1;
  const locale = chooseLocale(ctx.get('accept-language'));
  const key = ctx.get('idempotency-key');
  const parsed = await readJson(ctx);
  state.lastBody = parsed.ok ? parsed.value : undefined;
  const failure = state.failures.length > 0 ? state.failures.shift() : undefined;

  if (failure?.fail === 'drop') {
    // A few bytes first: a keep-alive socket closed without any byte makes Chromium resend silently.
    ctx.status = 200;
    ctx.respond = false;
    ctx.req.socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
    ctx.req.socket.destroy();
    return;
  }
  if (failure?.fail === '500') return problem(ctx, 500, '服务器内部错误，请稍后再试');
  if (failure?.fail === '409') return problem(ctx, 409, '相同的提交正在处理中，请稍后重试', undefined, { 'Retry-After': '0' });
  if (failure?.fail === '422' || failure?.fail === '400') {
    const errors = failure.errors ?? [{ path: 'phone', code: 'phone-format', message: '该号码无法接收短信，请填写其他联系电话' }];
    return problem(ctx, Number(failure.fail), '提交的内容有误，请按提示修改', errors);
  }

  if (!key) return problem(ctx, 400, '缺少 Idempotency-Key 请求头');
  if (!/^[\x21-\x7E]{8,200}$/.test(key)) return problem(ctx, 400, 'Idempotency-Key 格式不正确');
  if (!parsed.ok) return problem(ctx, 400, '请求体不是有效的 JSON');
  const existing = state.byKey.get(key);
  if (existing) {
    if (existing.text !== parsed.text) {
      // The reference server's problem type (packages/server/src/intake.ts): clients recognise it.
      return reply(ctx, 422, { type: 'urn:gongkai:problem:idempotency-key-reused', title: '该 Idempotency-Key 已用于另一份不同的提交', status: 422 });
    }
    if (existing.status === 'inflight') return problem(ctx, 409, '相同的提交正在处理中，请稍后重试', undefined, { 'Retry-After': '1' });
    return reply(ctx, 201, existing.receipt, { 'Idempotency-Replayed': 'true' });
  }

  const { validate, letterSubmissionSchema } = await schemaReady;
  const result = validate(letterSubmissionSchema, parsed.value);
  const errors = result.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => ({ path: issue.path, code: issue.code, message: issue.message[locale] }));
  if (errors.length > 0) return problem(ctx, 422, '提交的内容有误，请按提示修改', errors);

  const record = { text: parsed.text, status: 'inflight', receipt: undefined };
  state.byKey.set(key, record);
  if (state.processingMs > 0) await delay(state.processingMs);
  const letter = result.value;
  const submittedAt = shanghaiNow().dateTime;
  const letterNumber = `XJ-${submittedAt.slice(0, 10).replaceAll('-', '')}-${String(state.seq++).padStart(6, '0')}`;
  const queryCode = randomCode();
  state.privateLetters.set(letterNumber, {
    queryCode,
    letter: { letterNumber, type: letter.type, subject: letter.subject, content: letter.content, submittedAt, status: 'received', replies: [], events: [{ status: 'received', at: submittedAt }] },
  });
  record.receipt = { letterNumber, queryCode, submittedAt };
  record.status = 'done';
  if (failure?.fail === 'timeout') await delay(failure.holdMs ?? 3000);
  reply(ctx, 201, record.receipt);
}

async function rateLetter(ctx, number) {
  const locale = chooseLocale(ctx.get('accept-language'));
  const parsed = await readJson(ctx);
  const { validate, letterRatingSchema } = await schemaReady;
  const result = parsed.ok ? validate(letterRatingSchema, parsed.value) : undefined;
  if (!result?.ok) {
    const errors = (result?.issues ?? []).map((issue) => ({ path: issue.path, code: issue.code, message: issue.message[locale] }));
    return problem(ctx, 422, '提交的内容有误，请按提示修改', errors);
  }
  const own = state.privateLetters.get(number);
  const code = ctx.get('x-query-code');
  if (!own || !code || own.queryCode !== code) return problem(ctx, 404, '信件编号或查询码不正确');
  if (own.letter.status !== 'replied') {
    return problem(ctx, 409, '当前状态下不能执行该操作', [{ path: 'status', code: 'invalid-transition', message: `状态“${own.letter.status}”下不能执行“rate”` }]);
  }
  own.letter = { ...own.letter, status: 'rated', satisfaction: result.value.satisfaction, events: [...(own.letter.events ?? []), { status: 'rated', at: shanghaiNow().dateTime }] };
  state.ratings += 1;
  reply(ctx, 200, own.letter);
}

async function control(ctx) {
  const parsed = await readJson(ctx);
  const body = parsed.ok && parsed.value && typeof parsed.value === 'object' ? parsed.value : {};
  if (body.reset) reset();
  if (typeof body.processingMs === 'number') state.processingMs = body.processingMs;
  if (body.fail) {
    for (let i = 0; i < (body.count ?? 1); i++) state.failures.push({ fail: String(body.fail), holdMs: body.holdMs, errors: body.errors });
  }
  if (typeof body.failModule === 'string') state.failModule = body.failModule || undefined;
  if (body.failGet === 'letters') {
    for (let i = 0; i < (body.count ?? 1); i++) state.listFailures.push(Number(body.status ?? 500));
  }
  reply(ctx, 200, { ok: true, pendingFailures: state.failures.length });
}

/** Koa middleware for @web/dev-server / @web/test-runner: `middleware: [mailboxStub, restContractStub]`. */
export async function mailboxStub(ctx, next) {
  if (state.failModule && ctx.path.endsWith(state.failModule)) {
    ctx.status = 503; // a lazy chunk that cannot be downloaded (offline, a deploy that removed it)
    return;
  }
  if (!ctx.path.startsWith(PREFIX)) return next();
  const path = ctx.path.slice(PREFIX.length);
  const method = ctx.method;
  if (method === 'POST' && path === '_control') return control(ctx);
  if (method === 'GET' && path === '_state') {
    return reply(ctx, 200, {
      posts: state.posts,
      letters: [...state.byKey.values()].filter((r) => r.status === 'done').length,
      keys: [...state.byKey.keys()],
      ratings: state.ratings,
      lastBody: state.lastBody,
    });
  }
  if (method === 'GET' && path === 'files/letters.json') return reply(ctx, 200, { ...FILE, letters: fixtureLetters() });
  if (method === 'GET' && path === 'files/letters-with-stats.json') return reply(ctx, 200, { ...FILE, letters: fixtureLetters(), stats: FILE_STATS });
  if (method === 'GET' && path === 'files/letters-broken.json') {
    return reply(ctx, 200, { ...FILE, letters: { oops: true } });
  }
  if (method === 'GET' && path === 'stats') return reply(ctx, 200, STATS);
  if (method === 'GET' && path === 'letters') return listLetters(ctx);
  if (method === 'POST' && path === 'letters') return postLetter(ctx);
  const rating = /^letters\/([^/]+)\/rating$/.exec(path);
  if (method === 'POST' && rating) return rateLetter(ctx, decodeURIComponent(rating[1]));
  const one = /^letters\/([^/]+)$/.exec(path);
  if (method === 'GET' && one) return getLetter(ctx, decodeURIComponent(one[1]));
  return problem(ctx, 404, '未找到');
}

export default mailboxStub;
