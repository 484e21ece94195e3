/**
 * Numbers that identify a person, found in runs of digit groups: `138.1234.5678`, `(0531)8888-1234`,
 * `110105 19491231 002X`, `6222 0212 3456 7890 128`. A run is digit groups joined by at most three
 * separator characters (space, `.`, `-`, `·`, brackets); a group may end in X (ID numbers). Inside
 * a run, segments of consecutive groups are classified by their digits alone (the separators are
 * how people write, not part of the number); from each group the longest segment that is a
 * mobile, landline, ID or bank card number wins. Segments are at most 19 digits, so each group
 * tries a bounded number of ends: linear in the text.
 */
import { contextBefore, type ContextKind } from './context.js';
import type { Candidate, MaskKind } from './spans.js';

const SEPARATORS = new Set([' ', '-', '.', '·', '(', ')', '[', ']', '【', '】', '/', '\t']);
const MAX_SEPARATOR_RUN = 3;
const MAX_SEGMENT_DIGITS = 19;

interface Group {
  start: number;
  end: number;
  digits: string;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** The runs of digit groups in `text`, one left-to-right pass. */
export function digitRuns(text: string): Group[][] {
  const runs: Group[][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i += 1;
      continue;
    }
    const run: Group[] = [];
    for (;;) {
      const start = i;
      while (isDigit(text[i])) i += 1;
      let digits = text.slice(start, i);
      // The check character of an ID number; only when it ends the word (not "12x3", not "12xyz").
      if ((text[i] === 'X' || text[i] === 'x') && !/[A-Za-z0-9]/.test(text[i + 1] ?? '')) {
        digits += 'X';
        i += 1;
      }
      run.push({ start, end: i, digits });
      if (digits.endsWith('X')) break;
      let j = i;
      while (j < text.length && j - i < MAX_SEPARATOR_RUN && SEPARATORS.has(text[j]!)) j += 1;
      if (j > i && isDigit(text[j])) i = j;
      else break;
    }
    runs.push(run);
  }
  return runs;
}

const ID_18 = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;
const ID_15 = /^[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}$/;
const MOBILE = /^(?:0086|86)?(1[3-9]\d{9})$/;
/** 010 and 02x have 2-digit area codes after the 0, the rest 3; local numbers are 7–8 digits and start 2–9. */
const LANDLINE = /^(0(?:[12]\d|[3-9]\d{2}))([2-9]\d{6,7})$/;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export interface NumberFormats {
  mobile(digits: string): string;
  landline(area: string, local: string): string;
  idNumber(id: string): string;
  tail(digits: string): string;
  hidden(): string;
}

interface Classified {
  kind: MaskKind;
  replacement: string;
}

/** What a segment's digits are, by their shape alone (any context), or with a keyword before them. */
function classify(digits: string, context: ContextKind | undefined, known: ReadonlySet<string>, f: NumberFormats): Classified | undefined {
  const n = digits.length;
  if (digits.endsWith('X')) return ID_18.test(digits) ? { kind: 'idNumber', replacement: f.idNumber(digits) } : undefined;
  if (n === 18 && ID_18.test(digits)) return { kind: 'idNumber', replacement: f.idNumber(digits) };
  const mobile = MOBILE.exec(digits);
  if (mobile) return { kind: 'mobile', replacement: f.mobile(mobile[1]!) };
  const landline = LANDLINE.exec(digits);
  if (landline) return { kind: 'landline', replacement: f.landline(landline[1]!, landline[2]!) };
  if (n === 15 && ID_15.test(digits)) return { kind: 'idNumber', replacement: f.idNumber(digits) };
  if (n >= 16 && n <= 19 && luhnValid(digits)) return { kind: 'bankCard', replacement: f.tail(digits) };
  if (known.has(digits)) return { kind: 'contactNumber', replacement: f.hidden() };
  switch (context) {
    case 'contact':
      return n >= 7 ? { kind: 'contactNumber', replacement: f.tail(digits) } : undefined;
    case 'qq':
      return n >= 5 && n <= 12 ? { kind: 'qq', replacement: f.hidden() } : undefined;
    case 'wechat':
      return n >= 5 ? { kind: 'wechat', replacement: f.hidden() } : undefined;
    case 'card':
      return n >= 10 ? { kind: 'bankCard', replacement: f.tail(digits) } : undefined;
    default:
      return undefined;
  }
}

/**
 * Personal numbers in the normalized text. `known` holds digit strings the writer gave in their
 * own fields (their phone), masked wherever they appear whatever their shape.
 */
export function findNumbers(text: string, known: ReadonlySet<string>, formats: NumberFormats): Candidate[] {
  const found: Candidate[] = [];
  for (const run of digitRuns(text)) {
    const context = contextBefore(text, spanStart(text, run[0]!.start));
    let firstCovered = false;
    let g = 0;
    while (g < run.length) {
      let best: (Classified & { last: number }) | undefined;
      let digits = '';
      for (let h = g; h < run.length; h += 1) {
        digits += run[h]!.digits;
        if (digits.length > MAX_SEGMENT_DIGITS) break;
        // A keyword before the run speaks for its first number only.
        const hit = classify(digits, g === 0 ? context : undefined, known, formats);
        if (hit) best = { ...hit, last: h };
      }
      if (!best) {
        g += 1;
        continue;
      }
      const start = g === 0 ? spanStart(text, run[0]!.start) : run[g]!.start;
      found.push({ kind: best.kind, start, end: run[best.last]!.end, replacement: best.replacement });
      if (g === 0) firstCovered = true;
      g = best.last + 1;
    }
    // A keyword said "this is a contact": a run too long to classify (numbers glued together) goes whole.
    if (context && !firstCovered) {
      const all = run.map((group) => group.digits).join('');
      if (all.length > MAX_SEGMENT_DIGITS) found.push({ kind: 'contactNumber', start: spanStart(text, run[0]!.start), end: run[run.length - 1]!.end, replacement: formats.hidden() });
    }
  }
  return found;
}

/** `(0531)…` and `+86 …`: the opening bracket or plus sign belongs to the number. */
function spanStart(text: string, groupStart: number): number {
  const before = text[groupStart - 1];
  return before === '(' || before === '+' ? groupStart - 1 : groupStart;
}
