/**
 * The actions on an application (the staff endpoints `POST …/disclosure/requests/:tn/{action}`
 * and their bodies, packages/server/src/staff-schemas.ts), with the legal facts staff need at
 * the moment of acting (docs/domain.md §3: Art. 30 correction, Art. 32 consultation, Art. 33 extension).
 */
import { msg, pickText } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { ALLOWED_ROWS, REPORT_ROWS, type ReplyType } from '@gongkai/server/report-rows';
import { replyTypeLabel } from '../labels.js';
import type { ReplyTemplate } from '../api/types.js';
import type { ActionSpec, FieldSpec, FieldValues } from './action-spec.js';
import { fillTemplate, templatesFor, type TemplateFacts } from './reply-templates.js';

/** The order actions are offered in on the application page. */
export const REQUEST_ACTION_ORDER = ['approve', 'return-for-changes', 'confirm-receipt', 'request-correction', 'correction-received', 'extend', 'pause', 'resume', 'reply', 'abandon'] as const;

const note = (required: boolean): FieldSpec => ({
  name: 'note',
  kind: 'textarea',
  required,
  label: () => (required ? msg('说明', { id: 'wb.field.note' }) : msg('备注（可选）', { id: 'wb.field.noteOptional' })),
});
const date = (name: string, label: () => string): FieldSpec => ({ name, kind: 'date', label, hint: () => msg('不填则为今天', { id: 'wb.field.dateDefaultToday' }) });

/** The agency's reply templates and what fills their placeholders, when the page has them. */
export interface ReplyTemplateContext {
  templates: readonly ReplyTemplate[];
  facts: TemplateFacts;
}

