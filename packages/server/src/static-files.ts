/**
 * Static folders beside the API (the demo portal: pages at `/`, assets, the built bundle, the
 * data files), with the strict Content-Security-Policy a careful portal sends. Replaces
 * demo/serve.mjs for `npm start`.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';

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
  '.xml': 'application/xml; charset=utf-8',
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

/**
 * The file for a decoded URL path, or undefined. Never a path outside the mount — not by `..`,
 * and not through a symbolic link whose target lies outside (the mount folder's real path is
 * compared with the file's) — never a dotfile or anything in a dot-folder (`/.env`,
 * `/.git/config`). The database and its `-wal` / `-shm` / `-journal` files are out of reach
 * because createServer refuses a database inside any mount (mountHoldingDatabase), and a link
 * to them from a mount points outside it (docs/security.md §Static files).
 */
export function locate(mounts: readonly Mount[], urlPath: string): { file: string; size: number; mtimeMs: number } | undefined {
  if (urlPath.includes('\0')) return undefined;
  if (urlPath.split(/[/\\]/).some((segment) => segment.startsWith('.'))) return undefined;
  for (const { prefix, dir } of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest = urlPath.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + sep)) return undefined;
    try {
      const real = realpathSync(file);
      if (!isInside(realpathSync(dir), real)) return undefined;
      const stat = statSync(real);
      if (stat.isFile()) return { file: real, size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      // next mount
    }
  }
  return undefined;
}

function isInside(dir: string, file: string): boolean {
  return file.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * The mount whose folder holds the SQLite database file, if any. A server that would serve its
 * own database must not start (createServer refuses), whatever the other guards would catch.
 */
export function mountHoldingDatabase(mounts: readonly Mount[], dbFile: string): Mount | undefined {
  const folder = realOrResolved(dirname(resolve(dbFile)));
  return mounts.find(({ dir }) => {
    const mountDir = realOrResolved(dir);
    return folder === mountDir || isInside(mountDir, folder);
  });
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function openFile(file: string) {
  return createReadStream(file);
}
