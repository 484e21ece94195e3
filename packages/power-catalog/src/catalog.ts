import type { MessageCatalog } from '@gongkai/ui';

/** Translations of this element's messages (ids `pc.*`). */
export const powerCatalogCatalog: MessageCatalog = {
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  en: () => import('./locales/en.js'),
};
