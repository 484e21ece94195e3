/**
 * Static folders beside the API (the demo portal: pages at `/`, assets, the built bundle, the
 * data files), with the strict Content-Security-Policy a careful portal sends. Replaces
 * demo/serve.mjs for `npm start`.
 */
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface Mount {
  /** URL prefix, starting and ending with '/'. */
  prefix: string;
  dir: string;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export function normalizeMounts(mounts: readonly Mount[]): Mount[] {
  return mounts
    .map(({ prefix, dir }) => {
      let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
      if (!p.endsWith('/')) p += '/';
      return { prefix: p, dir: resolve(dir) };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/** The file for a decoded URL path, or undefined; never a path outside the mount. */
export function locate(mounts: readonly Mount[], urlPath: string): { file: string; size: number } | undefined {
  if (urlPath.includes('\0')) return undefined;
  for (const { prefix, dir } of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest = urlPath.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + sep)) return undefined;
    try {
      const stat = statSync(file);
      if (stat.isFile()) return { file, size: stat.size };
    } catch {
      // next mount
    }
  }
  return undefined;
}

export function openFile(file: string) {
  return { stream: createReadStream(file), type: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
