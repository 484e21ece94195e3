/**
 * The text the masking rules match against: full-width ASCII (`１３８`, `ＱＱ`, `＠`) folded to
 * ASCII, the many dashes and middle dots folded to `-` and `·`, odd spaces to a plain space, and
 * invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls)
 * dropped — so `１３８\u200b1234 5678` is seen as digits with separators. Each character of the
 * result remembers the UTF-16 offset of the character it came from, so a match is mapped back to a
 * span of the ORIGINAL text (the workbench highlights those spans; the masked text is rebuilt from
 * the original around them).
 */

/** Dropped before matching: they hide a number or a name from a naive search without changing how it reads. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\u30FC]/;
const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u30FB\uFF65]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

export interface NormalizedText {
  text: string;
  /** `origin[i]` is the offset in the original text of normalized character `i`; `origin[text.length]` is the original length. */
  origin: Int32Array;
}

export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // U+FF01..U+FF5E are the full-width forms of U+0021..U+007E, one for one.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (DASHES.test(ch)) return '-';
  if (MIDDLE_DOTS.test(ch)) return '·';
  if (SPACES.test(ch)) return ' ';
  return ch;
}

export function normalizeForMatching(original: string): NormalizedText {
  const origin = new Int32Array(original.length + 1);
  let out = '';
  for (let i = 0; i < original.length; i += 1) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) continue;
    origin[out.length] = i;
    out += foldChar(ch);
  }
  origin[out.length] = original.length;
  return { text: out, origin: origin.subarray(0, out.length + 1) };
}

/** `[start, end)` in normalized offsets → the same characters' span in the original text. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  // The end is just after the last matched character, not at the next kept one: invisible
  // characters after a match stay outside it.
  return { start: normalized.origin[start]!, end: end > start ? normalized.origin[end - 1]! + 1 : normalized.origin[start]! };
}
