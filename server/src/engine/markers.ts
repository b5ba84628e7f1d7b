// Recognising heading markers at the start of a line's content, and writing canonical ones.

import type { HeadingMarker, MarkerStyle, Numeral } from './model';
import { formatChineseNumeral, parseArabic, parseChineseNumeral, parseCircled } from './numerals';

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,2}';

const CN_DUN = new RegExp(`^(${CN})(、|\\.|．|，|,)`);
const CN_SPACE = new RegExp(`^(${CN})[ \\u3000\\u00a0]+(?=[\\u4e00-\\u9fff])`);
const CN_PAREN = new RegExp(`^([（(〈<])[ \\u3000]*(${CN})[ \\u3000]*([）)〉>])(、|，|,|\\.|．)?`);
const AR_DOT = new RegExp(`^(${AR})(\\.|．|﹒|、)(?![0-9０-９])`);
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
    const angle = '〈<'.includes(open) || '〉>'.includes(close);
    // 〈一〉 is a level-2 marker in the wrong brackets; 〈一）, (一> are not markers at all.
    if (angle && !('〈<'.includes(open) && '〉>'.includes(close))) return undefined;
    const halfWidth = open === '(' || close === ')';
    const style: MarkerStyle = angle ? 'cn-angle' : sep ? 'cn-paren-dun' : halfWidth ? 'cn-paren-half' : 'cn-paren';
    return withFlaws(make(all.length, all.indexOf(num), num, parseChineseNumeral(num), 'chinese', style, 2, style === 'cn-paren'), content, base);
  }
  if ((m = AR_PAREN.exec(content))) {
    const [all, open, num, close, sep] = m;
    const halfWidth = open === '(' || close === ')';
    const style: MarkerStyle = sep ? 'ar-paren-dun' : halfWidth ? 'ar-paren-half' : 'ar-paren';
    return withFlaws(make(all.length, all.indexOf(num), num, parseArabic(num), 'arabic', style, 4, style === 'ar-paren'), content, base);
  }
  if ((m = CN_DUN.exec(content))) {
    const [all, num, sep] = m;
    const rest = content.slice(all.length);
    // 一、二级医院 / 一、二、三年级 / 三、四月份 / 二、三产业: a list of numerals (GB/T 15834's own
    // example of 顿号 between numerals), not a heading.
    // (二、二、 is one marker typed twice, reported as such.)
    if (!rest.startsWith(all) && /^[一二三四五六七八九十](?:[、级等类年档批月号]|季度|产业)/.test(rest)) return undefined;
    // 一，二 … in prose, or a lone numeral followed by a comma in running text, is not a heading
    // unless a heading-like phrase follows.
    if ((sep === '，' || sep === ',') && !/^[\u4e00-\u9fff“《]/.test(rest)) return undefined;
    const style: MarkerStyle = sep === '、' ? 'cn-dun' : sep === '，' || sep === ',' ? 'cn-comma' : 'cn-dot';
    return withFlaws(make(all.length, 0, num, parseChineseNumeral(num), 'chinese', style, 1, style === 'cn-dun'), content, base);
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
    const style: MarkerStyle = sep === '、' ? 'ar-dun' : sep === '﹒' ? 'ar-dot-small' : 'ar-dot';
    return withFlaws(make(all.length, 0, num, parseArabic(num), 'arabic', style, 3, style === 'ar-dot'), content, base);
  }
  if ((m = CIRCLED.exec(content))) {
    return make(1, 0, m[0], parseCircled(m[0]), 'circled', 'circled', 5, true);
  }
  return undefined;
}

/**
 * Flaws a marker of a standard style can still have: spaces inside its brackets (（ 一）), and the
 * same marker typed twice (二、二、).
 */
function withFlaws(marker: HeadingMarker | undefined, content: string, base: number): HeadingMarker | undefined {
  if (!marker) return marker;
  const own = content.slice(0, marker.span.end - base);
  if (/[（(〈<][ \u3000]|[ \u3000][）)〉>]/.test(own)) {
    marker.spaced = true;
    marker.canonical = false;
  }
  const rest = content.slice(own.length);
  if (rest.startsWith(own)) marker.doubled = { start: marker.span.end, end: marker.span.end + own.length };
  return marker;
}

/** What is wrong with a non-canonical marker, for messages. */
export function describeMarker(marker: HeadingMarker): { zh: string; en: string } {
  if (marker.spaced && STANDARD_STYLES.has(marker.style)) return { zh: '括号内多了空格', en: 'has spaces inside the brackets' };
  return describeStyle(marker.style);
}

const STANDARD_STYLES = new Set<MarkerStyle>(['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'circled']);

function describeStyle(style: MarkerStyle): { zh: string; en: string } {
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
    'ar-dot-small': ['用了小号句点“﹒”', 'uses the small full stop “﹒”'],
    'cn-angle': ['用了尖括号', 'uses angle brackets'],
    circled: ['', ''],
  };
  const [zh, en] = table[style];
  return { zh, en };
}
