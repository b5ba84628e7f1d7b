// Recognising heading markers at the start of a line's content, and writing canonical ones.

import type { HeadingMarker, MarkerStyle, Numeral } from './model';
import { formatChineseNumeral, parseArabic, parseChineseNumeral, parseCircled } from './numerals';

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,2}';

const CN_DUN = new RegExp(`^(${CN})(、|\\.|．|，|,)`);
const CN_SPACE = new RegExp(`^(${CN})[ \\u3000\\u00a0]+(?=[\\u4e00-\\u9fff])`);
const CN_PAREN = new RegExp(`^([（(])[ \\u3000]*(${CN})[ \\u3000]*([）)])(、|，|,|\\.|．)?`);
const AR_DOT = new RegExp(`^(${AR})(\\.|．|、)(?![0-9０-９])`);
const AR_PAREN = new RegExp(`^([（(])[ \\u3000]*(${AR})[ \\u3000]*([）)])(、|，|,|\\.|．)?`);
const CIRCLED = /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/;

/** The canonical marker text for a level and value, per GB/T 9704-2012 §7.3.3. */
export function canonicalMarker(level: number, value: number): string {
  switch (level) {
    case 1:
      return `${formatChineseNumeral(value)}、`;
    case 2:
      return `（${formatChineseNumeral(value)}）`;
    case 3:
      return `${value}.`;
    case 4:
      return `（${value}）`;
    default:
      return String.fromCharCode(0x2460 + value - 1);
  }
}

/** A numeral of the marker's own kind, for renumbering a marker in place. */
export function formatNumeral(numeral: Numeral, value: number): string {
  if (numeral === 'chinese') return formatChineseNumeral(value);
  if (numeral === 'circled') return canonicalMarker(5, value);
  return String(value);
}

/**
 * Reads a heading marker at the start of `content` (offset `base` in the document).
 * Returns undefined when the line does not start with one.
 */
export function readMarker(content: string, base: number): HeadingMarker | undefined {
  let m: RegExpExecArray | null;
  const make = (
    length: number,
    numStart: number,
    numText: string,
    value: number | undefined,
    numeral: Numeral,
    style: MarkerStyle,
    level: number,
    canonical: boolean,
  ): HeadingMarker | undefined =>
    value === undefined || value === 0
      ? undefined
      : {
          span: { start: base, end: base + length },
          numberSpan: { start: base + numStart, end: base + numStart + numText.length },
          value,
          numeral,
          style,
          level,
          canonical,
        };

  if ((m = CN_PAREN.exec(content))) {
    const [all, open, num, close, sep] = m;
    const halfWidth = open === '(' || close === ')';
    const style: MarkerStyle = sep ? 'cn-paren-dun' : halfWidth ? 'cn-paren-half' : 'cn-paren';
    return make(all.length, all.indexOf(num), num, parseChineseNumeral(num), 'chinese', style, 2, style === 'cn-paren');
  }
  if ((m = AR_PAREN.exec(content))) {
    const [all, open, num, close, sep] = m;
    const halfWidth = open === '(' || close === ')';
    const style: MarkerStyle = sep ? 'ar-paren-dun' : halfWidth ? 'ar-paren-half' : 'ar-paren';
    return make(all.length, all.indexOf(num), num, parseArabic(num), 'arabic', style, 4, style === 'ar-paren');
  }
  if ((m = CN_DUN.exec(content))) {
    const [all, num, sep] = m;
    const rest = content.slice(all.length);
    // 一、二级医院 / 一、二、三年级 / 三、四月份 / 二、三产业: a list of numerals (GB/T 15834's own
    // example of 顿号 between numerals), not a heading.
    if (/^[一二三四五六七八九十](?:[、级等类年档批月号]|季度|产业)/.test(rest)) return undefined;
    // 一，二 … in prose, or a lone numeral followed by a comma in running text, is not a heading
    // unless a heading-like phrase follows.
    if ((sep === '，' || sep === ',') && !/^[\u4e00-\u9fff“《]/.test(rest)) return undefined;
    const style: MarkerStyle = sep === '、' ? 'cn-dun' : sep === '，' || sep === ',' ? 'cn-comma' : 'cn-dot';
    return make(all.length, 0, num, parseChineseNumeral(num), 'chinese', style, 1, style === 'cn-dun');
  }
  if ((m = CN_SPACE.exec(content))) {
    const [all, num] = m;
    // Only a short line reads as a heading written with a space after the numeral.
    const restLength = content.length - all.length;
    if (restLength > 30 || /[。；]/.test(content)) return undefined;
    return make(all.length, 0, num, parseChineseNumeral(num), 'chinese', 'cn-space', 1, false);
  }
  if ((m = AR_DOT.exec(content))) {
    const [all, num, sep] = m;
    const rest = content.slice(all.length);
    // 1.5亿, 2021.10 and version-like text are not markers; 1、2、3 lists neither.
    if (/^[0-9０-９]/.test(rest) || /^[0-9０-９][、]/.test(rest)) return undefined;
    if (rest.length === 0) return undefined;
    const style: MarkerStyle = sep === '、' ? 'ar-dun' : 'ar-dot';
    return make(all.length, 0, num, parseArabic(num), 'arabic', style, 3, style === 'ar-dot');
  }
  if ((m = CIRCLED.exec(content))) {
    return make(1, 0, m[0], parseCircled(m[0]), 'circled', 'circled', 5, true);
  }
  return undefined;
}

/** What is wrong with a non-canonical style, for messages. */
export function describeStyle(style: MarkerStyle): { zh: string; en: string } {
  const table: Record<MarkerStyle, [string, string]> = {
    'cn-dun': ['', ''],
    'cn-dot': ['顿号写成了点号', 'uses a dot instead of 、'],
    'cn-comma': ['顿号写成了逗号', 'uses a comma instead of 、'],
    'cn-space': ['缺少顿号', 'has a space instead of 、'],
    'cn-paren': ['', ''],
    'cn-paren-half': ['用了半角括号', 'uses half-width brackets'],
    'cn-paren-dun': ['括号后多了标点', 'has punctuation after the brackets'],
    'ar-dot': ['', ''],
    'ar-dun': ['数字后应用点号而不是顿号', 'uses 、 where the standard has a dot'],
    'ar-paren': ['', ''],
    'ar-paren-half': ['用了半角括号', 'uses half-width brackets'],
    'ar-paren-dun': ['括号后多了标点', 'has punctuation after the brackets'],
    circled: ['', ''],
  };
  const [zh, en] = table[style];
  return { zh, en };
}
