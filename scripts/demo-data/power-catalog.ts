/**
 * The demo power catalog: hand-written items modelled on the source documents (the power types
 * of 002, the window's "八公开" of 003) followed by the generated ones of power-items.ts, whose
 * department, type and legal basis come from a table of real pairings (power-pairings.ts).
 */
import type { PowerCatalogFile, PowerItem } from '@gongkai/schema';
import { powerCatalogFile } from '../../test/fixtures/power-items.js';
import { demoPowerItems } from './power-items.js';
import { SERVICE_HOURS, SITE } from './site.js';

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

export function buildPowerCatalog(): PowerCatalogFile {
  return powerCatalogFile([...handWrittenPowerItems(), ...demoPowerItems()]);
}
