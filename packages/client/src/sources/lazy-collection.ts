/**
 * The in-memory machinery — validation (zod and the schema messages), the
 * search index with its Traditional→Simplified table, the query engine — is
 * most of this package's weight and is needed only once data is in hand. It
 * is loaded as a separate chunk, started together with the download, so an
 * element's first script stays small (issue #3: 25 kB for an element's own
 * entry) without delaying the first results.
 */
import type { ParsedCollection } from './parsed-collection.js';

let pending: Promise<typeof ParsedCollection> | undefined;

export function loadParsedCollection(): Promise<typeof ParsedCollection> {
  pending ??= import('./parsed-collection.js').then(
    (module) => module.ParsedCollection,
    (error: unknown) => {
      pending = undefined; // let a later load try again
      throw error;
    },
  );
  return pending;
}

/** The highlighter for search matches, from the same lazily loaded search code. */
export function loadHighlighter(): Promise<(text: string, query: string) => Array<[number, number]>> {
  return import('../search/highlight.js').then((module) => module.highlightRanges);
}
