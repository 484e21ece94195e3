/**
 * Reads the text of a 国务院办公厅关于20XX年部分节假日安排的通知 into a `holiday-calendar` year.
 * The notices have kept one shape for fifteen years — a numbered item per holiday, "名称：M月D日
 * （…）至D日（…）放假调休，共N天。M月D日（周日）、M月D日（周六）上班。" — with variations this
 * tolerates: 放假 / 放假调休 / 放假1天，不调休; weekdays as 周三 or 星期三 or absent; lunar dates in
 * the brackets (农历除夕); full-width or half-width digits and punctuation; a range's end with or
 * without its month; an explicit year for a day in the neighbouring year (2011年12月31日); two
 * holidays in one item (国庆节、中秋节), where the day of 中秋 (the 15th of the 8th lunar month,
 * from the Chinese calendar in Intl) is 中秋节 unless it falls on 国庆节's own days (1–3 October),
 * and the make-up days belong to 国庆节.
 */
import type { HolidayCalendarYear, HolidayKeyName } from '@gongkai/schema';

export class NoticeParseError extends Error {
  constructor(readonly reason: { 'zh-Hans': string; 'zh-Hant': string; en: string }) {
    super(reason.en);
    this.name = 'NoticeParseError';
  }
}

const HOLIDAY_NAMES: ReadonlyArray<[RegExp, HolidayKeyName]> = [
  [/^元旦/, 'newYear'],
  [/^春节/, 'springFestival'],
  [/^清明/, 'tombSweeping'],
  [/^劳动节|^五一/, 'labourDay'],
  [/^端午/, 'dragonBoat'],
  [/^中秋/, 'midAutumn'],
  [/^国庆/, 'nationalDay'],
  [/抗日战争.*胜利.*纪念日/, 'victoryDay70'],
];

/** Full-width digits, letters and ASCII punctuation to half-width; ideographic space to a space. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function holidayOf(name: string): HolidayKeyName | undefined {
  const trimmed = name.trim();
  return HOLIDAY_NAMES.find(([pattern]) => pattern.test(trimmed))?.[1];
}

/** Whether `date` is the 15th day of the 8th month of the Chinese calendar (中秋). */
function isMidAutumn(date: string): boolean {
  const parts = new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(`${date}T00:00:00Z`));
  const month = parts.find((p) => p.type === 'month')?.value;
  const day = parts.find((p) => p.type === 'day')?.value;
  return month === '8' && day === '15';
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
const RANGE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:至(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日)?/;

/** The holiday year the notice is for, its number and date. */
function noticeFacts(text: string): { year: number; title: string; number?: string; date?: string } {
  const title = /国务院办公厅关于\s*(\d{4})\s*年(?:部分)?节假日安排的通知/.exec(text);
  if (!title) {
    throw new NoticeParseError({
      'zh-Hans': '找不到通知标题“国务院办公厅关于20XX年部分节假日安排的通知”',
      'zh-Hant': '找不到通知標題「国务院办公厅关于20XX年部分节假日安排的通知」',
      en: 'No notice title "国务院办公厅关于20XX年部分节假日安排的通知" found',
    });
  }
  const number = /国办发(?:明电)?\s*[〔\[(]\s*(\d{4})\s*[〕\])]\s*(\d+)\s*号/.exec(text);
  // The notice's date is the last full date in it, under the issuing office's name.
  const dates = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)];
  const last = dates.at(-1);
  const facts: { year: number; title: string; number?: string; date?: string } = { year: Number(title[1]), title: title[0].replace(/\s+/g, '') };
  if (number) facts.number = number[0].replace(/\s+/g, '').replace(/[[(]/, '〔').replace(/[\])]/, '〕');
  if (last && Number(last[1]) < facts.year + 1 && Number(last[1]) >= facts.year - 1 && text.lastIndexOf(last[0]) > text.lastIndexOf('上班')) {
    facts.date = iso(Number(last[1]), Number(last[2]), Number(last[3]));
  }
  return facts;
}

/** The calendar year of the notice for `year` parsed from its text. */
export function parseHolidayNotice(input: string): HolidayCalendarYear {
  const text = halfWidth(input).replace(/\r\n?/g, '\n');
  const facts = noticeFacts(text);
  const holidays: HolidayCalendarYear['holidays'] = [];
  const makeUpWorkdays: HolidayCalendarYear['makeUpWorkdays'] = [];
  // One item per holiday: "一、元旦：…" up to the next numbered item or the end of the arrangements.
  const items = [...text.matchAll(/(?:^|\n)\s*[一二三四五六七八九十]+\s*[、.]\s*([^:：\n]+)[:：]([^\n]*)/g)];
  for (const [, head = '', body = ''] of items) {
    const keys = head.split(/[、,，和]/).map(holidayOf);
    if (keys.length === 0 || keys.some((k) => k === undefined)) continue;
    const names = keys as HolidayKeyName[];
    const plain = body.replace(/[(（][^)）]*[)）]/g, '');
    const [offPart = '', ...rest] = plain.split(/[。;；]/);
    const range = RANGE.exec(offPart);
    if (!range || !/放假/.test(offPart)) {
      throw new NoticeParseError({ 'zh-Hans': `“${head}”一项找不到放假日期`, 'zh-Hant': `「${head}」一項找不到放假日期`, en: `No days off found for "${head}"` });
    }
    const [, y1, m1, d1, y2, m2, d2] = range;
    const from = iso(Number(y1 ?? facts.year), Number(m1), Number(d1));
    const to = d2 === undefined ? from : iso(Number(y2 ?? y1 ?? facts.year), Number(m2 ?? m1), Number(d2));
    const main = names.includes('nationalDay') ? 'nationalDay' : names[0]!;
    // Day by day, so two holidays in one item can be told apart.
    let current: { holiday: HolidayKeyName; from: string; to: string } | undefined;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const holiday = names.length > 1 && names.includes('midAutumn') && isMidAutumn(day) && !/-10-0[123]$/.test(day) ? 'midAutumn' : main;
      if (current && current.holiday === holiday) current.to = day;
      else {
        current = { holiday, from: day, to: day };
        holidays.push(current);
      }
    }
    for (const sentence of rest.filter((s) => /上班/.test(s))) {
      for (const [, y, m, d] of sentence.matchAll(DATE)) makeUpWorkdays.push({ date: iso(Number(y ?? facts.year), Number(m), Number(d)), holiday: main });
    }
  }
  if (holidays.length === 0) {
    throw new NoticeParseError({
      'zh-Hans': '通知中找不到放假安排（应为“一、元旦：1月1日放假……”这样的编号条目）',
      'zh-Hant': '通知中找不到放假安排（應為「一、元旦：1月1日放假……」這樣的編號條目）',
      en: 'No holiday arrangements found (numbered items such as "一、元旦：1月1日放假……")',
    });
  }
  holidays.sort((a, b) => a.from.localeCompare(b.from));
  makeUpWorkdays.sort((a, b) => a.date.localeCompare(b.date));
  const notice: HolidayCalendarYear['notice'] = { title: facts.title };
  if (facts.number) notice.number = facts.number;
  if (facts.date) notice.date = facts.date;
  return { year: facts.year, notice, holidays, makeUpWorkdays };
}
