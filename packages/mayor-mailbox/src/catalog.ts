import type { MessageCatalog } from '@gongkai/ui';

/** Translations of this element's messages (ids `mm.*`). */
export const mayorMailboxCatalog: MessageCatalog = {
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  en: () => import('./locales/en.js'),
};
