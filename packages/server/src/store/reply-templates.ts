/**
 * Reply templates (答复模板) an agency keeps per Art. 36 reply type (docs/staff.md "Reply
 * templates"): listed by the agency's handlers, edited by its approvers, each change one
 * transaction with its audit entry (entity `agency`, so the agency's auditors see it).
 */
import { writeAudit } from './audit.js';
import type { Actor, StoreContext } from './context.js';

export interface ReplyTemplateInput {
  replyType: string;
  title: string;
  body: string;
}

export interface ReplyTemplate extends ReplyTemplateInput {
  id: number;
  agencyId: string;
  updatedAt: string;
  updatedBy: string;
}

interface TemplateRow {
  id: number | string;
  agency_id: string;
  reply_type: string;
  title: string;
  body: string;
  updated_at: string;
  updated_by: string;
}

function view(row: TemplateRow): ReplyTemplate {
  return { id: Number(row.id), agencyId: row.agency_id, replyType: row.reply_type, title: row.title, body: row.body, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

export class ReplyTemplateStore {
  constructor(private readonly ctx: StoreContext) {}

  /** The agency's templates, by reply type then title; `replyType` narrows to one type. */
  async list(agencyId: string, replyType?: string): Promise<ReplyTemplate[]> {
    const rows = await this.ctx.db.read((tx) =>
      tx.all<TemplateRow>(
        `SELECT * FROM reply_templates WHERE agency_id = ?${replyType ? ' AND reply_type = ?' : ''} ORDER BY reply_type, title, id`,
        replyType ? [agencyId, replyType] : [agencyId],
      ),
    );
    return rows.map(view);
  }

  async create(agencyId: string, input: ReplyTemplateInput, actor: Actor): Promise<ReplyTemplate> {
    const { iso } = this.ctx.now();
    return this.ctx.db.transaction(async (tx) => {
      const row = await tx.get<TemplateRow>(
        'INSERT INTO reply_templates (agency_id, reply_type, title, body, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *',
        [agencyId, input.replyType, input.title, input.body, iso, iso, actor.name],
      );
      await writeAudit(tx, actor, 'reply-template-create', 'agency', agencyId, null, null, { templateId: Number(row!.id), replyType: input.replyType, title: input.title }, iso);
      return view(row!);
    });
  }

  /** Undefined when the template is not the agency's (answered 404). */
  async update(agencyId: string, id: number, input: ReplyTemplateInput, actor: Actor): Promise<ReplyTemplate | undefined> {
    const { iso } = this.ctx.now();
    return this.ctx.db.transaction(async (tx) => {
      const row = await tx.get<TemplateRow>(
        'UPDATE reply_templates SET reply_type = ?, title = ?, body = ?, updated_at = ?, updated_by = ? WHERE id = ? AND agency_id = ? RETURNING *',
        [input.replyType, input.title, input.body, iso, actor.name, id, agencyId],
      );
      if (!row) return undefined;
      await writeAudit(tx, actor, 'reply-template-update', 'agency', agencyId, null, null, { templateId: id, replyType: input.replyType, title: input.title }, iso);
      return view(row);
    });
  }

  async remove(agencyId: string, id: number, actor: Actor): Promise<boolean> {
    const { iso } = this.ctx.now();
    return this.ctx.db.transaction(async (tx) => {
      const { changes } = await tx.run('DELETE FROM reply_templates WHERE id = ? AND agency_id = ?', [id, agencyId]);
      if (changes === 0) return false;
      await writeAudit(tx, actor, 'reply-template-delete', 'agency', agencyId, null, null, { templateId: id }, iso);
      return true;
    });
  }
}
