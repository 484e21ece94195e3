/**
 * The masking rules that are not digit runs: e-mail addresses, WeChat IDs, car plates, house
 * numbers after a street or estate name, and the writer's own name and address wherever they
 * occur (also written `张 三` or with invisible characters inside, which normalization already
 * dropped). Each is one left-to-right scan over the normalized text with bounded look-around, so
 * the whole set stays linear (the e-mail scan never re-reads text past the previous `@`).
 */
import { valueAfterKeyword } from './context.js';
import type { Candidate } from './spans.js';

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

export function findEmails(text: string, mask: (email: string) => string): Candidate[] {
  const found: Candidate[] = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let left = at;
    while (left > floor && EMAIL_LOCAL.test(text[left - 1]!)) left -= 1;
    let right = at + 1;
    while (right < text.length && EMAIL_DOMAIN.test(text[right]!)) right += 1;
    while (right > at + 1 && (text[right - 1] === '.' || text[right - 1] === '-')) right -= 1;
    floor = at + 1;
    const domain = text.slice(at + 1, right);
    if (left === at || !/\.[A-Za-z]{2,}$/.test(domain) || domain.startsWith('.')) continue;
    const email = text.slice(left, right);
    found.push({ kind: 'email', start: left, end: right, replacement: mask(email) });
    floor = right;
  }
  return found;
}

const WECHAT_TOKEN_CHAR = /[A-Za-z0-9_-]/;

/** `wxid_…` anywhere, and an ID of 6+ letters/digits/`_`/`-` starting with a letter after 微信 / WeChat / vx. */
export function findWechatIds(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i += 1) {
    let valueStart = -1;
    if (text.startsWith('wxid_', i) && !WECHAT_TOKEN_CHAR.test(text[i - 1] ?? '')) valueStart = i;
    else {
      const keyword = valueAfterKeyword(text, i);
      if (keyword?.kind === 'wechat' && /[A-Za-z]/.test(text[keyword.valueStart] ?? '')) valueStart = keyword.valueStart;
    }
    if (valueStart < 0) continue;
    let end = valueStart;
    while (end < text.length && WECHAT_TOKEN_CHAR.test(text[end]!)) end += 1;
    if (end - valueStart >= 6) {
      found.push({ kind: 'wechat', start: valueStart, end, replacement: '***' });
      i = end - 1;
    }
  }
  return found;
}

const PROVINCES = new Set([...'京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼']);
const PLATE_SUFFIX = new Set([...'学警挂领港澳']);

/** 鲁A12345, 鲁A·12345, 鲁AD12345 (new energy, 8 characters), 鲁A1234学. */
export function findCarPlates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (!PROVINCES.has(text[i]!) || !/[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    let j = i + 2;
    if (text[j] === '·' || text[j] === ' ' || text[j] === '-' || text[j] === '.') j += 1;
    const from = j;
    let digits = 0;
    while (j < text.length && j - from < 7 && /[A-Za-z0-9]/.test(text[j]!)) {
      if (text[j]! >= '0' && text[j]! <= '9') digits += 1;
      j += 1;
    }
    let length = j - from;
    if (length === 4 && PLATE_SUFFIX.has(text[j] ?? '')) {
      j += 1;
      length = 5;
    }
    if ((length !== 5 && length !== 6) || digits < 3 || /[A-Za-z0-9]/.test(text[j] ?? '')) continue;
    found.push({ kind: 'carPlate', start: i, end: j, replacement: `${text[i]}${text[i + 1]!.toUpperCase()}*****` });
    i = j - 1;
  }
  return found;
}

