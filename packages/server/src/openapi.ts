/**
 * `GET openapi.json`: an OpenAPI 3.1 document whose bodies are generated from the same zod
 * schemas the server validates with (never written by hand, docs/design.md §5).
 */
import * as z from 'zod/mini';
import {
  agencySchema,
  disclosureDocumentSchema,
  disclosureReceiptSchema,
  disclosureRequestSchema,
  disclosureRequestStatusSchema,
  letterRatingSchema,
  letterReceiptSchema,
  letterSubmissionSchema,
  mailboxStatsSchema,
  powerItemSchema,
  problemSchema,
  publicLetterSchema,
  writerLetterSchema,
} from '@gongkai/schema';
import { staffPaths, staffSchemas, staffSecuritySchemes } from './openapi-staff.js';

type Json = Record<string, unknown>;

function schema(zodSchema: z.core.$ZodType, io: 'input' | 'output'): Json {
  const generated = z.toJSONSchema(zodSchema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete generated.$schema;
  return generated;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const page = (item: string) => ({
  description: 'A page of results',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['items', 'page', 'pageSize', 'total'],
        properties: {
          items: { type: 'array', items: ref(item) },
          page: { type: 'integer', minimum: 1 },
          pageSize: { type: 'integer', minimum: 1, maximum: 100 },
          total: { type: 'integer', minimum: 0 },
          facets: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, count: { type: 'integer' } } } } },
        },
      },
    },
  },
});
const q = (name: string, description: string, repeated = false) => ({
  name,
  in: 'query',
  description,
  ...(repeated ? { explode: true, style: 'form', schema: { type: 'array', items: { type: 'string' } } } : { schema: { type: 'string' } }),
});
const paging = [q('page', 'Page number, from 1'), q('pageSize', 'Items per page, 1–100 (default 20)')];
const idempotency = { name: 'Idempotency-Key', in: 'header', required: true, description: '8–200 visible ASCII characters; a retry with the same key and body returns the same 201', schema: { type: 'string' } };
const queryCode = { name: 'X-Query-Code', in: 'header', description: 'The query code from the receipt', schema: { type: 'string' } };
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const intakeErrors = {
  '400': problem('Missing or malformed Idempotency-Key, malformed JSON'),
  '409': problem('The same Idempotency-Key is still in flight'),
  '413': problem('Body too large'),
  '415': problem('Not application/json'),
  '422': problem('Invalid body (errors[] has the field paths) or Idempotency-Key reused with another body'),
  '429': problem('Too many valid submissions from this address, or from this phone number or e-mail address today; Retry-After gives the seconds to wait'),
};

