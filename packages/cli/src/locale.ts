import type { Locale, LocalizedText } from '@gongkai/schema';

export type { Locale, LocalizedText };

export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/**
 * Reads `--lang`. Accepts the three Gongkai locales and the tags people actually type
 * (zh-CN, zh-TW, zh-HK, en-US …); anything else is undefined so the caller can say so.
 */
export function parseLocale(tag: string | undefined): Locale | undefined {
  if (tag === undefined || tag === '') return 'zh-Hans';
  const lower = tag.toLowerCase();
  if (lower === 'zh-hans' || lower === 'zh' || lower === 'zh-cn' || lower === 'zh-sg' || lower.startsWith('zh-hans-')) return 'zh-Hans';
  if (lower === 'zh-hant' || lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo' || lower.startsWith('zh-hant-')) return 'zh-Hant';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

/** Builds a LocalizedText; argument order is always Simplified, Traditional, English. */
export function localized(zhHans: string, zhHant: string, en: string): LocalizedText {
  return { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
}
