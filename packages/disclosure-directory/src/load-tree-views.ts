/** Loads the category tree's code (views/tree-views.ts) once; started together with the data. */
type TreeViews = typeof import('./views/tree-views.js');

let pending: Promise<TreeViews> | undefined;

export function loadTreeViews(): Promise<TreeViews> {
  pending ??= import('./views/tree-views.js').catch((error: unknown) => {
    pending = undefined; // a later load may retry
    throw error;
  });
  return pending;
}
