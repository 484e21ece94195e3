/**
 * The document and guide views, loaded as one chunk when a reader first opens
 * a document or the guide (and prefetched once the list is shown), so the
 * element's first script carries only what the list needs.
 */
export { renderDocument } from './document-view.js';
export type { DocumentViewContext } from './document-view.js';
export { renderGuide } from './guide-view.js';
export { renderReadingFrame } from './reading-frame.js';
export { DocumentBodies } from '../document-body.js';
export { readingStyles } from './reading-styles.js';
