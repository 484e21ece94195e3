/** The directory's three category schemes: 主题分类 (two levels), 体裁分类 and 服务对象分类. */
import type { Category } from '@gongkai/schema';


/** 主题分类 (two levels), 体裁分类 and 服务对象分类. */
const TOPICS: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string]>]> = [
  ['t-zw', '综合政务', [['t-zw-gk', '政务公开'], ['t-zw-fz', '法治政府'], ['t-zw-sz', '数字政府'], ['t-zw-fw', '政务服务']]],
  ['t-jj', '经济管理', [['t-jj-gh', '发展规划'], ['t-jj-ys', '营商环境'], ['t-jj-sc', '市场监管']]],
  ['t-cz', '财政、审计', [['t-cz-ys', '预算决算'], ['t-cz-cg', '政府采购']]],
  ['t-cj', '城乡建设、环境保护', [['t-cj-gh', '国土空间规划'], ['t-cj-zf', '住房保障'], ['t-cj-hb', '生态环境'], ['t-cj-sr', '市容环卫']]],
  ['t-jy', '教育、科技', [['t-jy-jy', '教育']]],
  ['t-ws', '卫生健康', [['t-ws-yl', '医疗卫生'], ['t-ws-yb', '医疗保障']]],
  ['t-mz', '民政、就业和社会保障', [['t-mz-jz', '社会救助'], ['t-mz-yl', '养老服务'], ['t-mz-jy', '就业创业'], ['t-mz-sb', '社会保险']]],
  ['t-jt', '交通运输', [['t-jt-gj', '公共交通'], ['t-jt-cz', '出租汽车']]],
  ['t-aq', '安全生产、应急管理', [['t-aq-sc', '安全生产'], ['t-aq-yj', '应急管理']]],
];

export const GENRES = {
  'g-ling': '命令（令）',
  'g-jueding': '决定',
  'g-gonggao': '公告',
  'g-tonggao': '通告',
  'g-yijian': '意见',
  'g-tongzhi': '通知',
  'g-tongbao': '通报',
  'g-baogao': '报告',
  'g-pifu': '批复',
  'g-han': '函',
  'g-jihua': '规划、计划、方案',
  'g-qita': '其他',
} as const;
export type GenreId = keyof typeof GENRES;

const AUDIENCES = { 'a-gz': '公众', 'a-qy': '企业', 'a-zf': '政府部门' } as const;
export type AudienceId = keyof typeof AUDIENCES;

export function buildCategories(): Category[] {
  const categories: Category[] = [];
  for (const [id, name, children] of TOPICS) {
    categories.push({ id, name, scheme: 'topic' });
    for (const [childId, childName] of children) categories.push({ id: childId, name: childName, parentId: id, scheme: 'topic' });
  }
  for (const [id, name] of Object.entries(GENRES)) categories.push({ id, name, scheme: 'genre' });
  for (const [id, name] of Object.entries(AUDIENCES)) categories.push({ id, name, scheme: 'audience' });
  return categories;
}
