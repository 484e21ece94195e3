/**
 * Builds the demo portal's four data files in demo/data/:
 *   power-catalog.json, disclosure-directory.json, agency-directory.json, mailbox-letters.json
 *
 * Run from the repository root: npx tsx scripts/build-demo-data.ts
 *
 * The disclosure directory carries the real source documents of demo/sources/ (verbatim, with
 * their encoding damage) next to generated documents of the fictional 示例市人民政府. Everything
 * else is generated with a seeded PRNG, so every run writes the same bytes. Each file is checked
 * with parseDataFile before anything is written; the script exits non-zero and lists the JSON
 * paths if a file fails, skips an element or raises a warning.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  creditCodeCheckCharacter,
  parseDataFile,
  type Agency,
  type AgencyDirectoryFile,
  type Attachment,
  type Category,
  type DisclosureDirectoryFile,
  type DisclosureDocument,
  type DisclosureGuide,
  type FileKind,
  type LetterType,
  type LetterStatus,
  type MailboxLettersFile,
  type MailboxStats,
  type PowerCatalogFile,
  type PowerItem,
  type PublicLetter,
  type Satisfaction,
  type ValidityStatus,
} from '@gongkai/schema';
import { generatePowerItems, powerCatalogFile } from '../test/fixtures/power-items.js';

const SEEDS_DIR = new URL('../demo/sources/', import.meta.url);
const OUT_DIR = new URL('../demo/data/', import.meta.url);

const PUBLISHER = { id: 'shili-gov', name: '示例市人民政府' };
/** The files' updatedAt; nothing in them is dated later than this. */
const UPDATED_AT = '2026-11-01T08:00:00+08:00';
const TODAY = '2026-11-01';
const SITE = 'https://www.example.gov.cn/';
const MAX_FILE_BYTES = 1.5 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and civil dates
// ---------------------------------------------------------------------------------------------

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }
  /** A few distinct elements, in list order. */
  some<T>(list: readonly T[], count: number): T[] {
    const indices = list.map((_, i) => i);
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    return indices.slice(0, Math.min(count, list.length)).sort((a, b) => a - b).map((i) => list[i]!);
  }
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1]![0];
  }
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a civil date (computed in UTC, so the machine's time zone never matters). */
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoFromDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => isoFromDay(dayNumber(iso) + days);
const weekday = (iso: string): number => new Date(dayNumber(iso) * DAY_MS).getUTCDay();
/** Moves a Saturday or Sunday to the next Monday (offices publish on weekdays). */
const onWeekday = (iso: string): string => (weekday(iso) === 6 ? addDays(iso, 2) : weekday(iso) === 0 ? addDays(iso, 1) : iso);
const addYears = (iso: string, years: number): string => {
  const year = Number(iso.slice(0, 4)) + years;
  const rest = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${year}${rest}`;
};
const randomDate = (random: Random, from: string, until: string): string => isoFromDay(random.int(dayNumber(from), dayNumber(until)));
const cnDate = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const dateTime = (iso: string, hour: number, minute: number): string =>
  `${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A unified social credit code of a Party or state organ (登记管理部门 1, 机关 1) in 示例市 (370100). */
function organCreditCode(serial: number): string {
  const first17 = `11370100${pad(serial * 7919 % 10_000_000, 7)}${pad(serial, 2)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

// ---------------------------------------------------------------------------------------------
// 1. Power catalog
// ---------------------------------------------------------------------------------------------

const SERVICE_HOURS = '周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）';
const CITIZEN_CENTRE = '示例市人民大道100号市民中心';

/** Hand-written items after seed 002 (审批, 监督, 检查, 征收, 处罚) with the window "八公开" of seed 003. */
function handWrittenPowerItems(): PowerItem[] {
  const apply = (code: string) => `${SITE}zwfw/apply/${code}`;
  const item = (code: string) => `${SITE}zwfw/item/${code}`;
  const query = `${SITE}zwfw/query`;
  return [
    {
      id: 'pc-s0001',
      name: '建设工程规划许可证核发',
      type: 'licensing',
      localCode: '01',
      code: '3701ZR-XK-90001',
      department: 'zrzyj',
      handlingUnit: '示例市自然资源和规划局建设工程规划管理科',
      level: 'municipal',
      implementingBody: { nature: 'statutory' },
      legalBasis: [
        {
          title: '中华人民共和国城乡规划法',
          article: '第四十条',
          rank: 'law',
          text:
            '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。\n' +
            '申请办理建设工程规划许可证，应当提交使用土地的有关证明文件、建设工程设计方案等材料。需要建设单位编制修建性详细规划的建设项目，还应当提交修建性详细规划。对符合控制性详细规划和规划条件的，由城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府核发建设工程规划许可证。',
        },
        {
          title: '中华人民共和国行政许可法',
          article: '第四十二条',
          rank: 'law',
          text: '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。但是，法律、法规另有规定的，依照其规定。',
        },
        { title: '示例省城乡规划条例', article: '第三十八条', rank: 'localRegulation' },
        { title: '示例市建设工程规划管理技术规定', docNumber: '示政办发〔2024〕9号', rank: 'normativeDocument' },
      ],
      conditions: [
        '已依法取得建设项目用地的权属证明文件',
        '建设工程设计方案符合控制性详细规划和规划条件',
        '建设工程设计方案符合国家和本省、本市有关技术标准和规范',
        '法律、法规规定的其他条件',
      ],
      materials: [
        { name: '建设工程规划许可申请表', required: true, originals: 1, copies: 0, form: 'both', templateUrl: `${SITE}zwfw/templates/3701ZR-XK-90001-1.docx` },
        { name: '使用土地的有关证明文件（不动产权证书或者国有建设用地划拨决定书等）', required: true, originals: 0, copies: 1, form: 'paper' },
        { name: '建设工程设计方案（总平面图、各层平面图、立面图、剖面图）', required: true, originals: 1, copies: 0, form: 'both', note: '电子文件须为DWG格式，图纸应加盖设计单位出图章' },
        { name: '修建性详细规划', required: false, originals: 1, copies: 0, form: 'both', note: '规划条件要求编制修建性详细规划的项目提供' },
        { name: '授权委托书及受托人身份证明', required: false, originals: 1, copies: 1, form: 'paper', note: '委托他人办理的提供' },
      ],
      process: {
        steps: [
          { name: '申请', description: '申请人通过示例市政务服务网或者到市政务服务中心窗口提交申请材料' },
          { name: '受理', description: '材料齐全、符合法定形式的，当场受理；材料不齐全的，一次性告知需要补正的全部内容', duration: '1个工作日' },
          { name: '审查', description: '审查建设工程设计方案是否符合控制性详细规划和规划条件，需要现场踏勘的组织踏勘', duration: '6个工作日' },
          { name: '批前公示', description: '涉及利害关系人的，在项目现场和门户网站公示，公示期不少于7日，不计入办理时限' },
          { name: '决定', description: '作出准予许可或者不予许可的书面决定；不予许可的说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利', duration: '2个工作日' },
          { name: '送达', description: '窗口领取或者邮寄送达建设工程规划许可证，电子证照同步推送', duration: '1个工作日' },
        ],
      },
      timeLimits: {
        statutory: { value: 20, unit: 'workingDay' },
        promised: { value: 10, unit: 'workingDay' },
        excludedProcedures: ['批前公示', '专家评审', '听证'],
      },
      fees: { charged: false },
      channels: {
        windows: [{ name: '示例市政务服务中心自然资源和规划窗口', address: `${CITIZEN_CENTRE}二楼B区`, hours: SERVICE_HOURS, phone: '0531-12345621' }],
        onlineApplyUrl: apply('3701ZR-XK-90001'),
        onlineQueryUrl: query,
        supervisionPhone: '0531-12345699',
      },
      /** 窗口权限 (seed 003 "八公开"): what the window decides on its own. */
      windowAuthority: '窗口受理、审查、决定，首席代表现场签批',
      responsibilities: [
        { stage: '受理', duties: '公示申请条件、材料和办理流程；对申请材料进行形式审查，依法作出受理或者不予受理决定', timeLimit: '1个工作日' },
        { stage: '审查', duties: '对设计方案进行技术审查，必要时组织现场踏勘和专家论证', timeLimit: '6个工作日' },
        { stage: '决定', duties: '依法作出准予或者不予许可决定，并说明理由', timeLimit: '2个工作日' },
        { stage: '送达', duties: '制作并送达许可证件，公开许可结果' },
        { stage: '事后监管', duties: '对建设工程是否符合规划条件予以核实，查处违法建设行为' },
      ],
      accountability: [
        '对符合法定条件的申请不予受理或者不在法定期限内作出准予许可决定的',
        '对不符合法定条件的申请人准予许可或者超越法定职权作出准予许可决定的',
        '不在办公场所公示依法应当公示的材料的',
        '在受理、审查、决定过程中索取或者收受他人财物，或者谋取其他利益的',
      ],
      onlineUrl: item('3701ZR-XK-90001'),
      status: 'active',
      updatedAt: '2026-09-15',
    },
    {
      id: 'pc-s0002',
      name: '社会团体年度检查',
      type: 'other',
      localCode: '10',
      code: '3701MZ-QT-90002',
      department: 'mzj',
      handlingUnit: '示例市民政局社会组织管理科',
      level: 'municipal',
      implementingBody: { nature: 'statutory' },
      legalBasis: [
        {
          title: '社会团体登记管理条例',
          docNumber: '国务院令第250号',
          article: '第三十一条',
          rank: 'administrativeRegulation',
          text: '社会团体应当于每年3月31日前向业务主管单位报送上一年度的工作报告，经业务主管单位初审同意后，于5月31日前报送登记管理机关，接受年度检查。',
        },
      ],
      conditions: ['在示例市民政局登记的社会团体', '截至上年度12月31日成立登记已满6个月'],
      materials: [
        { name: '社会团体年度检查报告书', required: true, originals: 1, copies: 0, form: 'both' },
        { name: '上一年度财务审计报告', required: true, originals: 1, copies: 0, form: 'paper' },
        { name: '社会团体法人登记证书（副本）', required: true, originals: 1, copies: 0, form: 'paper', note: '核验后当场退还' },
      ],
      process: {
        steps: [
          { name: '报送', description: '社会团体经业务主管单位初审同意后，于5月31日前网上报送年检材料' },
          { name: '审查', description: '登记管理机关审查年检材料，必要时实地检查', duration: '15个工作日' },
          { name: '结论', description: '作出年检合格、基本合格或者不合格的结论' },
          { name: '公告', description: '在示例市人民政府门户网站公告年检结论' },
        ],
      },
      timeLimits: { statutory: { value: 20, unit: 'workingDay' }, promised: { value: 15, unit: 'workingDay' }, excludedProcedures: ['实地检查'] },
      fees: { charged: false },
      channels: {
        windows: [{ name: '示例市政务服务中心民政窗口', address: `${CITIZEN_CENTRE}一楼A区`, hours: SERVICE_HOURS, phone: '0531-12345631' }],
        onlineApplyUrl: apply('3701MZ-QT-90002'),
        onlineQueryUrl: query,
        supervisionPhone: '0531-12345699',
      },
      accountability: ['对应当作出年检结论而未作出的', '对年检不合格的社会团体未依法责令整改的', '在年检中玩忽职守、徇私舞弊的'],
      onlineUrl: item('3701MZ-QT-90002'),
      status: 'active',
      updatedAt: '2026-03-02',
    },
    {
      id: 'pc-s0003',
      name: '食品生产经营日常监督检查',
      type: 'inspection',
      localCode: '06',
      code: '3701SC-JC-90003',
      department: 'scjgj',
      handlingUnit: '示例市市场监督管理局食品经营监督管理科',
      level: 'municipal',
      implementingBody: { nature: 'statutory' },
      legalBasis: [
        {
          title: '中华人民共和国食品安全法',
          article: '第一百一十条',
          rank: 'law',
          text: '县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权采取下列措施，对生产经营者遵守本法的情况进行监督检查：（一）进入生产经营场所实施现场检查；（二）对生产经营的食品、食品添加剂、食品相关产品进行抽样检验；（三）查阅、复制有关合同、票据、账簿以及其他有关资料……',
        },
        { title: '食品生产经营监督检查管理办法', docNumber: '国家市场监督管理总局令第49号', rank: 'departmentalRule' },
      ],
      process: {
        steps: [
          { name: '制定计划', description: '按照风险分级结果制定年度监督检查计划，随机抽取检查对象和执法人员' },
          { name: '现场检查', description: '两名以上执法人员出示执法证件，按照检查要点表逐项检查并如实记录' },
          { name: '结果处理', description: '检查结果分为符合、基本符合、不符合；基本符合的责令限期整改，不符合的依法立案调查' },
          { name: '结果公开', description: '检查结果记入食品安全信用档案，并在经营场所张贴公示' },
        ],
      },
      fees: { charged: false },
      channels: { supervisionPhone: '12315' },
      responsibilities: [
        { stage: '检查准备', duties: '制定检查计划，确定检查内容，通过“双随机”方式确定检查对象和执法人员' },
        { stage: '实施检查', duties: '依法出示证件，全面如实记录检查情况，不得妨碍正常经营' },
        { stage: '处置', duties: '对发现的问题依法处置，涉嫌违法的移交立案' },
        { stage: '公开', duties: '及时公开检查结果，接受社会监督' },
      ],
      accountability: ['未按计划开展监督检查或者检查流于形式的', '发现违法行为不依法处置的', '泄露被检查单位商业秘密的'],
      onlineUrl: item('3701SC-JC-90003'),
      status: 'active',
      updatedAt: '2026-05-20',
    },
    {
      id: 'pc-s0004',
      name: '城市道路占用费、挖掘修复费征收',
      type: 'levy',
      localCode: '04',
      code: '3701CG-ZS-90004',
      department: 'cgj',
      handlingUnit: '示例市城市管理局市政设施管理科',
      level: 'municipal',
      implementingBody: { nature: 'statutory' },
      legalBasis: [
        {
          title: '城市道路管理条例',
          docNumber: '国务院令第198号',
          article: '第三十七条',
          rank: 'administrativeRegulation',
          text: '占用或者挖掘由市政工程行政主管部门管理的城市道路的，应当向市政工程行政主管部门交纳城市道路占用费或者城市道路挖掘修复费。',
        },
        { title: '示例市城市道路管理办法', docNumber: '示例市人民政府令第8号', article: '第二十四条', rank: 'localRule' },
      ],
      conditions: ['已取得城市道路占用或者挖掘许可'],
      materials: [
        { name: '城市道路占用、挖掘许可决定书', required: true, originals: 0, copies: 1, form: 'both' },
        { name: '缴费单位统一社会信用代码证明或者个人身份证明', required: true, originals: 0, copies: 1, form: 'paper' },
      ],
      process: {
        steps: [
          { name: '核定', description: '根据许可的占用面积、期限或者挖掘面积、路面结构核定应缴金额', duration: '1个工作日' },
          { name: '开具缴款通知书', description: '出具非税收入缴款通知书' },
          { name: '缴纳', description: '通过统一公共支付平台或者代收银行缴纳，取得财政票据' },
        ],
      },
      timeLimits: { promised: { value: 1, unit: 'workingDay' } },
      fees: {
        charged: true,
        items: [
          { name: '城市道路占用费', standard: '主干道每平方米每日1.2元，次干道每平方米每日0.8元，支路每平方米每日0.5元', basis: '示价费〔2021〕15号' },
          { name: '城市道路挖掘修复费', standard: '沥青混凝土路面每平方米420元，水泥混凝土路面每平方米380元，人行道每平方米160元', basis: '示价费〔2021〕15号' },
        ],
      },
      channels: {
        windows: [{ name: '示例市政务服务中心城市管理窗口', address: `${CITIZEN_CENTRE}二楼C区`, hours: SERVICE_HOURS, phone: '0531-12345641' }],
        onlineApplyUrl: apply('3701CG-ZS-90004'),
        supervisionPhone: '0531-12345699',
      },
      accountability: ['擅自设立收费项目或者提高收费标准的', '不开具财政票据的', '截留、挪用征收款项的'],
      onlineUrl: item('3701CG-ZS-90004'),
      status: 'active',
      updatedAt: '2026-01-12',
    },
    {
      id: 'pc-s0005',
      name: '对未取得食品经营许可从事食品经营活动的行政处罚',
      type: 'penalty',
      localCode: '02',
      code: '3701SC-CF-90005',
      department: 'scjgj',
      handlingUnit: '示例市市场监督管理局执法稽查支队',
      level: 'municipal',
      implementingBody: { nature: 'statutory' },
      legalBasis: [
        {
          title: '中华人民共和国食品安全法',
          article: '第一百二十二条第一款',
          rank: 'law',
          text: '违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。',
        },
        {
          title: '中华人民共和国行政处罚法',
          article: '第六十条',
          rank: 'law',
          text: '行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。',
        },
        { title: '示例市市场监督管理行政处罚裁量基准', docNumber: '示市监发〔2025〕6号', rank: 'normativeDocument' },
      ],
      timeLimits: { statutory: { value: 90, unit: 'calendarDay' }, promised: { value: 60, unit: 'calendarDay' }, excludedProcedures: ['听证', '检验检测', '鉴定'] },
      fees: { charged: false },
      channels: { supervisionPhone: '12315' },
      responsibilities: [
        { stage: '立案', duties: '对投诉举报、监督检查中发现的违法线索进行核查，符合立案条件的予以立案', timeLimit: '15个工作日' },
        { stage: '调查取证', duties: '两名以上执法人员调查取证，出示执法证件，制作现场笔录，依法采取先行登记保存等措施' },
        { stage: '审理', duties: '法制机构对案件事实、证据、程序、适用依据和处罚裁量进行审核' },
        { stage: '告知', duties: '告知当事人拟作出的处罚内容及事实、理由、依据，以及陈述、申辩和要求听证的权利' },
        { stage: '决定', duties: '依法作出行政处罚决定，情节复杂或者重大违法的经集体讨论决定' },
        { stage: '送达', duties: '在宣告后当场或者7日内将处罚决定书送达当事人', timeLimit: '7日' },
        { stage: '执行', duties: '监督当事人履行处罚决定，逾期不履行的依法申请强制执行，处罚决定依法公开' },
      ],
      accountability: [
        '对符合立案条件的不予立案的',
        '没有法定依据或者擅自改变处罚种类、幅度的',
        '违反法定程序实施处罚的',
        '将罚没款项截留、私分或者变相私分的',
      ],
      onlineUrl: item('3701SC-CF-90005'),
      status: 'active',
      updatedAt: '2026-07-08',
    },
  ];
}

function buildPowerCatalog(): PowerCatalogFile {
  // The fixture writes its links under zwfw.example.gov.cn; the demo keeps to www.example.gov.cn.
  const generated = JSON.parse(
    JSON.stringify(generatePowerItems(300, 2026)).replaceAll('https://zwfw.example.gov.cn/', `${SITE}zwfw/`),
  ) as PowerItem[];
  return powerCatalogFile([...handWrittenPowerItems(), ...generated]);
}

// ---------------------------------------------------------------------------------------------
// 2. Disclosure directory: categories
// ---------------------------------------------------------------------------------------------

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

const GENRES = {
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
type GenreId = keyof typeof GENRES;

const AUDIENCES = { 'a-gz': '公众', 'a-qy': '企业', 'a-zf': '政府部门' } as const;
type AudienceId = keyof typeof AUDIENCES;

function buildCategories(): Category[] {
  const categories: Category[] = [];
  for (const [id, name, children] of TOPICS) {
    categories.push({ id, name, scheme: 'topic' });
    for (const [childId, childName] of children) categories.push({ id: childId, name: childName, parentId: id, scheme: 'topic' });
  }
  for (const [id, name] of Object.entries(GENRES)) categories.push({ id, name, scheme: 'genre' });
  for (const [id, name] of Object.entries(AUDIENCES)) categories.push({ id, name, scheme: 'audience' });
  return categories;
}

// ---------------------------------------------------------------------------------------------
// 2a. Seed documents (verbatim bodies; metadata read from the text where it is there)
// ---------------------------------------------------------------------------------------------

const SEED_FILES = {
  s000: '000_c6be09add36fc1cb.txt',
  s001: '001_f5d0ff1cf076076b.txt',
  s002: '002_f78b97a4c777f7c6.txt',
  s003: '003_35d9aa9c57955103.txt',
  s004: '004_ac4cbb582f136d4d.txt',
} as const;

/** Index numbers this directory assigns to seed documents that carry none (示例市人民政府办公室's series). */
const SZFB_CODE = organCreditCode(2);
/** Seeds without a date of their own are dated the day this directory took them in. */
const INTAKE_DATE = '2026-10-30';

function readSeed(file: string): string {
  return readFileSync(new URL(file, SEEDS_DIR), 'utf8');
}

function must(match: RegExpExecArray | null, what: string): RegExpExecArray {
  if (match === null) throw new Error(`seed text: ${what} not found`);
  return match;
}

const isoFromParts = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** Drops trailing blank lines (including the NBSP-only lines of seed 002); keeps everything else as is. */
const trimTrailingBlankLines = (text: string): string => text.replace(/[\s\u00a0]+$/u, '');

function seedDocuments(): DisclosureDocument[] {
  const docs: DisclosureDocument[] = [];
  const assignedIndex = (n: number) => `${SZFB_CODE}/2026-${pad(90000 + n, 5)}`;

  // 000: 郴州市电子政务信息中心, signed 2013年5月6日.
  {
    const text = readSeed(SEED_FILES.s000);
    const signature = must(/\n(\S+中心)\n(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/u.exec(text), '000 signature');
    const date = isoFromParts(signature[2]!, signature[3]!, signature[4]!);
    docs.push({
      id: 'seed-000',
      indexNumber: assignedIndex(1),
      title: `${signature[1]!}2013年度依法行政工作安排`,
      publisher: signature[1]!,
      publishedAt: date,
      createdAt: date,
      categoryIds: ['t-zw-fz', 't-zw-sz', 'g-jihua'],
      keywords: ['依法行政', '电子政务', '政务公开', '市长信箱'],
      summary: '部署2013年度电子政务依法行政工作：法制宣传教育、规范行政权力网上运行、主动公开与依申请公开、保密审查、信息无障碍浏览和电子监察。',
      validity: { status: 'invalid', from: date, until: '2013-12-31' },
      body: { format: 'text', content: trimTrailingBlankLines(text) },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s000, note: '原文无索引号，索引号由本目录编配' },
    });
  }

  // 001: a city government's 依法行政工作要点, undated (about 2014).
  {
    const text = readSeed(SEED_FILES.s001);
    const title = must(/^(\S+)\n/u.exec(text), '001 title')[1]!;
    docs.push({
      id: 'seed-001',
      indexNumber: assignedIndex(2),
      title,
      publisher: '（原文未署发布机构）',
      publishedAt: INTAKE_DATE,
      categoryIds: ['t-zw-fz', 'g-jihua'],
      keywords: ['依法行政', '权力清单', '规范性文件', '三公经费'],
      summary: '年度依法行政工作要点：领导干部学法、重大行政决策程序、权力清单制度、财政预决算和“三公”经费公开、规范性文件管理和矛盾纠纷调解。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: trimTrailingBlankLines(text) },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s001, note: '原文未载明发布机构、索引号和日期；索引号由本目录编配，公布日期为收录日期' },
    });
  }

  // 002: the real directory header of 衡阳市人民政府办公室.
  {
    const text = readSeed(SEED_FILES.s002);
    const indexNumber = must(/索引号\s+(\S+)/u.exec(text), '002 索引号')[1]!;
    const documentNumber = must(/文号\s+(\S+号)/u.exec(text), '002 文号')[1]!;
    const publishedAt = must(/公布时间\s+(\d{4}-\d{2}-\d{2})/u.exec(text), '002 公布时间')[1]!;
    const lines = text.split('\n');
    const title = lines[2]!.trim();
    // The signature date lost its 年/月/日 in the seed ("2014324"): 2014年3月24日.
    const signed = must(/^\s*(2014)(3)(24)\s*$/mu.exec(text), '002 signature date');
    const pageEnd = lines.findIndex((line) => line.startsWith('扫一扫在手机打开当前页'));
    const body = lines.slice(2, pageEnd === -1 ? undefined : pageEnd).join('\n');
    docs.push({
      id: 'seed-002',
      indexNumber,
      title,
      publisher: '衡阳市人民政府办公室',
      publishedAt,
      createdAt: isoFromParts(signed[1]!, signed[2]!, signed[3]!),
      documentNumber,
      categoryIds: ['t-zw-gk', 'g-tongzhi', 'a-zf'],
      keywords: ['行政权力', '网上公开运行', '权力清单', '办事流程'],
      summary: '印发推进行政权力网上公开运行工作实施方案，清理审批、监督、检查、征收、处罚等权力事项，编制目录、法定依据和办事流程并网上公开运行。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: trimTrailingBlankLines(body) },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s002, note: '索引号、文号和公布时间取自原文信息头；原文“信息有效期”为空' },
    });
  }

  // 003: five Traditional-script texts, "第N篇:" headings.
  {
    const text = readSeed(SEED_FILES.s003);
    const parts = text.split(/^(?=第[一二三四五]篇:)/mu).filter((part) => part.startsWith('第'));
    if (parts.length !== 5) throw new Error(`seed 003: expected 5 texts, found ${parts.length}`);
    const split = parts.map((part) => {
      const newline = part.indexOf('\n');
      return { heading: part.slice(0, newline).replace(/^第.篇:/u, ''), body: trimTrailingBlankLines(part.slice(newline + 1)) };
    });
    const [p1, p2, p3, p4, p5] = split as [typeof split[number], typeof split[number], typeof split[number], typeof split[number], typeof split[number]];

    docs.push({
      id: 'seed-003-1',
      indexNumber: assignedIndex(3),
      title: p1.heading,
      publisher: '（原文未署發布機構）',
      publishedAt: INTAKE_DATE,
      categoryIds: ['t-zw-sz', 'g-jihua'],
      keywords: ['數字政府', '政務服務', '數據共享', '營商環境'],
      summary: '2021年推動數字政府建設的實施方案：理順數字政府建設體系，搭建統一算力和存儲中心，推進政務數據共享應用，提升政務服務水平。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p1.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 1, note: '原文未載明發布機構、索引號和日期；索引號由本目錄編配，公布日期為收錄日期' },
    });
    const school = must(/^(\S+中學)$/mu.exec(p2.body), '003-2 school')[1]!;
    docs.push({
      id: 'seed-003-2',
      indexNumber: assignedIndex(4),
      title: p2.heading,
      publisher: school,
      publishedAt: INTAKE_DATE,
      categoryIds: ['t-jy-jy', 'g-jihua'],
      keywords: ['數字校園', '教育信息化', '實施方案'],
      summary: '學校數字校園建設實施方案：建設校園網絡和數字化教學環境，推進教育資源共享和信息化管理。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p2.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 2, note: '原文未載明索引號和日期；索引號由本目錄編配，公布日期為收錄日期' },
    });
    docs.push({
      id: 'seed-003-3',
      indexNumber: assignedIndex(5),
      title: p3.heading,
      publisher: '（原文未署發布機構）',
      publishedAt: INTAKE_DATE,
      categoryIds: ['t-zw', 'g-qita'],
      keywords: ['服務型政府', '政府能力建設', '和諧社會'],
      summary: '論述以政府能力建設推動和諧社會建設：轉變政府職能，提高行政效率，建設服務型政府。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p3.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 3, note: '原文未載明發布機構、索引號和日期；索引號由本目錄編配，公布日期為收錄日期' },
    });
    const bureau = must(/^(\S+?局)關于/mu.exec(p4.body), '003-4 bureau')[1]!;
    const p4Title = must(/^(\S+?局關于\S+)\n(\S+)\n/u.exec(p4.body), '003-4 title');
    docs.push({
      id: 'seed-003-4',
      indexNumber: assignedIndex(6),
      title: `${p4Title[1]!}${p4Title[2]!}`,
      publisher: bureau,
      publishedAt: INTAKE_DATE,
      categoryIds: ['t-jj-ys', 'g-jihua'],
      keywords: ['服務型政府', '招商引資', '八公開', '行政審批'],
      summary: '招商局建設服務型政府的實施方案：提質、提速、提效，行政審批“兩集中”，服務窗口“八公開”，推行一門受理、并聯審批。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p4.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 4, note: '原文未載明索引號和日期；索引號由本目錄編配，公布日期為收錄日期' },
    });
    const number = must(/^(\S+\[\d{4}\]\d+號)$/mu.exec(p5.body), '003-5 文號')[1]!;
    const p5Title = must(/^(關于印發《[^》]+》的通知)$/mu.exec(p5.body), '003-5 title')[1]!;
    const printed = must(/(\S+人民政府)辦公室 (\d{4})年(\d{1,2})月(\d{1,2})日印發/u.exec(p5.body), '003-5 印發');
    const keywords = must(/^主題詞:(.+)$/mu.exec(p5.body), '003-5 主題詞')[1]!.trim().split(/\s+/u);
    const date = isoFromParts(printed[2]!, printed[3]!, printed[4]!);
    docs.push({
      id: 'seed-003-5',
      indexNumber: assignedIndex(7),
      title: p5Title,
      publisher: printed[1]!,
      publishedAt: date,
      createdAt: date,
      documentNumber: number,
      categoryIds: ['t-zw-fz', 'g-tongzhi', 'a-zf'],
      keywords,
      summary: '印發高淳縣法治政府建設實施方案：完善依法決策機制，規范性文件有效期制度，行政執法責任制，權力陽光運行和政府信息公開。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p5.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 5, note: '文號、日期和主題詞取自原文；原文無索引號，索引號由本目錄編配' },
    });
  }

  // 004: 中共徐水县委 / 徐水县人民政府, 2010年4月26日.
  {
    const text = readSeed(SEED_FILES.s004);
    const header = must(/\n(中共\S+县委)\n(\S+县人民政府)\n(\d{4})年(\d{1,2})月(\d{1,2})日\n(\S+)\n(\S+)\n/u.exec(text), '004 header');
    const date = isoFromParts(header[3]!, header[4]!, header[5]!);
    docs.push({
      id: 'seed-004',
      indexNumber: assignedIndex(8),
      title: `${header[6]!}${header[7]!}`,
      publisher: `${header[1]!}、${header[2]!}`,
      publishedAt: date,
      createdAt: date,
      categoryIds: ['t-zw-gk', 'g-jihua', 'a-zf'],
      keywords: ['政务公开', '行政权力公开透明运行', '办事公开', '自由裁量权'],
      summary: '2010年政务公开暨行政权力公开透明运行工作方案：公开权限、依据、程序、标准、时限和结果，规范行政自由裁量权，畅通投诉渠道。',
      validity: { status: 'invalid', from: date, until: '2010-12-31' },
      body: { format: 'text', content: trimTrailingBlankLines(text) },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s004, note: '原文无索引号，索引号由本目录编配' },
    });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// 2b. Generated documents of 示例市
// ---------------------------------------------------------------------------------------------

interface Issuer {
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
const issuer = (id: string): Issuer => {
  const found = ISSUERS.get(id);
  if (found === undefined) throw new Error(`unknown issuer ${id}`);
  return found;
};

/** A field of work: who handles it, its topic, and the name of a rule or measure about it. */
interface Matter {
  issuer: string;
  topic: string;
  subject: string;
  keywords: string[];
  audience: AudienceId;
  /** Title of a normative document on the matter, without 示例市. */
  measure: string;
}

const MATTERS: Matter[] = [
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

type Pattern =
  | 'plan' | 'measures' | 'opinion' | 'doWork' | 'campaign' | 'notice' | 'consultation'
  | 'reply' | 'answer' | 'bulletin' | 'decision' | 'order' | 'annualReport';

const PATTERN_WEIGHTS: ReadonlyArray<readonly [Exclude<Pattern, 'annualReport'>, number]> = [
  ['plan', 26], ['measures', 20], ['opinion', 10], ['doWork', 18], ['campaign', 10], ['notice', 12], ['consultation', 8],
  ['reply', 5], ['answer', 16], ['bulletin', 5], ['decision', 4], ['order', 4],
];

const GENRE_OF: Record<Pattern, GenreId> = {
  plan: 'g-tongzhi', measures: 'g-tongzhi', opinion: 'g-yijian', doWork: 'g-tongzhi', campaign: 'g-tongzhi', notice: 'g-tonggao',
  consultation: 'g-gonggao', reply: 'g-pifu', answer: 'g-han', bulletin: 'g-tongbao', decision: 'g-jueding', order: 'g-ling',
  annualReport: 'g-baogao',
};

/** 文号 series by pattern; undefined: published without a 文号. */
const SERIES_OF: Record<Pattern, string | undefined> = {
  plan: '发', measures: '规', opinion: '规', doWork: '发', campaign: '字', notice: '发', consultation: undefined,
  reply: '字', answer: '函', bulletin: '字', decision: '规', order: undefined, annualReport: undefined,
};

const DISTRICTS = ['城南区', '河东区', '北湖区', '西山区', '示例县'] as const;
const YEAR_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [2019, 8], [2020, 10], [2021, 12], [2022, 14], [2023, 16], [2024, 18], [2025, 22], [2026, 20],
];

interface Draft {
  pattern: Pattern;
  issuer: Issuer;
  matter: Matter;
  publishedAt: string;
  title: string;
  summary: string;
  keywords: string[];
  categoryIds: string[];
  /** Body as sections: a heading (or '') and its paragraphs; `list` sections become <ol> in HTML. */
  body: Section[];
  normative: boolean;
  series: string | undefined;
  /** For a 令: its number. */
  orderNumber?: number;
  attachments: Array<{ name: string; type: string }>;
}

interface Section {
  heading: string;
  paragraphs: string[];
  list?: boolean;
  table?: { head: string[]; rows: string[][] };
}

const ADDRESSEE_CITY = '各区县人民政府，市政府各部门，各有关单位：';
const ADDRESSEE_DEPT = '各区县有关部门，市直各有关单位：';

function taskParagraphs(random: Random, subject: string): string[] {
  const tasks = [
    `健全工作机制。明确${subject}工作的责任分工，建立部门协同、市区联动的工作机制，定期研究解决重点难点问题。`,
    `优化办理流程。压减办理环节、申请材料和办理时限，推动${subject}相关事项“网上办、掌上办、就近办”。`,
    `加强信息公开。及时公开${subject}相关政策文件、办事指南和工作进展，同步做好政策解读和咨询答复。`,
    `强化基层基础。加强基层工作力量和经费保障，开展业务培训，提升${subject}工作规范化水平。`,
    `推进数字赋能。依托全市一体化政务服务平台，推动${subject}业务协同和信息共享，减少群众重复提交材料。`,
    `严格监督考核。将${subject}工作纳入年度绩效考核，对工作推进不力的单位予以通报，限期整改。`,
  ];
  return random.some(tasks, random.int(3, 4)).map((task, i) => `（${['一', '二', '三', '四'][i]!}）${task}`);
}

function draftDocument(random: Random, pattern: Pattern, matter: Matter, publishedAt: string): Draft {
  const year = Number(publishedAt.slice(0, 4));
  const subject = matter.subject;
  const own = issuer(matter.issuer);
  const city = issuer('shili-gov');
  const office = issuer('szfb');
  const municipal = own.id === 'shili-gov' || own.id === 'szfb';
  const addressee = municipal ? ADDRESSEE_CITY : ADDRESSEE_DEPT;
  const topicIds = [matter.topic];
  const base = { pattern, matter, publishedAt, normative: false, series: SERIES_OF[pattern], attachments: [] as Draft['attachments'] };
  const signature = (who: Issuer) => `${who.name}\n${cnDate(publishedAt)}`;

  switch (pattern) {
    case 'plan': {
      const kind = random.pick(['实施方案', '工作方案', `三年行动计划（${year}—${year + 2}年）`, `${year}年工作要点`]);
      const doc = `示例市${subject}${kind}`;
      const who = random.chance(0.4) ? office : own;
      return {
        ...base,
        issuer: who,
        title: `${who.name}关于印发《${doc}》的通知`,
        summary: `印发《${doc}》，明确${subject}工作的总体要求、主要任务和保障措施。`,
        keywords: [...matter.keywords, '实施方案'],
        categoryIds: [...topicIds, GENRE_OF[pattern], 'g-jihua', matter.audience],
        body: [
          { heading: '', paragraphs: [who === office ? ADDRESSEE_CITY : addressee, `《${doc}》${who === office ? '已经市政府同意' : '已经局党组（党委）会议研究通过'}，现印发给你们，请结合实际认真抓好贯彻落实。`, signature(who)] },
          { heading: doc, paragraphs: [`为进一步做好${subject}工作，更好满足人民群众和市场主体需求，结合我市实际，制定本方案。`] },
          { heading: '一、总体要求', paragraphs: [`坚持以人民为中心，坚持问题导向和系统观念，到${year + 1}年底，${subject}工作机制更加健全，服务质量和群众满意度明显提升。`] },
          { heading: '二、主要任务', paragraphs: taskParagraphs(random, subject), list: true },
          {
            heading: '三、保障措施',
            paragraphs: ['（一）加强组织领导。各责任单位主要负责同志是第一责任人，要细化工作措施，明确时间节点。', '（二）强化督促落实。牵头单位每半年对任务落实情况进行调度，结果报市政府。'],
            list: true,
          },
        ],
        attachments: random.chance(0.5) ? [{ name: `${subject}重点任务分工表`, type: 'xlsx' }] : [],
      };
    }
    case 'measures': {
      const doc = `示例市${matter.measure}`;
      const who = random.chance(0.35) ? office : own;
      return {
        ...base,
        issuer: who,
        normative: true,
        title: `${who.name}关于印发《${doc}》的通知`,
        summary: `印发《${doc}》，规定适用范围、职责分工、办理程序和监督管理，自发布之日起30日后施行。`,
        keywords: [...matter.keywords, '规范性文件'],
        categoryIds: [...topicIds, GENRE_OF[pattern], matter.audience],
        body: [
          { heading: '', paragraphs: [who === office ? ADDRESSEE_CITY : addressee, `现将《${doc}》印发给你们，请认真遵照执行。`, signature(who)] },
          {
            heading: doc,
            paragraphs: [
              `第一条 为规范${subject}工作，保障公民、法人和其他组织的合法权益，根据有关法律、法规和规章，结合本市实际，制定本办法。`,
              `第二条 本办法适用于本市行政区域内的${subject}及其监督管理活动。`,
              `第三条 ${own.name}负责全市${subject}工作的统筹协调和监督指导；各区县有关部门按照职责分工做好相关工作。`,
              '第四条 办理事项的条件、材料、流程和时限应当向社会公开，并在政务服务平台同步发布。',
              `第五条 本办法自${cnDate(addDays(publishedAt, 30))}起施行，有效期5年。`,
            ],
          },
        ],
        attachments: random.chance(0.4) ? [{ name: `《${doc}》政策解读`, type: 'pdf' }] : [],
      };
    }
    case 'opinion': {
      const who = random.chance(0.5) ? city : own;
      const title = random.chance(0.5) ? `${who.name}关于进一步加强${subject}工作的实施意见` : `${who.name}关于推动${subject}高质量发展的意见`;
      return {
        ...base,
        issuer: who,
        normative: true,
        title,
        summary: `就${subject}提出总体要求和重点任务，明确部门职责和保障措施，有效期5年。`,
        keywords: matter.keywords,
        categoryIds: [...topicIds, GENRE_OF[pattern], matter.audience],
        body: [
          { heading: '', paragraphs: [who === city ? ADDRESSEE_CITY : addressee, `为进一步做好${subject}工作，现提出如下意见。`] },
          { heading: '一、总体要求', paragraphs: [`以满足群众需求为导向，补短板、强弱项，力争用三年左右时间，使全市${subject}工作走在全省前列。`] },
          { heading: '二、重点任务', paragraphs: taskParagraphs(random, subject), list: true },
          { heading: '三、组织实施', paragraphs: [`本意见自印发之日起施行，有效期5年。各区县、各部门要结合实际制定具体措施，认真组织实施。`, signature(who)] },
        ],
      };
    }
    case 'doWork': {
      return {
        ...base,
        issuer: own,
        title: `${own.name}关于做好${year}年${subject}工作的通知`,
        summary: `部署${year}年${subject}工作，明确重点任务、时间安排和工作要求。`,
        keywords: matter.keywords,
        categoryIds: [...topicIds, GENRE_OF[pattern], 'a-zf'],
        body: [
          { heading: '', paragraphs: [addressee, `为做好${year}年${subject}工作，现将有关事项通知如下：`] },
          { heading: '一、重点任务', paragraphs: taskParagraphs(random, subject), list: true },
          {
            heading: '二、时间安排',
            paragraphs: [],
            table: {
              head: ['阶段', '时间', '工作内容'],
              rows: [
                ['部署启动', `${year}年${random.int(2, 4)}月`, '制定工作方案，明确责任分工'],
                ['组织实施', `${year}年${random.int(5, 9)}月`, '推进各项任务落实，开展中期调度'],
                ['总结评估', `${year}年12月`, '总结工作成效，形成书面报告'],
              ],
            },
          },
          { heading: '三、工作要求', paragraphs: [`请各单位于${year}年12月20日前将工作总结报送${own.name}。`, signature(own)] },
        ],
      };
    }
    case 'campaign': {
      const action = random.pick(['专项检查', '专项整治行动', '集中宣传月活动']);
      return {
        ...base,
        issuer: own,
        title: `${own.name}关于开展${year}年${subject}${action}的通知`,
        summary: `在全市开展${subject}${action}，明确工作范围、重点内容和工作要求。`,
        keywords: [...matter.keywords, action.replace(/^专项|活动$/gu, '')],
        categoryIds: [...topicIds, GENRE_OF[pattern], 'a-zf'],
        body: [
          { heading: '', paragraphs: [addressee, `经研究，决定在全市开展${subject}${action}。现将有关事项通知如下：`] },
          { heading: '一、工作范围', paragraphs: [`本市行政区域内与${subject}相关的单位和场所。`] },
          { heading: '二、重点内容', paragraphs: [`（一）${subject}相关制度建立和落实情况；`, '（二）群众反映强烈的突出问题整改情况；', '（三）以往检查发现问题的整改落实情况。'], list: true },
          { heading: '三、工作要求', paragraphs: ['各单位要加强组织领导，如实填报工作情况，对发现的问题建立台账、限期整改。', signature(own)] },
        ],
        attachments: random.chance(0.5) ? [{ name: `${subject}${action}情况统计表`, type: 'xlsx' }] : [],
      };
    }
    case 'notice': {
      const district = random.pick(DISTRICTS);
      return {
        ...base,
        issuer: own,
        title: `${own.name}关于${district}${subject}有关事项的通告`,
        summary: `就${district}${subject}有关事项予以通告，明确实施范围、时间和相关要求。`,
        keywords: [...matter.keywords, district],
        categoryIds: [...topicIds, GENRE_OF[pattern], 'a-gz'],
        body: [
          { heading: '', paragraphs: [`为做好${district}${subject}工作，根据有关法律法规规定，现将有关事项通告如下：`] },
          {
            heading: '',
            paragraphs: [
              `一、实施范围：${district}行政区域内。`,
              `二、实施时间：${cnDate(addDays(publishedAt, 7))}起。`,
              '三、有关单位和个人应当遵守本通告规定，配合做好相关工作；对违反规定的，由有关部门依法处理。',
              '四、本通告自发布之日起施行，有效期1年。',
            ],
          },
          { heading: '', paragraphs: ['特此通告。', signature(own)] },
        ],
      };
    }
    case 'consultation': {
      const doc = `示例市${matter.measure}（征求意见稿）`;
      const deadline = cnDate(addDays(publishedAt, 30));
      return {
        ...base,
        issuer: own,
        title: `${own.name}关于公开征求《${doc}》意见的公告`,
        summary: `公开征求《${doc}》意见，${deadline}前可通过网站、电子邮件或者信函提出。`,
        keywords: [...matter.keywords, '征求意见'],
        categoryIds: [...topicIds, GENRE_OF[pattern], 'a-gz'],
        body: [
          { heading: '', paragraphs: [`为增强决策的公开性和透明度，现将《${doc}》全文公布，征求社会各界意见。有关单位和个人可在${deadline}前通过以下方式提出意见：`] },
          {
            heading: '',
            paragraphs: [
              '登录示例市人民政府门户网站“意见征集”栏目提出意见；',
              `发送电子邮件至 yjzj@example.gov.cn，邮件主题注明“${matter.measure}意见”；`,
              `信函寄至${own.name}（示例市人民大道100号，邮编250001），并在信封上注明“征求意见”字样。`,
            ],
            list: true,
          },
          { heading: '', paragraphs: [signature(own)] },
        ],
        attachments: [{ name: doc, type: 'docx' }, { name: '起草说明', type: 'pdf' }],
      };
    }
    case 'reply': {
      const district = random.pick(DISTRICTS.slice(0, 4));
      const what = random.pick([
        `《示例市${district}国土空间分区规划（2021—2035年）》`,
        `${district}调整部分社区行政区划`,
        `${district}${subject}实施方案`,
        `设立示例市${district}${random.pick(['智能制造', '现代物流', '文化创意'])}产业园`,
      ]);
      return {
        ...base,
        issuer: city,
        title: `示例市人民政府关于同意${what}的批复`,
        summary: `原则同意${what}，并就组织实施提出要求。`,
        keywords: [district, ...matter.keywords.slice(0, 1), '批复'],
        categoryIds: [...topicIds, GENRE_OF[pattern], 'a-zf'],
        body: [
          { heading: '', paragraphs: [`${district}人民政府：`, `你区《关于${what.startsWith('《') ? `报批${what.replaceAll('《', '〈').replaceAll('》', '〉')}` : what}的请示》收悉。经研究，现批复如下：`] },
          {
            heading: '',
            paragraphs: [`原则同意${what}。`, '你区要严格落实主体责任，依法依规组织实施，确保各项工作平稳有序。', '市直有关部门要按照职责分工给予支持和指导。'],
            list: true,
          },
          { heading: '', paragraphs: [signature(city)] },
        ],
      };
    }
    case 'answer': {
      const body = random.chance(0.5) ? '市人大' : '市政协';
      const number = random.int(1, 480);
      const proposal = body === '市人大' ? `建议` : '提案';
      // Terms of 2017–2021 and 2022–2026; one plenary session a year.
      const term = year < 2022 ? 0 : 1;
      const sessionNo = ['一', '二', '三', '四', '五'][year - (term === 0 ? 2017 : 2022)]!;
      const session = body === '市人大' ? `市${['十六', '十七'][term]!}届人大${sessionNo}次会议` : `市政协${['十二', '十三'][term]!}届${sessionNo}次会议`;
      const sender = body === '市人大' ? `${random.pick(['王', '李', '张', '刘', '陈', '赵'])}*代表` : `${random.pick(['民盟示例市委', '九三学社示例市委', '民进示例市委', '市工商联'])}`;
      return {
        ...base,
        issuer: own,
        title: `${own.name}关于${session}第${number}号${proposal}的答复`,
        summary: `答复关于${subject}的${proposal}，介绍工作现状、采纳情况和下一步措施。`,
        keywords: [...matter.keywords, `${proposal}办理`],
        categoryIds: [...topicIds, GENRE_OF[pattern], 'a-gz'],
        body: [
          { heading: '', paragraphs: [`${sender}：`, `您提出的关于加强${subject}工作的${proposal}收悉。经认真研究，现答复如下：`] },
          {
            heading: '',
            paragraphs: [
              `一、工作现状。近年来，我局（委）将${subject}作为民生实事持续推进，相关制度不断完善，群众获得感逐步增强。`,
              `二、采纳情况。您提出的意见对改进工作具有重要参考价值，我们已吸收到${year}年工作计划中。`,
              '三、下一步措施。我们将加强与有关部门的沟通协作，完善配套政策，定期通报办理进展。',
            ],
          },
          { heading: '', paragraphs: [`感谢您对${subject}工作的关心和支持。`, `联系单位：${own.name}办公室    联系电话：0531-12345${pad(random.int(100, 999), 3)}`, signature(own)] },
        ],
      };
    }
    case 'bulletin': {
      // Reports on the quarter before the one it is published in.
      const month = Number(publishedAt.slice(5, 7));
      const quarter = month <= 3 ? 4 : Math.floor((month - 1) / 3);
      const reportYear = month <= 3 ? year - 1 : year;
      return {
        ...base,
        issuer: office,
        matter: MATTERS[0]!,
        title: `示例市人民政府办公室关于${reportYear}年第${['一', '二', '三', '四'][quarter - 1]!}季度全市政府网站和政务新媒体检查情况的通报`,
        summary: `通报${reportYear}年第${['一', '二', '三', '四'][quarter - 1]!}季度全市政府网站和政务新媒体抽查结果、存在问题和整改要求。`,
        keywords: ['政府网站', '政务新媒体', '检查通报'],
        categoryIds: ['t-zw-gk', GENRE_OF[pattern], 'a-zf'],
        body: [
          { heading: '', paragraphs: [ADDRESSEE_CITY, '根据国务院办公厅政府网站和政务新媒体检查指标要求，市政府办公室组织开展了本季度检查。现将有关情况通报如下：'] },
          {
            heading: '一、总体情况',
            paragraphs: [`本季度共检查政府网站${random.int(40, 60)}家、政务新媒体${random.int(80, 140)}个，合格率分别为100%和${random.int(95, 99)}%。`],
            table: {
              head: ['类别', '检查数量', '合格', '不合格'],
              rows: [['政府网站', '48', '48', '0'], ['政务新媒体', '112', '109', '3']],
            },
          },
          { heading: '二、存在的问题', paragraphs: ['（一）个别栏目更新不及时，存在空白栏目；', '（二）部分互动留言答复超期；', '（三）个别政务新媒体长期未更新。'], list: true },
          { heading: '三、工作要求', paragraphs: ['各单位要对照问题清单，于15个工作日内完成整改，并将整改情况报市政府办公室。', signature(office)] },
        ],
      };
    }
    case 'decision': {
      const abolish = random.chance(0.6);
      return {
        ...base,
        issuer: city,
        normative: abolish,
        series: abolish ? '规' : '发',
        title: abolish ? '示例市人民政府关于废止和修改部分市政府规范性文件的决定' : `示例市人民政府关于公布${year}年市级行政许可事项清单的决定`,
        summary: abolish
          ? '经清理，决定废止和修改部分市政府规范性文件，并公布目录；本决定自公布之日起施行。'
          : `公布${year}年市级行政许可事项清单，清单之外不得违法实施行政许可。`,
        keywords: abolish ? ['规范性文件', '文件清理'] : ['行政许可', '事项清单'],
        categoryIds: abolish ? ['t-zw-fz', GENRE_OF[pattern], 'a-zf'] : ['t-zw-fw', GENRE_OF[pattern], 'a-qy'],
        body: abolish
          ? [
              { heading: '', paragraphs: [ADDRESSEE_CITY, '为维护法制统一，市政府对现行规范性文件进行了全面清理。经市政府常务会议研究，决定：'] },
              { heading: '', paragraphs: [`对${random.int(6, 18)}件市政府规范性文件予以废止；`, `对${random.int(2, 8)}件市政府规范性文件予以修改。`], list: true },
              { heading: '', paragraphs: ['本决定自公布之日起施行。', signature(city)] },
            ]
          : [
              { heading: '', paragraphs: [ADDRESSEE_CITY, `为深化“放管服”改革，市政府对市级行政许可事项进行了梳理，现将${year}年市级行政许可事项清单予以公布。`] },
              { heading: '', paragraphs: ['各部门要严格按照清单实施行政许可，不得在清单之外违法设定或者变相设定行政许可。', signature(city)] },
            ],
        attachments: abolish ? [{ name: '决定废止和修改的规范性文件目录', type: 'pdf' }] : [{ name: `${year}年市级行政许可事项清单`, type: 'xlsx' }],
      };
    }
    case 'order': {
      const rule = `示例市${matter.measure}`;
      return {
        ...base,
        issuer: city,
        normative: true,
        title: rule,
        summary: `《${rule}》已经市政府常务会议审议通过，现予公布，自${cnDate(addDays(publishedAt, 30))}起施行。`,
        keywords: [...matter.keywords, '政府规章'],
        categoryIds: [...topicIds, GENRE_OF[pattern], matter.audience],
        body: [
          { heading: '示例市人民政府令', paragraphs: [`《${rule}》已经市人民政府常务会议审议通过，现予公布，自${cnDate(addDays(publishedAt, 30))}起施行。`, `市长  ×××\n${cnDate(publishedAt)}`] },
          {
            heading: rule,
            paragraphs: [
              '第一章 总则',
              `第一条 为了规范${subject}工作，根据有关法律、法规，结合本市实际，制定本办法。`,
              `第二条 本市行政区域内${subject}及其监督管理活动，适用本办法。`,
              `第三条 ${own.name}是本市${subject}工作的主管部门，负责本办法的组织实施。`,
            ],
          },
        ],
      };
    }
    case 'annualReport':
      throw new Error('annual reports are drafted by annualReport()');
  }
}

function annualReport(random: Random, who: Issuer, year: number): Draft {
  const received = random.int(12, 420);
  const granted = Math.floor(received * 0.55);
  const partly = Math.floor(received * 0.08);
  const notExist = Math.floor(received * 0.17);
  const other = received - granted - partly - notExist;
  const publishedAt = onWeekday(`${year + 1}-01-${pad(random.int(10, 28), 2)}`);
  const title = `${who.name}${year}年政府信息公开工作年度报告`;
  return {
    pattern: 'annualReport',
    issuer: who,
    matter: MATTERS[0]!,
    publishedAt,
    title,
    summary: `${year}年度政府信息公开工作情况：主动公开、依申请公开、行政复议和诉讼、存在问题及改进措施。`,
    keywords: ['政府信息公开', '年度报告'],
    categoryIds: ['t-zw-gk', 'g-baogao', 'a-gz'],
    normative: false,
    series: undefined,
    body: [
      { heading: '', paragraphs: [`本报告依据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定编制。报告所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`] },
      { heading: '一、总体情况', paragraphs: [`${year}年，${who.name}认真落实政务公开工作要求，主动公开政府信息${random.int(300, 2600)}条，全年未发生因信息公开引发的重大负面舆情。`] },
      {
        heading: '二、收到和处理政府信息公开申请情况',
        paragraphs: [`本年度新收政府信息公开申请${received}件，均在法定期限内答复。`],
        table: {
          head: ['处理结果', '件数'],
          rows: [['予以公开', String(granted)], ['部分公开', String(partly)], ['本机关不掌握相关政府信息', String(notExist)], ['其他处理', String(other)], ['合计', String(received)]],
        },
      },
      { heading: '三、政府信息公开行政复议、行政诉讼情况', paragraphs: [`本年度因政府信息公开被申请行政复议${random.int(0, 6)}件、提起行政诉讼${random.int(0, 3)}件，均未被纠错。`] },
      { heading: '四、存在的主要问题及改进情况', paragraphs: ['部分栏目信息更新不够及时，政策解读形式较为单一。下一步将加强栏目日常巡查，丰富图文、视频等解读形式。'] },
      { heading: '五、其他需要报告的事项', paragraphs: ['本年度未收取信息处理费。'] },
    ],
    attachments: [{ name: title, type: 'pdf' }],
  };
}

/** Renders sections as plain text (line breaks only). */
function sectionsToText(sections: Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    if (section.heading !== '') out.push(section.heading);
    section.paragraphs.forEach((p, i) => out.push(section.list === true && !/^（/u.test(p) ? `${i + 1}. ${p}` : p));
    if (section.table !== undefined) {
      out.push(section.table.head.join('  '));
      for (const row of section.table.rows) out.push(row.join('  '));
    }
  }
  return out.join('\n');
}

const escapeHtml = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Renders sections as HTML with p, h2, ol/li, strong and table only. */
function sectionsToHtml(sections: Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    if (section.heading !== '') out.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    if (section.list === true) {
      const items = section.paragraphs.map((p) => {
        const m = /^（[一二三四五六]）([^。]+。)(.*)$/u.exec(p);
        return m === null ? `<li>${escapeHtml(p)}</li>` : `<li><strong>${escapeHtml(m[1]!)}</strong>${escapeHtml(m[2]!)}</li>`;
      });
      out.push(`<ol>${items.join('')}</ol>`);
    } else {
      for (const p of section.paragraphs) for (const line of p.split('\n')) out.push(`<p>${escapeHtml(line)}</p>`);
    }
    if (section.table !== undefined) {
      const head = `<tr>${section.table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
      const rows = section.table.rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
      out.push(`<table>${head}${rows}</table>`);
    }
  }
  return out.join('\n');
}

/** Previous weekday on or before the date. */
const onOrBeforeWeekday = (iso: string): string => (weekday(iso) === 6 ? addDays(iso, -1) : weekday(iso) === 0 ? addDays(iso, -2) : iso);

function generatedDocuments(count: number): DisclosureDocument[] {
  const random = new Random(20261101);
  const drafts: Draft[] = [];

  // Annual reports: published in January for the year before.
  const reporters = ['shili-gov', 'szfb', 'mzj', 'rsj', 'zjj', 'scjgj'];
  for (let year = 2019; year <= 2025; year++) {
    for (const id of random.some(reporters, 2)) drafts.push(annualReport(random, issuer(id), year));
  }

  while (drafts.length < count) {
    const pattern = random.weighted(PATTERN_WEIGHTS);
    const year = random.weighted(YEAR_WEIGHTS);
    const publishedAt = onWeekday(randomDate(random, `${year}-01-04`, year === 2026 ? '2026-10-28' : `${year}-12-28`));
    // A 令 (government rule) is always a 办法 or 规定.
    const matter = random.pick(pattern === 'order' ? MATTERS.filter((m) => /(?<!细则|措施)(办法|规定)$/u.test(m.measure)) : MATTERS);
    drafts.push(draftDocument(random, pattern, matter, publishedAt));
  }

  // Numbers follow the order of publication: 文号 per series and year, 索引号 per issuer and year.
  drafts.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.title.localeCompare(b.title));
  const numberCounters = new Map<string, number>();
  const indexCounters = new Map<string, number>();
  const orderCounter = { value: 3 };
  const next = (counters: Map<string, number>, key: string, step: number) => {
    const value = (counters.get(key) ?? 0) + step;
    counters.set(key, value);
    return value;
  };

  const docs = drafts.map((draft): DisclosureDocument => {
    const year = Number(draft.publishedAt.slice(0, 4));
    const indexSerial = next(indexCounters, `${draft.issuer.id}/${year}`, random.int(1, 40));
    const id = `doc-${draft.issuer.id}-${year}-${pad(indexSerial, 5)}`;
    let documentNumber: string | undefined;
    if (draft.pattern === 'order') {
      documentNumber = `示例市人民政府令第${orderCounter.value++}号`;
    } else if (draft.series !== undefined) {
      const prefix = `${draft.issuer.stem}${draft.series}`;
      const serial = next(numberCounters, `${prefix}${year}`, random.int(1, draft.series === '规' ? 2 : 6));
      documentNumber = random.chance(0.2) ? `${prefix}[${year}]${serial}号` : `${prefix}〔${year}〕${serial}号`;
    }
    const createdAt = onOrBeforeWeekday(addDays(draft.publishedAt, -random.int(0, 9)));

    let validity: DisclosureDocument['validity'];
    if (draft.pattern === 'decision') {
      validity = { status: 'valid', from: draft.publishedAt };
    } else if (draft.normative) {
      const from = draft.pattern === 'order' || draft.pattern === 'measures' ? addDays(draft.publishedAt, 30) : draft.publishedAt;
      if (draft.pattern === 'order') {
        validity = { status: random.chance(0.15) ? 'amended' : 'valid', from };
      } else {
        const until = addDays(addYears(from, 5), -1);
        let status: ValidityStatus = until < TODAY ? 'invalid' : 'valid';
        let end = until;
        if (status === 'valid' && random.chance(0.12)) {
          status = 'abolished';
          end = isoFromDay(random.int(dayNumber(addYears(from, 1)), dayNumber(TODAY) - 10));
          if (end <= from) end = addDays(from, 200);
        } else if (status === 'valid' && random.chance(0.1)) {
          status = 'amended';
        }
        validity = { status, from, until: end };
      }
    } else if (draft.pattern === 'notice') {
      const until = addDays(addYears(draft.publishedAt, 1), -1);
      validity = { status: until < TODAY ? 'invalid' : 'valid', from: draft.publishedAt, until };
    } else if (draft.pattern === 'plan' || draft.pattern === 'doWork' || draft.pattern === 'campaign') {
      validity = random.chance(0.06) ? { status: 'unknown' } : { status: 'valid', from: draft.publishedAt };
    } else {
      validity = { status: 'valid' };
    }

    const onRequest = draft.pattern !== 'order' && draft.pattern !== 'annualReport' && random.chance(0.04);
    const useHtml = random.chance(0.28) || draft.body.some((s) => s.table !== undefined && random.chance(0.5));
    const yyyymm = draft.publishedAt.slice(0, 7).replace('-', '');
    const stamp = draft.publishedAt.replaceAll('-', '');
    const attachments: Attachment[] = onRequest
      ? []
      : draft.attachments.map((a, k) => {
          const path = `xxgk/files/${yyyymm}/P0${stamp}${pad(indexSerial, 5)}${k + 1}.${a.type}`;
          return {
            name: `${a.name}.${a.type}`,
            url: random.chance(0.7) ? `${SITE}${path}` : `/${path}`,
            type: a.type,
            size: random.int(18_000, a.type === 'pdf' ? 2_400_000 : 260_000),
          };
        });
    if (!onRequest && draft.pattern !== 'consultation' && draft.attachments.length === 0 && random.chance(0.12)) {
      attachments.push({ name: '政策解读.pdf', url: `${SITE}xxgk/files/${yyyymm}/J0${stamp}${pad(indexSerial, 5)}.pdf`, type: 'pdf', size: random.int(90_000, 900_000) });
    }

    const summary = onRequest ? `${draft.summary.replace(/。$/u, '')}。本信息依申请公开。` : draft.summary;
    if ([...summary].length > 100) throw new Error(`summary over 100 characters: ${draft.title}`);
    const doc: DisclosureDocument = {
      id,
      indexNumber: `${draft.issuer.code}/${year}-${pad(indexSerial, 5)}`,
      title: draft.title,
      publisher: draft.issuer.name,
      publishedAt: draft.publishedAt,
      createdAt,
      ...(documentNumber !== undefined ? { documentNumber } : {}),
      categoryIds: [...new Set(draft.categoryIds)],
      keywords: [...new Set(draft.keywords)],
      summary,
      validity,
      ...(onRequest ? {} : { body: useHtml ? { format: 'html' as const, content: sectionsToHtml(draft.body) } : { format: 'text' as const, content: sectionsToText(draft.body) } }),
      ...(attachments.length > 0 ? { attachments } : {}),
      url: `${SITE}xxgk/${draft.issuer.id}/${yyyymm}/t${stamp}_${pad(indexSerial, 5)}.html`,
      disclosureType: onRequest ? 'onRequest' : 'proactive',
    };
    return doc;
  });
  // Newest first, as a directory lists them.
  return docs.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
}

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

function buildDisclosureDirectory(): DisclosureDirectoryFile {
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

// ---------------------------------------------------------------------------------------------
// 3. Agency directory
// ---------------------------------------------------------------------------------------------

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

function buildAgencyDirectory(): AgencyDirectoryFile {
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

// ---------------------------------------------------------------------------------------------
// 4. Mayor's mailbox: published letters (personal data masked as DOMAIN §5 says)
// ---------------------------------------------------------------------------------------------

interface Scenario {
  type: LetterType;
  subject: string;
  content: string;
  unit: string;
  reply: string;
}

/*
 * Placeholders: {d} district, {s} street (街道/镇), {c} community, {r} road, {n} masked name,
 * {p} masked mobile number. Addresses never go below street level.
 */
const SCENARIOS: Scenario[] = [
  { type: 'consult', subject: '灵活就业人员如何参加职工养老保险', content: '您好，我今年从单位离职，目前在{d}做自由职业，想以灵活就业人员身份继续缴纳职工养老保险，请问需要到哪里办理，缴费基数怎么选？', unit: '示例市人力资源和社会保障局', reply: '您好！灵活就业人员可通过“示例人社”APP或者到户籍所在地、居住地的社保经办窗口办理参保登记，缴费基数可在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择，按月或者按年缴纳。如有疑问，可拨打0531-12345640咨询。' },
  { type: 'consult', subject: '新生儿医保参保需要准备哪些材料', content: '孩子上个月在{d}出生，户口已经落在{s}，请问新生儿办理城乡居民医保需要哪些材料，出生后多久内参保可以报销出生以来的医疗费？', unit: '示例市医疗保障局', reply: '您好！新生儿凭户口簿或者出生医学证明即可办理参保，可通过“示例医保”小程序线上办理，也可到{s}便民服务中心办理。新生儿在出生后90日内参保缴费的，自出生之日起享受医保待遇。感谢您的来信。' },
  { type: 'consult', subject: '租房提取住房公积金的条件和额度', content: '本人在{d}租房居住，无自有住房，请问提取住房公积金支付房租需要什么条件，每年最多可以提取多少？', unit: '示例市住房公积金管理中心', reply: '您好！职工及配偶在本市无自有住房且租赁住房的，可以申请提取住房公积金支付房租，每年可提取一次，提取额度按本市租房提取限额执行，具体标准可在中心网站“政策法规”栏目查询。通过手机公积金APP即可办理，无需提交租赁合同。' },
  { type: 'consult', subject: '今年小学入学学区划分什么时候公布', content: '孩子今年9月上小学，家住{d}{s}{c}，请问今年的学区划分什么时候公布？在哪里可以查询？', unit: '示例市教育局', reply: '您好！今年义务教育学校招生范围由各区县教育部门于5月中旬前向社会公布，届时可登录示例市教育局网站或者“示例教育”微信公众号查询，也可咨询{d}教育和体育局。' },
  { type: 'consult', subject: '个体工商户登记能否全程网上办理', content: '我准备在{r}开一家小超市，请问个体工商户营业执照能不能全程网上办理？需要现场核查吗？', unit: '示例市市场监督管理局', reply: '您好！个体工商户设立登记已实现全程网上办理，登录示例省政务服务网“个体开业”专区，按提示填写信息并完成实名认证即可，材料齐全的一般1个工作日内办结。经营食品的，还需另行申请食品经营许可或者办理备案。' },
  { type: 'consult', subject: '退休后长期在外地居住如何办理异地就医备案', content: '我父亲今年退休，以后长期随我在外省居住，请问异地长期居住备案怎么办理？备案后在外地看病怎么报销？', unit: '示例市医疗保障局', reply: '您好！异地长期居住人员可通过国家医保服务平台APP或者“示例医保”小程序自助办理备案，备案后在就医地联网定点医疗机构就医可直接结算，执行就医地目录、参保地报销政策。' },
  { type: 'consult', subject: '高龄津贴申领条件咨询', content: '家中老人今年满80周岁，户籍在{d}{s}，请问高龄津贴是多少？需要本人到现场办理吗？', unit: '示例市民政局', reply: '您好！本市户籍年满80周岁的老年人可申领高龄津贴，80至89周岁每人每月100元，90至99周岁每人每月200元，100周岁以上每人每月600元。可由家属持老人身份证件到{s}便民服务中心代为申请，行动不便的可申请上门办理。' },
  { type: 'consult', subject: '居住证办理需要哪些材料', content: '我是外地户籍，在{d}租房工作已满半年，请问办理居住证需要哪些材料？孩子上学是否需要居住证？', unit: '示例市公安局', reply: '您好！在本市居住半年以上、有合法稳定就业或者住所的，可持居民身份证、租赁合同或者居住证明到居住地派出所申领居住证，也可通过“示例公安”公众号预约。随迁子女入学所需材料以当年招生政策为准，居住证是主要材料之一。' },
  { type: 'consult', subject: '电动自行车登记上牌需要带什么', content: '最近在{r}的门店买了一辆新国标电动自行车，请问上牌需要带哪些材料，能否在网上预约？', unit: '示例市公安局交通警察支队', reply: '您好！办理电动自行车登记需携带车主身份证件、购车发票、产品合格证和车辆，到就近的登记服务站办理，可通过“示例交警”公众号预约，现场即可领取号牌。' },
  { type: 'consult', subject: '既有住宅加装电梯有没有补贴', content: '我们{c}是90年代的老小区，居民想加装电梯，请问市里有没有补贴政策，需要多少业主同意？', unit: '示例市住房和城乡建设局', reply: '您好！按照本市既有住宅增设电梯实施办法，符合条件的项目可申请财政补贴，具体标准以当年公布的为准。增设电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决的四分之三以上业主同意。建议先与{s}联系，由社区协助组织协商。' },
  { type: 'consult', subject: '申请公共租赁住房的收入标准是多少', content: '我家三口人，户籍在{d}，无自有住房，请问申请公租房的家庭收入标准是多少？排队一般需要多久？', unit: '示例市住房和城乡建设局', reply: '您好！公共租赁住房保障对象的收入和住房标准由市住房保障部门定期公布，目前城镇中等偏下收入住房困难家庭人均月收入标准可在市住建局网站查询。申请人可向户籍所在地街道提出申请，经审核、公示后轮候配租，轮候时间视房源情况而定。' },
  { type: 'consult', subject: '创业担保贷款怎么申请', content: '我是退役军人，打算在{d}开一家汽修店，听说有创业担保贷款，请问申请条件和额度是多少？', unit: '示例市人力资源和社会保障局', reply: '您好！退役军人等符合条件的人员可申请个人创业担保贷款，额度最高30万元，按规定享受财政贴息。您可携带身份证、营业执照、退役证件到{d}就业服务中心提出申请，经审核后由经办银行放款。' },
  { type: 'consult', subject: '如何申请公开政府信息', content: '我想了解{d}{r}拓宽工程的批复文件，请问应当向哪个部门申请公开？网上可以申请吗？', unit: '示例市人民政府办公室', reply: '您好！您可登录示例市人民政府门户网站“依申请公开”栏目在线提交申请，注明所需信息的名称或者文号等特征描述。该项目的批复文件由市发展和改革委员会制作，建议将受理机关选为该委员会。我们将自收到申请之日起20个工作日内答复。' },
  { type: 'consult', subject: '残疾人两项补贴申领咨询', content: '我儿子是二级肢体残疾，家庭比较困难，请问残疾人生活补贴和护理补贴可以同时申请吗？在哪里申请？', unit: '示例市民政局', reply: '您好！困难残疾人生活补贴和重度残疾人护理补贴可以同时享受，申请人持残疾人证到户籍所在地{s}便民服务中心申请，也可通过“全国残疾人两项补贴”网上申请。经审核符合条件的，自申请次月起发放。' },
  { type: 'consult', subject: '首套住房契税优惠政策咨询', content: '我打算在{d}购买一套120平方米的商品房，是家庭唯一住房，请问契税税率是多少？', unit: '国家税务总局示例市税务局', reply: '您好！对个人购买家庭唯一住房，面积为140平方米及以下的，减按1%的税率征收契税；面积为140平方米以上的，减按1.5%的税率征收契税。具体可咨询12366纳税服务热线。' },
  { type: 'help', subject: '{c}供暖温度长期不达标', content: '我家住在{d}{s}{c}，入冬以来室内温度一直在16度左右，多次向供热公司反映没有解决，家中有老人和孩子，希望有关部门帮忙协调。联系电话{p}。', unit: '示例市城市管理局', reply: '您好！接到来信后，我局立即会同供热企业上门入户测温，经查为单元供热管道堵塞所致。供热企业已于次日完成管道清洗，复测室内温度为19.5℃，符合不低于18℃的标准。如仍有问题，可拨打供热服务热线反映。' },
  { type: 'help', subject: '在{d}务工被拖欠工资', content: '我在{d}一个工地干了三个月木工，包工头一直拖着工资不发，共计2万多元，多次讨要未果，请政府帮忙。我叫{n}，电话{p}。', unit: '示例市人力资源和社会保障局', reply: '您好！收到来信后，{d}人社局劳动保障监察大队立即约谈施工总承包单位，经核实，总包单位已通过农民工工资专用账户将拖欠的工资全额支付给您本人。今后如遇类似问题，可拨打12333或者到劳动保障监察机构投诉。' },
  { type: 'help', subject: '{r}路口下雨积水严重', content: '{d}{r}与建设路交叉口每逢下雨就大面积积水，行人和非机动车无法通行，希望尽快疏通排水设施。', unit: '示例市城市管理局', reply: '您好！经现场勘查，该路口雨水篦子被落叶和泥沙堵塞，我局已组织人员清掏疏通，并对周边雨水管线进行了检测。我们已将该路口列为汛期重点巡查点位，降雨期间安排专人值守。' },
  { type: 'help', subject: '{c}附近路灯不亮', content: '{d}{s}{c}东门外的一段路约有十盏路灯已经一个多月不亮了，晚上出行很不安全，希望尽快维修。', unit: '示例市城市管理局', reply: '您好！经排查，该路段路灯电缆被施工挖断，我局已协调施工单位修复电缆，路灯已于来信后第三天恢复照明。感谢您对城市管理工作的监督。' },
  { type: 'help', subject: '老人行动不便能否上门办理社保卡', content: '我母亲今年86岁，卧床不起，社保卡过期需要换领，老人无法去现场，请问能否上门办理？家住{d}{s}。', unit: '示例市人力资源和社会保障局', reply: '您好！对行动不便的老年人，我市提供社保卡上门服务。我局已安排{d}社保卡服务网点工作人员与您联系，约定时间上门采集信息，新卡制作完成后将送卡上门。' },
  { type: 'help', subject: '{c}临时停水未提前通知', content: '{d}{s}{c}今天早上突然停水，事先没有任何通知，家里老人孩子生活受到影响，请问什么时候能恢复供水？', unit: '示例市水务局', reply: '您好！当日停水系{r}供水主管道突发爆管所致，属于抢修停水，供水企业已于当日18时完成抢修并恢复供水。我局已要求供水企业完善停水信息发布机制，通过社区群和短信及时告知用户。' },
  { type: 'help', subject: '孩子住院费用困难能否申请救助', content: '孩子患病在市中心医院住院治疗，医保报销后自付部分仍然很多，家庭难以承担，请问能申请什么救助？户籍在{d}{s}。', unit: '示例市民政局', reply: '您好！您的家庭可向户籍所在地{s}申请临时救助，属于因病致贫的还可申请医疗救助。我局已将您的情况转{d}民政局，由街道社会救助工作人员与您联系，指导提交申请材料。' },
  { type: 'help', subject: '{r}公交站台取消后出行不便', content: '原来设在{d}{r}的公交站台近期取消了，附近居民以老年人居多，现在要多走一公里才能坐车，希望能恢复站点。', unit: '示例市交通运输局', reply: '您好！该站点因道路改造临时撤销。经与公交企业研究，道路改造完成前在原站点北侧80米处设置临时站点，相关线路已于来信后一周恢复停靠。' },
  { type: 'help', subject: '住宅楼外墙瓷砖脱落存在安全隐患', content: '{d}{s}{c}有一栋住宅楼外墙瓷砖多处脱落，楼下是小区主要通道，随时可能砸伤行人，物业说没有维修资金，请有关部门帮忙解决。', unit: '示例市住房和城乡建设局', reply: '您好！接信后我局已督促物业服务企业设置警示隔离区，并指导业主按照应急程序使用住宅专项维修资金进行维修，维修工程已于近日完工。' },
  { type: 'suggestion', subject: '建议增开通往高新区的公交线路', content: '我每天从{d}到高新区上班，目前只有一条公交线路，早高峰非常拥挤，建议增开直达线路或者加密班次。', unit: '示例市交通运输局', reply: '您好！感谢您的建议。我局已会同公交企业开展客流调查，拟于下月起在早晚高峰开通{d}至高新区的定制公交线路，具体线路将通过“示例公交”APP发布。' },
  { type: 'suggestion', subject: '建议滨河公园增设公共厕所', content: '滨河公园晨练、散步的市民很多，但园内只有一处公厕，距离较远，建议在公园西段增设一处公共厕所。', unit: '示例市城市管理局', reply: '您好！您的建议很有价值。我局已将滨河公园西段公厕建设列入本年度城市公厕建设计划，目前正在办理相关手续，预计年底前建成投用。' },
  { type: 'suggestion', subject: '建议在{r}小学门口设置护学岗', content: '{d}{r}小学放学时段家长车辆停放混乱，学生过马路存在安全隐患，建议设置护学岗并施划临时停车位。', unit: '示例市公安局交通警察支队', reply: '您好！交警{d}大队已在该校门口设置护学岗，上下学时段安排警力和志愿者疏导交通，并在周边支路施划了限时停车泊位。感谢您对校园周边交通安全的关注。' },
  { type: 'suggestion', subject: '建议政务服务中心周末提供服务', content: '上班族工作日很难请假去办事，建议市政务服务中心在周末开放部分常办事项窗口。', unit: '示例市政务服务管理局', reply: '您好！市政务服务中心已于本月起推行周六“不打烊”服务，开放社保、医保、公积金、不动产登记等高频事项窗口，服务时间为9:00至16:00。' },
  { type: 'complaint', subject: '{r}工地夜间施工噪声扰民', content: '{d}{r}有一处建筑工地连续多日晚上11点以后还在施工，噪声很大，严重影响周边居民休息，请有关部门查处。', unit: '示例市生态环境局', reply: '您好！经现场核查，该工地未取得夜间施工许可擅自夜间作业，执法人员已责令其立即停止夜间施工，并依法立案调查。我局将加强夜间巡查。' },
  { type: 'complaint', subject: '{c}楼下餐馆油烟扰民', content: '{d}{s}{c}临街一家餐馆的排烟管道直接对着居民楼，油烟很大，窗户都不敢开，请有关部门处理。', unit: '示例市生态环境局', reply: '您好！经检查，该餐馆油烟净化设施未正常使用。执法人员已责令其清洗、维修净化设施并将排烟口改至楼顶高空排放，整改已完成，复查油烟排放达标。' },
  { type: 'complaint', subject: '驾校拒绝退还培训费', content: '我在{d}一家驾校报名学车，因工作调动无法继续学习，申请退费时驾校以各种理由拒绝，请帮忙协调。联系人{n}，电话{p}。', unit: '示例市交通运输局', reply: '您好！我局已约谈该驾校负责人，要求其按照培训合同和计时培训、按学时付费的规定办理退费。经协调，驾校已按未培训学时退还相应费用。' },
  { type: 'complaint', subject: '健身房突然闭店预付卡无法退款', content: '我在{d}{r}一家健身房办理了两年的会员卡，近日健身房突然闭店，联系不上负责人，请政府帮助维权。', unit: '示例市市场监督管理局', reply: '您好！我局已对该经营者立案调查，并会同{d}商务部门开展预付资金清退工作。请您携带会员卡、付款凭证到{d}市场监管局登记，我们将及时通报处理进展。' },
  { type: 'complaint', subject: '物业费上涨未经业主大会同意', content: '{d}{s}{c}物业公司近日张贴通知上调物业费，事先没有征求业主意见，请问是否合规？', unit: '示例市住房和城乡建设局', reply: '您好！经调查，该物业服务企业调整收费标准未按物业服务合同约定履行协商程序。{d}住建部门已责令其暂停执行新标准，并指导业主委员会依法协商。' },
  { type: 'report', subject: '举报小区消防通道被长期占用', content: '{d}{s}{c}5号楼旁的消防通道长期被车辆和杂物堵塞，存在严重安全隐患，多次向物业反映无果。', unit: '示例市消防救援支队', reply: '您好！{d}消防救援大队已到现场检查，责令物业服务企业立即清理占用消防车通道的车辆和杂物，并施划了禁停标线。我们将不定期复查。' },
  { type: 'report', subject: '举报无证经营的食品小作坊', content: '{d}{s}有一处民房内加工豆制品，卫生条件很差，没有看到任何证照，怀疑无证经营。', unit: '示例市市场监督管理局', reply: '您好！经现场检查，该作坊未取得食品小作坊登记证从事食品生产，执法人员已依法责令停止生产，查扣相关产品和工具，并立案调查。感谢您的举报。' },
  { type: 'praise', subject: '感谢政务服务中心窗口工作人员', content: '前几天到市政务服务中心办理不动产登记，因材料不全本以为要跑两趟，窗口工作人员耐心指导我通过手机补传材料，当天就办完了，特此表示感谢。', unit: '示例市政务服务管理局', reply: '您好！感谢您对我们工作的肯定。我们将继续推行“一次办好”服务，不断提升服务质量。' },
  { type: 'praise', subject: '感谢{s}网格员帮助独居老人', content: '我父亲独居在{d}{s}{c}，前几天突发疾病，社区网格员上门走访时及时发现并送医，挽救了老人生命，全家非常感激。', unit: '示例市城南区人民政府', reply: '您好！感谢您的来信。关心关爱独居老人是社区网格员的职责所在，我们已对该网格员给予通报表扬，并将继续做好独居老人定期探访工作。' },
  { type: 'other', subject: '对市长信箱办理时限的意见', content: '我上个月的来信过了十几天才收到答复，建议在网站上公开来信的办理进度，方便群众查询。', unit: '示例市12345政务服务便民热线工作中心', reply: '您好！感谢您的意见。市长信箱来信一般在15个工作日内答复，目前写信人可凭信件编号和查询码在网站查询办理进度。我们将进一步压缩办理时限，并在答复中注明承办单位和联系方式。' },
];

const PLACES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['城南区', ['解放路街道', '文化路街道']],
  ['河东区', ['东关街道', '滨河街道']],
  ['北湖区', ['北园街道', '湖畔街道']],
  ['西山区', ['新华街道', '西苑街道']],
  ['示例县', ['城关镇', '柳泉镇']],
];
const COMMUNITIES = ['幸福里社区', '阳光花园社区', '翠湖社区', '和平里社区', '锦绣苑社区', '青年路社区'];
const ROADS = ['和平路', '青年路', '工业南路', '滨河大道', '建设路', '文化东路'];
const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const MOBILE_PREFIXES = ['138', '139', '135', '186', '150', '177', '189'];

function fillPlaceholders(text: string, fill: Record<string, string>): string {
  return text.replace(/\{([dscrnp])\}/gu, (_, key: string) => fill[key] ?? '');
}

function buildMailbox(): MailboxLettersFile {
  const random = new Random(12345);
  const consultOrHelp = SCENARIOS.map((s, i) => [i, s] as const).filter(([, s]) => s.type === 'consult' || s.type === 'help').map(([i]) => i);
  const order = [...SCENARIOS.keys(), ...random.some(consultOrHelp, 22)];
  const usedNumbers = new Set<string>();

  const letters = order.map((scenarioIndex, n): PublicLetter => {
    const scenario = SCENARIOS[scenarioIndex]!;
    const [district, streets] = random.pick(PLACES);
    const fill = {
      d: district,
      s: random.pick(streets),
      c: random.pick(COMMUNITIES),
      r: random.pick(ROADS),
      n: `${random.pick(SURNAMES)}*`,
      p: `${random.pick(MOBILE_PREFIXES)}****${pad(random.int(0, 9999), 4)}`,
    };
    // The last two came in during the final week and are still being handled.
    const day = n >= order.length - 2 ? randomDate(random, '2026-10-24', '2026-10-29') : randomDate(random, '2025-01-06', '2026-10-28');
    const submittedAt = dateTime(day, random.int(7, 22), random.int(0, 59));
    let letterNumber: string;
    do letterNumber = `SL${day.replaceAll('-', '')}${pad(random.int(1, 1800), 4)}`;
    while (usedNumbers.has(letterNumber));
    usedNumbers.add(letterNumber);

    const age = dayNumber(TODAY) - dayNumber(day);
    const replyDay = addDays(day, random.int(3, 14));
    const unit = fillPlaceholders(scenario.unit, fill);
    let status: LetterStatus;
    if (age < 8) status = random.chance(0.5) ? 'assigned' : 'inProgress';
    else if (replyDay >= TODAY) status = 'inProgress';
    else status = random.weighted([['closed', 55], ['rated', 25], ['replied', 20]] as const);

    const letter: PublicLetter = {
      letterNumber,
      type: scenario.type,
      subject: fillPlaceholders(scenario.subject, fill),
      content: fillPlaceholders(scenario.content, fill),
      submittedAt,
      status,
      handlingUnit: unit,
      replies: [],
    };
    if (status === 'replied' || status === 'rated' || status === 'closed') {
      letter.replies.push({ unit, content: fillPlaceholders(scenario.reply, fill), repliedAt: dateTime(onWeekday(replyDay), random.int(9, 17), random.int(0, 59)) });
      if (status !== 'replied') {
        const satisfaction: Satisfaction = random.weighted([['satisfied', 70], ['basicallySatisfied', 20], ['unsatisfied', 10]] as const);
        letter.satisfaction = satisfaction;
        // An unsatisfied rating reopened the letter; the unit handled it again before closing.
        const secondDay = onWeekday(addDays(replyDay, random.int(5, 10)));
        if (satisfaction === 'unsatisfied' && status === 'closed' && secondDay < TODAY) {
          letter.replies.push({
            unit,
            content: '针对您的评价，我单位再次进行了核实，并与您电话沟通了处理情况。后续如仍有问题，可继续通过市长信箱或者12345热线反映，我们将跟踪办理。',
            repliedAt: dateTime(secondDay, random.int(9, 17), random.int(0, 59)),
          });
        }
      }
    }
    return letter;
  });
  letters.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));

  const byType: Record<LetterType, number> = { consult: 8912, help: 6204, suggestion: 2137, complaint: 3015, report: 498, praise: 413, other: 207 };
  const received = Object.values(byType).reduce((sum, n) => sum + n, 0);
  const satisfaction = { satisfied: 15840, basicallySatisfied: 3212, unsatisfied: 753 };
  const rated = satisfaction.satisfied + satisfaction.basicallySatisfied + satisfaction.unsatisfied;
  const stats: MailboxStats = {
    period: { from: '2025-01-01', until: '2026-10-31' },
    received,
    replied: 21102,
    byType,
    // Letters handled by each unit over the whole period (all letters, not only the published ones).
    byUnit: [
      { unit: '示例市住房和城乡建设局', received: 4120, replied: 4085, onTimeRate: 0.981 },
      { unit: '示例市人力资源和社会保障局', received: 3566, replied: 3560, onTimeRate: 0.993 },
      { unit: '示例市交通运输局', received: 2874, replied: 2851, onTimeRate: 0.986 },
      { unit: '示例市市场监督管理局', received: 2415, replied: 2407, onTimeRate: 0.99 },
      { unit: '示例市教育局', received: 2193, replied: 2180, onTimeRate: 0.984 },
      { unit: '示例市城市管理局', received: 1988, replied: 1962, onTimeRate: 0.979 },
      { unit: '示例市生态环境局', received: 1247, replied: 1240, onTimeRate: 0.992 },
      { unit: '其他单位', received: 2983, replied: 2817, onTimeRate: 0.988 },
    ],
    onTimeRate: 0.987,
    satisfactionRate: Math.round(((satisfaction.satisfied + satisfaction.basicallySatisfied) / rated) * 1000) / 1000,
    satisfaction,
    note: '统计范围为市长信箱全部来信；本页选登的是写信人同意公开并经审核的信件，个人信息已作隐去处理。满意率为（满意＋基本满意）÷参与评价件数。',
  };
  return { schemaVersion: 1, kind: 'mailbox-letters', publisher: PUBLISHER, updatedAt: UPDATED_AT, letters, stats };
}

