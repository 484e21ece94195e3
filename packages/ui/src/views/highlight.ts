/**
 * Renders text with the matched ranges wrapped in `<mark>`. The text stays
 * text: it is interpolated, never parsed as HTML.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

export function renderHighlighted(text: string, ranges: ReadonlyArray<readonly [number, number]>): TemplateResult | string {
  if (ranges.length === 0) return text;
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts}`;
}
