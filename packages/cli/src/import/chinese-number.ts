const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads a Chinese numeral below ten thousand (二十, 十五, 一百二十, 两百) as time limits are
 * written in older catalogs. Returns undefined for anything else.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text === '' || !/^[零〇一二两兩三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    const unit = UNITS[char];
    if (unit !== undefined) {
      // "十五" starts with a unit: it means one ten.
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row: not a numeral
      digit = DIGITS[char];
    }
  }
  return total + (digit ?? 0);
}

/** Folds full-width digits, letters and punctuation (２０, ／) to ASCII. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
