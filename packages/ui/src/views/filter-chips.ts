/**
 * A facet rendered as a group of toggle buttons with counts ("行政许可 (120)").
 * Buttons with `aria-pressed` are announced as toggles and work with Space
 * and Enter; the group has a visible name.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatNumber } from '../localize/format.js';
import type { Locale } from '../localize/locale.js';
import { msg } from '../localize/msg.js';

export interface FilterOption {
  value: string;
  label: string;
  count?: number;
}

export interface FilterChipsOptions {
  id: string;
  label: string;
  options: FilterOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  onClear?: () => void;
}

export function renderFilterChips(model: FilterChipsOptions, locale: Locale): TemplateResult {
  const headingId = `${model.id}-label`;
  return html`<div class="gk-chips" part="filter" role="group" aria-labelledby=${headingId}>
    <span class="gk-chips__label" id=${headingId}>${model.label}</span>
    <div class="gk-chips__list">
      ${model.onClear
        ? html`<button type="button" class="gk-chip" aria-pressed=${model.selected.length === 0 ? 'true' : 'false'} @click=${model.onClear}>
            ${msg('全部', { id: 'ui.filter.all' })}
          </button>`
        : nothing}
      ${model.options.map((option) => {
        const pressed = model.selected.includes(option.value);
        return html`<button type="button" class="gk-chip" part="filter-chip" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => model.onToggle(option.value)}>
          ${option.label}${option.count === undefined ? nothing : html`<span class="gk-chip__count">(${formatNumber(option.count, locale)})</span>`}
        </button>`;
      })}
    </div>
  </div>`;
}
