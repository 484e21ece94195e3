/**
 * The category tree's code: building the trees from the file's categories and drawing them. No
 * tree can show before the data has come, so this loads beside the download (load-tree-views.ts)
 * instead of in the element's first script, and brings its styles.
 */
export { treeStyles } from './tree-styles.js';
export { buildCategoryIndex } from '../category-tree.js';
export { renderCategoryTree } from './category-tree-view.js';