export function buildOpenApi(serverUrl: string, options: { sso?: boolean } = {}): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Gongkai REST contract', version: '1.0.0', description: 'docs/design.md §5. Errors are application/problem+json with errors[{path, message}] in the Accept-Language locale.' },
    servers: [{ url: serverUrl }],
    paths: {
      '/': {
        get: {
          summary: 'This index: a link to openapi.json and the resources (HTML for a browser, else JSON)',
          responses: { '200': { description: 'The index', content: { 'application/json': { schema: { type: 'object', required: ['name', 'openapi', 'resources'] } }, 'text/html': { schema: { type: 'string' } } } } },
        },
      },
      '/power-items': { get: { summary: 'Power catalog', parameters: [q('q', 'Search text'), q('type', 'Power type', true), q('department', 'Department', true), q('sort', 'name, code, -name…'), ...paging], responses: { '200': page('PowerItem'), '400': problem('Bad query') } } },
      '/power-items/{id}': { get: { parameters: [pathParam('id')], responses: { '200': { description: 'One item', content: json('PowerItem') }, '404': problem('Not found') } } },
      '/disclosure/documents': {
        get: {
          summary: 'Disclosure directory',
          parameters: [q('q', 'Search text'), q('category', 'Category id', true), q('year', 'Year published', true), q('publisher', 'Publisher', true), q('validity', 'Validity status', true), q('sort', 'publishedAt, title, indexNumber (prefix - for descending)'), ...paging],
          responses: { '200': page('DisclosureDocument'), '400': problem('Bad query') },
        },
      },
      '/disclosure/documents/{id}': { get: { parameters: [pathParam('id')], responses: { '200': { description: 'One document', content: json('DisclosureDocument') }, '404': problem('Not found') } } },
      '/disclosure/categories': { get: { responses: { '200': { description: '{categories: Category[]}' }, '404': problem('No directory') } } },
      '/disclosure/guide': { get: { responses: { '200': { description: 'The disclosure guide' }, '404': problem('No guide') } } },
      '/agencies': { get: { parameters: [q('q', 'Search text'), ...paging], responses: { '200': page('Agency') } } },
      '/agencies/{id}': { get: { parameters: [pathParam('id')], responses: { '200': { description: 'One agency', content: json('Agency') }, '404': problem('Not found') } } },
      '/disclosure/requests': {
        post: { summary: 'File an application', parameters: [idempotency], requestBody: { required: true, content: json('DisclosureRequest') }, responses: { '201': { description: 'Stored', content: json('DisclosureReceipt') }, ...intakeErrors } },
      },
      '/disclosure/requests/{trackingNumber}': {
        get: { parameters: [pathParam('trackingNumber'), queryCode], responses: { '200': { description: 'Status', content: json('DisclosureRequestStatus') }, '404': problem('Unknown number or wrong code') } },
      },
      '/mailbox/letters': {
        get: { parameters: [q('q', 'Search text'), q('type', 'Letter type', true), q('status', 'Status', true), q('sort', 'submittedAt, subject'), ...paging], responses: { '200': page('PublicLetter') } },
        post: { summary: 'Write a letter', parameters: [idempotency], requestBody: { required: true, content: json('LetterSubmission') }, responses: { '201': { description: 'Stored', content: json('LetterReceipt') }, ...intakeErrors } },
      },
      '/mailbox/letters/{letterNumber}': { get: { parameters: [pathParam('letterNumber'), queryCode], responses: { '200': { description: 'With the query code: the writer’s own letter with its events (status changes with time, the unit where public); otherwise a published letter', content: json('WriterLetter') }, '404': problem('Not found') } } },
      '/mailbox/letters/{letterNumber}/rating': {
        post: { parameters: [pathParam('letterNumber'), queryCode], requestBody: { required: true, content: json('LetterRating') }, responses: { '200': { description: 'Rated: the writer’s letter with its events', content: json('WriterLetter') }, '404': problem('Unknown number or wrong code'), '409': problem('Not replied yet'), '422': problem('Invalid body') } },
      },
      '/mailbox/stats': { get: { responses: { '200': { description: 'Statistics', content: json('MailboxStats') } } } },
      ...staffPaths(options),
    },
    components: {
      schemas: {
        PowerItem: schema(powerItemSchema, 'output'),
        DisclosureDocument: schema(disclosureDocumentSchema, 'output'),
        Agency: schema(agencySchema, 'output'),
        PublicLetter: schema(publicLetterSchema, 'output'),
        MailboxStats: schema(mailboxStatsSchema, 'output'),
        WriterLetter: schema(writerLetterSchema, 'output'),
        DisclosureRequest: schema(disclosureRequestSchema, 'input'),
        DisclosureReceipt: schema(disclosureReceiptSchema, 'output'),
        DisclosureRequestStatus: schema(disclosureRequestStatusSchema, 'output'),
        LetterSubmission: schema(letterSubmissionSchema, 'input'),
        LetterReceipt: schema(letterReceiptSchema, 'output'),
        LetterRating: schema(letterRatingSchema, 'input'),
        Problem: schema(problemSchema, 'output'),
        ...staffSchemas(),
      },
      securitySchemes: staffSecuritySchemes(),
    },
  };
}
