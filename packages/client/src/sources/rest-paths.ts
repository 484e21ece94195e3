/**
 * The read-only paths of the REST contract (docs/design.md §5), relative to the `api` base URL:
 * each kind's collection, one item of it, and the side resources a load reads beside the list.
 * The paths themselves are written once, in the kind table (kinds.ts `restPath`,
 * `sideResources`), typed by the unions below so a misspelt path does not compile; elements, the
 * sources and the test servers ask for them here instead of spelling them. (The submission and
 * lookup paths are `restPaths` of `@gongkai/client/endpoints`, src/submit/endpoints.ts, beside the
 * typed functions that use them.)
 *
 * Literal strings in the kind table rather than a table of constants here: the bundler does not
 * inline imported constants outside conditions, and the directory's first load has no bytes to
 * spare (scripts/entries.mjs).
 */
import type { FileKind } from '@gongkai/schema';
import { kindConfig } from '../kinds.js';

/** `GET {path}` lists a kind's items (`?q&{facet}&sort&page&pageSize`); `GET {path}/{id}` reads one. */
export type CollectionPath = 'power-items' | 'disclosure/documents' | 'agencies' | 'mailbox/letters';

/** The side resources: the directory's categories and guide, the mailbox's statistics. */
export type SidePath = 'disclosure/categories' | 'disclosure/guide' | 'mailbox/stats';

/** The collection path of a kind: `collectionPath('power-catalog')` is `power-items`. */
export function collectionPath(kind: FileKind): CollectionPath {
  return kindConfig(kind).restPath;
}

/** `power-items/{id}` and the like: the id (a 索引号, a letter number) is encoded as one path segment. */
export function itemPath(collection: CollectionPath, id: string): string {
  return `${collection}/${encodeURIComponent(id)}`;
}

/** The side resources a kind's load reads (`GET disclosure/categories`, …). */
export function sidePaths(kind: FileKind): SidePath[] {
  return kindConfig(kind).sideResources.map((resource) => resource.path);
}
