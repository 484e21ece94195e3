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
  // Spaces: ideographic space, no-break space, tabs and line breaks behave as ordinary spaces.
  // A search term never holds white space, so nothing is lost, and the search index can use
  // '\n' as its record separator without another pass over every body.
  for (const c of [0x3000, 0x00a0, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x2028, 0x2029]) t[c] = 0x20;
  // Traditional → Simplified (generated from OpenCC).
  const { from, to } = foldPairs();
  for (let i = 0; i < from.length; i++) t[from[i]!] = to[i]!;
  for (let i = 0; i < OPENING_BRACKETS.length; i++) t[OPENING_BRACKETS.charCodeAt(i)] = 0x28;
  for (let i = 0; i < CLOSING_BRACKETS.length; i++) t[CLOSING_BRACKETS.charCodeAt(i)] = 0x29;
  table = t;
  return t;
}

const CHUNK = 4096;

/** Native UTF-16 decoding of a whole buffer: about 2.5× faster than String.fromCharCode chunks. */
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;
/** Reused between calls (normalization runs once per field of every record while indexing). */
let scratch = new Uint16Array(CHUNK);
/** Longer texts get a buffer of their own, so one huge body does not stay allocated for good. */
const SCRATCH_LIMIT = 1 << 18;

/**
 * Folds Traditional → Simplified (single characters), full-width → half-width ASCII, case, white
 * space (ideographic, no-break, tabs, line breaks → ' ') and 文号 bracket variants.
 * `normalizeForSearch(s).length === s.length` always.
 */
export function normalizeForSearch(text: string): string {
  const t = foldingTable();
  const n = text.length;
  // Fast path: the string already is normalized (short Simplified names, codes): find the first
  // unit that changes and return the input untouched when there is none. Running text rarely
  // takes it — its full-width punctuation ，：（） folds to ASCII.
  let first = 0;
  while (first < n) {
    const c = text.charCodeAt(first);
    if (t[c] !== c) break;
    first++;
  }
  if (first === n) return text;

  if (scratch.length < n && n <= SCRATCH_LIMIT) scratch = new Uint16Array(Math.min(SCRATCH_LIMIT, Math.max(n, scratch.length * 2)));
  const buffer = n <= scratch.length ? scratch : new Uint16Array(n);
  let surrogates = false;
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c & 0xf800) === 0xd800) surrogates = true;
    buffer[i] = t[c]!;
  }
  // TextDecoder would turn a lone surrogate into U+FFFD; such text keeps the exact code units.
  if (utf16 && !surrogates) return text.slice(0, first) + utf16.decode(buffer.subarray(first, n));
  let out = text.slice(0, first);
  for (let at = first; at < n; at += CHUNK) {
    out += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]);
  }
  return out;
}
