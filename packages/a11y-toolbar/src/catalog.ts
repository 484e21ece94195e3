import type { MessageCatalog } from '@gongkai/ui';

/** Translations of this element's messages (ids `a11y.*`). */
export const a11yToolbarCatalog: MessageCatalog = {
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  en: () => import('./locales/en.js'),
};
