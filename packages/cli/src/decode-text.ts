import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a text file of unknown encoding. Excel on Chinese Windows saves "CSV" in GBK (code
 * page 936) without a BOM; "CSV UTF-8" and most other tools write UTF-8, often with a BOM.
 * Order: a BOM decides; else bytes that are valid UTF-8 are UTF-8 (GBK text with Chinese
 * characters is almost never valid UTF-8); else GB18030, the superset of GBK and GB2312, so
 * every GBK file decodes the same and rarer characters survive too.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced !== undefined) return { text: stripBom(iconv.decode(Buffer.from(bytes), forced)), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads `--encoding`: the names people use for the same thing. */
export function parseEncodingName(name: string): TextEncodingName | undefined {
  const lower = name.toLowerCase().replace(/[-_]/g, '');
  if (lower === 'utf8') return 'utf-8';
  if (lower === 'utf16le' || lower === 'utf16') return 'utf-16le';
  if (lower === 'utf16be') return 'utf-16be';
  if (lower === 'gbk' || lower === 'gb2312' || lower === 'gb18030' || lower === 'cp936' || lower === 'ansi') return 'gb18030';
  return undefined;
}
