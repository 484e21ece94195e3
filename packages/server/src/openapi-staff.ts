/**
 * The staff API's part of `GET openapi.json` (docs/staff.md, docs/design.md §5): every route
 * under `staff/` with its method, security (API token, or the session cookie plus the CSRF
 * header on changes), query parameters, bodies generated from the zod schemas the routes
 * validate with (staff-schemas.ts) and its refusals. test/openapi.node.test.ts walks the
 * routes Fastify registered and fails on any missing here.
 */
import * as z from 'zod/mini';
import { SESSION_COOKIE } from './routes/staff-auth.js';
import { SECTIONS } from './staff/access.js';
import { approveSchema, LETTER_ACTION_BODIES, offlineLetterIntakeSchema, offlineRequestIntakeSchema, REPLY_TEMPLATE_PLACEHOLDERS, REQUEST_ACTION_BODIES, replyTemplateSchema, returnForChangesSchema, signInSchema } from './staff-schemas.js';

type Json = Record<string, unknown>;

function inputSchema(zodSchema: z.core.$ZodType): Json {
  const generated = z.toJSONSchema(zodSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
  delete generated.$schema;
  return generated;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const ok = (description: string, name: string) => ({ description, content: json(name) });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const query = (name: string, description: string, schema: Json = { type: 'string' }, required = false) => ({ name, in: 'query', description, required, schema });
const repeated = (name: string, description: string) => ({ name, in: 'query', description, explode: true, style: 'form', schema: { type: 'array', items: { type: 'string' } } });
const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const paging = (defaultSize: number, max: number) => [
  query('page', 'Page number, from 1', { type: 'integer', minimum: 1 }),
  query('pageSize', `Items per page, 1–${max} (default ${defaultSize})`, { type: 'integer', minimum: 1, maximum: max }),
];
const civilDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/** A read: an API token, or the session cookie alone (GET needs no CSRF header). */
const READ_SECURITY = [{ staffToken: [] }, { staffSession: [] }];
/** A change: an API token, or the session cookie with its CSRF token in `X-CSRF-Token`. */
const CHANGE_SECURITY = [{ staffToken: [] }, { staffSession: [], staffCsrf: [] }];

const denied = {
  '401': problem('No valid API token or session'),
  '403': problem('The caller’s role does not allow this (or, with the cookie, the X-CSRF-Token header is missing or wrong)'),
};
const unknown = { '404': problem('Unknown, or of an agency outside the caller’s (indistinguishable on purpose)') };
const badQuery = { '400': problem('Bad query parameter (errors[] names it)') };

function read(summary: string, responses: Json, parameters: Json[] = []): Json {
  return { summary, tags: ['staff'], security: READ_SECURITY, ...(parameters.length ? { parameters } : {}), responses: { ...responses, ...denied } };
}

function change(summary: string, body: string, responses: Json, parameters: Json[] = []): Json {
  return {
    summary,
    tags: ['staff'],
    security: CHANGE_SECURITY,
    ...(parameters.length ? { parameters } : {}),
    requestBody: { required: false, description: 'An empty body `{}` is accepted where every member is optional', content: json(body) },
    responses: { ...responses, ...denied, '415': problem('Not application/json'), '422': problem('Invalid body (errors[] has the field paths)') },
  };
}

const REQUEST_ACTION_SUMMARIES: Record<keyof typeof REQUEST_ACTION_BODIES, string> = {
  'confirm-receipt': 'Confirm receipt (registrar): the reply period starts',
  'request-correction': 'Request a correction (补正); the period restarts when it arrives',
  'correction-received': 'Record the corrected application as received',
  abandon: 'Treat as abandoned: no correction in time',
  extend: 'Extend once, by at most 20 working days, with the reason',
  pause: 'Pause for a third-party or inter-agency consultation',
  resume: 'Resume after the consultation',
  reply: 'Reply with an Art. 36 reply type and its annual-report row',
};
const LETTER_ACTION_SUMMARIES: Record<keyof typeof LETTER_ACTION_BODIES, string> = {
  accept: 'Accept the letter',
  reject: 'Reject it, with the reason the writer sees',
  assign: 'Assign it to a unit of the agency (from its list)',
  return: 'The unit returns it for reassignment',
  start: 'The unit starts handling it',
  reply: 'Reply, signed by a unit of the agency',
  reopen: 'Reopen after an unsatisfied rating',
  close: 'Close the letter',
  publish: 'Publish the masked text (optionally edited) on the public list',
};

/** Four-eyes approval (docs/staff.md): the same two actions on applications and letters. */
const APPROVAL_BODIES = { approve: approveSchema, 'return-for-changes': returnForChangesSchema } as const;
const APPROVAL_SUMMARIES: Record<keyof typeof APPROVAL_BODIES, string> = {
  approve: 'Approve the proposal of another staff member (four eyes): it is delivered or published exactly as proposed',
  'return-for-changes': 'Return the proposal to its proposer with a note saying what to change',
};

/** Offline intake by a registrar: the public body plus how it came and when it was received. */
function offlineIntake(summary: string, publicBody: string, extra: string, receipt: Json): Json {
  return {
    summary,
    tags: ['staff'],
    security: CHANGE_SECURITY,
    parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, description: 'A fresh random key per submission; a replay answers the same 201', schema: { type: 'string', minLength: 16, maxLength: 200 } }],
    requestBody: { required: true, content: { 'application/json': { schema: { allOf: [ref(publicBody), ref(extra)] } } } },
    responses: {
      '201': { description: 'Registered: the receipt to hand or post to the citizen (the query code is shown once)', content: { 'application/json': { schema: receipt } } },
      ...denied,
      ...unknown,
      '415': problem('Not application/json'),
      '422': problem('Invalid body, or a received date in the future or more than a year back (errors[] has the field paths)'),
    },
  };
}

