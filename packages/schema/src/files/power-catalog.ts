import * as z from 'zod/mini';
import { anyText, isoDateOrDateTime, nonNegativeInt, text, urlString } from '../fields.js';
import { envelopeShape } from './envelope.js';
import { messages } from '../messages.js';

/** Canonical power types (docs/domain.md §1); local numbering goes in `localCode`. */
export const POWER_TYPES = [
  'licensing', // 行政许可
  'penalty', // 行政处罚
  'coercion', // 行政强制
  'levy', // 行政征收
  'benefit', // 行政给付
  'inspection', // 行政检查
  'confirmation', // 行政确认
  'reward', // 行政奖励
  'adjudication', // 行政裁决
  'other', // 其他行政权力
  'publicService', // 公共服务
] as const;
export type PowerType = (typeof POWER_TYPES)[number];

/** 法律效力层级, highest first: legal bases are listed in this order. */
export const LEGAL_RANKS = [
  'law',
  'administrativeRegulation',
  'localRegulation',
  'departmentalRule',
  'localRule',
  'normativeDocument',
  'other',
] as const;

/** 行使层级. */
export const POWER_LEVELS = ['national', 'provincial', 'municipal', 'county', 'township'] as const;

/** 实施主体性质: 法定机关 / 法律法规授权组织 / 受委托组织. */
export const IMPLEMENTING_NATURES = ['statutory', 'authorized', 'entrusted'] as const;

/**
 * 时限 units: 工作日, 自然日, and the 月 / 年 that many statutes set (e.g. 六个月 to decide
 * on a land-use approval), kept as written: a month is not a fixed number of days.
 */
export const TIME_UNITS = ['workingDay', 'calendarDay', 'month', 'year'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const POWER_ITEM_STATUSES = ['active', 'suspended', 'abolished'] as const;

/** 设定依据: one law, regulation or rule with the article that sets up the power. */
export const legalBasisSchema = z.looseObject({
  title: text(),
  docNumber: z.optional(text()),
  article: z.optional(text()),
  text: z.optional(anyText()),
  url: z.optional(urlString()),
  rank: z.optional(z.enum(LEGAL_RANKS)),
});

/** 时限: a number of working days, calendar days, months or years. */
export const timeLimitSchema = z.looseObject({
  value: z.number().check(z.minimum(0)),
  unit: z.enum(TIME_UNITS),
});

/** 申请材料. */
export const materialSchema = z.looseObject({
  name: text(),
  required: z.boolean(),
  originals: z.optional(nonNegativeInt()),
  copies: z.optional(nonNegativeInt()),
  form: z.optional(z.enum(['paper', 'electronic', 'both'])),
  templateUrl: z.optional(urlString()),
  note: z.optional(anyText()),
});

/** 办理窗口. */
export const serviceWindowSchema = z.looseObject({
  name: text(),
  address: z.optional(text()),
  hours: z.optional(text()),
  phone: z.optional(text()),
});

export const departmentSchema = z.looseObject({
  id: text(),
  name: text(),
  code: z.optional(text()),
  url: z.optional(urlString()),
});
export type Department = z.infer<typeof departmentSchema>;

/**
 * Members a published item may lack, marked so in `incomplete` (issue #17 item 12): summary lists
 * such as a district's service list often have no 设定依据 column, and an item published as
 * "设定依据：未公开" serves citizens better than no item. Only listed members may be missing.
 */
export const INCOMPLETE_MEMBERS = ['legalBasis'] as const;
export type IncompleteMember = (typeof INCOMPLETE_MEMBERS)[number];

/** 权力事项 (one row of the power list). */
export const powerItemSchema = z.looseObject({
  id: text(),
  name: text(),
  type: z.enum(POWER_TYPES),
  localCode: z.optional(text()),
  /** 实施主体: a Department id or the body's name. */
  department: text(),
  /** Required unless `incomplete` lists it. */
  legalBasis: z.optional(z.array(legalBasisSchema).check(z.minLength(1))),
  /** Members the publisher has not (yet) published; the elements say so where they would be. */
  incomplete: z.optional(z.array(z.enum(INCOMPLETE_MEMBERS))),
  code: z.optional(text()),
  subItems: z.optional(z.array(z.looseObject({ name: text(), code: z.optional(text()), id: z.optional(text()) }))),
  level: z.optional(z.enum(POWER_LEVELS)),
  implementingBody: z.optional(
    z.looseObject({ nature: z.enum(IMPLEMENTING_NATURES), entrustingBody: z.optional(text()) }),
  ),
  handlingUnit: z.optional(text()),
  conditions: z.optional(z.array(text())),
  materials: z.optional(z.array(materialSchema)),
  process: z.optional(
    z.looseObject({
      steps: z.optional(
        z.array(z.looseObject({ name: text(), description: z.optional(anyText()), duration: z.optional(text()) })),
      ),
    }),
  ),
  timeLimits: z.optional(
    z.looseObject({
      statutory: z.optional(timeLimitSchema),
      promised: z.optional(timeLimitSchema),
      /** Procedures not counted in the limit: hearing, testing, expert review … */
      excludedProcedures: z.optional(z.array(text())),
    }),
  ),
  fees: z.optional(
    z.looseObject({
      charged: z.boolean(),
      items: z.optional(z.array(z.looseObject({ name: text(), standard: text(), basis: text() }))),
    }),
  ),
  channels: z.optional(
    z.looseObject({
      windows: z.optional(z.array(serviceWindowSchema)),
      onlineApplyUrl: z.optional(urlString()),
      onlineQueryUrl: z.optional(urlString()),
      supervisionPhone: z.optional(text()),
    }),
  ),
  responsibilities: z.optional(
    z.array(z.looseObject({ stage: text(), duties: text(), timeLimit: z.optional(text()) })),
  ),
  accountability: z.optional(z.array(text())),
  onlineUrl: z.optional(urlString()),
  status: z.optional(z.enum(POWER_ITEM_STATUSES)),
  updatedAt: z.optional(isoDateOrDateTime()),
}).check(
  // Runs even when other members have issues (`when`), so one pass names every problem of a row.
  z.refine(legalBasisPresentOrMarked, {
    path: ['legalBasis'],
    params: { issue: { code: 'required', message: messages.required() } },
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  }),
);

function legalBasisPresentOrMarked(item: { legalBasis?: unknown; incomplete?: unknown }): boolean {
  if (item.legalBasis !== undefined) return true;
  return Array.isArray(item.incomplete) && item.incomplete.includes('legalBasis');
}
export type PowerItem = z.infer<typeof powerItemSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type Material = z.infer<typeof materialSchema>;

export const powerCatalogFileSchema = z.looseObject({
  ...envelopeShape,
  kind: z.literal('power-catalog'),
  items: z.array(powerItemSchema),
  departments: z.optional(z.array(departmentSchema)),
});
export type PowerCatalogFile = z.infer<typeof powerCatalogFileSchema>;
