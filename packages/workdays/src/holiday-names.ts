import type { HolidayKey } from './calendar-types.js';

export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

/** Names as the State Council notices write them, with Traditional Chinese and English renderings. */
export const holidayNames: Readonly<Record<HolidayKey, Readonly<Record<Locale, string>>>> = {
  newYear: { 'zh-Hans': '元旦', 'zh-Hant': '元旦', en: "New Year's Day" },
  springFestival: { 'zh-Hans': '春节', 'zh-Hant': '春節', en: 'Spring Festival' },
  tombSweeping: { 'zh-Hans': '清明节', 'zh-Hant': '清明節', en: 'Qingming Festival' },
  labourDay: { 'zh-Hans': '劳动节', 'zh-Hant': '勞動節', en: 'Labour Day' },
  dragonBoat: { 'zh-Hans': '端午节', 'zh-Hant': '端午節', en: 'Dragon Boat Festival' },
  midAutumn: { 'zh-Hans': '中秋节', 'zh-Hant': '中秋節', en: 'Mid-Autumn Festival' },
  nationalDay: { 'zh-Hans': '国庆节', 'zh-Hant': '國慶節', en: 'National Day' },
  victoryDay70: {
    'zh-Hans': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    'zh-Hant': '中國人民抗日戰爭暨世界反法西斯戰爭勝利70週年紀念日',
    en: '70th Anniversary of Victory in the War of Resistance',
  },
};
