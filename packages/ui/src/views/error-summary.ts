/**
 * The error summary at the top of a form (GOV.UK pattern): it takes focus
 * after a failed submit, says how many problems there are, and links each to
 * its field with the same wording as the message beside the field. Links
 * move focus themselves because `#id` fragments do not reach into a shadow root.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../localize/msg.js';

export interface FieldError {
  /** The id of the input the error belongs to, in the same root. */
  fieldId: string;
  message: string;
}

export function renderErrorSummary(errors: readonly FieldError[]): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const focusField = (fieldId: string) => (event: Event) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
    const field = root.getElementById?.(fieldId) ?? null;
    if (field instanceof HTMLElement) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  };
  return html`<div class="gk-error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="gk-error-summary-title">
    <h2 class="gk-error-summary__title" id="gk-error-summary-title">${msg(str`有 ${errors.length} 处需要修改`, { id: 'ui.errorSummary.title' })}</h2>
    <ul>
      ${errors.map((error) => html`<li><a href=${`#${error.fieldId}`} @click=${focusField(error.fieldId)}>${error.message}</a></li>`)}
    </ul>
  </div>`;
}

/** Moves focus to the summary rendered in `root`, after a failed submit. */
export function focusErrorSummary(root: ParentNode): void {
  const summary = root.querySelector<HTMLElement>('.gk-error-summary');
  summary?.focus();
}
