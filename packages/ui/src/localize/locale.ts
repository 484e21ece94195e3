/**
 * Which of the supported locales an element renders in.
 *
 * The locale comes from the closest `[lang]` ancestor — crossing shadow-root
 * boundaries, so an element nested in another component still follows the
 * page — and then `<html lang>`. Anything we do not translate falls back to
 * Simplified Chinese, the source language.
 */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

export const sourceLocale: Locale = 'zh-Hans';
export const supportedLocales: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** Maps a BCP 47 tag as found in `lang` attributes onto a supported locale. */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === '') return sourceLocale;
  if (lower.startsWith('en')) return 'en';
  if (lower.startsWith('zh')) {
    // zh-Hant, zh-TW, zh-HK and zh-MO are read in Traditional script.
    if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return 'zh-Hant';
    return 'zh-Hans';
  }
  return sourceLocale;
}

/** The `lang` in force at `node`, looking through shadow roots up to the document. */
export function langAt(node: Element): string | null {
  let current: Element | null = node;
  while (current) {
    const withLang: Element | null = current.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.getAttribute('lang');
}

export function resolveLocale(node: Element): Locale {
  return matchLocale(langAt(node));
}
