import type { MessageCatalog } from '@gongkai/ui';

/** Translations of this element's messages (ids `dr.*`). */
export const disclosureRequestCatalog: MessageCatalog = {
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  en: () => import('./locales/en.js'),
};
