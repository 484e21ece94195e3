/**
 * Reply templates in the reply form (docs/staff.md "Reply templates"): the agency's templates
 * for the chosen reply type, and their placeholders filled in from the application. A
 * placeholder the page cannot fill — the applicant's name while it is still masked — stays as
 * written, for the staff member to complete; a masked name must never go into a reply.
 */
import type { ReplyTemplate } from '../api/types.js';

/** What the page knows of the application, by placeholder name (the server's REPLY_TEMPLATE_PLACEHOLDERS). */
export type TemplateFacts = Partial<Record<'受理编号' | '申请人' | '申请内容' | '收到日期' | '答复期限' | '机关', string>>;

export function fillTemplate(body: string, facts: TemplateFacts): string {
  return body.replace(/\{([^{}]*)\}/g, (whole, name: string) => facts[name as keyof TemplateFacts] ?? whole);
}

export function templatesFor(templates: readonly ReplyTemplate[], replyType: unknown): ReplyTemplate[] {
  return typeof replyType === 'string' && replyType !== '' ? templates.filter((template) => template.replyType === replyType) : [];
}
