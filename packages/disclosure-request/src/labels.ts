/**
 * Display names of the contract's enumerations, in the reader's locale. Functions, not
 * constants: msg() must run while the element renders.
 */
import { msg } from '@gongkai/ui';

export function idTypeLabel(type: string): string {
  switch (type) {
    case 'residentId': return msg('居民身份证', { id: 'dr.idType.residentId' });
    case 'passport': return msg('护照', { id: 'dr.idType.passport' });
    case 'hkMacaoPermit': return msg('港澳居民来往内地通行证或居住证', { id: 'dr.idType.hkMacaoPermit' });
    case 'taiwanPermit': return msg('台湾居民来往大陆通行证或居住证', { id: 'dr.idType.taiwanPermit' });
    case 'foreignPermanentResidentId': return msg('外国人永久居留身份证', { id: 'dr.idType.foreignPermanentResidentId' });
    case 'other': return msg('其他有效证件', { id: 'dr.idType.other' });
    default: return type;
  }
}

export function provisionFormLabel(form: string): string {
  switch (form) {
    case 'paper': return msg('纸质', { id: 'dr.form.paper' });
    case 'electronic': return msg('电子文件', { id: 'dr.form.electronic' });
    case 'disc': return msg('光盘', { id: 'dr.form.disc' });
    default: return form;
  }
}

export function deliveryMethodLabel(method: string): string {
  switch (method) {
    case 'post': return msg('邮寄', { id: 'dr.delivery.post' });
    case 'email': return msg('电子邮件', { id: 'dr.delivery.email' });
    case 'collect': return msg('自行领取', { id: 'dr.delivery.collect' });
    case 'onsite': return msg('当场阅读、抄录', { id: 'dr.delivery.onsite' });
    case 'online': return msg('网上获取', { id: 'dr.delivery.online' });
    default: return method;
  }
}

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
