/**
 * The search field every list shares: a labelled native `type=search` input
 * inside a `role=search` form, so screen readers list it as a landmark and
 * Enter submits without reloading the page.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../localize/msg.js';

export interface SearchBoxOptions {
  /** Unique within the shadow root, for `label for`. */
  id: string;
  value: string;
  label?: string;
  placeholder?: string;
  /** Every keystroke; callers debounce if the work is heavy. */
  onInput: (value: string) => void;
  /** Enter or the search button. */
  onSubmit?: (value: string) => void;
}

export function renderSearchBox(options: SearchBoxOptions): TemplateResult {
  const label = options.label ?? msg('搜索', { id: 'ui.search.label' });
  const submit = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input');
    options.onSubmit?.(input?.value ?? '');
  };
  return html`<form class="gk-search" part="search" role="search" @submit=${submit}>
    <label class="gk-search__label" for=${options.id}>${label}</label>
    <div class="gk-search__row">
      <input
        id=${options.id}
        class="gk-search__input"
        part="search-input"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        .value=${live(options.value)}
        placeholder=${options.placeholder ?? ''}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      />
      <button type="submit" class="gk-button gk-button--primary">${msg('搜索', { id: 'ui.search.button' })}</button>
    </div>
  </form>`;
}

/** The result count's text while a slow query runs (announced by the count's polite live region). */
export function searchingText(): string {
  return msg('正在查找…', { id: 'ui.search.busy' });
}
