/**
 * The demo catalog's generated power items, one per power of scripts/demo-data/power-pairings.ts:
 * the department, type and legal basis come from the table as they are; the seeded generator adds
 * only what varies harmlessly between items (promised time limits, dates, which procedures stop the
 * clock). Demo-only: the tests' generatePowerItems (test/fixtures/power-items.ts) draws department,
 * type and law independently, which suits a benchmark but not a portal shown to officials
 * (issue #17 item 17).
 */
import type { PowerItem } from '@gongkai/schema';
import { DEPARTMENTS } from '../../test/fixtures/power-items.js';
import { addDays, dayNumber, isoFromDay, onOrBeforeWorkingDay, pad } from './civil-dates.js';
import { LAWS } from './power-laws.js';
import { POWER_PAIRINGS, type DepartmentId, type PowerPairing, type PowerSpec } from './power-pairings.js';
import { Random } from './random.js';
import { SERVICE_HOURS, SITE, TODAY } from './site.js';

const TYPE_CODES: Record<PowerItem['type'], string> = {
  licensing: 'XK', penalty: 'CF', coercion: 'QZ', levy: 'ZS', benefit: 'JF', inspection: 'JC',
  confirmation: 'QR', reward: 'JL', adjudication: 'CJ', other: 'QT', publicService: 'GG',
};

/** The province's numbering of the types (docs/domain.md §1): the ten powers 01–10, public services 11. */
const LOCAL_CODES: Record<PowerItem['type'], string> = {
  licensing: '01', penalty: '02', coercion: '03', levy: '04', benefit: '05', inspection: '06',
  confirmation: '07', reward: '08', adjudication: '09', other: '10', publicService: '11',
};

/** Items are reviewed over the last three years; none later than the build date. */
const OLDEST_UPDATE = addDays(TODAY, -3 * 365);
const NEWEST_UPDATE = addDays(TODAY, -2);

const CITIZEN_CENTRE = '示例市人民大道100号市民中心';

/** Types applied for at a window, with materials, a procedure and a promised time limit. */
const APPLIED_FOR: ReadonlySet<PowerItem['type']> = new Set(['licensing', 'confirmation', 'benefit', 'publicService', 'other']);

function departmentOf(id: DepartmentId): { name: string; letters: string; index: number } {
  const index = DEPARTMENTS.findIndex(([key]) => key === id);
  const entry = DEPARTMENTS[index];
  if (entry === undefined) throw new Error(`power pairings: unknown department ${id}`);
  return { name: entry[1], letters: entry[2], index };
}

export function legalBasisOf(spec: PowerSpec): NonNullable<PowerItem['legalBasis']> {
  return spec.basis.map(([key, article]) => {
    const law = LAWS[key];
    return {
      title: law.title,
      ...('docNumber' in law ? { docNumber: law.docNumber } : {}),
      ...(article !== undefined ? { article } : {}),
      rank: law.rank,
    };
  });
}

