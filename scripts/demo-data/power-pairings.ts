/**
 * What the demo's generated power items are made from (issue #17 item 17): each subject with the
 * department that really administers it in a prefecture-level city, the powers that exist for it
 * (docs/domain.md §1, power types) and the provisions that set each power. Item names are written
 * out, not composed from templates, so every name is one a catalog really carries and none
 * repeats. Articles are given where they are certain; otherwise the text is cited as a whole.
 * test/demo-power-items.node.test.ts checks the generated items against this table.
 */
import type { PowerItem } from '@gongkai/schema';
import type { LawKey } from './power-laws.js';

/** Department ids of the demo city (test/fixtures/power-items.ts DEPARTMENTS). */
export type DepartmentId =
  | 'fgw' | 'jyj' | 'gaj' | 'mzj' | 'sfj' | 'czj' | 'rsj' | 'zrzyj' | 'sthjj' | 'zjj'
  | 'jtj' | 'slj' | 'nyj' | 'swj' | 'wlj' | 'wjw' | 'yjj' | 'scjgj' | 'ybj' | 'cgj';

/** A provision: the text's key in LAWS and, where certain, the article. */
export type Provision = readonly [LawKey, string?];

export interface PowerSpec {
  type: PowerItem['type'];
  name: string;
  basis: readonly Provision[];
  /** Exercised by the districts and counties rather than the city (婚姻登记, 低保, 烟花爆竹零售, 娱乐场所). */
  county?: true;
}

export interface PowerPairing {
  subject: string;
  department: DepartmentId;
  /** The section (科室) that handles the subject's items. */
  unit: string;
  powers: readonly PowerSpec[];
}