function pascal(name: string): string {
  return name.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());
}

function actionPaths(base: string, param: string, actions: Record<string, string>, bodyPrefix: string, answer: string): Json {
  const paths: Json = {};
  for (const [action, summary] of Object.entries(actions)) {
    paths[`${base}/{${param}}/${action}`] = {
      post: change(summary, `${bodyPrefix}${pascal(action)}Body`, {
        '200': ok('Done: the masked view with the actions possible now (an action is no personal-data read)', answer),
        // Where the agency requires four eyes, a reply or a publication is first a proposal.
        ...(action === 'reply' || action === 'publish' ? { '202': ok('Proposed: awaits an approver (approval.state pending); the masked view', answer) } : {}),
        ...unknown,
        '409': problem('Not possible in the current state (errors[0].message says why, in plain words)'),
      }, [pathParam(param, '')]),
    };
  }
  return paths;
}

function actionBodies(actions: Record<string, z.core.$ZodType>, prefix: string): Json {
  return Object.fromEntries(Object.entries(actions).map(([action, schema]) => [`${prefix}${pascal(action)}Body`, inputSchema(schema)]));
}

const listQuery = (numberName: string, personName: string) => [
  query('q', `A ${numberName} (exact), words of the subject or description (every word must occur), or the ${personName}’s full name (exact; the name is matched, never returned in the list)`, { type: 'string', maxLength: 200 }),
  query('receivedFrom', 'Received on or after this date (Asia/Shanghai), YYYY-MM-DD', civilDate),
  query('receivedTo', 'Received on or before this date (Asia/Shanghai), YYYY-MM-DD', civilDate),
  repeated('status', 'Status (repeat for several)'),
  query('overdue', '`true`: only those past their due date and still open', { type: 'string', enum: ['true', 'false'] }),
];

/** Single sign-on's routes exist only when a provider is configured (src/staff/oidc.ts). */
function ssoPaths(): Json {
  const redirect = (description: string) => ({ '303': { description } });
  return {
    '/staff/oidc/start': {
      get: { summary: 'Single sign-on, first leg: 303 to the OpenID provider (sets the sealed gk_oidc state cookie)', tags: ['staff'], security: [], responses: redirect('To the provider’s authorization endpoint') },
    },
    '/staff/oidc/callback': {
      get: {
        summary: 'Single sign-on, second leg: the provider sends the browser back here with a code',
        tags: ['staff'],
        security: [],
        parameters: [query('code', 'Authorization code'), query('state', 'The state the first leg sent')],
        responses: redirect('To the workbench: signed in (session cookie set), or with ?sso=unknown-account|expired|refused'),
      },
    },
  };
}

