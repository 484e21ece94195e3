/**
 * The laws, regulations and rules the demo's generated power items cite (scripts/demo-data/
 * power-pairings.ts), each under a short key. Titles and document numbers are the real ones of
 * national texts; the 示例市 texts are the fictional city's own local rules and 规范性文件, for the
 * items that rest on local policy (高龄津贴, 耕地地力保护补贴) — never a national law that has
 * nothing to do with them (issue #17 item 17). A document number is given only where one is
 * commonly cited and certain; laws are cited by title alone, as catalogs usually do.
 */
import type { PowerItem } from '@gongkai/schema';

export type LegalRank = NonNullable<NonNullable<PowerItem['legalBasis']>[number]['rank']>;

export interface Law {
  title: string;
  docNumber?: string;
  rank: LegalRank;
}

const law = (title: string): Law => ({ title, rank: 'law' });
const regulation = (title: string, docNumber?: string): Law => ({ title, ...(docNumber ? { docNumber } : {}), rank: 'administrativeRegulation' });
const rule = (title: string, docNumber: string): Law => ({ title, docNumber, rank: 'departmentalRule' });

export const LAWS = {
  // Laws (法律)
  foodSafety: law('中华人民共和国食品安全法'),
  drugAdministration: law('中华人民共和国药品管理法'),
  specialEquipment: law('中华人民共和国特种设备安全法'),
  advertising: law('中华人民共和国广告法'),
  productQuality: law('中华人民共和国产品质量法'),
  water: law('中华人民共和国水法'),
  soilConservation: law('中华人民共和国水土保持法'),
  elderly: law('中华人民共和国老年人权益保障法'),
  civilCode: law('中华人民共和国民法典'),
  socialInsurance: law('中华人民共和国社会保险法'),
  labourContract: law('中华人民共和国劳动合同法'),
  labour: law('中华人民共和国劳动法'),
  urbanRuralPlanning: law('中华人民共和国城乡规划法'),
  landAdministration: law('中华人民共和国土地管理法'),
  forest: law('中华人民共和国森林法'),
  environmentalProtection: law('中华人民共和国环境保护法'),
  environmentalImpact: law('中华人民共和国环境影响评价法'),
  airPollution: law('中华人民共和国大气污染防治法'),
  waterPollution: law('中华人民共和国水污染防治法'),
  construction: law('中华人民共和国建筑法'),
  urbanRealEstate: law('中华人民共和国城市房地产管理法'),
  highway: law('中华人民共和国公路法'),
  privateEducation: law('中华人民共和国民办教育促进法'),
  teachers: law('中华人民共和国教师法'),
  residentIdCard: law('中华人民共和国居民身份证法'),
  roadTrafficSafety: law('中华人民共和国道路交通安全法'),
  physicians: law('中华人民共和国医师法'),
  basicHealthcare: law('中华人民共和国基本医疗卫生与健康促进法'),
  maternalInfantHealth: law('中华人民共和国母婴保健法'),
  workSafety: law('中华人民共和国安全生产法'),
  seeds: law('中华人民共和国种子法'),
  animalEpidemic: law('中华人民共和国动物防疫法'),
  fisheries: law('中华人民共和国渔业法'),
  legalAid: law('中华人民共和国法律援助法'),
  governmentProcurement: law('中华人民共和国政府采购法'),
  // Administrative regulations (行政法规)
  waterPermits: regulation('取水许可和水资源费征收管理条例', '国务院令第460号'),
  riverCourses: regulation('中华人民共和国河道管理条例', '国务院令第3号'),
  socialAssistance: regulation('社会救助暂行办法', '国务院令第649号'),
  socialOrganizations: regulation('社会团体登记管理条例', '国务院令第250号'),
  privateNonEnterprise: regulation('民办非企业单位登记管理暂行条例', '国务院令第251号'),
  unemploymentInsurance: regulation('失业保险条例', '国务院令第258号'),
  workInjury: regulation('工伤保险条例'),
  humanResourcesMarket: regulation('人力资源市场暂行条例', '国务院令第700号'),
  realEstateRegistration: regulation('不动产登记暂行条例', '国务院令第656号'),
  pollutantPermits: regulation('排污许可管理条例', '国务院令第736号'),
  constructionQuality: regulation('建设工程质量管理条例', '国务院令第279号'),
  urbanGas: regulation('城镇燃气管理条例', '国务院令第583号'),
  housingExpropriation: regulation('国有土地上房屋征收与补偿条例', '国务院令第590号'),
  drainage: regulation('城镇排水与污水处理条例', '国务院令第641号'),
  roadTransport: regulation('中华人民共和国道路运输条例', '国务院令第406号'),
  retainedApprovals: regulation('国务院对确需保留的行政审批项目设定行政许可的决定', '国务院令第412号'),
  teacherQualification: regulation('教师资格条例', '国务院令第188号'),
  massEvents: regulation('大型群众性活动安全管理条例', '国务院令第505号'),
  fireworks: regulation('烟花爆竹安全管理条例', '国务院令第455号'),
  medicalInstitutions: regulation('医疗机构管理条例', '国务院令第149号'),
  nurses: regulation('护士条例', '国务院令第517号'),
  publicPlacesHygiene: regulation('公共场所卫生管理条例'),
  medicalSecurityFund: regulation('医疗保障基金使用监督管理条例', '国务院令第735号'),
  hazardousChemicals: regulation('危险化学品安全管理条例', '国务院令第591号'),
  cityAppearance: regulation('城市市容和环境卫生管理条例', '国务院令第101号'),
  urbanGreening: regulation('城市绿化条例', '国务院令第100号'),
  urbanRoads: regulation('城市道路管理条例', '国务院令第198号'),
  pesticides: regulation('农药管理条例', '国务院令第677号'),
  farmMachinery: regulation('农业机械安全监督管理条例', '国务院令第563号'),
  entertainmentVenues: regulation('娱乐场所管理条例', '国务院令第458号'),
  internetCafes: regulation('互联网上网服务营业场所管理条例', '国务院令第363号'),
  commercialPerformances: regulation('营业性演出管理条例', '国务院令第439号'),
  travelAgencies: regulation('旅行社条例', '国务院令第550号'),
  enterpriseInvestment: regulation('企业投资项目核准和备案管理条例', '国务院令第673号'),
  governmentInvestment: regulation('政府投资条例', '国务院令第712号'),
  // Departmental rules (部门规章)
  foodBusinessPermits: rule('食品经营许可和备案管理办法', '国家市场监督管理总局令第78号'),
  complaintsAndReports: rule('市场监督管理投诉举报处理暂行办法', '国家市场监督管理总局令第20号'),
  elderCareInstitutions: rule('养老机构管理办法', '民政部令第66号'),
  bookkeepingAgencies: rule('代理记账管理办法', '财政部令第98号'),
  prepaidCards: rule('单用途商业预付卡管理办法（试行）', '商务部令2012年第9号'),
  recycling: rule('再生资源回收管理办法', '商务部令2007年第8号'),
  employmentServices: rule('就业服务与就业管理规定', '劳动和社会保障部令第28号'),
  // The fictional city's own texts (local rule, 规范性文件)
  cityGreening: { title: '示例市城市绿化管理办法', docNumber: '示例市人民政府令第12号', rank: 'localRule' },
  cityOldAgeAllowance: { title: '示例市高龄津贴发放管理办法', docNumber: '示民发〔2024〕3号', rank: 'normativeDocument' },
  cityFarmlandSubsidy: { title: '示例市耕地地力保护补贴实施方案', docNumber: '示农发〔2025〕2号', rank: 'normativeDocument' },
  cityFoodReportRewards: { title: '示例市食品安全违法行为举报奖励办法', docNumber: '示市监规〔2024〕1号', rank: 'normativeDocument' },
} as const satisfies Record<string, Law>;

export type LawKey = keyof typeof LAWS;