export const POWER_PAIRINGS: readonly PowerPairing[] = [
  // 发展和改革委员会
  {
    subject: '企业投资项目', department: 'fgw', unit: '投资科',
    powers: [
      { type: 'other', name: '企业投资项目核准', basis: [['enterpriseInvestment', '第三条']] },
      { type: 'other', name: '企业投资项目备案', basis: [['enterpriseInvestment', '第十三条']] },
    ],
  },
  {
    subject: '政府投资项目', department: 'fgw', unit: '投资科',
    powers: [{ type: 'other', name: '政府投资项目审批', basis: [['governmentInvestment', '第九条']] }],
  },
  // 教育局
  {
    subject: '民办学校', department: 'jyj', unit: '民办教育管理科',
    powers: [
      { type: 'licensing', name: '实施学历教育、学前教育的民办学校设立审批', basis: [['privateEducation', '第十二条']] },
      { type: 'licensing', name: '民办学校分立、合并、变更和终止审批', basis: [['privateEducation']] },
      { type: 'inspection', name: '民办学校办学行为监督检查', basis: [['privateEducation']] },
    ],
  },
  {
    subject: '教师资格', department: 'jyj', unit: '教师工作科',
    powers: [{ type: 'confirmation', name: '教师资格认定', basis: [['teachers', '第十三条'], ['teacherQualification']] }],
  },
  // 公安局
  {
    subject: '居民身份证', department: 'gaj', unit: '户政管理支队',
    powers: [{ type: 'confirmation', name: '居民身份证申领、换领、补领', basis: [['residentIdCard', '第八条']], county: true }],
  },
  {
    subject: '大型群众性活动', department: 'gaj', unit: '治安管理支队',
    powers: [{ type: 'licensing', name: '大型群众性活动安全许可', basis: [['massEvents', '第十一条']] }],
  },
  {
    subject: '焰火燃放', department: 'gaj', unit: '治安管理支队',
    powers: [{ type: 'licensing', name: '焰火晚会烟花爆竹燃放许可', basis: [['fireworks']] }],
  },
  {
    subject: '机动车', department: 'gaj', unit: '交通警察支队车辆管理所',
    powers: [
      { type: 'licensing', name: '机动车登记', basis: [['roadTrafficSafety', '第八条']] },
      { type: 'penalty', name: '对饮酒后驾驶机动车的行政处罚', basis: [['roadTrafficSafety', '第九十一条']] },
    ],
  },
  // 民政局
  {
    subject: '最低生活保障', department: 'mzj', unit: '社会救助科',
    powers: [{ type: 'benefit', name: '最低生活保障金给付', basis: [['socialAssistance', '第九条']], county: true }],
  },
  {
    subject: '特困人员供养', department: 'mzj', unit: '社会救助科',
    powers: [{ type: 'benefit', name: '特困人员救助供养', basis: [['socialAssistance', '第十四条']], county: true }],
  },
  {
    subject: '临时救助', department: 'mzj', unit: '社会救助科',
    powers: [{ type: 'benefit', name: '临时救助金给付', basis: [['socialAssistance', '第四十七条']], county: true }],
  },
  {
    subject: '高龄津贴', department: 'mzj', unit: '养老服务科',
    powers: [{ type: 'benefit', name: '高龄津贴发放', basis: [['elderly', '第三十三条'], ['cityOldAgeAllowance']] }],
  },
  {
    subject: '养老机构', department: 'mzj', unit: '养老服务科',
    powers: [
      { type: 'other', name: '养老机构备案', basis: [['elderly', '第四十三条'], ['elderCareInstitutions']] },
      { type: 'inspection', name: '养老机构服务质量和安全监督检查', basis: [['elderly', '第四十四条'], ['elderCareInstitutions']] },
    ],
  },
  {
    subject: '社会团体', department: 'mzj', unit: '社会组织管理科',
    powers: [
      { type: 'licensing', name: '社会团体成立、变更、注销登记', basis: [['socialOrganizations', '第三条']] },
      { type: 'penalty', name: '对社会团体违反登记管理规定的行政处罚', basis: [['socialOrganizations']] },
    ],
  },
  {
    subject: '民办非企业单位', department: 'mzj', unit: '社会组织管理科',
    powers: [{ type: 'licensing', name: '民办非企业单位成立、变更、注销登记', basis: [['privateNonEnterprise', '第三条']] }],
  },
  {
    subject: '婚姻登记', department: 'mzj', unit: '婚姻登记处',
    powers: [
      { type: 'confirmation', name: '内地居民结婚登记', basis: [['civilCode', '第一千零四十九条']], county: true },
      { type: 'confirmation', name: '内地居民离婚登记', basis: [['civilCode', '第一千零七十六条']], county: true },
    ],
  },
  // 司法局
  {
    subject: '法律援助', department: 'sfj', unit: '法律援助中心',
    powers: [{ type: 'publicService', name: '法律援助申请受理', basis: [['legalAid']] }],
  },
  // 财政局
  {
    subject: '政府采购', department: 'czj', unit: '政府采购监督管理科',
    powers: [{ type: 'adjudication', name: '政府采购投诉处理', basis: [['governmentProcurement', '第五十六条']] }],
  },
  {
    subject: '代理记账', department: 'czj', unit: '会计科',
    powers: [{ type: 'licensing', name: '代理记账机构执业许可', basis: [['bookkeepingAgencies']] }],
  },
  // 人力资源和社会保障局
  {
    subject: '失业保险', department: 'rsj', unit: '失业保险科',
    powers: [{ type: 'benefit', name: '失业保险金给付', basis: [['socialInsurance', '第四十五条'], ['unemploymentInsurance', '第十四条']] }],
  },
  {
    subject: '工伤', department: 'rsj', unit: '工伤保险科',
    powers: [{ type: 'confirmation', name: '工伤认定', basis: [['socialInsurance'], ['workInjury', '第十七条']] }],
  },
  {
    subject: '人力资源服务', department: 'rsj', unit: '人力资源流动管理科',
    powers: [{ type: 'licensing', name: '经营性人力资源服务机构从事职业中介活动许可', basis: [['humanResourcesMarket', '第十八条']] }],
  },
  {
    subject: '劳务派遣', department: 'rsj', unit: '劳动关系科',
    powers: [{ type: 'licensing', name: '劳务派遣经营许可', basis: [['labourContract', '第五十七条']] }],
  },
  {
    subject: '工作时间', department: 'rsj', unit: '劳动保障监察支队',
    powers: [{ type: 'penalty', name: '对用人单位违法延长劳动者工作时间的行政处罚', basis: [['labour', '第九十条']] }],
  },
  {
    subject: '就业登记', department: 'rsj', unit: '就业促进科',
    powers: [{ type: 'publicService', name: '就业登记与失业登记', basis: [['employmentServices']] }],
  },
  // 自然资源和规划局
  {
    subject: '建设用地规划', department: 'zrzyj', unit: '建设用地规划管理科',
    powers: [
      { type: 'licensing', name: '建设用地规划许可证核发', basis: [['urbanRuralPlanning', '第三十七条'], ['urbanRuralPlanning', '第三十八条']] },
      { type: 'licensing', name: '乡村建设规划许可证核发', basis: [['urbanRuralPlanning', '第四十一条']] },
      { type: 'penalty', name: '对未取得建设工程规划许可证进行建设的行政处罚', basis: [['urbanRuralPlanning', '第六十四条']] },
    ],
  },
  {
    subject: '土地', department: 'zrzyj', unit: '耕地保护监督科',
    powers: [
      { type: 'licensing', name: '临时用地审批', basis: [['landAdministration', '第五十七条']] },
      { type: 'penalty', name: '对非法占用土地的行政处罚', basis: [['landAdministration', '第七十七条']] },
      { type: 'levy', name: '集体土地征收组织实施', basis: [['landAdministration', '第四十七条']] },
      { type: 'adjudication', name: '土地权属争议调查处理', basis: [['landAdministration', '第十四条']] },
    ],
  },
  {
    subject: '不动产登记', department: 'zrzyj', unit: '不动产登记中心',
    powers: [{ type: 'confirmation', name: '不动产首次登记', basis: [['civilCode', '第二百零九条'], ['realEstateRegistration']] }],
  },
  {
    subject: '林木', department: 'zrzyj', unit: '林业发展科',
    powers: [
      { type: 'licensing', name: '林木采伐许可证核发', basis: [['forest', '第五十六条']] },
      { type: 'adjudication', name: '林木林地权属争议调查处理', basis: [['forest', '第二十二条']] },
    ],
  },
  // 生态环境局
  {
    subject: '排污', department: 'sthjj', unit: '环境影响评价与排放管理科',
    powers: [
      { type: 'licensing', name: '排污许可证核发', basis: [['environmentalProtection', '第四十五条'], ['pollutantPermits']] },
      { type: 'penalty', name: '对未依法取得排污许可证排放水污染物的行政处罚', basis: [['waterPollution', '第八十三条']] },
      { type: 'penalty', name: '对超过排放标准排放大气污染物的行政处罚', basis: [['airPollution', '第九十九条']] },
      { type: 'coercion', name: '查封、扣押造成污染物排放的设施、设备', basis: [['environmentalProtection', '第二十五条']] },
      { type: 'inspection', name: '排污单位现场检查', basis: [['environmentalProtection', '第二十四条']] },
    ],
  },
  {
    subject: '建设项目环境影响评价', department: 'sthjj', unit: '环境影响评价与排放管理科',
    powers: [{ type: 'licensing', name: '建设项目环境影响报告书、报告表审批', basis: [['environmentalImpact', '第二十二条']] }],
  },
  // 住房和城乡建设局
  {
    subject: '建筑工程施工', department: 'zjj', unit: '建筑市场监管科',
    powers: [
      { type: 'licensing', name: '建筑工程施工许可证核发', basis: [['construction', '第七条']] },
      { type: 'penalty', name: '对未取得施工许可证擅自施工的行政处罚', basis: [['construction', '第六十四条'], ['constructionQuality', '第五十七条']] },
      { type: 'inspection', name: '建设工程质量监督检查', basis: [['constructionQuality', '第四十三条']] },
    ],
  },
  {
    subject: '商品房预售', department: 'zjj', unit: '房地产市场监管科',
    powers: [{ type: 'licensing', name: '商品房预售许可', basis: [['urbanRealEstate', '第四十五条']] }],
  },
  {
    subject: '燃气经营', department: 'zjj', unit: '城市燃气管理科',
    powers: [
      { type: 'licensing', name: '燃气经营许可证核发', basis: [['urbanGas', '第十五条']] },
      { type: 'penalty', name: '对未取得燃气经营许可证从事燃气经营活动的行政处罚', basis: [['urbanGas', '第四十五条']] },
    ],
  },
  {
    subject: '房屋征收', department: 'zjj', unit: '房屋征收管理科',
    powers: [{ type: 'levy', name: '国有土地上房屋征收组织实施', basis: [['housingExpropriation', '第四条']] }],
  },
  {
    subject: '污水排入排水管网', department: 'zjj', unit: '城市建设管理科',
    powers: [
      { type: 'licensing', name: '城镇污水排入排水管网许可', basis: [['drainage']] },
      { type: 'levy', name: '城镇污水处理费征收', basis: [['drainage']] },
    ],
  },
  // 交通运输局
  {
    subject: '道路运输', department: 'jtj', unit: '道路运输管理科',
    powers: [
      { type: 'licensing', name: '道路旅客运输经营许可', basis: [['roadTransport', '第十条']] },
      { type: 'penalty', name: '对未取得道路运输经营许可擅自从事道路运输经营的行政处罚', basis: [['roadTransport']] },
      { type: 'coercion', name: '暂扣无道路运输证件的营运车辆', basis: [['roadTransport']] },
    ],
  },
  {
    subject: '出租汽车', department: 'jtj', unit: '客运出租管理科',
    powers: [{ type: 'licensing', name: '出租汽车经营许可', basis: [['retainedApprovals']] }],
  },
  {
    subject: '公路', department: 'jtj', unit: '公路管理科',
    powers: [
      { type: 'licensing', name: '超限运输车辆行驶公路许可', basis: [['highway', '第五十条']] },
      { type: 'licensing', name: '占用、挖掘公路许可', basis: [['highway', '第四十四条']] },
    ],
  },
  // 水利局
  {
    subject: '取水', department: 'slj', unit: '水资源管理科',
    powers: [
      { type: 'licensing', name: '取水许可', basis: [['water', '第四十八条'], ['waterPermits', '第二条']] },
      { type: 'penalty', name: '对未经批准擅自取水的行政处罚', basis: [['water', '第六十九条']] },
      { type: 'inspection', name: '取水单位取水情况监督检查', basis: [['waterPermits']] },
    ],
  },
  {
    subject: '河道', department: 'slj', unit: '河湖管理科',
    powers: [
      { type: 'licensing', name: '河道管理范围内建设项目工程建设方案审批', basis: [['water', '第三十八条'], ['riverCourses', '第十一条']] },
      { type: 'licensing', name: '河道采砂许可', basis: [['water', '第三十九条']] },
    ],
  },
  {
    subject: '水土保持', department: 'slj', unit: '水土保持科',
    powers: [{ type: 'licensing', name: '生产建设项目水土保持方案审批', basis: [['soilConservation', '第二十五条']] }],
  },
  // 农业农村局
  {
    subject: '农作物种子', department: 'nyj', unit: '种业管理科',
    powers: [
      { type: 'licensing', name: '农作物种子生产经营许可证核发', basis: [['seeds', '第三十一条']] },
      { type: 'penalty', name: '对生产经营假种子的行政处罚', basis: [['seeds']] },
    ],
  },
  {
    subject: '动物诊疗', department: 'nyj', unit: '畜牧兽医科',
    powers: [{ type: 'licensing', name: '动物诊疗许可证核发', basis: [['animalEpidemic']] }],
  },
  {
    subject: '农药经营', department: 'nyj', unit: '种植业管理科',
    powers: [{ type: 'licensing', name: '农药经营许可', basis: [['pesticides', '第二十四条']] }],
  },
  {
    subject: '拖拉机和联合收割机', department: 'nyj', unit: '农业机械化管理科',
    powers: [{ type: 'licensing', name: '拖拉机和联合收割机驾驶证核发', basis: [['farmMachinery']] }],
  },
  {
    subject: '渔业捕捞', department: 'nyj', unit: '渔业渔政科',
    powers: [{ type: 'licensing', name: '渔业捕捞许可', basis: [['fisheries', '第二十三条']] }],
  },
  {
    subject: '耕地地力保护补贴', department: 'nyj', unit: '计划财务科',
    powers: [{ type: 'benefit', name: '耕地地力保护补贴发放', basis: [['cityFarmlandSubsidy']], county: true }],
  },
  // 商务局
  {
    subject: '单用途商业预付卡', department: 'swj', unit: '市场运行和消费促进科',
    powers: [{ type: 'other', name: '单用途商业预付卡发卡企业备案', basis: [['prepaidCards']] }],
  },
  {
    subject: '再生资源回收', department: 'swj', unit: '流通业发展科',
    powers: [{ type: 'other', name: '再生资源回收经营者备案', basis: [['recycling']] }],
  },
  // 文化广电旅游局
  {
    subject: '娱乐场所', department: 'wlj', unit: '文化市场管理科',
    powers: [
      { type: 'licensing', name: '娱乐场所经营许可', basis: [['entertainmentVenues', '第九条']], county: true },
      { type: 'penalty', name: '对擅自从事娱乐场所经营活动的行政处罚', basis: [['entertainmentVenues']] },
    ],
  },
  {
    subject: '互联网上网服务营业场所', department: 'wlj', unit: '文化市场管理科',
    powers: [{ type: 'licensing', name: '互联网上网服务营业场所经营单位设立审批', basis: [['internetCafes', '第七条']] }],
  },
  {
    subject: '营业性演出', department: 'wlj', unit: '艺术科',
    powers: [{ type: 'licensing', name: '营业性演出审批', basis: [['commercialPerformances']] }],
  },
  {
    subject: '旅行社', department: 'wlj', unit: '旅游市场管理科',
    powers: [{ type: 'licensing', name: '旅行社设立许可', basis: [['travelAgencies']] }],
  },
  // 卫生健康委员会
  {
    subject: '医疗机构执业', department: 'wjw', unit: '医政医管科',
    powers: [
      { type: 'licensing', name: '医疗机构执业登记', basis: [['medicalInstitutions']] },
      { type: 'penalty', name: '对未取得医疗机构执业许可证擅自执业的行政处罚', basis: [['basicHealthcare', '第九十九条']] },
    ],
  },
  {
    subject: '医师和护士执业', department: 'wjw', unit: '医政医管科',
    powers: [
      { type: 'licensing', name: '医师执业注册', basis: [['physicians', '第十三条']] },
      { type: 'licensing', name: '护士执业注册', basis: [['nurses']] },
    ],
  },
  {
    subject: '公共场所卫生', department: 'wjw', unit: '综合监督科',
    powers: [
      { type: 'licensing', name: '公共场所卫生许可', basis: [['publicPlacesHygiene']] },
      { type: 'inspection', name: '公共场所卫生监督检查', basis: [['publicPlacesHygiene']] },
    ],
  },
  {
    subject: '出生医学证明', department: 'wjw', unit: '妇幼健康科',
    powers: [{ type: 'publicService', name: '出生医学证明签发', basis: [['maternalInfantHealth', '第二十三条']], county: true }],
  },
  // 应急管理局
  {
    subject: '危险化学品经营', department: 'yjj', unit: '危险化学品安全监督管理科',
    powers: [
      { type: 'licensing', name: '危险化学品经营许可', basis: [['hazardousChemicals', '第三十三条']] },
      { type: 'inspection', name: '危险化学品经营单位安全生产监督检查', basis: [['workSafety'], ['hazardousChemicals']] },
    ],
  },
  {
    subject: '烟花爆竹经营', department: 'yjj', unit: '安全生产基础科',
    powers: [{ type: 'licensing', name: '烟花爆竹经营（零售）许可', basis: [['fireworks']], county: true }],
  },
  {
    subject: '安全生产举报', department: 'yjj', unit: '安全生产执法支队',
    powers: [{ type: 'reward', name: '对举报安全生产违法行为有功人员的奖励', basis: [['workSafety']] }],
  },
  // 市场监督管理局
  {
    subject: '食品经营', department: 'scjgj', unit: '食品经营监督管理科',
    powers: [
      { type: 'licensing', name: '食品经营许可', basis: [['foodSafety', '第三十五条'], ['foodBusinessPermits']] },
      { type: 'penalty', name: '对经营超过保质期食品的行政处罚', basis: [['foodSafety', '第一百二十四条']] },
      { type: 'coercion', name: '查封、扣押不符合食品安全标准的食品', basis: [['foodSafety', '第一百一十条']] },
      { type: 'inspection', name: '食品安全抽样检验', basis: [['foodSafety', '第八十七条']] },
      { type: 'reward', name: '食品安全违法行为举报奖励', basis: [['foodSafety', '第一百一十五条'], ['cityFoodReportRewards']] },
    ],
  },
  {
    subject: '药品零售', department: 'scjgj', unit: '药品流通监督管理科',
    powers: [{ type: 'licensing', name: '药品零售企业药品经营许可证核发', basis: [['drugAdministration', '第五十一条']] }],
  },
  {
    subject: '特种设备', department: 'scjgj', unit: '特种设备安全监察科',
    powers: [
      { type: 'licensing', name: '特种设备使用登记', basis: [['specialEquipment', '第三十三条']] },
      { type: 'inspection', name: '特种设备使用单位安全监督检查', basis: [['specialEquipment', '第五十七条']] },
      { type: 'penalty', name: '对使用特种设备未按照规定办理使用登记的行政处罚', basis: [['specialEquipment', '第八十三条']] },
      { type: 'coercion', name: '查封、扣押不符合安全技术规范要求的特种设备', basis: [['specialEquipment', '第六十一条']] },
    ],
  },
  {
    subject: '广告', department: 'scjgj', unit: '广告监督管理科',
    powers: [{ type: 'penalty', name: '对发布虚假广告的行政处罚', basis: [['advertising', '第五十五条']] }],
  },
  {
    subject: '产品质量', department: 'scjgj', unit: '产品质量安全监督管理科',
    powers: [{ type: 'penalty', name: '对生产、销售不符合保障人体健康和人身、财产安全的标准的产品的行政处罚', basis: [['productQuality', '第四十九条']] }],
  },
  {
    subject: '消费者投诉', department: 'scjgj', unit: '消费者权益保护科',
    powers: [{ type: 'publicService', name: '消费者投诉处理', basis: [['complaintsAndReports']] }],
  },
  // 医疗保障局
  {
    subject: '医疗保障基金', department: 'ybj', unit: '基金监管科',
    powers: [
      { type: 'inspection', name: '医疗保障基金使用监督检查', basis: [['medicalSecurityFund']] },
      { type: 'penalty', name: '对定点医药机构骗取医疗保障基金支出的行政处罚', basis: [['medicalSecurityFund', '第四十条']] },
    ],
  },
  {
    subject: '医疗救助', department: 'ybj', unit: '待遇保障科',
    powers: [{ type: 'benefit', name: '医疗救助', basis: [['socialAssistance']], county: true }],
  },
  {
    subject: '基本医疗保险', department: 'ybj', unit: '待遇保障科',
    powers: [{ type: 'publicService', name: '职工基本医疗保险参保登记', basis: [['socialInsurance', '第二十三条']] }],
  },
  // 城市管理局
  {
    subject: '户外广告设施', department: 'cgj', unit: '市容景观管理科',
    powers: [{ type: 'licensing', name: '户外广告设施设置审批', basis: [['cityAppearance', '第十一条']] }],
  },
  {
    subject: '建筑垃圾', department: 'cgj', unit: '环境卫生管理科',
    powers: [{ type: 'licensing', name: '城市建筑垃圾处置核准', basis: [['retainedApprovals']] }],
  },
  {
    subject: '城市绿地', department: 'cgj', unit: '园林绿化管理科',
    powers: [
      { type: 'licensing', name: '临时占用城市绿化用地审批', basis: [['urbanGreening'], ['cityGreening']] },
      { type: 'licensing', name: '砍伐、迁移城市树木审批', basis: [['urbanGreening'], ['cityGreening']] },
    ],
  },
  {
    subject: '城市道路', department: 'cgj', unit: '市政设施管理科',
    powers: [
      { type: 'licensing', name: '临时占用城市道路许可', basis: [['urbanRoads', '第三十一条']] },
      { type: 'licensing', name: '挖掘城市道路许可', basis: [['urbanRoads', '第三十三条']] },
      { type: 'penalty', name: '对擅自占用或者挖掘城市道路的行政处罚', basis: [['urbanRoads']] },
    ],
  },
];
