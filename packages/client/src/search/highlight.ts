import { normalizeForSearch } from './normalize.js';
import { queryTerms } from './search-index.js';

/**
 * Where the query's terms occur in `text`, as [start, end) offsets into the ORIGINAL string
 * (valid because normalizeForSearch is length-preserving). Sorted, non-overlapping: overlapping
 * or touching occurrences of different terms are merged into one range.
 */
export function highlightRanges(text: string, query: string): Array<[start: number, end: number]> {
  const terms = queryTerms(query);
  if (terms.length === 0 || text === '') return [];
  const haystack = normalizeForSearch(text);
  const found: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + term.length)) {
      found.push([at, at + term.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
