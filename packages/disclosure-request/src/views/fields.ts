/**
 * Native form fields with real `<label for>` in the element's shadow root, each with its hint,
 * its error (same wording as in the error summary) and `autocomplete` tokens so browsers can
 * fill name, organization, address, postcode, phone and e-mail.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { describedBy, fieldMessages, optionalMark } from '@gongkai/ui';
import type { FieldMessages } from '@gongkai/ui';
import type { FieldName } from '../form-model.js';

export interface FieldState extends FieldMessages {
  value: string;
}

export interface TextFieldOptions {
  label: string;
  hint?: string | TemplateResult;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'tel' | 'email';
  multiline?: boolean;
  maxlength?: number;
  onInput: (value: string) => void;
}

export const fieldId = (field: FieldName): string => `dr-${field}`;

/** The error and warning of `field` (the shared field parts of @gongkai/ui). */
export function renderFieldMessages(field: FieldName, state: FieldMessages): TemplateResult {
  return fieldMessages(fieldId(field), state);
}

const described = (field: FieldName, state: FieldMessages, hint: boolean) => describedBy(fieldId(field), { ...state, hint });

export function renderTextField(field: FieldName, state: FieldState, options: TextFieldOptions): TemplateResult {
  const id = fieldId(field);
  const onInput = (event: Event) => options.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const common = {
    describedBy: described(field, state, options.hint !== undefined),
    invalid: state.error ? 'true' : 'false',
  };
  return html`<div class="field ${state.error ? 'field--error' : ''}">
    <label class="field__label" for=${id}>${options.label}${optionalMark(options.optional)}</label>
    ${options.hint !== undefined ? html`<p class="field__hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${renderFieldMessages(field, state)}
    ${options.multiline
      ? html`<textarea class="field__input field__input--long" id=${id} name=${field} rows="6"
          maxlength=${options.maxlength ?? nothing}
          aria-required=${options.optional ? 'false' : 'true'} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}
          .value=${state.value} @input=${onInput}></textarea>`
      : html`<input class="field__input" id=${id} name=${field} type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete ?? nothing} inputmode=${options.inputmode ?? nothing}
          spellcheck="false"
          aria-required=${options.optional ? 'false' : 'true'} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}
          .value=${state.value} @input=${onInput} />`}
  </div>`;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** A select with a "please choose" first option. */
export function renderSelect(field: FieldName, state: FieldState, options: { label: string; hint?: string; choices: ChoiceOption[]; placeholder?: string; onChange: (value: string) => void }): TemplateResult {
  const id = fieldId(field);
  return html`<div class="field ${state.error ? 'field--error' : ''}">
    <label class="field__label" for=${id}>${options.label}</label>
    ${options.hint ? html`<p class="field__hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${renderFieldMessages(field, state)}
    <select class="field__input" id=${id} name=${field} aria-required="true" aria-invalid=${state.error ? 'true' : 'false'}
      aria-describedby=${described(field, state, options.hint !== undefined)}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}>
      ${options.placeholder !== undefined ? html`<option value="" ?selected=${state.value === ''}>${options.placeholder}</option>` : nothing}
      ${options.choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === state.value}>${choice.label}</option>`)}
    </select>
  </div>`;
}

/** Radio buttons or checkboxes in a fieldset; the first input carries the field's id for the error summary. */
export function renderChoiceGroup(
  field: FieldName,
  state: { selected: readonly string[]; error?: string | undefined },
  options: { legend: string; hint?: string; kind: 'radio' | 'checkbox'; choices: ChoiceOption[]; optional?: boolean; onToggle: (value: string) => void },
): TemplateResult {
  const id = fieldId(field);
  return html`<fieldset class="field choices ${state.error ? 'field--error' : ''}" aria-describedby=${described(field, { error: state.error }, options.hint !== undefined)}>
    <legend class="field__label">${options.legend}${optionalMark(options.optional)}</legend>
    ${options.hint ? html`<p class="field__hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${renderFieldMessages(field, state)}
    <div class="choices__list">
      ${options.choices.map((choice, index) => {
        const inputId = index === 0 ? id : `${id}-${choice.value}`;
        return html`<div class="choice">
          <input type=${options.kind} id=${inputId} name=${field} value=${choice.value}
            .checked=${state.selected.includes(choice.value)}
            aria-invalid=${state.error ? 'true' : 'false'}
            @change=${() => options.onToggle(choice.value)} />
          <label for=${inputId}>${choice.label}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}
