/**
 * `staff/agencies/{id}/reply-templates`: the reply templates of one of the caller's agencies
 * (an agency outside theirs answers 404, like any record of it). Reads for handlers and
 * approvers, changes for approvers (staff/access.ts); bodies validated with
 * staff-schemas.ts, placeholders checked against the known list.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound, single, validateBody } from '../http-helpers.js';
import { HttpProblem, TITLES, t } from '../problem.js';
import type { Store } from '../store.js';
import type { ReplyTemplateInput } from '../store/reply-templates.js';
import { REPLY_TEMPLATE_PLACEHOLDERS, replyTemplateSchema } from '../staff-schemas.js';
import { principalOf } from './staff-auth.js';

type Params = { agencyId: string; templateId?: string };

function agencyOf(request: FastifyRequest<{ Params: Params }>): string {
  const { agencyId } = request.params;
  if (!principalOf(request).agencies.includes(agencyId)) throw notFound();
  return agencyId;
}

function templateIdOf(request: FastifyRequest<{ Params: Params }>): number {
  const raw = request.params.templateId ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** The body, with every `{placeholder}` one the workbench knows how to fill in. */
function templateBody(body: unknown): ReplyTemplateInput {
  const input = validateBody<ReplyTemplateInput>(replyTemplateSchema, body ?? {});
  const unknown = [...input.body.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((name) => !(REPLY_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    const known = REPLY_TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join('、');
    throw new HttpProblem(422, 'invalid-body', TITLES.invalidBody, [
      {
        path: 'body',
        code: 'placeholder',
        message: t(`未知的占位符“{${unknown[0]}}”，可用：${known}`, `未知的佔位符「{${unknown[0]}}」，可用：${known}`, `unknown placeholder {${unknown[0]}}; known: ${known}`),
      },
    ]);
  }
  return input;
}

export function registerStaffReplyTemplateRoutes(staff: FastifyInstance, store: Store): void {
  const base = 'agencies/:agencyId/reply-templates';
  staff.get<{ Params: Params }>(base, { config: { access: 'templates.list' } }, async (request) => {
    const agencyId = agencyOf(request);
    const replyType = single(request.query as Record<string, unknown>, 'replyType');
    return { agencyId, placeholders: REPLY_TEMPLATE_PLACEHOLDERS, templates: await store.replyTemplates.list(agencyId, replyType) };
  });
  staff.post<{ Params: Params }>(base, { config: { access: 'templates.edit' } }, async (request, reply) => {
    const agencyId = agencyOf(request);
    const created = await store.replyTemplates.create(agencyId, templateBody(request.body), principalOf(request));
    return reply.code(201).send(created);
  });
  staff.put<{ Params: Params }>(`${base}/:templateId`, { config: { access: 'templates.edit' } }, async (request) => {
    const agencyId = agencyOf(request);
    const id = templateIdOf(request);
    const updated = await store.replyTemplates.update(agencyId, id, templateBody(request.body), principalOf(request));
    if (!updated) throw notFound();
    return updated;
  });
  staff.delete<{ Params: Params }>(`${base}/:templateId`, { config: { access: 'templates.edit' } }, async (request, reply) => {
    const agencyId = agencyOf(request);
    if (!(await store.replyTemplates.remove(agencyId, templateIdOf(request), principalOf(request)))) throw notFound();
    return reply.code(204).send();
  });
}
