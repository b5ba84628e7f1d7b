// Chinese numerals as used in heading markers and enumerations: 一 … 十、十一 … 二十、二十一 … 九十九.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Characters that may appear in a Chinese numeral used as a sequence number. */
export const CHINESE_NUMERAL_CLASS = '零〇一二三四五六七八九十';

/**
 * Parses a Chinese numeral of the forms writers use for sequence numbers (1-99).
 * Returns undefined for anything that is not one well-formed numeral (e.g. 十十, 二二, 一十一一).
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s) return undefined;
  const m = /^(?:([一二三四五六七八九]?)十([一二三四五六七八九]?)|([一二三四五六七八九]))$/.exec(s);
  if (m) {
    if (m[3]) return DIGITS[m[3]];
    const tens = m[1] ? DIGITS[m[1]] : 1;
    const ones = m[2] ? DIGITS[m[2]] : 0;
    return tens * 10 + ones;
  }
  return undefined;
}

/** Formats 0-99 as a Chinese numeral (十一, 二十, 九十九); larger numbers stay Arabic. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGIT_CHARS[n];
  if (n < 20) return '十' + (n % 10 ? DIGIT_CHARS[n % 10] : '');
  if (n < 100) return DIGIT_CHARS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGIT_CHARS[n % 10] : '');
  return String(n);
}

/** Parses ASCII or full-width Arabic digits. */
export function parseArabic(s: string): number | undefined {
  if (!/^[0-9０-９]{1,3}$/.test(s)) return undefined;
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const CIRCLED_CLASS = CIRCLED;

export function parseCircled(ch: string): number | undefined {
  const i = CIRCLED.indexOf(ch);
  return i >= 0 ? i + 1 : undefined;
}

export function formatCircled(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1] : `(${n})`;
}
