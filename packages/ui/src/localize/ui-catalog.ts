import type { MessageCatalog } from './catalog.js';

/** Translations of the shared views' own messages (ids `ui.*`). */
export const uiCatalog: MessageCatalog = {
  'zh-Hant': () => import('../locales/zh-Hant.js'),
  en: () => import('../locales/en.js'),
};
