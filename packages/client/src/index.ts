/**
 * @gongkai/client: everything between an element and its data, without DOM rendering —
 * sources (static file, REST API, in-memory), validation on load, CJK-aware search, queries.
 */
export * from './search/index.js';
export * from './query/index.js';
export * from './sources/index.js';
export {
  KIND_CONFIGS,
  ITEM_MEMBERS,
  kindConfig,
  htmlToSearchText,
  type KindConfig,
  type ItemOf,
  type ItemMember,
  type EnvelopeOf,
  type DataFileOf,
  type SideResource,
  type SortKey,
} from './kinds.js';
export { categoryParents, categoryAncestry } from './categories/category-parents.js';
export * from './submit/index.js';
export * from './drafts/index.js';
