export type {
  CollectionSource,
  FacetValueCount,
  LoadOptions,
  LoadProgress,
  QueryParams,
  QueryResult,
  RequestOptions,
  SourceInfo,
} from './types.js';
export { SourceError, isAbortError, errorDetail, placeFieldErrors, type ErrorDetail, type SourceErrorCode, type SourceErrorInit, type ProblemDetails } from './source-error.js';
export { StaticFileSource, type StaticFileSourceOptions } from './static-file-source.js';
export { RemoteApiSource, type RemoteApiSourceOptions } from './remote-api-source.js';
export { InMemorySource } from './in-memory-source.js';
export { resolveUrl, type FetchFunction } from './http.js';
export { createCollectionSource, type SourceSettings } from './create-source.js';
export { loadHighlighter } from './lazy-collection.js';
export { prepareSearchWhenIdle } from './prepare-when-idle.js';
export { CollectionLoader, type CollectionLoadHooks } from './collection-loader.js';
export { collectionPath, itemPath, sidePaths, type CollectionPath, type SidePath } from './rest-paths.js';
