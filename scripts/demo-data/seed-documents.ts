/**
 * The real documents of demo/sources/ as directory entries: bodies verbatim (encoding damage
 * included), metadata read from the text where the text carries it.
 */
import { readFileSync } from 'node:fs';
import type { DisclosureDocument } from '@gongkai/schema';
import { pad } from './civil-dates.js';
import { organCreditCode } from './organ-codes.js';


const SEED_FILES = {
  s000: '000_c6be09add36fc1cb.txt',
  s001: '001_f5d0ff1cf076076b.txt',
  s002: '002_f78b97a4c777f7c6.txt',
  s003: '003_35d9aa9c57955103.txt',
  s004: '004_ac4cbb582f136d4d.txt',
} as const;

/** Index numbers this directory assigns to seed documents that carry none (示例市人民政府办公室's series). */
const SZFB_CODE = organCreditCode(2);
/**
 * Seeds that carry no date of their own are placed where their text puts them, not on the day
 * this directory took them in: dated that way, five decade-old texts (four in Traditional script)
 * led the directory's newest-first order (issue #17 item 17). Each date is the earliest the text
 * allows, from the events it names; `source.note` says so.
 */
const INFERRED_DATES = {
  /** A year's 依法行政工作要点 after the Third Plenum of the 18th CPC Central Committee (Nov 2013): the 2014 plan. */
  s001: '2014-01-02',
  /** 2021's plan, implementing the 14th Five-Year Plan outline adopted on 11 March 2021. */
  s003p1: '2021-03-12',
  /** The school's plan for November 2014 to December 2016 starts with its first phase. */
  s003p2: '2014-11-03',
  /** Discusses the government work report of the 3rd session of the 10th NPC (5 March 2005). */
  s003p3: '2005-03-07',
  /** Implements the 17th CPC National Congress (closed 21 October 2007). */
  s003p4: '2007-10-22',
} as const;

const SOURCES_DIR = new URL('../../demo/sources/', import.meta.url);

function readSeed(file: string): string {
  return readFileSync(new URL(file, SOURCES_DIR), 'utf8');
}

function must(match: RegExpExecArray | null, what: string): RegExpExecArray {
  if (match === null) throw new Error(`seed text: ${what} not found`);
  return match;
}

const isoFromParts = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** Drops trailing blank lines (including the NBSP-only lines of seed 002); keeps everything else as is. */
const trimTrailingBlankLines = (text: string): string => text.replace(/[\s\u00a0]+$/u, '');

export function seedDocuments(): DisclosureDocument[] {
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
      publishedAt: INFERRED_DATES.s001,
      categoryIds: ['t-zw-fz', 'g-jihua'],
      keywords: ['依法行政', '权力清单', '规范性文件', '三公经费'],
      summary: '年度依法行政工作要点：领导干部学法、重大行政决策程序、权力清单制度、财政预决算和“三公”经费公开、规范性文件管理和矛盾纠纷调解。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: trimTrailingBlankLines(text) },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s001, note: '原文未载明发布机构、索引号和日期；索引号由本目录编配，公布日期据正文（党的十八届三中全会后的年度工作要点）推定为2014年初' },
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
      publishedAt: INFERRED_DATES.s003p1,
      categoryIds: ['t-zw-sz', 'g-jihua'],
      keywords: ['數字政府', '政務服務', '數據共享', '營商環境'],
      summary: '2021年推動數字政府建設的實施方案：理順數字政府建設體系，搭建統一算力和存儲中心，推進政務數據共享應用，提升政務服務水平。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p1.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 1, note: '原文未載明發布機構、索引號和日期；索引號由本目錄編配，公布日期據正文（落實“十四五”規劃）推定，不早於2021年3月' },
    });
    const school = must(/^(\S+中學)$/mu.exec(p2.body), '003-2 school')[1]!;
    docs.push({
      id: 'seed-003-2',
      indexNumber: assignedIndex(4),
      title: p2.heading,
      publisher: school,
      publishedAt: INFERRED_DATES.s003p2,
      categoryIds: ['t-jy-jy', 'g-jihua'],
      keywords: ['數字校園', '教育信息化', '實施方案'],
      summary: '學校數字校園建設實施方案：建設校園網絡和數字化教學環境，推進教育資源共享和信息化管理。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p2.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 2, note: '原文未載明索引號和日期；索引號由本目錄編配，公布日期據正文實施期（2014年11月至2016年12月）推定' },
    });
    docs.push({
      id: 'seed-003-3',
      indexNumber: assignedIndex(5),
      title: p3.heading,
      publisher: '（原文未署發布機構）',
      publishedAt: INFERRED_DATES.s003p3,
      categoryIds: ['t-zw', 'g-qita'],
      keywords: ['服務型政府', '政府能力建設', '和諧社會'],
      summary: '論述以政府能力建設推動和諧社會建設：轉變政府職能，提高行政效率，建設服務型政府。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p3.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 3, note: '原文未載明發布機構、索引號和日期；索引號由本目錄編配，公布日期據正文（十屆全國人大三次會議政府工作報告）推定，不早於2005年3月' },
    });
    const bureau = must(/^(\S+?局)關于/mu.exec(p4.body), '003-4 bureau')[1]!;
    const p4Title = must(/^(\S+?局關于\S+)\n(\S+)\n/u.exec(p4.body), '003-4 title');
    docs.push({
      id: 'seed-003-4',
      indexNumber: assignedIndex(6),
      title: `${p4Title[1]!}${p4Title[2]!}`,
      publisher: bureau,
      publishedAt: INFERRED_DATES.s003p4,
      categoryIds: ['t-jj-ys', 'g-jihua'],
      keywords: ['服務型政府', '招商引資', '八公開', '行政審批'],
      summary: '招商局建設服務型政府的實施方案：提質、提速、提效，行政審批“兩集中”，服務窗口“八公開”，推行一門受理、并聯審批。',
      validity: { status: 'unknown' },
      body: { format: 'text', content: p4.body },
      disclosureType: 'proactive',
      source: { seed: SEED_FILES.s003, part: 4, note: '原文未載明索引號和日期；索引號由本目錄編配，公布日期據正文（貫徹黨的十七大）推定，不早於2007年10月' },
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