export function requestActionSpec(action: string, locale: Locale, replyTemplates: ReplyTemplateContext = { templates: [], facts: {} }): ActionSpec | undefined {
  switch (action) {
    case 'confirm-receipt':
      return {
        action,
        explanation: () => msg('确认收到后，20个工作日的答复期限自收到申请的次日起计算。', { id: 'wb.explain.confirmReceipt' }),
        fields: [date('receivedAt', () => msg('收到日期', { id: 'wb.field.receivedAt' })), note(false)],
      };
    case 'request-correction':
      return {
        action,
        explanation: () => msg('申请内容不明确时，应一次性告知申请人需要补正的事项。补正只能要求一次，答复期限自收到补正后重新计算。', { id: 'wb.explain.requestCorrection' }),
        fields: [
          { name: 'note', kind: 'textarea', required: true, label: () => msg('需要补正的事项', { id: 'wb.field.correctionItems' }), hint: () => msg('这段文字会出现在申请人查询结果和补正告知书上', { id: 'wb.field.correctionHint' }) },
          date('requestedAt', () => msg('告知日期', { id: 'wb.field.requestedAt' })),
        ],
      };
    case 'correction-received':
      return {
        action,
        explanation: () => msg('答复期限自收到补正后的申请之日起重新计算。', { id: 'wb.explain.correctionReceived' }),
        fields: [date('receivedAt', () => msg('收到补正日期', { id: 'wb.field.correctedAt' })), note(false)],
      };
    case 'abandon':
      return {
        action,
        irreversible: true,
        explanation: () => msg('申请人无正当理由逾期不补正的，视为放弃申请，计入年度报告“其他处理”。', { id: 'wb.explain.abandon' }),
        fields: [note(false)],
      };
    case 'extend':
      return {
        action,
        explanation: () => msg('需要延长答复期限的，应经负责人同意并告知申请人，延长只能一次，最长不超过20个工作日。', { id: 'wb.explain.extend' }),
        fields: [
          { name: 'days', kind: 'number', required: true, min: 1, max: 20, label: () => msg('延长工作日数', { id: 'wb.field.days' }), hint: () => msg('1 到 20', { id: 'wb.field.daysHint' }) },
          { name: 'note', kind: 'textarea', required: true, label: () => msg('延期理由', { id: 'wb.field.extendReason' }) },
          date('grantedAt', () => msg('批准日期', { id: 'wb.field.grantedAt' })),
        ],
      };
    case 'pause':
      return {
        action,
        explanation: () => msg('征求第三方或其他机关意见所需时间不计入答复期限。', { id: 'wb.explain.pause' }),
        fields: [
          {
            name: 'kind',
            kind: 'select',
            required: true,
            label: () => msg('征求谁的意见', { id: 'wb.field.pauseKind' }),
            options: () => [
              { value: 'thirdParty', label: msg('第三方', { id: 'wb.pause.thirdParty' }) },
              { value: 'interAgency', label: msg('其他机关', { id: 'wb.pause.interAgency' }) },
            ],
          },
          date('from', () => msg('开始日期', { id: 'wb.field.pauseFrom' })),
          note(false),
        ],
      };
    case 'resume':
      return {
        action,
        explanation: () => msg('征求意见结束，答复期限继续计算。', { id: 'wb.explain.resume' }),
        fields: [date('until', () => msg('结束日期', { id: 'wb.field.pauseUntil' })), note(false)],
      };
    case 'reply':
      return {
        action,
        irreversible: true,
        explanation: () => msg('答复后申请办结；答复内容会显示在申请人的查询结果中，并按所选情形计入年度报告。', { id: 'wb.explain.reply' }),
        fields: [
          {
            name: 'type',
            kind: 'select',
            required: true,
            label: () => msg('答复类型', { id: 'wb.field.replyType' }),
            options: () => (Object.keys(ALLOWED_ROWS) as ReplyType[]).map((type) => ({ value: type, label: replyTypeLabel(type) })),
          },
          {
            name: 'reportRow',
            kind: 'select',
            required: true,
            label: () => msg('年度报告中计入', { id: 'wb.field.reportRow' }),
            when: (values) => reportRowChoices(values).length > 1,
            options: (values) => reportRowChoices(values).map((row) => ({ value: row, label: pickText(REPORT_ROWS[row], locale) })),
          },
          {
            name: 'template',
            kind: 'select',
            local: true,
            label: () => msg('答复模板', { id: 'wb.field.replyTemplate' }),
            hint: () => msg('选择后填入答复内容，可再修改；未显示的申请人姓名需手工填写', { id: 'wb.field.replyTemplateHint' }),
            when: (values) => templatesFor(replyTemplates.templates, values['type']).length > 0,
            options: (values) => templatesFor(replyTemplates.templates, values['type']).map((template) => ({ value: String(template.id), label: template.title })),
            fills: (value): FieldValues => {
              const template = replyTemplates.templates.find((t) => String(t.id) === value);
              return template ? { content: fillTemplate(template.body, replyTemplates.facts) } : {};
            },
          },
          { name: 'content', kind: 'textarea', required: true, label: () => msg('答复内容', { id: 'wb.field.replyContent' }) },
          {
            name: 'attachments',
            kind: 'links',
            label: () => msg('附件（可选）', { id: 'wb.field.attachments' }),
            hint: () => msg('已公开文件的名称和网址，网址以 http:// 或 https:// 开头；申请人在查询结果中看到这些链接', { id: 'wb.field.attachmentsHint' }),
          },
        ],
      };
    case 'approve':
      return {
        action,
        irreversible: true,
        explanation: () => msg('审核通过后，拟答复的内容即作为本机关的答复送达申请人，申请办结。', { id: 'wb.explain.approveReply' }),
        fields: [note(false)],
      };
    case 'return-for-changes':
      return {
        action,
        explanation: () => msg('退回后，承办人可修改答复后重新提交审核；申请人看不到退回意见。', { id: 'wb.explain.returnReply' }),
        fields: [{ name: 'note', kind: 'textarea', required: true, label: () => msg('退回意见', { id: 'wb.field.returnNote' }) }],
      };
    default:
      return undefined;
  }
}

function reportRowChoices(values: FieldValues): Array<keyof typeof REPORT_ROWS> {
  const type = values['type'];
  return typeof type === 'string' && type in ALLOWED_ROWS ? [...ALLOWED_ROWS[type as ReplyType]] : [];
}
