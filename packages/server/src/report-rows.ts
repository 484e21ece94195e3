/**
 * Rows of the annual report table for applications (国办公开办函〔2021〕30号 format, docs/domain.md §3).
 * Each reply is tagged with one row; the table is a count per row. `ALLOWED_ROWS` keeps a reply
 * type and its row consistent (a refusal cannot be counted as granted).
 */
import type { LocalizedText } from '@gongkai/schema';
import { DISCLOSURE_REPLY_TYPES } from '@gongkai/schema';
import { t } from './problem.js';

export const REPORT_ROWS = {
  granted: t('予以公开', '予以公開', 'Granted'),
  partiallyGranted: t('部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公開（區分處理的，只計這一情形，不計其他情形）', 'Partially granted'),
  'refused.stateSecret': t('不予公开：属于国家秘密', '不予公開：屬於國家秘密', 'Refused: state secret'),
  'refused.forbiddenByLaw': t('不予公开：其他法律行政法规禁止公开', '不予公開：其他法律行政法規禁止公開', 'Refused: forbidden by other laws'),
  'refused.safetyStability': t('不予公开：危及“三安全一稳定”', '不予公開：危及「三安全一穩定」', 'Refused: endangers security or stability'),
  'refused.thirdPartyRights': t('不予公开：保护第三方合法权益', '不予公開：保護第三方合法權益', 'Refused: third-party rights'),
  'refused.internalAffairs': t('不予公开：属于三类内部事务信息', '不予公開：屬於三類內部事務資訊', 'Refused: internal affairs'),
  'refused.processInformation': t('不予公开：属于四类过程性信息', '不予公開：屬於四類過程性資訊', 'Refused: process information'),
  'refused.lawEnforcementFiles': t('不予公开：属于行政执法案卷', '不予公開：屬於行政執法案卷', 'Refused: law-enforcement case files'),
  'refused.administrativeQuery': t('不予公开：属于行政查询事项', '不予公開：屬於行政查詢事項', 'Refused: administrative query matter'),
  'unable.noSuchInformation': t('无法提供：本机关不掌握相关政府信息', '無法提供：本機關不掌握相關政府資訊', 'Unable: the agency does not hold it'),
  'unable.needsCreation': t('无法提供：没有现成信息需要另行制作', '無法提供：沒有現成資訊需要另行製作', 'Unable: would need to be created'),
  'unable.unclearDescription': t('无法提供：补正后申请内容仍不明确', '無法提供：補正後申請內容仍不明確', 'Unable: still unclear after correction'),
  'notProcessed.complaintPetition': t('不予处理：信访举报投诉类申请', '不予處理：信訪舉報投訴類申請', 'Not processed: complaint or petition'),
  'notProcessed.repeated': t('不予处理：重复申请', '不予處理：重複申請', 'Not processed: repeated application'),
  'notProcessed.publications': t('不予处理：要求提供公开出版物', '不予處理：要求提供公開出版物', 'Not processed: publications'),
  'notProcessed.massiveRequests': t('不予处理：无正当理由大量反复申请', '不予處理：無正當理由大量反覆申請', 'Not processed: massive repeated requests'),
  'notProcessed.confirmationRequests': t('不予处理：要求行政机关确认或重新出具已获取信息', '不予處理：要求行政機關確認或重新出具已獲取資訊', 'Not processed: confirmation requests'),
  'other.noCorrection': t('其他处理：申请人无正当理由逾期不补正', '其他處理：申請人無正當理由逾期不補正', 'Other: no correction in time'),
  'other.feeNotPaid': t('其他处理：申请人逾期未缴纳费用', '其他處理：申請人逾期未繳納費用', 'Other: fee not paid'),
  'other.other': t('其他处理：其他', '其他處理：其他', 'Other'),
} as const satisfies Record<string, LocalizedText>;

export type ReportRow = keyof typeof REPORT_ROWS;
export const REPORT_ROW_KEYS = Object.keys(REPORT_ROWS) as ReportRow[];
export type ReplyType = (typeof DISCLOSURE_REPLY_TYPES)[number];

const refused = REPORT_ROW_KEYS.filter((row) => row.startsWith('refused.'));
const unable = REPORT_ROW_KEYS.filter((row) => row.startsWith('unable.'));
const notProcessed = REPORT_ROW_KEYS.filter((row) => row.startsWith('notProcessed.'));

/** The rows a reply type may be counted in; the first is the default when staff name none. */
export const ALLOWED_ROWS: Record<ReplyType, readonly ReportRow[]> = {
  alreadyPublic: ['granted'], // the 2021 format counts "already public, told where" as granted
  granted: ['granted'],
  partiallyGranted: ['partiallyGranted'],
  refused,
  notExist: ['unable.noSuchInformation', 'unable.needsCreation'],
  notThisAgency: ['unable.noSuchInformation'],
  repeated: ['notProcessed.repeated'],
  specialLaw: ['refused.administrativeQuery', 'other.other'],
  notGovernmentInformation: ['notProcessed.publications', 'notProcessed.confirmationRequests', 'other.other'],
  petition: ['notProcessed.complaintPetition'],
  other: [...unable, ...notProcessed, 'other.feeNotPaid', 'other.other'],
};
