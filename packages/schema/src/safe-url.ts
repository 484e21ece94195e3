/*
 * URLs in data files and server replies are untrusted (docs/design.md §6): only these schemes may
 * become links. Relative URLs are allowed; they resolve against the document base URL.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** `scheme:` at the start, after the browser's own clean-up of whitespace and control characters. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * True when `url` is safe to put in `href`/`src`: http, https, mailto, tel or relative.
 * `javascript:`, `data:`, `vbscript:` and obfuscated forms (`java\tscript:`, leading spaces,
 * control characters) are rejected the way a browser would parse them.
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  // Browsers drop ASCII tab/newline anywhere and trim C0 controls and spaces at the ends.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (cleaned === '') return false;
  // Protocol-relative `//host` is treated as http(s) by the browser: allowed. A backslash is
  // read as a slash by browsers, so `\\evil` is protocol-relative too; also fine.
  const match = SCHEME.exec(cleaned);
  if (match === null) {
    // A colon before the first slash without a valid scheme name (`1x:`, `a b:`) is
    // ambiguous between parsers: refuse it rather than guess.
    return !/^[^/?#]*:/.test(cleaned);
  }
  return ALLOWED_SCHEMES.has(match[1]!.toLowerCase());
}
