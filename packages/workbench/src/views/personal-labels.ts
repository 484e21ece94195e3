/** Names of the applicant's and the writer's members (docs/domain.md §3, §5), for the 显示 panel. */
import { msg } from '@gongkai/ui';

export function personalLabel(key: string): string {
  switch (key) {
    case 'type': return msg('申请人类型', { id: 'wb.personal.type' });
    case 'name': return msg('姓名或名称', { id: 'wb.personal.name' });
    case 'idType': return msg('证件类型', { id: 'wb.personal.idType' });
    case 'idNumber': return msg('证件号码', { id: 'wb.personal.idNumber' });
    case 'workUnit': return msg('工作单位', { id: 'wb.personal.workUnit' });
    case 'address': return msg('通信地址', { id: 'wb.personal.address' });
    case 'postcode': return msg('邮政编码', { id: 'wb.personal.postcode' });
    case 'phone': return msg('联系电话', { id: 'wb.personal.phone' });
    case 'email': return msg('电子邮箱', { id: 'wb.personal.email' });
    case 'creditCode': return msg('统一社会信用代码', { id: 'wb.personal.creditCode' });
    case 'legalRepresentative': return msg('法定代表人', { id: 'wb.personal.legalRepresentative' });
    case 'contactPerson': return msg('联系人', { id: 'wb.personal.contactPerson' });
    case 'contactPhone': return msg('联系人电话', { id: 'wb.personal.contactPhone' });
    default: return key;
  }
}

/** Values that are codes (applicant type, ID type) shown by name; everything else as given. */
export function personalValue(key: string, value: string): string {
  if (key === 'type') {
    if (value === 'person') return msg('自然人', { id: 'wb.applicantType.person' });
    if (value === 'organization') return msg('法人或其他组织', { id: 'wb.applicantType.organization' });
  }
  if (key === 'idType') {
    switch (value) {
      case 'residentId': return msg('居民身份证', { id: 'wb.idType.residentId' });
      case 'passport': return msg('护照', { id: 'wb.idType.passport' });
      case 'hkMacaoPermit': return msg('港澳居民来往内地通行证或居住证', { id: 'wb.idType.hkMacaoPermit' });
      case 'taiwanPermit': return msg('台湾居民来往大陆通行证或居住证', { id: 'wb.idType.taiwanPermit' });
      case 'foreignPermanentResidentId': return msg('外国人永久居留身份证', { id: 'wb.idType.foreignPermanentResidentId' });
      case 'other': return msg('其他证件', { id: 'wb.idType.other' });
    }
  }
  return value;
}
