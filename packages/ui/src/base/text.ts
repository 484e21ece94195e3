import type { Locale } from '../localize/locale.js';

/** Text given in every supported locale, as the schema's validation messages are. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text['zh-Hans'];
}
