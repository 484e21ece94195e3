/**
 * Reflects an element's view (open item, search text, filters, page) in the
 * page URL so a link reopens the same view and Back closes an item.
 *
 * Several elements can share one page, so every key is prefixed with the
 * element's own prefix (`pc.q`, `pc.open`). In `hash` mode (the default) the
 * state lives in the fragment as URL-encoded pairs, which works on any static
 * host; in `query` mode it lives in the query string; `none` leaves the URL
 * alone for hosts that own routing. Other parameters on the page are kept.
 */
export type UrlStateMode = 'hash' | 'query' | 'none';
export type ViewState = Record<string, string>;

export function parseUrlStateMode(value: string | null | undefined): UrlStateMode {
  return value === 'query' || value === 'none' ? value : 'hash';
}

function paramsOf(mode: UrlStateMode): URLSearchParams {
  if (mode === 'query') return new URLSearchParams(location.search);
  const hash = location.hash.replace(/^#/, '');
  // A plain anchor (`#main`) is not ours: treat it as no state and keep it.
  return hash.includes('=') ? new URLSearchParams(hash) : new URLSearchParams();
}

/** The state stored under `prefix`, without the prefix. */
export function readUrlState(mode: UrlStateMode, prefix: string): ViewState {
  if (mode === 'none') return {};
  const state: ViewState = {};
  for (const [key, value] of paramsOf(mode)) {
    if (key.startsWith(`${prefix}.`)) state[key.slice(prefix.length + 1)] = value;
  }
  return state;
}

/**
 * Writes `state` under `prefix`. `push` adds a history entry (opening an item,
 * so Back closes it); otherwise the current entry is replaced (typing a
 * search must not fill the history).
 */
export function writeUrlState(mode: UrlStateMode, prefix: string, state: ViewState, push: boolean): void {
  if (mode === 'none') return;
  const params = paramsOf(mode);
  for (const key of [...params.keys()]) if (key.startsWith(`${prefix}.`)) params.delete(key);
  for (const [key, value] of Object.entries(state)) if (value !== '') params.set(`${prefix}.${key}`, value);
  const url = new URL(location.href);
  const encoded = params.toString();
  if (mode === 'query') {
    url.search = encoded;
  } else {
    const hash = location.hash.replace(/^#/, '');
    url.hash = encoded || (hash.includes('=') ? '' : hash);
  }
  if (url.href === location.href) return;
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/** Calls `listener` when Back/Forward or a hash change alters the URL. */
export function onUrlStateChange(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}
