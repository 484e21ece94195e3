/**
 * "Typing an exact 索引号 or 文号 opens that document" (issue #4).
 *
 * The source is asked for the query by relevance (so it also works against a
 * server), and a candidate counts as exact when its 索引号 or 文号 equals the
 * query after the client's search normalization (full-width, brackets
 * 〔〕[]（）, Traditional forms) with spaces removed. The normalizer lives in
 * the client's lazily loaded search code, which a search has already loaded,
 * so this costs the element's own entry nothing.
 */
import type { CollectionSource } from '@gongkai/client';
import type { DisclosureDocument } from '@gongkai/schema';

/** Enough relevance-ranked candidates for a 文号 that other titles quote, without paging a big result. */
const CANDIDATES = 100;

let normalizer: Promise<(text: string) => string> | undefined;

function loadNormalizer(): Promise<(text: string) => string> {
  normalizer ??= import('@gongkai/client/search').then(
    (module) => (text: string) => module.normalizeForSearch(text).replace(/\s+/g, ''),
    (error: unknown) => {
      normalizer = undefined;
      throw error;
    },
  );
  return normalizer;
}

/** The one document whose 索引号 or 文号 is the query, or undefined (none, or several). */
export async function findExactDocument(
  source: CollectionSource<DisclosureDocument>,
  query: string,
): Promise<DisclosureDocument | undefined> {
  const q = query.trim();
  // 索引号 and 文号 always carry digits; anything else is an ordinary search.
  if (q.length < 4 || !/[0-9０-９]/.test(q)) return undefined;
  const [normalize, result] = await Promise.all([loadNormalizer(), source.query({ q, sort: 'relevance', page: 1, pageSize: CANDIDATES })]);
  const target = normalize(q);
  const exact = result.items.filter(
    (doc) => normalize(doc.indexNumber) === target || (doc.documentNumber !== undefined && normalize(doc.documentNumber) === target),
  );
  return exact.length === 1 ? exact[0] : undefined;
}
