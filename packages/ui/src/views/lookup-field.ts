/**
 * A field of a lookup form (a tracking or letter number, a query code), for the lookup views in
 * the forms' lazy chunks (imported through `@gongkai/ui/lookup`).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldError } from './form-fields.js';

/** One required field of a lookup form (a number, a query code): no autofill, no spellcheck, its error beside it. */
export function renderLookupField(o: { id: string; label: string; value: string; error: string | undefined; onInput: (value: string) => void }): TemplateResult {
  return html`<div class="field ${o.error ? 'field--error' : ''}">
    <label class="field__label" for=${o.id}>${o.label}</label>
    ${fieldError(o.id, o.error)}
    <input class="field__input" id=${o.id} autocomplete="off" spellcheck="false" aria-required="true"
      aria-invalid=${o.error ? 'true' : 'false'} aria-describedby=${describedBy(o.id, { error: o.error })}
      .value=${live(o.value)} @input=${(event: Event) => o.onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}
