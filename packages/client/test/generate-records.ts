/**
 * Deterministic generator of Chinese government-document-like records, shared by the tests (as an
 * oracle corpus) and scripts/measure-search.ts (100,000 records).
 */
import { seededRandom } from '../../../test/fixtures/seeded-random.js';

export interface GeneratedDocument {
  id: string;
  title: string;
  documentNumber: string;
  indexNumber: string;
  publisher: string;
  keywords: string[];
  summary: string;
  publishedAt: string;
}

/** Small deterministic PRNG so failures are reproducible. */
export const createRandom = seededRandom;

const AGENCIES = ['示例市人民政府办公室', '示例市发展和改革委员会', '示例市财政局', '示例市住房和城乡建设局', '示例市生態環境局', '示例市數據局', '衡阳市人民政府', '高新区管委会'];
const ABBREVIATIONS = ['衡政办函', '高政发', '示政发', '示财预', '示建规', '示数字'];
const BRACKETS: Array<[string, string]> = [['〔', '〕'], ['[', ']'], ['（', '）'], ['【', '】']];
const VERBS = ['关于印发', '关于做好', '关于进一步加强', '關於推進', '关于公布', '关于调整'];
const TOPICS = ['数字政府建设', '數字政府建設', '住房公积金管理', '城乡居民基本医疗保险', '政府信息公开工作', '优化营商环境', '安全生产', '生态环境保护', '老旧小区改造', '义务教育招生', 'ETC 推广应用', 'Ｗｉ－Ｆｉ 覆盖', '5G基站建设', '农村公路养护'];
const GENRES = ['实施方案', '管理办法', '工作要点', '通知', '若干措施', '实施细则', '三年行动计划（2024—2026年）'];
const PHRASES = ['为深入贯彻落实', '根据《中华人民共和国政府信息公开条例》', '经市人民政府同意', '现将有关事项通知如下', '请结合实际认真贯彻执行', '各县市区人民政府', '市直有关单位', '进一步提升群众满意度', '推动高质量发展', '自2025年1月1日起施行', '有效期5年'];
const KEYWORDS = ['财政', '住房', '公积金', '医保', '教育', '交通', '环保', '营商环境', '数字化', 'ETC', '城建'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

export function generateDocuments(count: number, seed = 1): GeneratedDocument[] {
  const random = createRandom(seed);
  const documents: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2010 + Math.floor(random() * 16);
    const [open, close] = pick(random, BRACKETS);
    const topic = pick(random, TOPICS);
    const summaryParts = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, PHRASES));
    documents.push({
      id: `doc-${i}`,
      title: `${pick(random, VERBS)}${topic}${pick(random, GENRES)}的通知`,
      documentNumber: `${pick(random, ABBREVIATIONS)}${open}${year}${close}${1 + Math.floor(random() * 120)}号`,
      indexNumber: `000014349/${year}-${String(i % 100000).padStart(5, '0')}`,
      publisher: pick(random, AGENCIES),
      keywords: [pick(random, KEYWORDS), pick(random, KEYWORDS)],
      summary: `${summaryParts.join('，')}，${topic}。`,
      publishedAt: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    });
  }
  return documents;
}
