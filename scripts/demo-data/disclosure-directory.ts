/** The demo disclosure directory: the city's 公开指南, the categories, generated and source documents. */
import type { DisclosureDirectoryFile, DisclosureGuide } from '@gongkai/schema';
import { buildCategories } from './categories.js';
import { generatedDocuments } from './generated-documents.js';
import { seedDocuments } from './seed-documents.js';
import { PUBLISHER, SERVICE_HOURS, SITE, UPDATED_AT } from './site.js';

const CITY_GUIDE: DisclosureGuide = {
  howToApply: [
    '公民、法人或者其他组织可以通过以下方式向示例市人民政府申请获取政府信息：',
    '（一）在线申请：登录示例市人民政府门户网站“政府信息公开—依申请公开”栏目，在线填写申请表并提交。提交成功后，系统生成申请编号和查询码，可凭二者查询办理进度。',
    '（二）当面申请：到受理窗口填写《示例市人民政府政府信息公开申请表》，并出示有效身份证件或者证明文件。',
    '（三）信函申请：填写申请表后邮寄至受理机构，请在信封左下角注明“政府信息公开申请”字样。',
    '（四）传真申请：填写申请表后传真至受理机构，并电话确认。',
    '申请内容应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。一件申请以申请一项政府信息为宜。',
    '答复期限：能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。申请内容不明确的，自收到申请之日起7个工作日内一次性告知申请人补正。征求第三方和其他机关意见所需时间不计算在答复期限内。',
  ].join('\n'),
  office: '示例市人民政府办公室（政务公开科）',
  address: '示例市人民大道100号市民中心一楼政府信息公开申请受理窗口',
  postcode: '250001',
  hours: SERVICE_HOURS,
  phone: '0531-12345600',
  fax: '0531-12345609',
  email: 'xxgk@example.gov.cn',
  onlineUrl: `${SITE}xxgk/ysqgk/apply`,
  url: `${SITE}xxgk/gkzn/`,
  fees: '行政机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费，按件计收或者按量计收，由行政机关选择其一。',
  remedies: '公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向示例市人民政府办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。对示例市人民政府作出的依申请公开答复不服的，可以自知道该行为之日起60日内向示例省人民政府申请行政复议，或者自知道之日起6个月内向示例市中级人民法院提起行政诉讼。',
  updatedAt: '2026-03-01',
};

export function buildDisclosureDirectory(): DisclosureDirectoryFile {
  return {
    schemaVersion: 1,
    kind: 'disclosure-directory',
    publisher: PUBLISHER,
    updatedAt: UPDATED_AT,
    guide: CITY_GUIDE,
    categories: buildCategories(),
    documents: [...generatedDocuments(200), ...seedDocuments()],
  };
}
