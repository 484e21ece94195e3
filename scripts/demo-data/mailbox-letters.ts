/**
 * The demo mailbox archive: published letters with replies, personal data masked as docs/domain.md §5
 * says (addresses to street level, names as 张*, mobiles as 138****1234), and the statistics.
 */
import type { LetterStatus, LetterType, MailboxLettersFile, MailboxStats, PublicLetter, Satisfaction } from '@gongkai/schema';
import { addDays, dateTime, dayNumber, onWorkingDay, pad, randomDate } from './civil-dates.js';
import { Random } from './random.js';
import { PUBLISHER, TODAY, UPDATED_AT } from './site.js';


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

export function buildMailbox(): MailboxLettersFile {
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
      letter.replies.push({ unit, content: fillPlaceholders(scenario.reply, fill), repliedAt: dateTime(onWorkingDay(replyDay), random.int(9, 17), random.int(0, 59)) });
      if (status !== 'replied') {
        const satisfaction: Satisfaction = random.weighted([['satisfied', 70], ['basicallySatisfied', 20], ['unsatisfied', 10]] as const);
        letter.satisfaction = satisfaction;
        // An unsatisfied rating reopened the letter; the unit handled it again before closing.
        const secondDay = onWorkingDay(addDays(replyDay, random.int(5, 10)));
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