/** After these, a number is a house, building, unit or room: `建设路88号`, `幸福小区3栋2单元501`. */
const ADDRESS_MARKERS = ['胡同', '小区', '花园', '公寓', '大厦', '家园', '社区', '新村', '广场', '苑', '路', '街', '道', '巷', '弄', '村', '里', '院', '庄', '园'];
const UNITS = ['号楼', '号院', '单元', '号', '栋', '幢', '座', '楼', '层', '室', '户', '组', '弄', '排', '期'];
/** Chinese numerals are words too (`三户人家`): after them only the unambiguous house units count. */
const UNITS_AFTER_CHINESE_NUMERAL = new Set(['号楼', '号院', '单元', '号', '栋', '幢', '弄']);
const CHINESE_NUMERAL = /[〇零一二三四五六七八九十百千两]/;
const ARABIC = /[0-9]/;

function unitAt(text: string, i: number): string | undefined {
  return UNITS.find((unit) => text.startsWith(unit, i));
}

/** End of the house-number tail starting at `i`, or `i` when there is none. */
function addressTailEnd(text: string, i: number): number {
  let end = i;
  let j = i;
  let groups = 0;
  for (;;) {
    while (text[j] === ' ') j += 1;
    const numeralStart = j;
    let chinese = false;
    if (ARABIC.test(text[j] ?? '')) {
      while (ARABIC.test(text[j] ?? '') || (text[j] === '-' && ARABIC.test(text[j + 1] ?? ''))) j += 1;
    } else if (CHINESE_NUMERAL.test(text[j] ?? '')) {
      chinese = true;
      while (CHINESE_NUMERAL.test(text[j] ?? '')) j += 1;
    } else if (/[A-Za-z]/.test(text[j] ?? '') && (text[j + 1] === '座' || text[j + 1] === '栋' || text[j + 1] === '区')) {
      j += 1;
    } else break;
    const unit = text[j] === '区' ? '区' : unitAt(text, j);
    if (unit && (!chinese || groups > 0 || UNITS_AFTER_CHINESE_NUMERAL.has(unit))) {
      j += unit.length;
      end = j;
      groups += 1;
      continue;
    }
    // A bare Arabic number after a unit is a room: `2单元501`, `3-2-501` straight after the street.
    const bare = text.slice(numeralStart, j);
    if (!chinese && ARABIC.test(bare[0] ?? '') && (groups > 0 || bare.includes('-'))) end = j;
    break;
  }
  return end;
}

export function findAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const marker = ADDRESS_MARKERS.find((m) => text.startsWith(m, i));
    if (!marker) continue;
    const tailStart = i + marker.length;
    const end = addressTailEnd(text, tailStart);
    if (end > tailStart) {
      let start = tailStart;
      while (text[start] === ' ') start += 1;
      found.push({ kind: 'address', start, end, replacement: '***' });
      i = end - 1;
    }
  }
  return found;
}

/** Separators people and input methods put inside a name or an address: `张 三`, `张·三`. */
const INNER_SEPARATORS = new Set([' ', '·', '.', '-', '_']);
const MAX_INNER_SEPARATORS = 2;

/**
 * Every occurrence of `needle` (already normalized) in `text`, letters compared case-insensitively,
 * with up to two separators between any two characters. O(text × needle); the needle is a
 * length-limited field of the letter.
 */
export function findLoose(text: string, needle: string, kind: Candidate['kind'], replacement: string): Candidate[] {
  const chars = [...asciiLower(needle)].filter((ch) => !INNER_SEPARATORS.has(ch));
  if (chars.length === 0) return [];
  const found: Candidate[] = [];
  const lower = asciiLower(text);
  for (let i = 0; i < lower.length; i += 1) {
    if (!lower.startsWith(chars[0]!, i)) continue;
    let j = i + chars[0]!.length;
    let matched = 1;
    while (matched < chars.length) {
      let k = j;
      while (k < lower.length && k - j < MAX_INNER_SEPARATORS && INNER_SEPARATORS.has(lower[k]!)) k += 1;
      if (!lower.startsWith(chars[matched]!, k)) break;
      j = k + chars[matched]!.length;
      matched += 1;
    }
    if (matched === chars.length) {
      found.push({ kind, start: i, end: j, replacement });
      i = j - 1;
    }
  }
  return found;
}

/** Lower-cases A–Z only, so offsets stay those of the text (`toLowerCase` can change lengths). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}
