/**
 * 409 answers in plain words (zh-Hans, zh-Hant, en): what the application or letter is now and
 * what therefore cannot be done — "该申请已确认收到，不能再次确认", never
 * "状态“received”下不能执行“confirm-receipt”". The same rules say which actions are possible
 * now (`allowedActions`), so the workbench offers only those.
 */
import type { DisclosureRequestStatus, LocalizedText, PublicLetter } from '@gongkai/schema';
import type { DeadlineFacts } from './deadlines.js';
import { HttpProblem, TITLES, t } from './problem.js';

export const REQUEST_ACTIONS = ['confirm-receipt', 'request-correction', 'correction-received', 'abandon', 'extend', 'pause', 'resume', 'reply'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** "该申请{…}": the status as a clause. */
const REQUEST_STATUS: Record<DisclosureRequestStatus, LocalizedText> = {
  submitted: t('尚未确认收到', '尚未確認收到', 'has not been confirmed as received yet'),
  received: t('正在办理', '正在辦理', 'is being handled'),
  correctionRequested: t('正在等待申请人补正', '正在等待申請人補正', 'is waiting for the applicant’s correction'),
  paused: t('正在征求意见，答复期限已中止计算', '正在徵求意見，答覆期限已中止計算', 'is paused for a consultation'),
  extended: t('已延长答复期限，正在办理', '已延長答覆期限，正在辦理', 'has been extended and is being handled'),
  replied: t('已答复', '已答覆', 'has been replied to'),
  abandoned: t('已视为申请人放弃', '已視為申請人放棄', 'has been treated as abandoned'),
  withdrawn: t('已由申请人撤回', '已由申請人撤回', 'has been withdrawn by the applicant'),
};

/** "不能{…}": the action as a verb phrase. */
const REQUEST_ACTION: Record<RequestAction, LocalizedText> = {
  'confirm-receipt': t('确认收到', '確認收到', 'confirm receipt'),
  'request-correction': t('要求补正', '要求補正', 'request a correction'),
  'correction-received': t('登记收到补正材料', '登記收到補正材料', 'register the correction'),
  abandon: t('按放弃申请处理', '按放棄申請處理', 'treat it as abandoned'),
  extend: t('延长答复期限', '延長答覆期限', 'extend the reply period'),
  pause: t('中止计算答复期限', '中止計算答覆期限', 'pause the reply period'),
  resume: t('恢复计算答复期限', '恢復計算答覆期限', 'resume the reply period'),
  reply: t('答复', '答覆', 'reply'),
};

const FROM: Record<RequestAction, readonly DisclosureRequestStatus[]> = {
  'confirm-receipt': ['submitted'],
  'request-correction': ['received'],
  'correction-received': ['correctionRequested'],
  abandon: ['correctionRequested'],
  extend: ['received'],
  pause: ['received', 'extended'],
  resume: ['paused'],
  reply: ['submitted', 'received', 'extended', 'paused'],
};

const generic = (subject: { zh: string; hant: string; en: string }, status: LocalizedText, action: LocalizedText): LocalizedText =>
  t(`${subject.zh}${status['zh-Hans']}，不能${action['zh-Hans']}`, `${subject.hant}${status['zh-Hant']}，不能${action['zh-Hant']}`, `Cannot ${action.en}: the ${subject.en} ${status.en}.`);
const APPLICATION = { zh: '该申请', hant: '該申請', en: 'application' };
const LETTER = { zh: '该来信', hant: '該來信', en: 'letter' };

/** Why `action` is impossible now, or undefined when it is possible. */
export function requestRefusal(action: RequestAction, status: DisclosureRequestStatus, facts: DeadlineFacts): LocalizedText | undefined {
  if (action === 'confirm-receipt' && status !== 'submitted' && facts.receivedAt) {
    return t('该申请已确认收到，不能再次确认', '該申請已確認收到，不能再次確認', 'The application has already been confirmed as received.');
  }
  if (action === 'request-correction' && facts.correction) {
    return t('该申请已要求过一次补正，依规定只能要求一次', '該申請已要求過一次補正，依規定只能要求一次', 'A correction was already requested once; it can be requested only once.');
  }
  if (action === 'extend' && facts.extension) {
    return t('该申请已延长过一次答复期限，不能再次延长', '該申請已延長過一次答覆期限，不能再次延長', 'The reply period was already extended once; it cannot be extended again.');
  }
  if (action === 'reply' && status === 'replied') return t('该申请已答复，不能再次答复', '該申請已答覆，不能再次答覆', 'The application has already been replied to.');
  if (action === 'request-correction' && status === 'received' && !facts.receivedAt) return generic(APPLICATION, REQUEST_STATUS.submitted, REQUEST_ACTION[action]);
  return FROM[action].includes(status) ? undefined : generic(APPLICATION, REQUEST_STATUS[status], REQUEST_ACTION[action]);
}

type LetterStatus = PublicLetter['status'];
export const LETTER_ACTIONS = ['accept', 'reject', 'assign', 'return', 'start', 'reply', 'reopen', 'close', 'publish'] as const;
export type LetterAction = (typeof LETTER_ACTIONS)[number] | 'rate';

const LETTER_STATUS: Record<LetterStatus, LocalizedText> = {
  received: t('尚未受理', '尚未受理', 'has not been accepted yet'),
  accepted: t('已受理，尚未交办', '已受理，尚未交辦', 'is accepted but not assigned yet'),
  rejected: t('已不予受理', '已不予受理', 'was not accepted'),
  assigned: t('已交办，尚未开始办理', '已交辦，尚未開始辦理', 'is assigned but not started'),
  inProgress: t('正在办理', '正在辦理', 'is being handled'),
  replied: t('已答复', '已答覆', 'has been replied to'),
  rated: t('已由来信人评价', '已由來信人評價', 'has been rated by the writer'),
  closed: t('已办结', '已辦結', 'is closed'),
};
const LETTER_ACTION: Record<LetterAction, LocalizedText> = {
  accept: t('受理', '受理', 'accept it'),
  reject: t('不予受理', '不予受理', 'reject it'),
  assign: t('交办', '交辦', 'assign it'),
  return: t('退回重新交办', '退回重新交辦', 'return it for reassignment'),
  start: t('开始办理', '開始辦理', 'start handling it'),
  reply: t('答复', '答覆', 'reply'),
  reopen: t('重新办理', '重新辦理', 'reopen it'),
  close: t('办结', '辦結', 'close it'),
  rate: t('评价', '評價', 'rate it'),
  publish: t('公开', '公開', 'publish it'),
};

/** Why a letter transition is impossible from `status`, in plain words. */
export function letterRefusal(action: LetterAction, status: LetterStatus): LocalizedText {
  if (action === 'reopen' && status !== 'rated') return t('只有来信人评价不满意后才能重新办理', '只有來信人評價不滿意後才能重新辦理', 'A letter can be reopened only after the writer has rated the reply.');
  if (action === 'accept' && status !== 'received') return t(`该来信已受理过，不能再次受理`, `該來信已受理過，不能再次受理`, 'The letter has already been dealt with; it cannot be accepted again.');
  return generic(LETTER, LETTER_STATUS[status], LETTER_ACTION[action]);
}

export const PUBLISH_REFUSALS = {
  private: t('来信人未同意公开，不能公开此来信', '來信人未同意公開，不能公開此來信', 'The writer did not allow publishing this letter.'),
  notAnswered: t('该来信尚未答复，答复后才能公开', '該來信尚未答覆，答覆後才能公開', 'The letter can be published only after it has been replied to.'),
} as const;

/** The 409 problem carrying a refusal (code `invalid-transition`, as before). */
export function refused(message: LocalizedText): HttpProblem {
  return new HttpProblem(409, 'invalid-transition', TITLES.conflict, [{ path: 'status', code: 'invalid-transition', message }]);
}
