/**
 * Display names of the power list's enumerations, in the reader's locale.
 * Functions, not constants: `msg()` must run while the element renders.
 */
import { msg, str } from '@gongkai/ui';
import type { PowerItem } from '@gongkai/schema';

type PowerType = PowerItem['type'];
type TimeLimit = NonNullable<NonNullable<PowerItem['timeLimits']>['statutory']>;

/** Display order of the power types: the ten powers, then public services (docs/domain.md §1). */
export const POWER_TYPE_ORDER: readonly PowerType[] = [
  'licensing', 'penalty', 'coercion', 'levy', 'benefit', 'inspection', 'confirmation', 'reward', 'adjudication', 'other', 'publicService',
];

export function powerTypeLabel(type: string): string {
  switch (type as PowerType) {
    case 'licensing': return msg('行政许可', { id: 'pc.type.licensing' });
    case 'penalty': return msg('行政处罚', { id: 'pc.type.penalty' });
    case 'coercion': return msg('行政强制', { id: 'pc.type.coercion' });
    case 'levy': return msg('行政征收', { id: 'pc.type.levy' });
    case 'benefit': return msg('行政给付', { id: 'pc.type.benefit' });
    case 'inspection': return msg('行政检查', { id: 'pc.type.inspection' });
    case 'confirmation': return msg('行政确认', { id: 'pc.type.confirmation' });
    case 'reward': return msg('行政奖励', { id: 'pc.type.reward' });
    case 'adjudication': return msg('行政裁决', { id: 'pc.type.adjudication' });
    case 'other': return msg('其他行政权力', { id: 'pc.type.other' });
    case 'publicService': return msg('公共服务', { id: 'pc.type.publicService' });
    default: return type;
  }
}

export function levelLabel(level: string): string {
  switch (level) {
    case 'national': return msg('国家级', { id: 'pc.level.national' });
    case 'provincial': return msg('省级', { id: 'pc.level.provincial' });
    case 'municipal': return msg('市级', { id: 'pc.level.municipal' });
    case 'county': return msg('县级', { id: 'pc.level.county' });
    case 'township': return msg('乡镇级', { id: 'pc.level.township' });
    default: return level;
  }
}

export function natureLabel(nature: string): string {
  switch (nature) {
    case 'statutory': return msg('法定行政机关', { id: 'pc.nature.statutory' });
    case 'authorized': return msg('法律法规授权组织', { id: 'pc.nature.authorized' });
    case 'entrusted': return msg('受委托组织', { id: 'pc.nature.entrusted' });
    default: return nature;
  }
}

export function formLabel(form: string): string {
  switch (form) {
    case 'paper': return msg('纸质', { id: 'pc.form.paper' });
    case 'electronic': return msg('电子', { id: 'pc.form.electronic' });
    case 'both': return msg('纸质或电子', { id: 'pc.form.both' });
    default: return form;
  }
}

/** "20 个工作日", "30 个自然日", "6 个月", "1 年": months and years stay as the law says them. */
export function timeLimitLabel(limit: TimeLimit): string {
  const value = limit.value;
  switch (limit.unit) {
    case 'workingDay': return msg(str`${value} 个工作日`, { id: 'pc.limit.workingDays' });
    case 'calendarDay': return msg(str`${value} 个自然日`, { id: 'pc.limit.calendarDays' });
    case 'month': return msg(str`${value} 个月`, { id: 'pc.limit.months' });
    case 'year': return msg(str`${value} 年`, { id: 'pc.limit.years' });
    // A unit from a newer schema: the number with the unit as written, never a wrong unit.
    default: return `${value} ${String(limit.unit)}`;
  }
}