export function staffPaths(options: { sso?: boolean } = {}): Json {
  return {
    '/staff/session/methods': {
      get: {
        summary: 'How staff can sign in here: password, and single sign-on when a provider is configured',
        tags: ['staff'],
        security: [],
        responses: {
          '200': {
            description: 'Sign-in methods',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['password', 'sso'],
                  properties: {
                    password: { type: 'boolean' },
                    sso: { oneOf: [{ type: 'null' }, { type: 'object', required: ['label', 'start'], properties: { label: { type: 'string' }, start: { type: 'string', description: 'Path of GET /staff/oidc/start' } } }] },
                  },
                },
              },
            },
          },
        },
      },
    },
    ...(options.sso ? ssoPaths() : {}),
    '/staff/session': {
      post: {
        summary: 'Sign in: sets the HttpOnly, SameSite=Strict session cookie and answers the CSRF token',
        tags: ['staff'],
        security: [],
        requestBody: { required: true, content: json('StaffSignIn') },
        responses: {
          '200': ok('Signed in', 'StaffSession'),
          '401': problem('Wrong name or password, or the account or address is locked for a while (one message for all)'),
          '422': problem('Invalid body'),
        },
      },
      get: read('The caller: user, roles, agencies, what they may do; the CSRF token with the cookie', { '200': ok('The session', 'StaffSession') }),
      delete: { summary: 'Sign out', tags: ['staff'], security: CHANGE_SECURITY, responses: { '204': { description: 'Signed out; the cookie is cleared' }, ...denied } },
    },
    '/staff/agencies': { get: read('The caller’s agencies with their names and units', { '200': ok('Agencies', 'StaffAgencies') }) },

    '/staff/disclosure/requests': {
      get: read('Applications of the caller’s agencies, overdue first, then soonest due (masked)', { '200': ok('A page', 'StaffRequestPage'), ...badQuery }, [
        ...listQuery('tracking number', 'applicant'),
        repeated('agencyId', 'Agency id (within the caller’s)'),
        ...paging(20, 100),
      ]),
      post: offlineIntake('Register an application received in person, by post or by fax (registrar)', 'DisclosureRequest', 'OfflineRequestIntake', {
        type: 'object',
        required: ['trackingNumber', 'queryCode', 'receivedAt', 'dueDate', 'status', 'channel', 'registeredAt'],
        properties: {
          trackingNumber: { type: 'string' },
          queryCode: { type: 'string' },
          receivedAt: { ...civilDate, description: 'The civil date of receipt the clock counts from' },
          dueDate: civilDate,
          status: { type: 'string', enum: ['received'] },
          channel: { type: 'string', enum: ['in-person', 'post', 'fax'] },
          registeredAt: { type: 'string', format: 'date-time' },
        },
      }),
    },
    '/staff/disclosure/requests/{trackingNumber}': {
      get: read('One application; `view=masked` without the personal data, else in full (audited as read-personal)', { '200': ok('The application', 'StaffRequest'), ...unknown, ...badQuery }, [
        pathParam('trackingNumber', ''),
        query('view', '`masked` or `full` (default)', { type: 'string', enum: ['masked', 'full'] }),
      ]),
    },
    '/staff/disclosure/requests/{trackingNumber}/applicant': {
      get: read('The applicant’s details in full (audited as read-personal)', { '200': ok('The applicant', 'StaffApplicant'), ...unknown }, [pathParam('trackingNumber', '')]),
    },
    '/staff/disclosure/requests/{trackingNumber}/actions': {
      get: read('The actions the caller may take now', { '200': ok('Actions', 'StaffRequestActions'), ...unknown }, [pathParam('trackingNumber', '')]),
    },
    ...actionPaths('/staff/disclosure/requests', 'trackingNumber', REQUEST_ACTION_SUMMARIES, 'Request', 'StaffRequest'),
    ...actionPaths('/staff/disclosure/requests', 'trackingNumber', APPROVAL_SUMMARIES, 'Approval', 'StaffRequest'),

    '/staff/mailbox/letters': {
      get: read('Letters of the caller’s agencies, overdue first (masked)', { '200': ok('A page', 'StaffLetterPage'), ...badQuery }, [
        ...listQuery('letter number', 'writer'),
        repeated('type', 'Letter type (repeat for several)'),
        ...paging(20, 100),
      ]),
      post: offlineIntake('Register a letter received by post (registrar)', 'LetterSubmission', 'OfflineLetterIntake', {
        type: 'object',
        required: ['letterNumber', 'queryCode', 'submittedAt', 'channel', 'receivedAt'],
        properties: {
          letterNumber: { type: 'string' },
          queryCode: { type: 'string' },
          submittedAt: { type: 'string', format: 'date-time' },
          channel: { type: 'string', enum: ['post'] },
          receivedAt: civilDate,
        },
      }),
    },
    '/staff/mailbox/letters/{letterNumber}': {
      get: read('One letter; `view=masked` without the personal data, else in full (audited as read-personal)', { '200': ok('The letter', 'StaffLetter'), ...unknown, ...badQuery }, [
        pathParam('letterNumber', ''),
        query('view', '`masked` or `full` (default)', { type: 'string', enum: ['masked', 'full'] }),
      ]),
    },
    '/staff/mailbox/letters/{letterNumber}/writer': {
      get: read('The writer’s contact details in full (audited as read-personal)', { '200': ok('The writer', 'StaffWriter'), ...unknown }, [pathParam('letterNumber', '')]),
    },
    '/staff/mailbox/letters/{letterNumber}/actions': {
      get: read('The actions the caller may take now', { '200': ok('Actions', 'StaffLetterActions'), ...unknown }, [pathParam('letterNumber', '')]),
    },
    '/staff/mailbox/letters/{letterNumber}/publication': {
      get: read('Exactly what publishing would store: the masked letter and replies', { '200': ok('The publication', 'PublicLetter'), ...unknown, '409': problem('Not publishable (private, or not answered yet)') }, [
        pathParam('letterNumber', ''),
      ]),
    },
    ...actionPaths('/staff/mailbox/letters', 'letterNumber', LETTER_ACTION_SUMMARIES, 'Letter', 'StaffLetter'),
    ...actionPaths('/staff/mailbox/letters', 'letterNumber', APPROVAL_SUMMARIES, 'Approval', 'StaffLetter'),

    '/staff/agencies/{agencyId}/reply-templates': {
      get: read('The agency’s reply templates (handlers, approvers), by reply type', { '200': ok('Templates', 'ReplyTemplates'), ...unknown, ...badQuery }, [
        pathParam('agencyId', 'One of the caller’s agencies'),
        query('replyType', 'Only the templates of this reply type'),
      ]),
      post: change('Add a reply template (approvers)', 'ReplyTemplateBody', { '201': ok('Added', 'ReplyTemplate'), ...unknown }, [pathParam('agencyId', 'One of the caller’s agencies')]),
    },
    '/staff/agencies/{agencyId}/reply-templates/{templateId}': {
      put: change('Replace a reply template (approvers)', 'ReplyTemplateBody', { '200': ok('Replaced', 'ReplyTemplate'), ...unknown }, [pathParam('agencyId', ''), pathParam('templateId', '')]),
      delete: {
        summary: 'Delete a reply template (approvers)',
        tags: ['staff'],
        security: CHANGE_SECURITY,
        parameters: [pathParam('agencyId', ''), pathParam('templateId', '')],
        responses: { '204': { description: 'Deleted' }, ...unknown, ...denied },
      },
    },

    '/staff/audit': {
      get: read('Audit entries about the caller’s agencies, oldest first (never the personal data itself)', { '200': ok('A page', 'StaffAuditPage'), ...badQuery }, [
        query('entityId', 'A tracking or letter number'),
        ...paging(50, 500),
      ]),
    },
    '/staff/reports/annual': {
      get: read(
        'The annual report table (国办公开办函〔2021〕30号) for a year and one or all of the caller’s agencies',
        {
          '200': {
            description: 'The report; CSV and XLSX are attachments (Content-Disposition: attachment; filename="annual-report-YEAR[-AGENCY].csv|xlsx")',
            headers: { 'Content-Disposition': { description: 'For csv and xlsx', schema: { type: 'string' } } },
            content: {
              'application/json': { schema: ref('AnnualReport') },
              'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM; labels in the Accept-Language locale' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
            },
          },
          ...badQuery,
          '404': problem('An agency outside the caller’s'),
        },
        [
          query('year', 'The year (2000–2100)', { type: 'integer', minimum: 2000, maximum: 2100 }, true),
          query('agencyId', 'One of the caller’s agencies (default: all of them)'),
          query('format', '`json` (default), `csv` or `xlsx`', { type: 'string', enum: ['json', 'csv', 'xlsx'] }),
          query('lang', 'Language of the CSV/XLSX labels (default: from Accept-Language)', { type: 'string', enum: ['zh-Hans', 'zh-Hant', 'en'] }),
        ],
      ),
    },
  };
}

