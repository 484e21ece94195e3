/**
 * What a generated document is before it gets its numbers: its pattern (the kind of official
 * document it imitates), issuer, dates, title and body sections; and the tables the patterns share.
 */
import type { GenreId } from './categories.js';
import type { Issuer, Matter } from './issuers.js';
import type { Random } from './random.js';

export type Pattern =
  | 'plan' | 'measures' | 'opinion' | 'doWork' | 'campaign' | 'notice' | 'consultation'
  | 'reply' | 'answer' | 'bulletin' | 'decision' | 'order' | 'annualReport';

export const PATTERN_WEIGHTS: ReadonlyArray<readonly [Exclude<Pattern, 'annualReport'>, number]> = [
  ['plan', 26], ['measures', 20], ['opinion', 10], ['doWork', 18], ['campaign', 10], ['notice', 12], ['consultation', 8],
  ['reply', 5], ['answer', 16], ['bulletin', 5], ['decision', 4], ['order', 4],
];

export const GENRE_OF: Record<Pattern, GenreId> = {
  plan: 'g-tongzhi', measures: 'g-tongzhi', opinion: 'g-yijian', doWork: 'g-tongzhi', campaign: 'g-tongzhi', notice: 'g-tonggao',
  consultation: 'g-gonggao', reply: 'g-pifu', answer: 'g-han', bulletin: 'g-tongbao', decision: 'g-jueding', order: 'g-ling',
  annualReport: 'g-baogao',
};

/** 文号 series by pattern; undefined: published without a 文号. */
export const SERIES_OF: Record<Pattern, string | undefined> = {
  plan: '发', measures: '规', opinion: '规', doWork: '发', campaign: '字', notice: '发', consultation: undefined,
  reply: '字', answer: '函', bulletin: '字', decision: '规', order: undefined, annualReport: undefined,
};

export const DISTRICTS = ['城南区', '河东区', '北湖区', '西山区', '示例县'] as const;
export const YEAR_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [2019, 8], [2020, 10], [2021, 12], [2022, 14], [2023, 16], [2024, 18], [2025, 22], [2026, 20],
];

export interface Draft {
  pattern: Pattern;
  issuer: Issuer;
  matter: Matter;
  publishedAt: string;
  title: string;
  summary: string;
  keywords: string[];
  categoryIds: string[];
  /** Body as sections: a heading (or '') and its paragraphs; `list` sections become <ol> in HTML. */
  body: Section[];
  normative: boolean;
  series: string | undefined;
  /** For a 令: its number. */
  orderNumber?: number;
  attachments: Array<{ name: string; type: string }>;
}

export interface Section {
  heading: string;
  paragraphs: string[];
  list?: boolean;
  table?: { head: string[]; rows: string[][] };
}

export const ADDRESSEE_CITY = '各区县人民政府，市政府各部门，各有关单位：';
export const ADDRESSEE_DEPT = '各区县有关部门，市直各有关单位：';

export function taskParagraphs(random: Random, subject: string): string[] {
  const tasks = [
    `健全工作机制。明确${subject}工作的责任分工，建立部门协同、市区联动的工作机制，定期研究解决重点难点问题。`,
    `优化办理流程。压减办理环节、申请材料和办理时限，推动${subject}相关事项“网上办、掌上办、就近办”。`,
    `加强信息公开。及时公开${subject}相关政策文件、办事指南和工作进展，同步做好政策解读和咨询答复。`,
    `强化基层基础。加强基层工作力量和经费保障，开展业务培训，提升${subject}工作规范化水平。`,
    `推进数字赋能。依托全市一体化政务服务平台，推动${subject}业务协同和信息共享，减少群众重复提交材料。`,
    `严格监督考核。将${subject}工作纳入年度绩效考核，对工作推进不力的单位予以通报，限期整改。`,
  ];
  return random.some(tasks, random.int(3, 4)).map((task, i) => `（${['一', '二', '三', '四'][i]!}）${task}`);
}
