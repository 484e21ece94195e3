import * as z from 'zod/mini';
import { anyText, email, isoDate, isoDateOrDateTime, nonNegativeInt, text, urlString } from '../fields.js';
import { envelopeShape } from './envelope.js';

/** 有效性: 有效 / 失效 / 已修改 / 已废止, plus unknown for old documents. */
export const VALIDITY_STATUSES = ['valid', 'invalid', 'amended', 'abolished', 'unknown'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

/** 公开属性: 主动公开 / 依申请公开. */
export const DISCLOSURE_TYPES = ['proactive', 'onRequest'] as const;

/** 分类体系: 主题 / 体裁 / 机构 / 服务对象. */
export const CATEGORY_SCHEMES = ['topic', 'genre', 'organ', 'audience'] as const;

/** Longest 内容概述 the 2008 guideline allows; longer ones warn (docs/domain.md §2). */
export const SUMMARY_MAX_LENGTH = 100;

export const categorySchema = z.looseObject({
  id: text(),
  name: text(),
  parentId: z.optional(text()),
  scheme: z.optional(z.enum(CATEGORY_SCHEMES)),
});
export type Category = z.infer<typeof categorySchema>;

export const attachmentSchema = z.looseObject({
  name: text(),
  url: urlString(),
  /** File type as shown to the reader, e.g. `pdf`, `docx` or a MIME type. */
  type: z.optional(text()),
  /** Size in bytes. */
  size: z.optional(nonNegativeInt()),
});

/** 政府信息 (one entry of the directory). */
export const disclosureDocumentSchema = z.looseObject({
  id: text(),
  /** 索引号; the format varies by site (docs/domain.md §2), checked as a warning only. */
  indexNumber: text(),
  title: text(),
  /** 发布机构 (full official name; joint issuers allowed). */
  publisher: text(),
  publishedAt: isoDateOrDateTime(),
  categoryIds: z.array(text()),
  documentNumber: z.optional(text()),
  createdAt: z.optional(isoDate()),
  keywords: z.optional(z.array(text())),
  summary: z.optional(anyText()),
  validity: z.optional(
    z.looseObject({
      status: z.enum(VALIDITY_STATUSES),
      from: z.optional(isoDate()),
      until: z.optional(isoDate()),
    }),
  ),
  body: z.optional(z.looseObject({ format: z.enum(['text', 'html']), content: anyText() })),
  attachments: z.optional(z.array(attachmentSchema)),
  url: z.optional(urlString()),
  disclosureType: z.optional(z.enum(DISCLOSURE_TYPES)),
});
export type DisclosureDocument = z.infer<typeof disclosureDocumentSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;

/** 政府信息公开指南 (Art. 12): how and where to apply. Every member is optional. */
export const disclosureGuideSchema = z.looseObject({
  /** 申请方式 and procedure, as text. */
  howToApply: z.optional(anyText()),
  /** 受理机构 / office name. */
  office: z.optional(text()),
  address: z.optional(text()),
  postcode: z.optional(text()),
  hours: z.optional(text()),
  phone: z.optional(text()),
  fax: z.optional(text()),
  email: z.optional(email()),
  /** Online application channel. */
  onlineUrl: z.optional(urlString()),
  /** Full guide page on the portal. */
  url: z.optional(urlString()),
  /** Fee rules, as text. */
  fees: z.optional(anyText()),
  /** Remedies (复议、诉讼), as text. */
  remedies: z.optional(anyText()),
  updatedAt: z.optional(isoDateOrDateTime()),
});
export type DisclosureGuide = z.infer<typeof disclosureGuideSchema>;

export const disclosureDirectoryFileSchema = z.looseObject({
  ...envelopeShape,
  kind: z.literal('disclosure-directory'),
  documents: z.array(disclosureDocumentSchema),
  categories: z.array(categorySchema),
  guide: z.optional(disclosureGuideSchema),
});
export type DisclosureDirectoryFile = z.infer<typeof disclosureDirectoryFileSchema>;
