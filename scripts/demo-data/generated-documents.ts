/**
 * The generated documents of 示例市: drafts by weighted pattern and year, then 文号 and 索引号
 * numbered in order of publication, validity, attachments and the directory's URLs.
 */
import type { Attachment, DisclosureDocument, ValidityStatus } from '@gongkai/schema';
import { addDays, addYears, dayNumber, isoFromDay, onOrBeforeWorkingDay, onWorkingDay, pad, randomDate } from './civil-dates.js';
import { sectionsToHtml, sectionsToText } from './document-body.js';
import { PATTERN_WEIGHTS, YEAR_WEIGHTS, type Draft } from './document-drafts.js';
import { annualReport, draftDocument } from './document-patterns.js';
import { issuer, MATTERS } from './issuers.js';
import { Random } from './random.js';
import { SITE, TODAY } from './site.js';

export function generatedDocuments(count: number): DisclosureDocument[] {
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
    const publishedAt = onWorkingDay(randomDate(random, `${year}-01-04`, year === 2026 ? '2026-10-28' : `${year}-12-28`));
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
    const createdAt = onOrBeforeWorkingDay(addDays(draft.publishedAt, -random.int(0, 9)));

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
