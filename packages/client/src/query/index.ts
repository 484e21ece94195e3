export {
  QueryEngine,
  runQuery,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type QuerySpec,
  type QueryOutcome,
  type SortSpec,
  type SortDirection,
} from './run-query.js';
export { facetValues, compareFacetCounts, type FacetDefinition, type FacetCount } from './facets.js';
export { kindFacets } from './kind-facets.js';
