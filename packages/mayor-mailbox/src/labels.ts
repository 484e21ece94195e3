/**
 * Display names of the mailbox's enumerations (docs/domain.md §5), in the reader's locale.
 * Functions, not constants: `msg()` must run while the element renders.
 */
import { msg } from '@gongkai/ui';
import type { LetterStatus, LetterType, Satisfaction } from '@gongkai/schema';

export type { LetterStatus, LetterType, Satisfaction };

// Copies of the schema's enumerations, typed against them: importing the values from
// @gongkai/schema would bring the validation library into the element's first chunk.
/** 咨询, 建议, 投诉, 求助, 举报, 感谢, 其他 — the order of the type choice and the statistics. */
export const LETTER_TYPES = ['consult', 'suggestion', 'complaint', 'help', 'report', 'praise', 'other'] as const satisfies readonly LetterType[];
/** The closed loop of docs/domain.md §5, in order (rejected is a side branch). */
export const LETTER_STATUSES = ['received', 'accepted', 'rejected', 'assigned', 'inProgress', 'replied', 'rated', 'closed'] as const satisfies readonly LetterStatus[];
export const SATISFACTION_LEVELS = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const satisfies readonly Satisfaction[];

export function letterTypeLabel(type: string): string {
  switch (type as LetterType) {
    case 'consult': return msg('咨询', { id: 'mm.type.consult' });
    case 'suggestion': return msg('建议', { id: 'mm.type.suggestion' });
    case 'complaint': return msg('投诉', { id: 'mm.type.complaint' });
    case 'help': return msg('求助', { id: 'mm.type.help' });
    case 'report': return msg('举报', { id: 'mm.type.report' });
    case 'praise': return msg('感谢', { id: 'mm.type.praise' });
    case 'other': return msg('其他', { id: 'mm.type.other' });
    default: return type;
  }
}

export function letterStatusLabel(status: string): string {
  switch (status as LetterStatus) {
    case 'received': return msg('已收到', { id: 'mm.status.received' });
    case 'accepted': return msg('已受理', { id: 'mm.status.accepted' });
    case 'rejected': return msg('不予受理', { id: 'mm.status.rejected' });
    case 'assigned': return msg('已转办', { id: 'mm.status.assigned' });
    case 'inProgress': return msg('办理中', { id: 'mm.status.inProgress' });
    case 'replied': return msg('已答复', { id: 'mm.status.replied' });
    case 'rated': return msg('已评价', { id: 'mm.status.rated' });
    case 'closed': return msg('已办结', { id: 'mm.status.closed' });
    default: return status;
  }
}

export function satisfactionLabel(level: string): string {
  switch (level as Satisfaction) {
    case 'satisfied': return msg('满意', { id: 'mm.satisfaction.satisfied' });
    case 'basicallySatisfied': return msg('基本满意', { id: 'mm.satisfaction.basicallySatisfied' });
    case 'unsatisfied': return msg('不满意', { id: 'mm.satisfaction.unsatisfied' });
    default: return level;
  }
}
