/**
 * Which parts of the text to be published differ from the original: the masked spans
 * (`138****8000`, `张*`, a cut address) and any staff edit. A character diff (Myers' O(ND)
 * algorithm, D = number of changed characters, small for masking) over code points, so CJK and
 * emoji are never split.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

export interface Segment {
  text: string;
  /** True for text that is not in the original (what masking put in its place). */
  changed: boolean;
}

/** The published text cut into unchanged and changed segments, relative to the original. */
export function maskedSegments(original: string, published: string): Segment[] {
  const a = [...original];
  const b = [...published];
  const inserted = insertedPositions(a, b);
  const segments: Segment[] = [];
  for (let j = 0; j < b.length; j++) {
    const changed = inserted.has(j);
    const last = segments[segments.length - 1];
    if (last && last.changed === changed) last.text += b[j];
    else segments.push({ text: b[j]!, changed });
  }
  return segments;
}

/** Indexes of `b` not matched to `a` in a shortest edit script. */
function insertedPositions(a: readonly string[], b: readonly string[]): Set<number> {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers; a vertical step (y advances alone) is an insertion.
  const inserted = new Set<number>();
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const frontier = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = frontier[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) inserted.add(prevY);
    x = prevX;
    y = prevY;
  }
  return inserted;
}

/** The published text with its masked spans in `<mark class="masked">`. */
export function renderMaskedText(original: string, published: string, label: string): TemplateResult {
  return html`${maskedSegments(original, published).map((segment) =>
    segment.changed ? html`<mark class="masked" title=${label}>${segment.text}</mark>` : segment.text,
  )}`;
}
