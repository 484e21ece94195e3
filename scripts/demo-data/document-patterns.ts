/**
 * The patterns of the generated documents (实施方案, 办法, 意见, 通知, 通告, 征求意见, 批复, 建议提案答复,
 * 通报, 决定, 政府令, 年度报告): each drafts a title, summary, keywords, categories and body for a
 * matter. The order of random draws in each drafter is part of the output: changing it changes
 * the demo data.
 */
import { addDays, cnDate, onWorkingDay, pad } from './civil-dates.js';
import {
  ADDRESSEE_CITY,
  ADDRESSEE_DEPT,
  DISTRICTS,
  GENRE_OF,
  SERIES_OF,
  taskParagraphs,
  type Draft,
  type Pattern,
} from './document-drafts.js';
import { issuer, MATTERS, type Issuer, type Matter } from './issuers.js';
import type { Random } from './random.js';

/** What every pattern's drafter may draw on. */
interface DraftContext {
  random: Random;
  pattern: Pattern;
  matter: Matter;
  publishedAt: string;
  year: number;
  subject: string;
  /** The issuer the matter belongs to. */
  own: Issuer;
  city: Issuer;
  office: Issuer;
  addressee: string;
  topicIds: string[];
  /** The members every draft starts from. */
  base: Pick<Draft, 'pattern' | 'matter' | 'publishedAt' | 'normative' | 'series' | 'attachments'>;
  signature: (who: Issuer) => string;
}

/** One drafter per pattern; annual reports have their own (annualReport). */
const DRAFTERS: { [P in Exclude<Pattern, 'annualReport'>]: (context: DraftContext) => Draft } = {
  plan: ({ random, pattern, matter, year, subject, own, office, addressee, topicIds, base, signature }) => {
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
  },
  measures: ({ random, pattern, matter, publishedAt, subject, own, office, addressee, topicIds, base, signature }) => {
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
  },
  opinion: ({ random, pattern, matter, subject, own, city, addressee, topicIds, base, signature }) => {
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
  },
  doWork: ({ random, pattern, matter, year, subject, own, addressee, topicIds, base, signature }) => {
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
  },
  campaign: ({ random, pattern, matter, year, subject, own, addressee, topicIds, base, signature }) => {
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
  },
  notice: ({ random, pattern, matter, publishedAt, subject, own, topicIds, base, signature }) => {
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
  },
  consultation: ({ pattern, matter, publishedAt, own, topicIds, base, signature }) => {
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
  },
  reply: ({ random, pattern, matter, subject, city, topicIds, base, signature }) => {
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
  },
  answer: ({ random, pattern, matter, year, subject, own, topicIds, base, signature }) => {
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
  },
  bulletin: ({ random, pattern, publishedAt, year, office, base, signature }) => {
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
  },
  decision: ({ random, pattern, year, city, base, signature }) => {
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
  },
  order: ({ pattern, matter, publishedAt, subject, own, city, topicIds, base }) => {
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
  },
};

export function draftDocument(random: Random, pattern: Exclude<Pattern, 'annualReport'>, matter: Matter, publishedAt: string): Draft {
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
  return DRAFTERS[pattern]({ random, pattern, matter, publishedAt, year, subject, own, city, office, addressee, topicIds, base, signature });
}

export function annualReport(random: Random, who: Issuer, year: number): Draft {
  const received = random.int(12, 420);
  const granted = Math.floor(received * 0.55);
  const partly = Math.floor(received * 0.08);
  const notExist = Math.floor(received * 0.17);
  const other = received - granted - partly - notExist;
  const publishedAt = onWorkingDay(`${year + 1}-01-${pad(random.int(10, 28), 2)}`);
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
