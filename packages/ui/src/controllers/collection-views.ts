/**
 * The two pieces of a result list every collection element draws the same way, beside (not in)
 * CollectionController so an element whose list is a lazy chunk (the mailbox) loads them with it.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { renderHighlighted } from '../views/highlight.js';
import type { CollectionController } from './collection.js';

/** A result link: a real link to the item's URL state, opened in place with a history entry. */
export function renderItemLink(list: CollectionController<unknown>, id: string, className: string, content: unknown): TemplateResult {
  const open = (event: Event) => {
    event.preventDefault();
    void list.open(id, true);
  };
  return html`<a class=${className} data-id=${id} href=${list.href(id)} @click=${open}>${content}</a>`;
}

/** `text` with the current search's matches marked (once the search code is loaded). */
export function markMatches(list: CollectionController<unknown>, text: string): TemplateResult | string {
  const query = list.query.trim();
  const find = list.highlighter;
  return query && find ? renderHighlighted(text, find(text, query)) : text;
}