const page = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'page', 'pageSize'],
  properties: { items: { type: 'array', items: ref(item) }, total: { type: 'integer', minimum: 0 }, page: { type: 'integer', minimum: 1 }, pageSize: { type: 'integer', minimum: 1 } },
});
const localized = { type: 'object', properties: { 'zh-Hans': { type: 'string' }, 'zh-Hant': { type: 'string' }, en: { type: 'string' } } };
const agency = { type: 'object', required: ['id', 'name', 'units'], properties: { id: { type: 'string' }, name: { type: 'string' }, units: { type: 'array', items: { type: 'string' } } } };
const actionNames = { type: 'array', items: { type: 'string' } };
const timeline = { type: 'array', items: { type: 'object', required: ['status', 'at'], properties: { status: { type: 'string' }, at: { type: 'string' }, note: { type: 'string' }, dueDate: { type: 'string' }, unit: { type: 'string' } } } };

/** Response bodies: what the routes answer (their members; the masked views replace personal members with masked strings). */
export function staffSchemas(): Json {
  return {
    StaffSignIn: inputSchema(signInSchema),
    ...actionBodies(REQUEST_ACTION_BODIES, 'Request'),
    ...actionBodies(LETTER_ACTION_BODIES, 'Letter'),
    ...actionBodies(APPROVAL_BODIES, 'Approval'),
    OfflineRequestIntake: inputSchema(offlineRequestIntakeSchema),
    OfflineLetterIntake: inputSchema(offlineLetterIntakeSchema),
    ReplyTemplateBody: {
      ...inputSchema(replyTemplateSchema),
      description: `The body may hold these placeholders, filled in by the workbench: ${REPLY_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(' ')}; any other {…} is refused (422)`,
    },
    ReplyTemplate: {
      type: 'object',
      required: ['id', 'agencyId', 'replyType', 'title', 'body', 'updatedAt', 'updatedBy'],
      properties: { id: { type: 'integer' }, agencyId: { type: 'string' }, replyType: { type: 'string' }, title: { type: 'string' }, body: { type: 'string' }, updatedAt: { type: 'string' }, updatedBy: { type: 'string' } },
    },
    ReplyTemplates: {
      type: 'object',
      required: ['agencyId', 'placeholders', 'templates'],
      properties: { agencyId: { type: 'string' }, placeholders: { type: 'array', items: { type: 'string' } }, templates: { type: 'array', items: ref('ReplyTemplate') } },
    },
    StaffAgency: agency,
    StaffAgencies: { type: 'object', required: ['agencies'], properties: { agencies: { type: 'array', items: ref('StaffAgency') } } },
    StaffSession: {
      type: 'object',
      required: ['user', 'permissions', 'sections'],
      properties: {
        user: {
          type: 'object',
          required: ['name', 'displayName', 'roles', 'agencies'],
          properties: { name: { type: 'string' }, displayName: { type: 'string' }, roles: { type: 'array', items: { type: 'string' } }, agencies: { type: 'array', items: ref('StaffAgency') } },
        },
        permissions: { type: 'array', items: { type: 'string' }, description: 'The access ids (docs/staff.md "Roles") the caller’s roles allow, e.g. `requests.list`, `letters.publish`' },
        sections: { type: 'array', items: { type: 'string', enum: Object.keys(SECTIONS) }, description: 'The workbench sections the caller may open' },
        csrfToken: { type: 'string', description: 'Only with the session cookie: send it as X-CSRF-Token on every change' },
      },
    },
    StaffRequest: {
      type: 'object',
      required: ['trackingNumber', 'agencyId', 'status', 'submittedAt', 'dueDate', 'overdue', 'request'],
      properties: {
        trackingNumber: { type: 'string' },
        agencyId: { type: 'string' },
        status: { type: 'string' },
        submittedAt: { type: 'string' },
        receivedDate: { type: 'string' },
        dueDate: { type: 'string' },
        dueDateProvisional: { type: 'boolean' },
        dueDateExplanation: localized,
        overdue: { type: 'boolean' },
        deadlineFacts: { type: 'object' },
        reportRow: { type: 'string' },
        request: { type: 'object', description: 'The application as filed; in the masked view the applicant and the description are masked' },
        events: timeline,
        reply: { type: 'object', properties: { type: { type: 'string' }, content: { type: 'string' }, repliedAt: { type: 'string' }, attachments: { type: 'array' } } },
        masked: { type: 'boolean', const: true },
        allowedActions: actionNames,
      },
    },
    StaffRequestPage: page('StaffRequest'),
    StaffApplicant: { type: 'object', required: ['trackingNumber', 'applicant'], properties: { trackingNumber: { type: 'string' }, applicant: { type: 'object' } } },
    StaffRequestActions: { type: 'object', required: ['trackingNumber', 'status', 'allowedActions'], properties: { trackingNumber: { type: 'string' }, status: { type: 'string' }, allowedActions: actionNames } },
    StaffLetter: {
      type: 'object',
      required: ['letterNumber', 'status', 'type', 'submittedAt', 'dueDate', 'overdue', 'mayPublish', 'letter'],
      properties: {
        letterNumber: { type: 'string' },
        agencyId: { type: 'string' },
        status: { type: 'string' },
        type: { type: 'string' },
        submittedAt: { type: 'string' },
        dueDate: { type: 'string' },
        overdue: { type: 'boolean' },
        mayPublish: { type: 'boolean' },
        leadUnit: { type: 'string' },
        assistingUnits: { type: 'array', items: { type: 'string' } },
        replies: { type: 'array', items: { type: 'object', properties: { unit: { type: 'string' }, content: { type: 'string' }, repliedAt: { type: 'string' } } } },
        satisfaction: { type: 'string' },
        ratingComment: { type: 'string' },
        published: ref('PublicLetter'),
        letter: { type: 'object', description: 'The letter as written; in the masked view the writer and the text are masked' },
        masked: { type: 'boolean', const: true },
        allowedActions: actionNames,
      },
    },
    StaffLetterPage: page('StaffLetter'),
    StaffWriter: { type: 'object', required: ['letterNumber', 'writer'], properties: { letterNumber: { type: 'string' }, writer: { type: 'object', properties: { name: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' }, address: { type: 'string' } } } } },
    StaffLetterActions: { type: 'object', required: ['letterNumber', 'status', 'allowedActions'], properties: { letterNumber: { type: 'string' }, status: { type: 'string' }, allowedActions: actionNames } },
    StaffAuditEntry: {
      type: 'object',
      required: ['id', 'at', 'actor', 'action', 'entityType', 'entityId'],
      properties: { id: { type: 'integer' }, at: { type: 'string' }, actor: { type: 'string' }, action: { type: 'string' }, entityType: { type: 'string' }, entityId: { type: 'string' }, beforeStatus: { type: 'string' }, afterStatus: { type: 'string' }, detail: {} },
    },
    StaffAuditPage: page('StaffAuditEntry'),
    AnnualReport: {
      type: 'object',
      required: ['year', 'received', 'total', 'rows'],
      properties: {
        year: { type: 'integer' },
        agencyId: { type: 'string' },
        received: { type: 'integer', minimum: 0 },
        total: { type: 'integer', minimum: 0 },
        rows: { type: 'array', items: { type: 'object', required: ['row', 'label', 'count'], properties: { row: { type: 'string' }, label: localized, count: { type: 'integer', minimum: 0 } } } },
      },
    },
  };
}

export function staffSecuritySchemes(): Json {
  return {
    staffToken: { type: 'http', scheme: 'bearer', description: 'A staff API token (`gongkai-server staff token NAME`): any characters after `Bearer `' },
    staffSession: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The workbench session (HttpOnly, SameSite=Strict) from POST /staff/session' },
    staffCsrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'The session’s csrfToken; required with the cookie on every change (POST, PUT, DELETE)' },
  };
}
