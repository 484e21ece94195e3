import type { MessageCatalog } from '@gongkai/ui';

/** Translations of the workbench's messages (ids `wb.*`). */
export const workbenchCatalog: MessageCatalog = {
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  en: () => import('./locales/en.js'),
};
