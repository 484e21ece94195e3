/**
 * How a located static file is delivered: which representation (a precompressed `.br` / `.gz`
 * sibling, gzip on the fly, or the file as it is), its validator (ETag) and its cache policy.
 *
 * - Content-hashed files (the bundle's `chunks/name-HASH.js`, or any `name.HEX.ext` with a hex
 *   hash of 10 or more digits, as static publication writes) never change under their name, so a
 *   browser or CDN may keep them for a year (`immutable`). Everything else (`gongkai.js`, the
 *   pages, data files) is `no-cache`: stored, but revalidated with the ETag on every use, so a
 *   portal that republishes is seen at once and an unchanged file costs a 304.
 * - A precompressed sibling (`file.js.br`, `file.js.gz`, written by the bundle build and by
 *   publication) is preferred when the client accepts its encoding; otherwise text files larger
 *   than a packet are gzipped on the fly; small or already compressed files go as they are.
 * - The ETag names the representation (size, mtime and encoding), so a cache never confuses the
 *   brotli body with the plain one; `Vary: Accept-Encoding` goes on every compressible answer.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Representation {
  /** The file to stream: the located file or its precompressed sibling. */
  file: string;
  /** Bytes of `file`; undefined when compressed on the fly (length unknown in advance). */
  size: number | undefined;
  encoding: Encoding;
  /** True when the body is gzipped while streaming (no sibling file). */
  compressOnTheFly: boolean;
  etag: string;
  cacheControl: string;
  /** Whether the answer depends on Accept-Encoding (then `Vary: Accept-Encoding`). */
  varies: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.xml', '.ico']);
/** Below this, compression saves less than it costs (one TCP packet either way). */
const MIN_COMPRESS_BYTES = 1024;

const VITE_CHUNK = /(?:^|\/)chunks\/[^/]+-[A-Za-z0-9_-]{8}\.(?:m?js|css)$/;
const HEX_HASHED = /\.[0-9a-f]{10,}\.[A-Za-z0-9]+$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Whether the URL path names a content-hashed file (cacheable for a year). */
export function isContentHashed(urlPath: string): boolean {
  return VITE_CHUNK.test(urlPath) || HEX_HASHED.test(urlPath);
}

/**
 * The encodings a client accepts, in the server's order of preference (br, gzip), from an
 * Accept-Encoding header: `q=0` refuses one; `*` accepts any not named.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: string) => (weights.get(name) ?? (weights.has('*') ? weights.get('*')! : 0)) > 0;
  return (['br', 'gzip'] as const).filter(accepts);
}

function sibling(file: string, suffix: string): { file: string; size: number; mtimeMs: number } | undefined {
  try {
    const stat = statSync(file + suffix);
    return stat.isFile() ? { file: file + suffix, size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function etagOf(size: number, mtimeMs: number, encoding: Encoding): string {
  const tag = `${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}`;
  return encoding === 'identity' ? `"${tag}"` : `"${tag}-${encoding}"`;
}

/**
 * The representation to send for `file` (already located and checked by `locate`) at
 * `urlPath`, for a client sending `acceptEncoding`. A sibling older than its file is stale (a
 * build that rewrote the file but not the sibling) and is not used.
 */
export function chooseRepresentation(
  file: { file: string; size: number; mtimeMs: number },
  urlPath: string,
  acceptEncoding: string | undefined,
): Representation {
  const cacheControl = isContentHashed(urlPath) ? IMMUTABLE : REVALIDATE;
  const compressible = COMPRESSIBLE.has(extname(file.file).toLowerCase());
  const plain: Representation = {
    file: file.file, size: file.size, encoding: 'identity', compressOnTheFly: false,
    etag: etagOf(file.size, file.mtimeMs, 'identity'), cacheControl, varies: compressible,
  };
  if (!compressible) return plain;
  const accepted = acceptedEncodings(acceptEncoding);
  for (const encoding of accepted) {
    const found = sibling(file.file, encoding === 'br' ? '.br' : '.gz');
    if (found && found.mtimeMs >= file.mtimeMs) {
      return { ...plain, file: found.file, size: found.size, encoding, etag: etagOf(found.size, found.mtimeMs, encoding) };
    }
  }
  if (accepted.includes('gzip') && file.size >= MIN_COMPRESS_BYTES) {
    // The tag is the plain file's, marked as gzip: the same file gzipped the same way.
    return { ...plain, size: undefined, encoding: 'gzip', compressOnTheFly: true, etag: etagOf(file.size, file.mtimeMs, 'gzip') };
  }
  return plain;
}

/** Whether an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}
