/**
 * The parts every form field of the two forms shares (the application and the letter): the
 * optional mark, the error and warning beside the field (the same wording as in the error
 * summary, docs/design.md §6), the `aria-describedby` list tying hint, error, warning and
 * counter to the input, and the live character counter. One message set (`ui.field.*`,
 * `ui.counter.*`) for every form, so a translation is made once.
 *
 * Ids: a field `id` has its hint at `${id}-hint`, its error at `${id}-error` and its warning at
 * `${id}-warning`; the renderers below use these names, and `describedBy` lists them.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../localize/msg.js';
import type { Locale } from '../localize/locale.js';
import { formatNumber } from '../localize/format.js';

/** What a field shows beside its input. */
export interface FieldMessages {
  error?: string | undefined;
  warning?: string | undefined;
}

/** The ids an input is described by: its hint, error and warning when present, then `extra` (a counter). */
export function describedBy(id: string, parts: FieldMessages & { hint?: boolean; extra?: readonly string[] }): string | typeof nothing {
  const ids = [parts.hint ? `${id}-hint` : '', parts.error ? `${id}-error` : '', parts.warning ? `${id}-warning` : '', ...(parts.extra ?? [])].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** The error (with a hidden "错误：" for screen readers) and the warning of the field `id`. */
export function fieldMessages(id: string, state: FieldMessages): TemplateResult {
  return html`${state.error
    ? html`<p class="field__error" id=${`${id}-error`}><span class="gk-visually-hidden">${msg('错误：', { id: 'ui.field.errorPrefix' })}</span>${state.error}</p>`
    : nothing}${state.warning
    ? html`<p class="field__warning" id=${`${id}-warning`}><span class="gk-visually-hidden">${msg('提示：', { id: 'ui.field.warningPrefix' })}</span>${state.warning}</p>`
    : nothing}`;
}

/** The error of the field `id` alone. */
export const fieldError = (id: string, error: string | undefined): TemplateResult => fieldMessages(id, { error });

/** "（选填）" after the label of a field that may stay empty. */
export function optionalMark(optional: boolean | undefined): TemplateResult | typeof nothing {
  return optional ? html`<span class="field__optional">${msg('（选填）', { id: 'ui.field.optional' })}</span>` : nothing;
}

/** The hint of the field `id`, or nothing. */
export function fieldHint(id: string, hint: string | TemplateResult | undefined, extraClass = ''): TemplateResult | typeof nothing {
  return hint === undefined ? nothing : html`<p class="field__hint ${extraClass}" id=${`${id}-hint`}>${hint}</p>`;
}

/**
 * The visible counter under a long text (`id` for aria-describedby): characters left of `max`,
 * or how many too many. The polite announcement is separate (it must not speak every keystroke).
 */
export function renderCounter(id: string, length: number, max: number, locale: Locale): TemplateResult {
  const left = max - length;
  return html`<p class="counter ${left < 0 ? 'counter--over' : ''}" id=${id}>
    ${left >= 0
      ? msg(str`还可以输入 ${formatNumber(left, locale)} 字（共 ${formatNumber(max, locale)} 字）`, { id: 'ui.counter.left' })
      : msg(str`已超出 ${formatNumber(-left, locale)} 字，请删减`, { id: 'ui.counter.over' })}
  </p>`;
}

/** What the counter's live region says after a pause in typing (call inside the element's `localize`). */
export function counterAnnouncement(length: number, max: number, locale: Locale): string {
  const left = max - length;
  return left >= 0
    ? msg(str`还可以输入 ${formatNumber(left, locale)} 字`, { id: 'ui.counter.announceLeft' })
    : msg(str`已超出 ${formatNumber(-left, locale)} 字`, { id: 'ui.counter.announceOver' });
}

