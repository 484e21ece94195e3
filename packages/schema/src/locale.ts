/** The three page languages every Gongkai element supports (docs/design.md §6). */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

/** One message in every supported locale; elements pick the one matching the page language. */
export type LocalizedText = Record<Locale, string>;

/** Builds a LocalizedText; argument order is always Simplified, Traditional, English. */
export function localized(zhHans: string, zhHant: string, en: string): LocalizedText {
  return { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
}
