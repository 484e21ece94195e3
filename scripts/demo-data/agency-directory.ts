/** The demo agency directory: who accepts disclosure applications and letters, with each one's guide. */
import type { Agency, AgencyDirectoryFile, DisclosureGuide } from '@gongkai/schema';
import { PUBLISHER, SERVICE_HOURS, SITE, UPDATED_AT } from './site.js';

/** id, name, accepts disclosure requests, accepts letters, office, address, postcode, phone suffix, e-mail user. */
const AGENCY_ROWS: ReadonlyArray<readonly [string, string, boolean, boolean, string, string, string, string, string]> = [
  ['shili-gov', '示例市人民政府', true, true, '示例市人民政府办公室（政务公开科）', '示例市人民大道100号市民中心一楼', '250001', '600', 'xxgk'],
  ['fgw', '示例市发展和改革委员会', true, true, '示例市发展和改革委员会办公室', '示例市人民大道98号', '250001', '610', 'fgw-xxgk'],
  ['jyj', '示例市教育局', true, true, '示例市教育局办公室', '示例市文化东路56号', '250011', '620', 'jyj-xxgk'],
  ['gaj', '示例市公安局', true, true, '示例市公安局政务公开办公室', '示例市建设路180号', '250012', '630', 'gaj-xxgk'],
  ['mzj', '示例市民政局', true, true, '示例市民政局办公室', '示例市和平路32号', '250013', '631', 'mzj-xxgk'],
  ['rsj', '示例市人力资源和社会保障局', true, true, '示例市人力资源和社会保障局法规科', '示例市青年路77号', '250014', '640', 'rsj-xxgk'],
  ['zrzyj', '示例市自然资源和规划局', true, true, '示例市自然资源和规划局办公室', '示例市工业南路28号', '250101', '621', 'zrzyj-xxgk'],
  ['sthjj', '示例市生态环境局', true, true, '示例市生态环境局办公室', '示例市滨河大道16号', '250102', '650', 'sthjj-xxgk'],
  ['zjj', '示例市住房和城乡建设局', true, true, '示例市住房和城乡建设局办公室', '示例市建设路66号', '250012', '660', 'zjj-xxgk'],
  ['wjw', '示例市卫生健康委员会', true, true, '示例市卫生健康委员会办公室', '示例市和平路101号', '250013', '670', 'wjw-xxgk'],
  ['scjgj', '示例市市场监督管理局', true, true, '示例市市场监督管理局法规科', '示例市工业南路9号', '250101', '680', 'scjgj-xxgk'],
  ['ybj', '示例市医疗保障局', true, true, '示例市医疗保障局办公室', '示例市青年路120号', '250014', '690', 'ybj-xxgk'],
  ['tjj', '示例市统计局', true, false, '示例市统计局办公室', '示例市人民大道98号', '250001', '611', 'tjj-xxgk'],
  ['chengnan', '示例市城南区人民政府', true, true, '城南区人民政府办公室（政务公开办）', '示例市城南区解放路200号', '250002', '701', 'cnq-xxgk'],
  ['hedong', '示例市河东区人民政府', true, true, '河东区人民政府办公室（政务公开办）', '示例市河东区滨河大道300号', '250100', '702', 'hdq-xxgk'],
  ['rx12345', '示例市12345政务服务便民热线工作中心', false, true, '示例市12345政务服务便民热线工作中心', '示例市人民大道100号市民中心五楼', '250001', '345', 'rx12345'],
];

export function buildAgencyDirectory(): AgencyDirectoryFile {
  const agencies: Agency[] = AGENCY_ROWS.map(([id, name, disclosure, letters, office, address, postcode, phone, mail]) => {
    const how: string[] = [];
    if (disclosure) {
      how.push(`向${name}申请获取政府信息，可通过示例市人民政府门户网站依申请公开平台在线提交，也可以到受理地点当面提交或者以信函、传真方式提交申请表。`);
      how.push('自收到申请之日起20个工作日内答复；需要延长的，延长期限最长不超过20个工作日。');
    } else {
      how.push(`${name}不单独受理政府信息公开申请；申请获取热线工作相关信息的，请向示例市人民政府提出。`);
    }
    if (letters) {
      how.push(id === 'rx12345'
        ? '群众来信、来电可通过12345热线、“市长信箱”和政务服务小程序提交，热线全天24小时受理。'
        : `对${name}工作的咨询、建议、投诉，可通过“市长信箱”选择本单位提交，一般在15个工作日内答复。`);
    }
    const guide: DisclosureGuide = {
      howToApply: how.join('\n'),
      office,
      address,
      postcode,
      hours: id === 'rx12345' ? '热线全天24小时；现场接待 周一至周五 9:00—17:00' : SERVICE_HOURS,
      phone: id === 'rx12345' ? '12345' : `0531-12345${phone}`,
      ...(id === 'rx12345' ? {} : { fax: `0531-12346${phone}` }),
      email: `${mail}@example.gov.cn`,
      ...(disclosure ? { onlineUrl: `${SITE}xxgk/ysqgk/apply?agency=${id}` } : {}),
      url: `${SITE}xxgk/${id}/gkzn/`,
      updatedAt: '2026-03-01',
    };
    return { id, name, acceptsDisclosureRequests: disclosure, acceptsLetters: letters, guide };
  });
  return { schemaVersion: 1, kind: 'agency-directory', publisher: PUBLISHER, updatedAt: UPDATED_AT, agencies };
}
