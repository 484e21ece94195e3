/**
 * What each file kind can be filtered and counted by. Used by the in-memory engine (static files,
 * the `data` property, the reference server's read side), so it loads with that engine's chunk;
 * the names alone are in KindConfig.facetNames for building REST queries.
 */
import type { DisclosureDocument, FileKind } from '@gongkai/schema';
import { categoryAncestry } from '../categories/category-parents.js';
import type { EnvelopeOf, ItemOf } from '../kinds.js';
import type { FacetDefinition } from './facets.js';

type FacetsOf = { [K in FileKind]: (envelope?: Partial<EnvelopeOf<K>>) => Array<FacetDefinition<ItemOf<K>>> };

/**
 * `category`: the document's own categories and all their ancestors, so `category=财政` matches
 * documents filed anywhere below 财政 and its count is of distinct documents, even when a
 * document is filed under both 财政 and 财政 › 预算. Ids not in the category list are kept as given.
 */
function categoryFacet(ancestry: ReadonlyMap<string, readonly string[]>): FacetDefinition<DisclosureDocument> {
  return {
    name: 'category',
    get: (doc) => (ancestry.size === 0 ? doc.categoryIds : doc.categoryIds.flatMap((id) => ancestry.get(id) ?? [id])),
  };
}

const FACETS: FacetsOf = {
  'power-catalog': () => [
    { name: 'type', get: (item) => item.type },
    { name: 'department', get: (item) => item.department },
  ],
  'disclosure-directory': (envelope) => [
    categoryFacet(categoryAncestry(envelope?.categories)),
    { name: 'year', get: (doc) => doc.publishedAt.slice(0, 4) },
    { name: 'publisher', get: (doc) => doc.publisher },
    // A document without validity data counts as 'unknown', so hiding invalid documents keeps it.
    { name: 'validity', get: (doc) => doc.validity?.status ?? 'unknown' },
  ],
  'agency-directory': () => [],
  'mailbox-letters': () => [
    { name: 'type', get: (letter) => letter.type },
    { name: 'status', get: (letter) => letter.status },
  ],
};

/** The facets of `kind` for one loaded file; called once per collection (the engine caches by definition). */
export function kindFacets<K extends FileKind>(kind: K, envelope?: Partial<EnvelopeOf<K>>): Array<FacetDefinition<ItemOf<K>>> {
  return (FACETS[kind] as (envelope?: Partial<EnvelopeOf<K>>) => Array<FacetDefinition<ItemOf<K>>>)(envelope);
}
