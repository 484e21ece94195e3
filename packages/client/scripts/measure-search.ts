/**
 * Measures the two candidate search implementations on 100,000 generated Chinese records:
 *   - scan: the shipped implementation (src/search/search-index.ts), indexOf over one
 *     concatenated normalized string per field;
 *   - bigram: an inverted index of overlapping character pairs plus single characters, candidates
 *     intersected then confirmed by substring match (Lucene CJK style), written here only to
 *     compare.
 * Both must return the same set; the script checks that. Run:
 *   node --import tsx packages/client/scripts/measure-search.ts [count]
 */
import { performance } from 'node:perf_hooks';
import { createSearchIndex, queryTerms, type SearchField } from '../src/search/search-index.js';
import { normalizeForSearch } from '../src/search/normalize.js';
import { QueryEngine } from '../src/query/run-query.js';
import { generateDocuments, type GeneratedDocument } from '../test/generate-records.js';

const count = Number(process.argv[2] ?? 100_000);
const records = generateDocuments(count, 42);

const fields: Array<SearchField<GeneratedDocument>> = [
  { name: 'title', get: (r) => r.title, weight: 3 },
  { name: 'documentNumber', get: (r) => r.documentNumber, weight: 2 },
  { name: 'indexNumber', get: (r) => r.indexNumber, weight: 2 },
  { name: 'keywords', get: (r) => r.keywords, weight: 1 },
  { name: 'summary', get: (r) => r.summary, weight: 1 },
];

/** Bigram + unigram inverted index over all fields of a record (record-level postings). */
function buildBigramIndex(texts: string[][]): { postings: Map<string, Uint32Array>; texts: string[][] } {
  const lists = new Map<string, number[]>();
  texts.forEach((values, r) => {
    const seen = new Set<string>();
    for (const value of values) {
      for (let i = 0; i < value.length; i++) {
        seen.add(value[i]!);
        if (i + 1 < value.length) seen.add(value.slice(i, i + 2));
      }
    }
    for (const gram of seen) {
      let list = lists.get(gram);
      if (!list) lists.set(gram, (list = []));
      list.push(r);
    }
  });
  const postings = new Map<string, Uint32Array>();
  for (const [gram, list] of lists) postings.set(gram, Uint32Array.from(list));
  return { postings, texts };
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return Uint32Array.from(out);
}

function bigramSearch(index: ReturnType<typeof buildBigramIndex>, query: string): number[] {
  const terms = queryTerms(query);
  let candidates: Uint32Array | undefined;
  for (const term of terms) {
    const grams = term.length === 1 ? [term] : Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2));
    for (const gram of grams) {
      const list = index.postings.get(gram) ?? new Uint32Array();
      candidates = candidates ? intersect(candidates, list) : list;
    }
  }
  // Confirm: pairs can all occur without the whole term occurring.
  return [...(candidates ?? [])].filter((r) =>
    terms.every((term) => index.texts[r]!.some((value) => value.includes(term))),
  );
}

function time<T>(run: () => T, repeat = 1): { result: T; ms: number } {
  let result!: T;
  const start = performance.now();
  for (let i = 0; i < repeat; i++) result = run();
  return { result, ms: (performance.now() - start) / repeat };
}

const queries = ['数字政府', '數字政府建設', '公积金', '的', '衡政办函[2014]36号', '（2014）', 'etc', '2024', '实施方案 安全生产', '不存在的词语', '示例市财政局', '有效期5年'];

console.log(`records: ${count}, node ${process.version}`);
const scanBuild = time(() => createSearchIndex(records, fields));
const totalChars = scanBuild.result.data.fields.reduce((sum, f) => sum + f.text.length, 0);
console.log(`scan   build ${scanBuild.ms.toFixed(0)} ms (${(totalChars / 1e6).toFixed(1)} M normalized chars)`);

const normalizedTexts = time(() =>
  records.map((r) => fields.flatMap((f) => [f.get(r) ?? ''].flat().map((v) => normalizeForSearch(v)))),
);
const bigramBuild = time(() => buildBigramIndex(normalizedTexts.result));
console.log(
  `bigram build ${(normalizedTexts.ms + bigramBuild.ms).toFixed(0)} ms (${bigramBuild.result.postings.size} distinct grams)`,
);

const heapBefore = process.memoryUsage().heapUsed;
console.log(`heap used after both builds: ${(heapBefore / 1e6).toFixed(0)} MB`);

console.log('\nquery                       hits   scan ms  bigram ms');
for (const query of queries) {
  scanBuild.result.search(query); // warm up
  bigramSearch(bigramBuild.result, query);
  const scan = time(() => scanBuild.result.search(query), 5);
  const bigram = time(() => bigramSearch(bigramBuild.result, query), 5);
  const scanSet = scan.result.map((h) => h.index).sort((a, b) => a - b);
  if (scanSet.join() !== bigram.result.join()) throw new Error(`result sets differ for ${query}`);
  console.log(`${query.padEnd(24, '　').slice(0, 24)} ${String(scan.result.length).padStart(7)} ${scan.ms.toFixed(1).padStart(8)} ${bigram.ms.toFixed(1).padStart(10)}`);
}

// The whole query path as a source runs it: text + two facets with counts + sort + one page.
const engine = new QueryEngine(records, fields);
engine.searchIndex();
const facets = [
  { name: 'publisher', get: (r: GeneratedDocument) => r.publisher },
  { name: 'year', get: (r: GeneratedDocument) => r.publishedAt.slice(0, 4) },
];
const spec = { facets, filters: { year: ['2020', '2021'] }, sort: { key: (r: GeneratedDocument) => r.publishedAt, direction: 'desc' as const }, pageSize: 20 };
engine.run({ ...spec, text: '公积金' }); // warm up, facet values cached
console.log('\nQueryEngine.run (2 facets with counts, 1 filter, sort by date, page of 20):');
for (const text of ['', '公积金', '数字政府 通知']) {
  const run = time(() => engine.run({ ...spec, text }), 5);
  console.log(`  text ${JSON.stringify(text).padEnd(14)} total ${String(run.result.total).padStart(6)}  ${run.ms.toFixed(1)} ms`);
}
