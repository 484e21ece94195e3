/**
 * The directory's category trees (主题 / 体裁 / 机构 / 服务对象), built from the
 * flat `categories` list of the file, and the arithmetic the tree view needs:
 * which ids a category stands for when it is chosen (itself and everything
 * below it) and its count rolled up from the client's per-id facet counts.
 *
 * The data is untrusted: a parent that does not exist, a parent chain that
 * loops, or a repeated id must not hang the page or lose a category, so those
 * categories become roots (the first of a repeated id wins).
 */
import type { Category } from '@gongkai/schema';

export type CategoryScheme = 'topic' | 'genre' | 'organ' | 'audience';

/** Display order of the schemes; a category without one belongs to 主题. */
export const SCHEME_ORDER: readonly CategoryScheme[] = ['topic', 'genre', 'organ', 'audience'];

export interface CategoryNode {
  id: string;
  name: string;
  scheme: CategoryScheme;
  parent: CategoryNode | undefined;
  children: CategoryNode[];
}

export interface CategoryIndex {
  byId: ReadonlyMap<string, CategoryNode>;
  /** Schemes that have at least one category, in SCHEME_ORDER, each with its roots in file order. */
  schemes: ReadonlyArray<{ scheme: CategoryScheme; roots: CategoryNode[] }>;
}

function schemeOf(category: Category): CategoryScheme | undefined {
  const scheme = category.scheme;
  return scheme && (SCHEME_ORDER as readonly string[]).includes(scheme) ? (scheme as CategoryScheme) : undefined;
}

export function buildCategoryIndex(categories: readonly Category[] | undefined): CategoryIndex {
  const byId = new Map<string, CategoryNode>();
  const raw = new Map<string, Category>();
  for (const category of categories ?? []) {
    if (byId.has(category.id)) continue;
    raw.set(category.id, category);
    byId.set(category.id, { id: category.id, name: category.name, scheme: 'topic', parent: undefined, children: [] });
  }
  /** The parent id, unless it is missing or following parents from it comes back to `id`. */
  const parentOf = (id: string): string | undefined => {
    const parentId = raw.get(id)?.parentId;
    if (parentId === undefined || !byId.has(parentId)) return undefined;
    const seen = new Set([id]);
    for (let at: string | undefined = parentId; at !== undefined; ) {
      if (seen.has(at)) return undefined;
      seen.add(at);
      const next: string | undefined = raw.get(at)?.parentId;
      at = next !== undefined && byId.has(next) ? next : undefined;
    }
    return parentId;
  };
  const roots: CategoryNode[] = [];
  for (const node of byId.values()) {
    const parentId = parentOf(node.id);
    const parent = parentId === undefined ? undefined : byId.get(parentId);
    node.parent = parent;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // A child without its own scheme is in its root's scheme (a scheme is a whole tree).
  const assign = (node: CategoryNode, inherited: CategoryScheme) => {
    node.scheme = schemeOf(raw.get(node.id)!) ?? inherited;
    for (const child of node.children) assign(child, node.scheme);
  };
  for (const root of roots) assign(root, 'topic');
  const schemes = SCHEME_ORDER.map((scheme) => ({ scheme, roots: roots.filter((r) => r.scheme === scheme) })).filter((s) => s.roots.length > 0);
  return { byId, schemes };
}

/** The category and every category below it: what choosing it in the tree filters by. */
export function subtreeIds(node: CategoryNode): string[] {
  const ids: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    ids.push(next.id);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return ids;
}

/**
 * Counts per category including everything below it. The client counts a document only under
 * its own `categoryIds`, so a parent's count is the sum over its subtree: exact when each
 * document carries one category per tree path (the usual case), an over-count when a document
 * is filed under both a category and one of its ancestors.
 */
export function rollUpCounts(index: CategoryIndex, own: ReadonlyMap<string, number>): Map<string, number> {
  const total = new Map<string, number>();
  const visit = (node: CategoryNode): number => {
    let sum = own.get(node.id) ?? 0;
    for (const child of node.children) sum += visit(child);
    total.set(node.id, sum);
    return sum;
  };
  for (const { roots } of index.schemes) for (const root of roots) visit(root);
  return total;
}

/** Names from the root down to the category: 政府工作 › 政府信息公开. */
export function categoryPath(node: CategoryNode): string[] {
  const names: string[] = [];
  for (let at: CategoryNode | undefined = node; at; at = at.parent) names.unshift(at.name);
  return names;
}
