/** Display names of application statuses and reply types (the lookup and its timeline). */
import { msg } from '@gongkai/ui';

export function statusLabel(status: string): string {
  switch (status) {
    case 'submitted': return msg('已提交，待登记受理', { id: 'dr.status.submitted' });
    case 'received': return msg('已受理，正在办理', { id: 'dr.status.received' });
    case 'correctionRequested': return msg('需要补正申请内容', { id: 'dr.status.correctionRequested' });
    case 'paused': return msg('征求意见中（不计入办理期限）', { id: 'dr.status.paused' });
    case 'extended': return msg('已延长答复期限', { id: 'dr.status.extended' });
    case 'replied': return msg('已答复', { id: 'dr.status.replied' });
    case 'abandoned': return msg('逾期未补正，视为放弃申请', { id: 'dr.status.abandoned' });
    case 'withdrawn': return msg('已撤回', { id: 'dr.status.withdrawn' });
    default: return status;
  }
}

export function replyTypeLabel(type: string): string {
  switch (type) {
    case 'alreadyPublic': return msg('信息已主动公开', { id: 'dr.reply.alreadyPublic' });
    case 'granted': return msg('予以公开', { id: 'dr.reply.granted' });
    case 'partiallyGranted': return msg('部分公开', { id: 'dr.reply.partiallyGranted' });
    case 'refused': return msg('不予公开', { id: 'dr.reply.refused' });
    case 'notExist': return msg('本机关不掌握相关政府信息', { id: 'dr.reply.notExist' });
    case 'notThisAgency': return msg('不属于本机关负责公开', { id: 'dr.reply.notThisAgency' });
    case 'repeated': return msg('重复申请', { id: 'dr.reply.repeated' });
    case 'specialLaw': return msg('按有关法律法规规定办理', { id: 'dr.reply.specialLaw' });
    case 'notGovernmentInformation': return msg('不属于政府信息公开申请', { id: 'dr.reply.notGovernmentInformation' });
    case 'petition': return msg('转为信访、投诉等途径处理', { id: 'dr.reply.petition' });
    case 'other': return msg('其他处理', { id: 'dr.reply.other' });
    default: return type;
  }
}
