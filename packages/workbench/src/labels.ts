/**
 * Staff-facing names of the enumerations (shorter than the citizen's wording in the elements:
 * a queue column, not an explanation). Functions, because `msg()` must run while rendering.
 */
import { msg } from '@gongkai/ui';

/** Application statuses in queue order (the status filter). */
export const REQUEST_STATUSES = ['submitted', 'received', 'correctionRequested', 'paused', 'extended', 'replied', 'abandoned', 'withdrawn'] as const;
export const LETTER_STATUSES = ['received', 'accepted', 'assigned', 'inProgress', 'replied', 'rated', 'rejected', 'closed'] as const;
export const LETTER_TYPES = ['consult', 'suggestion', 'complaint', 'help', 'report', 'praise', 'other'] as const;

export function requestStatusLabel(status: string): string {
  switch (status) {
    case 'submitted': return msg('待登记', { id: 'wb.requestStatus.submitted' });
    case 'received': return msg('办理中', { id: 'wb.requestStatus.received' });
    case 'correctionRequested': return msg('待补正', { id: 'wb.requestStatus.correctionRequested' });
    case 'paused': return msg('征求意见中', { id: 'wb.requestStatus.paused' });
    case 'extended': return msg('已延期', { id: 'wb.requestStatus.extended' });
    case 'replied': return msg('已答复', { id: 'wb.requestStatus.replied' });
    case 'abandoned': return msg('视为放弃', { id: 'wb.requestStatus.abandoned' });
    case 'withdrawn': return msg('已撤回', { id: 'wb.requestStatus.withdrawn' });
    default: return status;
  }
}

export function letterStatusLabel(status: string): string {
  switch (status) {
    case 'received': return msg('待受理', { id: 'wb.letterStatus.received' });
    case 'accepted': return msg('已受理', { id: 'wb.letterStatus.accepted' });
    case 'rejected': return msg('不予受理', { id: 'wb.letterStatus.rejected' });
    case 'assigned': return msg('已转办', { id: 'wb.letterStatus.assigned' });
    case 'inProgress': return msg('办理中', { id: 'wb.letterStatus.inProgress' });
    case 'replied': return msg('已答复', { id: 'wb.letterStatus.replied' });
    case 'rated': return msg('已评价', { id: 'wb.letterStatus.rated' });
    case 'closed': return msg('已办结', { id: 'wb.letterStatus.closed' });
    default: return status;
  }
}

export function letterTypeLabel(type: string): string {
  switch (type) {
    case 'consult': return msg('咨询', { id: 'wb.letterType.consult' });
    case 'suggestion': return msg('建议', { id: 'wb.letterType.suggestion' });
    case 'complaint': return msg('投诉', { id: 'wb.letterType.complaint' });
    case 'help': return msg('求助', { id: 'wb.letterType.help' });
    case 'report': return msg('举报', { id: 'wb.letterType.report' });
    case 'praise': return msg('感谢', { id: 'wb.letterType.praise' });
    case 'other': return msg('其他', { id: 'wb.letterType.other' });
    default: return type;
  }
}

/** 答复类型 (Art. 36). */
export function replyTypeLabel(type: string): string {
  switch (type) {
    case 'alreadyPublic': return msg('已主动公开，告知获取途径', { id: 'wb.replyType.alreadyPublic' });
    case 'granted': return msg('予以公开', { id: 'wb.replyType.granted' });
    case 'partiallyGranted': return msg('部分公开', { id: 'wb.replyType.partiallyGranted' });
    case 'refused': return msg('不予公开', { id: 'wb.replyType.refused' });
    case 'notExist': return msg('信息不存在', { id: 'wb.replyType.notExist' });
    case 'notThisAgency': return msg('不属于本机关负责公开', { id: 'wb.replyType.notThisAgency' });
    case 'repeated': return msg('重复申请', { id: 'wb.replyType.repeated' });
    case 'specialLaw': return msg('适用其他法律法规', { id: 'wb.replyType.specialLaw' });
    case 'notGovernmentInformation': return msg('不属于政府信息', { id: 'wb.replyType.notGovernmentInformation' });
    case 'petition': return msg('属于信访举报投诉', { id: 'wb.replyType.petition' });
    case 'other': return msg('其他', { id: 'wb.replyType.other' });
    default: return type;
  }
}

/** Names of the actions, as buttons and headings. */
export function actionLabel(action: string): string {
  switch (action) {
    case 'confirm-receipt': return msg('确认收到', { id: 'wb.action.confirmReceipt' });
    case 'request-correction': return msg('要求补正', { id: 'wb.action.requestCorrection' });
    case 'correction-received': return msg('已收到补正', { id: 'wb.action.correctionReceived' });
    case 'abandon': return msg('视为放弃', { id: 'wb.action.abandon' });
    case 'extend': return msg('延长答复期限', { id: 'wb.action.extend' });
    case 'pause': return msg('暂停计时（征求意见）', { id: 'wb.action.pause' });
    case 'resume': return msg('恢复计时', { id: 'wb.action.resume' });
    case 'reply': return msg('答复', { id: 'wb.action.reply' });
    case 'accept': return msg('受理', { id: 'wb.action.accept' });
    case 'reject': return msg('不予受理', { id: 'wb.action.reject' });
    case 'assign': return msg('转办', { id: 'wb.action.assign' });
    case 'return': return msg('退回重新转办', { id: 'wb.action.return' });
    case 'start': return msg('开始办理', { id: 'wb.action.start' });
    case 'reopen': return msg('重新办理', { id: 'wb.action.reopen' });
    case 'close': return msg('办结', { id: 'wb.action.close' });
    case 'publish': return msg('公开发布', { id: 'wb.action.publish' });
    case 'approve': return msg('审核通过', { id: 'wb.action.approve' });
    case 'register-request': return msg('登记申请', { id: 'wb.action.registerRequest' });
    case 'register-letter': return msg('登记来信', { id: 'wb.action.registerLetter' });
    case 'return-for-changes': return msg('退回修改', { id: 'wb.action.returnForChanges' });
    default: return action;
  }
}

/** 收件渠道: how an application or letter reached the agency. */
export function channelLabel(channel: string): string {
  switch (channel) {
    case 'online': return msg('网上提交', { id: 'wb.channel.online' });
    case 'in-person': return msg('当面提交', { id: 'wb.channel.inPerson' });
    case 'post': return msg('邮寄', { id: 'wb.channel.post' });
    case 'fax': return msg('传真', { id: 'wb.channel.fax' });
    default: return channel;
  }
}
