import type { ImportKind } from '../kinds.js';
import * as convert from './convert.js';
import type { Converter } from './convert.js';

/**
 * The default column mapping of `gongkai import` (documented in the README, which must list
 * the same headings). A target is a dotted member path of one element (`timeLimits.statutory`)
 * or a special target:
 * - `categories.topic|genre|organ|audience` — 主题/体裁/机构/服务对象分类 names, turned into
 *   `categoryIds` plus generated `categories` (disclosure directory);
 * - `fees.standard`, `fees.basis` — 收费标准/收费依据, combined into `fees.items[0]`.
 * Headings are compared after `normalizeHeading` (no spaces, no 「*」 marks, no bracketed notes).
 */
export interface FieldSpec {
  target: string;
  headings: readonly string[];
  convert: Converter;
}

const VALIDITY = { 有效: 'valid', 现行有效: 'valid', 現行有效: 'valid', 失效: 'invalid', 已失效: 'invalid', 已修改: 'amended', 修改: 'amended', 已修订: 'amended', 已废止: 'abolished', 废止: 'abolished', 已廢止: 'abolished', 廢止: 'abolished', 未知: 'unknown' };
const DISCLOSURE_TYPE = { 主动公开: 'proactive', 主動公開: 'proactive', 依申请公开: 'onRequest', 依申請公開: 'onRequest' };
const LEVEL = { 国家级: 'national', 國家級: 'national', 国家: 'national', 省级: 'provincial', 省級: 'provincial', 省: 'provincial', 市级: 'municipal', 市級: 'municipal', 市: 'municipal', 县级: 'county', 縣級: 'county', 县: 'county', 区县级: 'county', 乡镇级: 'township', 鄉鎮級: 'township', 乡镇: 'township', 乡级: 'township' };
const STATUS = { 有效: 'active', 在用: 'active', 正常: 'active', 启用: 'active', 暂停: 'suspended', 暫停: 'suspended', 停用: 'suspended', 取消: 'abolished', 已取消: 'abolished', 废止: 'abolished', 已废止: 'abolished' };
const NATURE = { 法定机关: 'statutory', 法定機關: 'statutory', 法定: 'statutory', 授权组织: 'authorized', 法律法规授权组织: 'authorized', 授權組織: 'authorized', 授权: 'authorized', 受委托组织: 'entrusted', 委托组织: 'entrusted', 受委託組織: 'entrusted', 委托: 'entrusted', 受委托: 'entrusted' };

/** Columns recognised and deliberately not imported (row numbers, remarks on the sheet itself). */
export const IGNORED_HEADINGS: readonly string[] = ['序号', '序號', '编号序号'];

