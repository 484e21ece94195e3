export { normalizeForSearch } from './normalize.js';
export {
  createSearchIndex,
  searchIndexFromData,
  searchIndexData,
  queryTerms,
  SearchIndexBuilder,
  type SearchField,
  type SearchHit,
  type SearchIndex,
  type SearchIndexData,
  type SearchIndexFieldData,
} from './search-index.js';
export { highlightRanges } from './highlight.js';
