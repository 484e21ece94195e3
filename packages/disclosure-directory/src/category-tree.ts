/**
 * The directory's category trees (主题 / 体裁 / 机构 / 服务对象), built from the flat
 * `categories` list of the file. Parents come from @gongkai/client's categoryParents, the same
 * rules its `category` facet uses for counting (a missing parent, a loop or a repeated id makes
 * a root; the first of a repeated id wins), so every count belongs to the tree shown.
 */
import type { Category } from '@gongkai/schema';
import { categoryParents } from '@gongkai/client';

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
  const declared = new Map<string, Category>();
  for (const category of categories ?? []) if (!declared.has(category.id)) declared.set(category.id, category);
  const byId = new Map<string, CategoryNode>();
  for (const category of declared.values()) {
    byId.set(category.id, { id: category.id, name: category.name, scheme: 'topic', parent: undefined, children: [] });
  }
  const roots: CategoryNode[] = [];
  for (const [id, parentId] of categoryParents(categories)) {
    const node = byId.get(id)!;
    const parent = parentId === undefined ? undefined : byId.get(parentId);
    node.parent = parent;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // A child without its own scheme is in its root's scheme (a scheme is a whole tree).
  const assign = (node: CategoryNode, inherited: CategoryScheme) => {
    node.scheme = schemeOf(declared.get(node.id)!) ?? inherited;
    for (const child of node.children) assign(child, node.scheme);
  };
  for (const root of roots) assign(root, 'topic');
  const schemes = SCHEME_ORDER.map((scheme) => ({ scheme, roots: roots.filter((r) => r.scheme === scheme) })).filter((s) => s.roots.length > 0);
  return { byId, schemes };
}

/** Names from the root down to the category: 政府工作 › 政府信息公开. */
export function categoryPath(node: CategoryNode): string[] {
  const names: string[] = [];
  for (let at: CategoryNode | undefined = node; at; at = at.parent) names.unshift(at.name);
  return names;
}
