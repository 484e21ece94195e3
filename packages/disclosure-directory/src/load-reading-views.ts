/** Loads the document and guide views (views/reading-views.ts) once. */
type ReadingViews = typeof import('./views/reading-views.js');

let pending: Promise<ReadingViews> | undefined;

export function loadReadingViews(): Promise<ReadingViews> {
  pending ??= import('./views/reading-views.js').catch((error: unknown) => {
    pending = undefined; // a later open may retry
    throw error;
  });
  return pending;
}
