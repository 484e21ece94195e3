/**
 * The actions on a letter (docs/domain.md §5's closed loop, `POST …/mailbox/letters/:n/{action}`).
 * Units come from the agency's list (`GET staff/agencies`), never free text, so a typo cannot
 * become a new unit in the statistics.
 */
import { msg } from '@gongkai/ui';
import type { ActionSpec } from './action-spec.js';

export const LETTER_ACTION_ORDER = ['accept', 'reject', 'assign', 'start', 'return', 'reply', 'reopen', 'close'] as const;

export function letterActionSpec(action: string, units: readonly string[]): ActionSpec | undefined {
  const unitOptions = () => units.map((unit) => ({ value: unit, label: unit }));
  const note = { name: 'note', kind: 'textarea' as const, label: () => msg('备注（可选）', { id: 'wb.field.noteOptional' }) };
  switch (action) {
    case 'accept':
      return { action, explanation: () => msg('受理后可转办给承办单位。', { id: 'wb.explain.accept' }), fields: [note] };
    case 'reject':
      return {
        action,
        irreversible: true,
        explanation: () => msg('不予受理的理由会告知来信人。', { id: 'wb.explain.reject' }),
        fields: [{ name: 'reason', kind: 'textarea', required: true, label: () => msg('不予受理的理由', { id: 'wb.field.rejectReason' }) }],
      };
    case 'assign':
      return {
        action,
        explanation: () => msg('承办单位的名称会显示在来信人的查询结果中。', { id: 'wb.explain.assign' }),
        fields: [
          { name: 'leadUnit', kind: 'select', required: true, label: () => msg('主办单位', { id: 'wb.field.leadUnit' }), options: unitOptions },
          {
            name: 'assistingUnits',
            kind: 'checkboxes',
            label: () => msg('协办单位（可选）', { id: 'wb.field.assistingUnits' }),
            options: (values) => unitOptions().filter((option) => option.value !== values['leadUnit']),
          },
          note,
        ],
      };
    case 'start':
      return { action, fields: [note] };
    case 'return':
      return { action, explanation: () => msg('退回后需要重新转办。', { id: 'wb.explain.return' }), fields: [note] };
    case 'reply':
      return {
        action,
        explanation: () => msg('答复会显示给来信人；来信公开时，答复一并公开。', { id: 'wb.explain.letterReply' }),
        fields: [
          { name: 'unit', kind: 'select', required: true, label: () => msg('答复单位', { id: 'wb.field.replyUnit' }), options: unitOptions },
          { name: 'content', kind: 'textarea', required: true, label: () => msg('答复内容', { id: 'wb.field.replyContent' }) },
        ],
      };
    case 'reopen':
      return { action, explanation: () => msg('来信人不满意时可重新办理。', { id: 'wb.explain.reopen' }), fields: [note] };
    case 'close':
      return { action, irreversible: true, fields: [note] };
    case 'return-for-changes':
      return {
        action,
        explanation: () => msg('退回后，公开发布人可修改后重新提交审核；来信不会公开。', { id: 'wb.explain.returnPublication' }),
        fields: [{ name: 'note', kind: 'textarea', required: true, label: () => msg('退回意见', { id: 'wb.field.returnNote' }) }],
      };
    default:
      return undefined;
  }
}
