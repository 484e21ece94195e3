/**
 * Which parent each category of a disclosure directory really has. The category list is
 * untrusted: a parent that does not exist, a parent chain that loops (a → b → a, or a chain
 * that runs into such a loop) or a repeated id must neither hang the page nor lose a category,
 * so such categories have no parent (they become roots), and the first of a repeated id wins.
 *
 * The element's tree and the query engine's `category` facet both read parents from here, so
 * the counts shown beside a category are always counts over the tree the reader sees.
 */
import type { Category } from '@gongkai/schema';

/** Category id → its parent's id (undefined for roots), in file order. */
export function categoryParents(categories: readonly Category[] | undefined): Map<string, string | undefined> {
  const declared = new Map<string, string | undefined>();
  for (const category of categories ?? []) {
    if (!declared.has(category.id)) declared.set(category.id, category.parentId);
  }
  const known = (id: string | undefined): id is string => id !== undefined && declared.has(id);
  const parents = new Map<string, string | undefined>();
  for (const id of declared.keys()) {
    const parentId = declared.get(id);
    let valid = known(parentId);
    const seen = new Set([id]);
    for (let at = valid ? parentId : undefined; at !== undefined; ) {
      if (seen.has(at)) {
        valid = false;
        break;
      }
      seen.add(at);
      const next = declared.get(at);
      at = known(next) ? next : undefined;
    }
    parents.set(id, valid ? parentId : undefined);
  }
  return parents;
}

/**
 * Category id → the id itself and every ancestor, nearest first. A document filed under a
 * category belongs to each of these, which is what makes choosing 财政 find documents filed
 * under 财政 › 预算, and makes a parent's count the number of distinct documents below it.
 */
export function categoryAncestry(categories: readonly Category[] | undefined): Map<string, readonly string[]> {
  const parents = categoryParents(categories);
  const ancestry = new Map<string, readonly string[]>();
  for (const id of parents.keys()) {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = parents.get(at)) chain.push(at);
    ancestry.set(id, chain);
  }
  return ancestry;
}
