export { GkDisclosureDirectory } from './disclosure-directory.js';
export { buildCategoryIndex, categoryPath, SCHEME_ORDER } from './category-tree.js';
export type { CategoryIndex, CategoryNode, CategoryScheme } from './category-tree.js';
export { renderDocument } from './views/document-view.js';
export { textParagraphs } from './plain-text.js';
