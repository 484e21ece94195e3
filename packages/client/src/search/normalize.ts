/**
 * Text normalization for search. Query and text go through the same function, so a match on the
 * normalized forms is a match "up to" script, width, case and bracket style.
 *
 * Length-preserving by construction: every UTF-16 code unit maps to exactly one code unit, so an
 * offset in the normalized string is the same offset in the original (used for highlighting).
 */
import { foldPairs } from './fold-table.js';

/**
 * Bracket variants seen in 文号 (document numbers): 衡政办函〔2014〕36号, 高政发[2012]58号,
 * （2014）. All fold to ASCII parentheses. 《》 (book-title marks) are deliberately NOT folded.
 */
const OPENING_BRACKETS = '〔［【（〖〘｟[(';
const CLOSING_BRACKETS = '〕］】）〗〙｠])';

let table: Uint16Array | undefined;

/**
 * One code unit → one code unit lookup over the whole Basic Multilingual Plane (128 kB), built on
 * first use. A flat typed array is several times faster than a Map in the per-character loop.
 */
function foldingTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;

  // Case folding, only where the lower-case form is itself one code unit (İ → i̇ is two).
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower !== ch && lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  // Full-width ASCII variants U+FF01–FF5E → U+0021–007E (Ａ１（ → a1( after case folding).
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ascii = c - 0xfee0;
    t[c] = t[ascii] ?? ascii;
  }
  // Spaces: ideographic space and no-break space behave as ordinary spaces.
  t[0x3000] = 0x20;
  t[0x00a0] = 0x20;
  // Traditional → Simplified (generated from OpenCC).
  const { from, to } = foldPairs();
  for (let i = 0; i < from.length; i++) t[from[i]!] = to[i]!;
  for (let i = 0; i < OPENING_BRACKETS.length; i++) t[OPENING_BRACKETS.charCodeAt(i)] = 0x28;
  for (let i = 0; i < CLOSING_BRACKETS.length; i++) t[CLOSING_BRACKETS.charCodeAt(i)] = 0x29;
  table = t;
  return t;
}

const CHUNK = 4096;

/**
 * Folds Traditional → Simplified (single characters), full-width → half-width ASCII, case, the
 * ideographic space, and 文号 bracket variants. `normalizeForSearch(s).length === s.length` always.
 */
export function normalizeForSearch(text: string): string {
  const t = foldingTable();
  const n = text.length;
  // Fast path: most strings already are normalized (Simplified Chinese, lower-case): find the
  // first unit that changes and return the input untouched when there is none.
  let first = 0;
  while (first < n) {
    const c = text.charCodeAt(first);
    if (t[c] !== c) break;
    first++;
  }
  if (first === n) return text;

  const buffer = new Uint16Array(Math.min(CHUNK, n));
  let out = text.slice(0, first);
  let fill = 0;
  for (let i = first; i < n; i++) {
    buffer[fill++] = t[text.charCodeAt(i)]!;
    if (fill === buffer.length) {
      out += String.fromCharCode.apply(null, buffer as unknown as number[]);
      fill = 0;
    }
  }
  if (fill > 0) out += String.fromCharCode.apply(null, buffer.subarray(0, fill) as unknown as number[]);
  return out;
}
