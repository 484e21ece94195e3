/**
 * Per-element message lookup that speaks @lit/localize's format.
 *
 * Messages are written with `msg()` and `str` exactly as @lit/localize
 * expects, so `lit-localize extract` finds them (it recognises any function
 * typed like its own `msg`) and `lit-localize build` generates the
 * translated template modules in `src/locales/`. At run time we do NOT call
 * `configureLocalization`: that may happen only once per page and keeps one
 * global locale, which would collide with a host page that uses
 * @lit/localize itself and would force every Gongkai element on the page
 * into the same language. Instead each element activates its own catalog
 * while it renders (see GkElement.update), and `msg()` reads it.
 */
import type { msg as litMsg } from '@lit/localize';

/** A translated message: plain text, or `str` strings with value indexes. */
/** A translated message as `lit-localize build` emits it: plain text, or `str` strings whose values are indexes into the source's values. */
export type TranslatedTemplate = string | { strTag: true; strings: readonly string[]; values: readonly unknown[] };
export type Templates = Readonly<Record<string, TranslatedTemplate>>;

let active: Templates | undefined;

/** Runs `render` with `templates` as the catalog `msg()` reads from. */
export function withTemplates<T>(templates: Templates | undefined, render: () => T): T {
  const previous = active;
  active = templates;
  try {
    return render();
  } finally {
    active = previous;
  }
}

interface StrResult { strTag: true; strings: readonly string[]; values: readonly unknown[] }

function isStr(template: unknown): template is StrResult {
  return typeof template === 'object' && template !== null && 'strTag' in template;
}

function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) {
    const valueIndex = order ? Number(order[i - 1]) : i - 1;
    out += String(values[valueIndex] ?? '') + strings[i];
  }
  return out;
}

function lookup(template: unknown, options?: { id?: string }): unknown {
  const id = options?.id;
  const translated = id && active ? active[id] : undefined;
  if (typeof translated === 'string') return translated;
  if (translated && isStr(template) && 'strTag' in translated) {
    return join(translated.strings, template.values, translated.values);
  }
  if (isStr(template)) return join(template.strings, template.values);
  return template;
}

/**
 * Looks a message up in the catalog of the element being rendered. Every
 * call must pass an explicit `id` (namespaced by package, e.g. `ui.pager.next`)
 * so translations survive rewording of the Chinese source.
 */
export const msg = lookup as unknown as typeof litMsg;
export { str } from '@lit/localize';
