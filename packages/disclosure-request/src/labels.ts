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

