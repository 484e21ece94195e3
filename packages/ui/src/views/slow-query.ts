/**
 * The slow-query clock, apart from the search box so an element whose list is a lazy chunk (the
 * mailbox) does not load the box's code with the clock.
 */

/**
 * How long a list query may take before the result count says it is still searching: the first
 * search of 100,000 documents waits for the index, and a remote API may be slow. Shorter waits
 * would only flicker.
 */
const SLOW_QUERY_MS = 300;

/**
 * Starts the clock on a list query: `onSlow` runs if it is still going after SLOW_QUERY_MS (the
 * element then shows searchingText()); call the returned function when the query has ended.
 */
export function whenQuerySlow(onSlow: () => void): () => void {
  const timer = setTimeout(onSlow, SLOW_QUERY_MS);
  return () => clearTimeout(timer);
}
