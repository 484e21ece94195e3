/**
 * Which characters a submitted string may hold (docs/security.md §Input, docs/design.md §5
 * "Text in bodies"). Text that people type never needs them, and each one is a way to make stored
 * text look different from what it is: to a staff member, to the masking of published letters, to
 * a CSV export or a log line.
 *
 * - refused everywhere: C0 controls except tab and line breaks, DEL, C1 controls (U+0080–U+009F),
 *   the line and paragraph separators U+2028/U+2029, the bidirectional embeddings, overrides and
 *   isolates (U+202A–U+202E, U+2066–U+2069) and the directional marks U+200E, U+200F, U+061C,
 *   and unpaired surrogates (not text at all; JSON can smuggle them in as `\ud800`);
 * - zero-width characters (U+200B–U+200D, U+2060, U+FEFF): refused in names, numbers and other
 *   short fields, where they only serve to split `张三` or `138…` past masking and search;
 *   removed from free text (descriptions, letters, notes), where they arrive by copy and paste.
 *   A zero-width joiner inside an emoji sequence (👨‍👩‍👧) is kept.
 */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_SEPARATOR = /[\u2028\u2029]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** In a `u` regex a surrogate pair is one astral code point: only lone halves are category Cs. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
/** Zero-width characters to remove from free text: all but a joiner between emoji. */
const STRIPPABLE_ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF]|(?<![\p{Extended_Pictographic}\uFE0F\u{1F3FB}-\u{1F3FF}])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** Members whose value is free text (zero-width characters removed, not refused). */
export const FREE_TEXT_MEMBERS: ReadonlySet<string> = new Set(['description', 'content', 'subject', 'comment', 'purpose', 'note', 'reason']);

export type CharacterProblem = 'control-character' | 'line-separator' | 'bidi-control' | 'zero-width' | 'unpaired-surrogate';

/**
 * The first rule `value` breaks, or undefined. Free text is checked after stripZeroWidth: what is
 * left of zero-width characters there are emoji joiners.
 */
export function characterProblem(value: string, freeText = false): CharacterProblem | undefined {
  if (CONTROL.test(value)) return 'control-character';
  if (LINE_SEPARATOR.test(value)) return 'line-separator';
  if (BIDI.test(value)) return 'bidi-control';
  if (UNPAIRED_SURROGATE.test(value)) return 'unpaired-surrogate';
  if (!freeText && ZERO_WIDTH.test(value)) return 'zero-width';
  return undefined;
}

export function stripZeroWidth(value: string): string {
  return value.replace(STRIPPABLE_ZERO_WIDTH, '');
}

/**
 * A copy of a parsed JSON body with zero-width characters removed from its free-text members
 * (at any depth); everything else as it was. Plain data only: JSON.parse never makes anything else.
 */
export function withFreeTextCleaned(value: unknown, member?: string): unknown {
  if (typeof value === 'string') return member !== undefined && FREE_TEXT_MEMBERS.has(member) ? stripZeroWidth(value) : value;
  if (Array.isArray(value)) return value.map((item) => withFreeTextCleaned(item, member));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty: a member named `__proto__` stays a plain member (it was refused earlier anyway).
      Object.defineProperty(out, key, { value: withFreeTextCleaned(item, key), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
