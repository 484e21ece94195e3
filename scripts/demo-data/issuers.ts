/** Who issues the generated documents of 示例市, and the fields of work they write about. */
import type { AudienceId } from './categories.js';
import { organCreditCode } from './organ-codes.js';

export interface Issuer {
  id: string;
  name: string;
  /** 发文字号 stem: 示政 → 示政发, 示政规, 示政字, 示政函. */
  stem: string;
  /** 统一社会信用代码, the organization part of the 索引号. */
  code: string;
}

const ISSUER_LIST: ReadonlyArray<readonly [string, string, string]> = [
  ['shili-gov', '示例市人民政府', '示政'],
  ['szfb', '示例市人民政府办公室', '示政办'],
  ['fgw', '示例市发展和改革委员会', '示发改'],
  ['jyj', '示例市教育局', '示教'],
  ['mzj', '示例市民政局', '示民'],
  ['czj', '示例市财政局', '示财'],
  ['rsj', '示例市人力资源和社会保障局', '示人社'],
  ['zrzyj', '示例市自然资源和规划局', '示自然资'],
  ['sthjj', '示例市生态环境局', '示环'],
  ['zjj', '示例市住房和城乡建设局', '示建'],
  ['jtj', '示例市交通运输局', '示交'],
  ['wjw', '示例市卫生健康委员会', '示卫健'],
  ['scjgj', '示例市市场监督管理局', '示市监'],
  ['yjj', '示例市应急管理局', '示应急'],
  ['sfj', '示例市司法局', '示司'],
  ['ybj', '示例市医疗保障局', '示医保'],
  ['cgj', '示例市城市管理局', '示城管'],
  ['dsjj', '示例市大数据局', '示数据'],
];
const ISSUERS = new Map<string, Issuer>(ISSUER_LIST.map(([id, name, stem], i) => [id, { id, name, stem, code: organCreditCode(i + 1) }]));
export const issuer = (id: string): Issuer => {
  const found = ISSUERS.get(id);
  if (found === undefined) throw new Error(`unknown issuer ${id}`);
  return found;
};

/** A field of work: who handles it, its topic, and the name of a rule or measure about it. */
export interface Matter {
  issuer: string;
  topic: string;
  subject: string;
  keywords: string[];
  audience: AudienceId;
  /** Title of a normative document on the matter, without 示例市. */
  measure: string;
}