export const DEFAULT_MAPPING: Record<ImportKind, readonly FieldSpec[]> = {
  'power-catalog': [
    { target: 'id', headings: ['事项ID', '标识', 'ID'], convert: convert.text },
    { target: 'name', headings: ['事项名称', '权力名称', '權力名稱', '权力事项名称', '事項名稱', '项目名称', '名称'], convert: convert.text },
    { target: 'type', headings: ['事项类型', '权力类型', '权力类别', '事项类别', '事項類型', '權力類型', '类型', '类别'], convert: convert.powerType },
    { target: 'code', headings: ['事项编码', '权力编码', '事項編碼', '權力編碼', '编码', '基本编码'], convert: convert.text },
    { target: 'localCode', headings: ['类型编码', '权力类型编码', '类别代码'], convert: convert.text },
    { target: 'department', headings: ['实施主体', '實施主體', '实施机关', '实施部门', '实施单位', '责任主体', '职权部门', '行使主体'], convert: convert.text },
    { target: 'implementingBody.nature', headings: ['实施主体性质', '主体性质'], convert: convert.oneOf(NATURE) },
    { target: 'implementingBody.entrustingBody', headings: ['委托机关', '委托单位'], convert: convert.text },
    { target: 'legalBasis', headings: ['设定依据', '設定依據', '法律依据', '法定依据', '实施依据', '依据'], convert: convert.legalBasis },
    { target: 'level', headings: ['行使层级', '行使層級', '层级'], convert: convert.oneOf(LEVEL) },
    { target: 'handlingUnit', headings: ['承办机构', '承辦機構', '办理机构', '内设机构', '承办科室'], convert: convert.text },
    { target: 'conditions', headings: ['受理条件', '申请条件', '办理条件', '受理條件'], convert: convert.lines },
    { target: 'timeLimits.statutory', headings: ['法定时限', '法定時限', '法定办结时限', '法定办理时限', '法定期限'], convert: convert.timeLimit },
    { target: 'timeLimits.promised', headings: ['承诺时限', '承諾時限', '承诺办结时限', '承诺办理时限', '承诺期限'], convert: convert.timeLimit },
    { target: 'timeLimits.excludedProcedures', headings: ['特别程序', '不计算在时限内的程序', '特殊环节'], convert: convert.lines },
    { target: 'fees.charged', headings: ['是否收费', '是否收費', '收费', '是否收取费用'], convert: convert.boolean },
    { target: 'fees.standard', headings: ['收费标准', '收費標準'], convert: convert.text },
    { target: 'fees.basis', headings: ['收费依据', '收費依據'], convert: convert.text },
    { target: 'channels.supervisionPhone', headings: ['监督电话', '監督電話', '投诉电话'], convert: convert.text },
    { target: 'onlineUrl', headings: ['网上办理地址', '在线办理地址', '办事指南链接', '办理链接', '在线办理链接', '链接', '网址'], convert: convert.text },
    { target: 'accountability', headings: ['追责情形', '追責情形', '责任追究'], convert: convert.lines },
    { target: 'status', headings: ['状态', '事项状态', '狀態'], convert: convert.oneOf(STATUS) },
    { target: 'updatedAt', headings: ['更新日期', '更新时间'], convert: convert.dateOrDateTime },
    { target: 'note', headings: ['备注', '備註'], convert: convert.text },
  ],
  'disclosure-directory': [
    { target: 'id', headings: ['ID', '标识'], convert: convert.text },
    { target: 'indexNumber', headings: ['索引号', '索引號'], convert: convert.text },
    { target: 'title', headings: ['名称', '标题', '信息名称', '文件名称', '文件标题', '名稱', '標題'], convert: convert.text },
    { target: 'publisher', headings: ['发布机构', '發布機構', '发文机关', '发文单位', '来源'], convert: convert.text },
    { target: 'publishedAt', headings: ['公布日期', '发布日期', '公开日期', '公布时间', '发布时间', '公開日期', '發布日期'], convert: convert.dateOrDateTime },
    { target: 'createdAt', headings: ['生成日期', '成文日期', '发文日期', '成文時間'], convert: convert.date },
    { target: 'documentNumber', headings: ['文号', '文號', '发文字号', '發文字號'], convert: convert.text },
    { target: 'keywords', headings: ['主题词', '主題詞', '关键词', '關鍵詞'], convert: convert.words },
    { target: 'summary', headings: ['内容概述', '內容概述', '摘要', '内容摘要'], convert: convert.text },
    { target: 'validity.status', headings: ['有效性', '效力状态', '时效'], convert: convert.oneOf(VALIDITY) },
    { target: 'validity.from', headings: ['生效日期', '施行日期'], convert: convert.date },
    { target: 'validity.until', headings: ['失效日期', '有效期至'], convert: convert.date },
    { target: 'disclosureType', headings: ['公开属性', '公開屬性', '公开方式', '公开形式'], convert: convert.oneOf(DISCLOSURE_TYPE) },
    { target: 'url', headings: ['链接', '网址', 'URL', '原文链接'], convert: convert.text },
    { target: 'categories.topic', headings: ['主题分类', '主題分類'], convert: convert.lines },
    { target: 'categories.genre', headings: ['体裁分类', '體裁分類'], convert: convert.lines },
    { target: 'categories.organ', headings: ['机构分类', '組配分類', '组配分类', '機構分類'], convert: convert.lines },
    { target: 'categories.audience', headings: ['服务对象分类', '服務對象分類'], convert: convert.lines },
    { target: 'note', headings: ['备注', '備註'], convert: convert.text },
  ],
  'agency-directory': [
    { target: 'id', headings: ['机构编码', '机构代码', '统一社会信用代码', '单位编码', 'ID', '标识'], convert: convert.text },
    { target: 'name', headings: ['机构名称', '單位名稱', '機構名稱', '单位名称', '名称'], convert: convert.text },
    { target: 'acceptsDisclosureRequests', headings: ['是否受理依申请公开', '受理政府信息公开申请', '受理依申请公开', '是否受理政府信息公开申请'], convert: convert.boolean },
    { target: 'acceptsLetters', headings: ['是否受理来信', '受理来信', '受理信件', '是否受理信件'], convert: convert.boolean },
    { target: 'guide.office', headings: ['受理机构', '受理科室', '受理部门'], convert: convert.text },
    { target: 'guide.address', headings: ['办公地址', '地址', '受理地址', '通讯地址'], convert: convert.text },
    { target: 'guide.postcode', headings: ['邮政编码', '邮编', '郵遞區號'], convert: convert.text },
    { target: 'guide.hours', headings: ['办公时间', '受理时间', '辦公時間'], convert: convert.text },
    { target: 'guide.phone', headings: ['联系电话', '咨询电话', '电话', '聯繫電話'], convert: convert.text },
    { target: 'guide.fax', headings: ['传真', '傳真'], convert: convert.text },
    { target: 'guide.email', headings: ['电子邮箱', '邮箱', '電子郵箱'], convert: convert.text },
    { target: 'guide.onlineUrl', headings: ['网上申请地址', '在线申请地址', '网上申请'], convert: convert.text },
    { target: 'guide.url', headings: ['公开指南链接', '指南链接', '公开指南'], convert: convert.text },
    { target: 'note', headings: ['备注', '備註'], convert: convert.text },
  ],
};

/** Targets that come from the mapping file must name one of these. */
export function targetsOf(kind: ImportKind): string[] {
  return DEFAULT_MAPPING[kind].map((spec) => spec.target);
}

/** Heading as compared: full-width folded, no whitespace, no required-field stars or trailing colon, no bracketed notes. */
export function normalizeHeading(raw: string): { key: string; hint: string } {
  const folded = raw.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  const hints: string[] = [];
  const key = folded
    .replace(/[(（\[【]([^)）\]】]*)[)）\]】]/g, (_, inner: string) => {
      hints.push(inner);
      return '';
    })
    .replace(/^[*※]+|[*※:：]+$/g, '')
    .toUpperCase();
  return { key, hint: hints.join(' ') };
}