// ---------------------------------------------------------------------------------------------
// Check and write
// ---------------------------------------------------------------------------------------------

const serialize = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

function check(name: string, kind: FileKind, text: string): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) problems.push(`${name}: ${bytes} bytes, over ${MAX_FILE_BYTES}`);
  const result = parseDataFile(JSON.parse(text) as unknown, { expectedKind: kind });
  if (!result.ok) {
    for (const e of result.errors) problems.push(`${name}: ${e.path || '(file)'}: ${e.code}: ${e.message['zh-Hans']}`);
    return problems;
  }
  for (const e of result.skipped) problems.push(`${name}: skipped ${e.path}: ${e.code}: ${e.message['zh-Hans']}`);
  if (result.skippedCount > 0 && result.skipped.length === 0) problems.push(`${name}: ${result.skippedCount} elements skipped`);
  for (const w of result.warnings) problems.push(`${name}: warning ${w.path}: ${w.code}: ${w.message['zh-Hans']}`);
  return problems;
}

function main(): void {
  const files: Array<[string, FileKind, unknown]> = [
    ['power-catalog.json', 'power-catalog', buildPowerCatalog()],
    ['disclosure-directory.json', 'disclosure-directory', buildDisclosureDirectory()],
    ['agency-directory.json', 'agency-directory', buildAgencyDirectory()],
    ['mailbox-letters.json', 'mailbox-letters', buildMailbox()],
  ];
  const texts = files.map(([name, kind, value]) => [name, kind, serialize(value)] as const);
  const problems = texts.flatMap(([name, kind, text]) => check(name, kind, text));
  if (problems.length > 0) {
    console.error(`demo data not written: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  ${p}`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, , text] of texts) {
    writeFileSync(new URL(name, OUT_DIR), text);
    console.log(`wrote demo/data/${name} (${(Buffer.byteLength(text, 'utf8') / 1024).toFixed(0)} kB)`);
  }
}

main();
