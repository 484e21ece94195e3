/**
 * Hash routes of the workbench. The hash keeps the server side trivial (one static index.html
 * under /staff/, no fallback route) and Back/Forward work through `hashchange`.
 *
 *   #/requests?status=received&page=2   queue of applications (the default)
 *   #/requests/GK-20261202-0001          one application
 *   #/letters?type=complaint             queue of letters
 *   #/letters/XJ-20261202-0001           one letter
 *   #/reports?year=2026&agencyId=fgw     the annual report table
 *   #/intake?kind=letter                  登记: offline intake (application, or letter by post)
 *   #/templates?agencyId=sfj              答复模板: the agency's reply templates (approvers)
 */
export type Route =
  | { page: 'requests'; query: URLSearchParams }
  | { page: 'request'; id: string }
  | { page: 'letters'; query: URLSearchParams }
  | { page: 'letter'; id: string }
  | { page: 'reports'; query: URLSearchParams }
  | { page: 'intake'; query: URLSearchParams }
  | { page: 'templates'; query: URLSearchParams };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const queryAt = raw.indexOf('?');
  const path = queryAt >= 0 ? raw.slice(0, queryAt) : raw;
  const query = new URLSearchParams(queryAt >= 0 ? raw.slice(queryAt + 1) : '');
  const [section, ...rest] = path.split('/');
  let id = '';
  try {
    id = decodeURIComponent(rest.join('/'));
  } catch {
    // A mangled link falls back to the queue.
  }
  if (section === 'letters') return id ? { page: 'letter', id } : { page: 'letters', query };
  if (section === 'reports') return { page: 'reports', query };
  if (section === 'intake') return { page: 'intake', query };
  if (section === 'templates') return { page: 'templates', query };
  if (section === 'requests' && id) return { page: 'request', id };
  return { page: 'requests', query: section === 'requests' ? query : new URLSearchParams() };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'requests':
    case 'letters':
    case 'reports':
    case 'intake':
    case 'templates': {
      const query = route.query.toString();
      return `#/${route.page}${query ? `?${query}` : ''}`;
    }
    case 'request':
      return `#/requests/${encodeURIComponent(route.id)}`;
    case 'letter':
      return `#/letters/${encodeURIComponent(route.id)}`;
  }
}

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (location.hash !== href) location.hash = href;
}