function item(random: Random, pairing: PowerPairing, spec: PowerSpec, serial: string): PowerItem {
  const dept = departmentOf(pairing.department);
  const code = `3701${dept.letters}-${TYPE_CODES[spec.type]}-${serial}`;
  const window = {
    name: `示例市政务服务中心${dept.name.replace(/^示例市/u, '')}窗口`,
    address: `${CITIZEN_CENTRE}${random.pick(['一楼A区', '一楼B区', '二楼A区', '二楼B区', '二楼C区', '三楼A区'])}`,
    hours: SERVICE_HOURS,
    phone: `0531-123456${pad(10 + dept.index, 2)}`,
  };
  const base: PowerItem = {
    id: `pc-${serial}`,
    name: spec.name,
    type: spec.type,
    localCode: LOCAL_CODES[spec.type],
    code,
    department: pairing.department,
    handlingUnit: `${dept.name}${pairing.unit}`,
    level: spec.county ? 'county' : 'municipal',
    implementingBody: { nature: 'statutory' },
    legalBasis: legalBasisOf(spec),
    fees: { charged: false },
    onlineUrl: `${SITE}zwfw/item/${code}`,
    status: 'active',
    updatedAt: onOrBeforeWorkingDay(isoFromDay(random.int(dayNumber(OLDEST_UPDATE), dayNumber(NEWEST_UPDATE)))),
  };

  if (APPLIED_FOR.has(spec.type)) {
    const promised = random.pick([3, 5, 7, 10, 15]);
    base.timeLimits = spec.type === 'licensing'
      // 行政许可法第四十二条: twenty working days unless a law or regulation says otherwise.
      ? { statutory: { value: 20, unit: 'workingDay' }, promised: { value: promised, unit: 'workingDay' }, excludedProcedures: random.some(['现场核查', '专家评审', '听证', '检验检测'], random.int(1, 2)) }
      : { promised: { value: promised, unit: 'workingDay' } };
    base.conditions = spec.type === 'benefit'
      ? ['申请人户籍或者居住地在本市', '符合本事项设定依据规定的对象范围和条件']
      : ['申请人符合本事项设定依据规定的条件', '申请材料齐全、符合法定形式'];
    base.materials = [
      { name: `${spec.name}申请表`, required: true, originals: 1, copies: 0, form: 'both', templateUrl: `${SITE}zwfw/templates/${code}-1.docx` },
      { name: spec.type === 'benefit' || spec.type === 'confirmation' ? '申请人有效身份证件' : '申请人身份证明或者统一社会信用代码证明', required: true, originals: 1, copies: 1, form: 'paper', note: '核验后当场退还原件' },
      { name: '授权委托书及受托人身份证明', required: false, originals: 1, copies: 1, form: 'paper', note: '委托他人办理的提供' },
    ];
    base.process = {
      steps: [
        { name: '申请', description: '通过示例市政务服务网或者到市政务服务中心窗口提交申请' },
        { name: '受理', description: '材料齐全、符合法定形式的予以受理；材料不齐全的，一次性告知需要补正的全部内容', duration: '1个工作日' },
        { name: '审查', description: '对申请材料进行审查，需要现场核查的组织核查' },
        { name: '决定', description: '作出决定；不予办理的书面说明理由，并告知依法申请行政复议或者提起行政诉讼的权利' },
        { name: '送达', description: '窗口领取或者邮寄送达，电子证照同步推送' },
      ],
    };
    base.channels = {
      windows: [window],
      onlineApplyUrl: `${SITE}zwfw/apply/${code}`,
      onlineQueryUrl: `${SITE}zwfw/query`,
      supervisionPhone: '0531-12345699',
    };
    base.accountability = ['对符合条件的申请不予受理或者不在规定期限内办结的', '对不符合条件的申请予以办理的', '在办理过程中索取或者收受他人财物的'];
  } else if (spec.type === 'penalty') {
    // 行政处罚法第六十条: ninety days from the case being opened.
    base.timeLimits = { statutory: { value: 90, unit: 'calendarDay' }, promised: { value: 60, unit: 'calendarDay' }, excludedProcedures: ['听证', '检验检测', '鉴定'] };
    base.responsibilities = [
      { stage: '立案', duties: '对投诉举报、监督检查中发现的违法线索进行核查，符合立案条件的予以立案', timeLimit: '15个工作日' },
      { stage: '调查取证', duties: '两名以上执法人员出示执法证件，全面、客观、公正地调查取证' },
      { stage: '审理', duties: '法制审核机构对案件事实、证据、程序、适用依据和处罚裁量进行审核' },
      { stage: '告知', duties: '告知当事人拟作出的处罚内容及事实、理由、依据，以及陈述、申辩和要求听证的权利' },
      { stage: '决定', duties: '依法作出行政处罚决定，情节复杂或者重大违法的经集体讨论决定' },
      { stage: '送达', duties: '在宣告后当场或者7日内将处罚决定书送达当事人', timeLimit: '7日' },
      { stage: '执行', duties: '监督当事人履行处罚决定，逾期不履行的依法强制执行，处罚决定依法公开' },
    ];
    base.accountability = ['对符合立案条件的不予立案的', '没有法定依据或者擅自改变处罚种类、幅度的', '违反法定程序实施处罚的'];
    base.channels = { supervisionPhone: '0531-12345699' };
  } else if (spec.type === 'inspection' || spec.type === 'coercion') {
    base.process = {
      steps: spec.type === 'inspection'
        ? [
            { name: '制定计划', description: '按照“双随机、一公开”要求随机抽取检查对象和执法人员' },
            { name: '现场检查', description: '两名以上执法人员出示执法证件，按照检查事项清单检查并如实记录' },
            { name: '结果处理', description: '发现问题的责令整改，涉嫌违法的依法立案' },
            { name: '结果公开', description: '检查结果依法向社会公开' },
          ]
        : [
            { name: '报告批准', description: '实施前向行政机关负责人报告并经批准；情况紧急的，在24小时内补办批准手续' },
            { name: '实施', description: '两名以上执法人员出示执法证件，通知当事人到场，当场告知理由、依据和当事人依法享有的权利' },
            { name: '制作笔录', description: '制作现场笔录和查封、扣押决定书及清单，由当事人和执法人员签名或者盖章' },
            { name: '处理', description: '在法定期限内查清事实，依法作出处理决定，对不再需要查封、扣押的及时解除' },
          ],
    };
    base.accountability = ['未按规定程序实施的', '发现违法行为不依法处置的', '泄露当事人商业秘密或者个人信息的'];
    base.channels = { supervisionPhone: '0531-12345699' };
  } else {
    base.process = {
      steps: [
        { name: '启动', description: spec.type === 'adjudication' ? '当事人提出申请或者投诉，经审查符合受理条件的予以受理' : '依职权或者依申请启动' },
        { name: '调查核实', description: '调查核实有关事实，听取当事人意见' },
        { name: '决定', description: '依法作出决定并书面告知当事人' },
        { name: '公开', description: '依法公开结果，涉及国家秘密、商业秘密和个人隐私的除外' },
      ],
    };
    base.channels = { windows: [window], supervisionPhone: '0531-12345699' };
  }
  return base;
}

/** One item per power of the pairing table, in the table's order (grouped by department). */
export function demoPowerItems(): PowerItem[] {
  const random = new Random(20261102);
  const specs = POWER_PAIRINGS.flatMap((pairing) => pairing.powers.map((spec) => [pairing, spec] as const));
  return specs.map(([pairing, spec], i) => item(random, pairing, spec, pad(i + 1, 5)));
}
