/**
 * The toolbar's two kinds of control: a group of choices (one pressed) and an on/off button.
 * Both are buttons with `aria-pressed` and carry `data-setting` (and `data-value`), which the
 * page's own scripts and the tests use to find them.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

export interface ChoiceGroup<V extends string | number> {
  name: string;
  labelId: string;
  label: string;
  values: readonly V[];
  current: V;
  text: (value: V) => string;
  pick: (value: V) => void;
  disabled?: boolean;
}

export function renderChoice<V extends string | number>(group: ChoiceGroup<V>): TemplateResult {
  return html`<div class="group" role="group" aria-labelledby=${group.labelId}>
    <span class="group-label" id=${group.labelId}>${group.label}</span>
    <span class="choices">
      ${group.values.map((v) => html`<button type="button" class="gk-button" data-setting=${group.name} data-value=${String(v)} aria-pressed=${String(v === group.current)} ?disabled=${group.disabled ?? false} @click=${() => group.pick(v)}>${group.text(v)}</button>`)}
    </span>
  </div>`;
}

export function renderToggle(name: string, label: string, pressed: boolean, onClick: () => void): TemplateResult {
  return html`<button type="button" class="gk-button" data-setting=${name} aria-pressed=${String(pressed)} @click=${onClick}>${label}</button>`;
}
