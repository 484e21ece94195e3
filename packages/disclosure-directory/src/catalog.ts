import type { MessageCatalog } from '@gongkai/ui';

/** Translations of this element's messages (ids `dd.*`). */
export const disclosureDirectoryCatalog: MessageCatalog = {
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  en: () => import('./locales/en.js'),
};