export const MATTERS: Matter[] = [
  { issuer: 'szfb', topic: 't-zw-gk', subject: '政务公开', keywords: ['政务公开', '政策解读'], audience: 'a-zf', measure: '政务公开工作考核办法' },
  { issuer: 'szfb', topic: 't-zw-fw', subject: '政务服务“一网通办”', keywords: ['一网通办', '政务服务'], audience: 'a-gz', measure: '政务服务“一网通办”管理办法' },
  { issuer: 'szfb', topic: 't-zw-fw', subject: '12345政务服务便民热线', keywords: ['12345热线', '诉求办理'], audience: 'a-gz', measure: '12345政务服务便民热线诉求办理规定' },
  { issuer: 'shili-gov', topic: 't-jj-ys', subject: '优化营商环境', keywords: ['营商环境', '市场主体'], audience: 'a-qy', measure: '优化营商环境若干措施' },
  { issuer: 'shili-gov', topic: 't-zw-fz', subject: '重大行政决策', keywords: ['重大行政决策', '公众参与'], audience: 'a-zf', measure: '重大行政决策程序规定' },
  { issuer: 'fgw', topic: 't-jj-ys', subject: '社会信用体系建设', keywords: ['社会信用', '信用修复'], audience: 'a-qy', measure: '公共信用信息管理办法' },
  { issuer: 'fgw', topic: 't-jj-gh', subject: '重点项目建设', keywords: ['重点项目', '项目管理'], audience: 'a-qy', measure: '市级重点项目管理办法' },
  { issuer: 'fgw', topic: 't-jj-ys', subject: '民营经济发展', keywords: ['民营经济', '惠企政策'], audience: 'a-qy', measure: '促进民营经济发展若干措施' },
  { issuer: 'jyj', topic: 't-jy-jy', subject: '义务教育招生入学', keywords: ['义务教育', '招生入学'], audience: 'a-gz', measure: '义务教育学校招生入学工作办法' },
  { issuer: 'jyj', topic: 't-jy-jy', subject: '普惠性学前教育', keywords: ['学前教育', '普惠性幼儿园'], audience: 'a-gz', measure: '普惠性民办幼儿园认定和管理办法' },
  { issuer: 'jyj', topic: 't-jy-jy', subject: '中小学课后服务', keywords: ['课后服务', '减负'], audience: 'a-gz', measure: '中小学课后服务管理办法' },
  { issuer: 'mzj', topic: 't-mz-jz', subject: '最低生活保障', keywords: ['最低生活保障', '社会救助'], audience: 'a-gz', measure: '最低生活保障审核确认办法' },
  { issuer: 'mzj', topic: 't-mz-jz', subject: '临时救助', keywords: ['临时救助', '急难救助'], audience: 'a-gz', measure: '临时救助实施办法' },
  { issuer: 'mzj', topic: 't-mz-yl', subject: '居家和社区养老服务', keywords: ['养老服务', '助餐'], audience: 'a-gz', measure: '社区养老服务设施运营补贴办法' },
  { issuer: 'czj', topic: 't-cz-ys', subject: '预算绩效管理', keywords: ['预算绩效', '财政资金'], audience: 'a-zf', measure: '市级预算绩效管理办法' },
  { issuer: 'czj', topic: 't-cz-cg', subject: '政府采购', keywords: ['政府采购', '中小企业'], audience: 'a-qy', measure: '政府采购内部控制管理办法' },
  { issuer: 'czj', topic: 't-cz-ys', subject: '财政专项资金管理', keywords: ['专项资金', '资金监管'], audience: 'a-zf', measure: '市级财政专项资金管理办法' },
  { issuer: 'rsj', topic: 't-mz-jy', subject: '高校毕业生就业创业', keywords: ['高校毕业生', '就业补贴'], audience: 'a-gz', measure: '高校毕业生就业创业补贴实施办法' },
  { issuer: 'rsj', topic: 't-mz-jy', subject: '根治拖欠农民工工资', keywords: ['农民工工资', '工资保证金'], audience: 'a-qy', measure: '工程建设领域农民工工资专用账户管理办法' },
  { issuer: 'rsj', topic: 't-mz-sb', subject: '城乡居民基本养老保险', keywords: ['居民养老保险', '缴费档次'], audience: 'a-gz', measure: '城乡居民基本养老保险实施办法' },
  { issuer: 'zrzyj', topic: 't-cj-gh', subject: '国土空间规划实施', keywords: ['国土空间规划', '规划许可'], audience: 'a-qy', measure: '国土空间规划管理技术规定' },
  { issuer: 'zrzyj', topic: 't-cj-gh', subject: '农村宅基地审批管理', keywords: ['宅基地', '农村建房'], audience: 'a-gz', measure: '农村宅基地和村民住宅建设管理办法' },
  { issuer: 'zrzyj', topic: 't-cj-gh', subject: '耕地保护', keywords: ['耕地保护', '占补平衡'], audience: 'a-zf', measure: '耕地保护激励办法' },
  { issuer: 'sthjj', topic: 't-cj-hb', subject: '大气污染防治', keywords: ['大气污染', '扬尘治理'], audience: 'a-qy', measure: '扬尘污染防治管理办法' },
  { issuer: 'sthjj', topic: 't-cj-hb', subject: '重污染天气应对', keywords: ['重污染天气', '应急减排'], audience: 'a-qy', measure: '重污染天气应急预案' },
  { issuer: 'sthjj', topic: 't-cj-hb', subject: '饮用水水源地保护', keywords: ['饮用水', '水源保护区'], audience: 'a-gz', measure: '饮用水水源保护区管理办法' },
  { issuer: 'zjj', topic: 't-cj-zf', subject: '保障性租赁住房', keywords: ['保障性租赁住房', '新市民'], audience: 'a-gz', measure: '保障性租赁住房管理办法' },
  { issuer: 'zjj', topic: 't-cj-zf', subject: '城镇老旧小区改造', keywords: ['老旧小区改造', '加装电梯'], audience: 'a-gz', measure: '既有住宅增设电梯实施办法' },
  { issuer: 'zjj', topic: 't-cj-zf', subject: '住宅物业管理', keywords: ['物业管理', '业主委员会'], audience: 'a-gz', measure: '住宅专项维修资金管理办法' },
  { issuer: 'jtj', topic: 't-jt-gj', subject: '城市公共交通', keywords: ['公交线路', '公共交通'], audience: 'a-gz', measure: '城市公共汽电车客运管理办法' },
  { issuer: 'jtj', topic: 't-jt-cz', subject: '网络预约出租汽车经营服务', keywords: ['网约车', '出租汽车'], audience: 'a-qy', measure: '网络预约出租汽车经营服务管理实施细则' },
  { issuer: 'jtj', topic: 't-jt-gj', subject: '农村公路管理养护', keywords: ['农村公路', '路长制'], audience: 'a-zf', measure: '农村公路管理养护办法' },
  { issuer: 'wjw', topic: 't-ws-yl', subject: '基层医疗卫生服务', keywords: ['基层医疗', '社区卫生服务'], audience: 'a-gz', measure: '社区卫生服务机构管理办法' },
  { issuer: 'wjw', topic: 't-ws-yl', subject: '家庭医生签约服务', keywords: ['家庭医生', '签约服务'], audience: 'a-gz', measure: '家庭医生签约服务实施细则' },
  { issuer: 'wjw', topic: 't-ws-yl', subject: '普惠托育服务', keywords: ['托育服务', '婴幼儿照护'], audience: 'a-gz', measure: '普惠托育机构认定管理办法' },
  { issuer: 'scjgj', topic: 't-jj-sc', subject: '食品安全', keywords: ['食品安全', '餐饮服务'], audience: 'a-qy', measure: '食品小作坊登记管理办法' },
  { issuer: 'scjgj', topic: 't-jj-sc', subject: '特种设备安全', keywords: ['特种设备', '电梯安全'], audience: 'a-qy', measure: '电梯安全监督管理办法' },
  { issuer: 'scjgj', topic: 't-jj-sc', subject: '单用途预付卡', keywords: ['预付卡', '消费维权'], audience: 'a-gz', measure: '单用途预付卡管理办法' },
  { issuer: 'yjj', topic: 't-aq-sc', subject: '安全生产', keywords: ['安全生产', '隐患排查'], audience: 'a-qy', measure: '安全生产举报奖励办法' },
  { issuer: 'yjj', topic: 't-aq-yj', subject: '防汛抗旱', keywords: ['防汛', '应急预案'], audience: 'a-zf', measure: '防汛抗旱应急预案' },
  { issuer: 'yjj', topic: 't-aq-yj', subject: '森林防灭火', keywords: ['森林防火', '野外用火'], audience: 'a-gz', measure: '森林防灭火应急预案' },
  { issuer: 'sfj', topic: 't-zw-fz', subject: '行政执法监督', keywords: ['行政执法', '执法公示'], audience: 'a-zf', measure: '行政执法监督办法' },
  { issuer: 'sfj', topic: 't-zw-fz', subject: '公共法律服务', keywords: ['法律援助', '公共法律服务'], audience: 'a-gz', measure: '法律援助经济困难标准规定' },
  { issuer: 'ybj', topic: 't-ws-yb', subject: '城乡居民医疗保险', keywords: ['居民医保', '参保缴费'], audience: 'a-gz', measure: '城乡居民基本医疗保险实施办法' },
  { issuer: 'ybj', topic: 't-ws-yb', subject: '医疗保障基金监管', keywords: ['医保基金', '欺诈骗保'], audience: 'a-qy', measure: '医疗保障基金使用监督管理办法' },
  { issuer: 'ybj', topic: 't-ws-yb', subject: '长期护理保险', keywords: ['长期护理保险', '失能人员'], audience: 'a-gz', measure: '长期护理保险实施办法' },
  { issuer: 'cgj', topic: 't-cj-sr', subject: '生活垃圾分类', keywords: ['垃圾分类', '市容环境'], audience: 'a-gz', measure: '生活垃圾分类管理办法' },
  { issuer: 'cgj', topic: 't-cj-sr', subject: '户外广告设施设置', keywords: ['户外广告', '招牌设置'], audience: 'a-qy', measure: '户外广告设施和招牌设置管理办法' },
  { issuer: 'cgj', topic: 't-cj-sr', subject: '城市道路占用挖掘', keywords: ['城市道路', '占道挖掘'], audience: 'a-qy', measure: '城市道路占用挖掘管理办法' },
  { issuer: 'dsjj', topic: 't-zw-sz', subject: '公共数据开放', keywords: ['公共数据', '数据开放'], audience: 'a-qy', measure: '公共数据开放管理办法' },
  { issuer: 'dsjj', topic: 't-zw-sz', subject: '政务数据共享', keywords: ['数据共享', '数字政府'], audience: 'a-zf', measure: '政务数据共享管理办法' },
];
