/**
 * "QQ：12345678", "电话号码是 8888-1234", "微信号 zhang_san": a keyword right before a value, with
 * only filler (号, 码, 是, 为, colons, spaces, brackets) between. Looking back a bounded number of
 * characters keeps every check O(1), so the rules stay linear in the text.
 */
export type ContextKind = 'contact' | 'qq' | 'wechat' | 'card';

const KEYWORDS: ReadonlyArray<readonly [ContextKind, string]> = [
  ['contact', '电话'],
  ['contact', '手机'],
  ['contact', '座机'],
  ['contact', '联系方式'],
  ['contact', '致电'],
  ['contact', '拨打'],
  ['contact', 'tel'],
  ['contact', 'phone'],
  ['qq', 'qq'],
  ['qq', '扣扣'],
  ['wechat', '微信'],
  ['wechat', 'wechat'],
  ['wechat', 'weixin'],
  ['wechat', 'vx'],
  ['wechat', 'wx'],
  ['card', '卡号'],
  ['card', '银行卡'],
  ['card', '账号'],
  ['card', '帐号'],
  ['card', '账户'],
  ['card', '帐户'],
];

const FILLER = new Set([...'号码是为:;= #()[]【】〔〕-：', '\t']);
const MAX_FILLER = 6;

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

/** The context keyword ending right before `start` (after skipping filler), if any. */
export function contextBefore(text: string, start: number): ContextKind | undefined {
  // Keywords may end in filler themselves (账号, 号码): try each point of the filler run.
  for (let end = start; end >= 0 && start - end <= MAX_FILLER; end -= 1) {
    const kind = keywordEndingAt(text, end);
    if (kind) return kind;
    if (end === 0 || !FILLER.has(text[end - 1]!)) return undefined;
  }
  return undefined;
}

function keywordEndingAt(text: string, end: number): ContextKind | undefined {
  for (const [kind, keyword] of KEYWORDS) {
    const from = end - keyword.length;
    if (from < 0) continue;
    if (text.slice(from, end).toLowerCase() !== keyword) continue;
    // A Latin keyword must be a word of its own: not the tail of "hotel" or "saxqq".
    if (isAsciiLetter(keyword[0]) && isAsciiLetter(text[from - 1])) continue;
    return kind;
  }
  return undefined;
}

/** Where a value introduced by a keyword starting at `at` begins (after the keyword and filler), or -1. */
export function valueAfterKeyword(text: string, at: number): { kind: ContextKind; valueStart: number } | undefined {
  for (const [kind, keyword] of KEYWORDS) {
    if (text.slice(at, at + keyword.length).toLowerCase() !== keyword) continue;
    if (isAsciiLetter(keyword[0]) && (isAsciiLetter(text[at - 1]) || isAsciiLetter(text[at + keyword.length]))) continue;
    let i = at + keyword.length;
    while (i < text.length && i - at - keyword.length < MAX_FILLER && FILLER.has(text[i]!)) i += 1;
    return { kind, valueStart: i };
  }
  return undefined;
}
