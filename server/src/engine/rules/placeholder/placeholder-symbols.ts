// Template blanks written with symbols: **, ××, ×县, ○○, □□, ＿＿, ___.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { isAsciiLetter, isDigit, isHan, type Span } from '../../text';
import { charAfter, charBefore, matches } from '../../scan';

const YEAR_DIGITS = /[〇○零一二三四五六七八九]/;

export const placeholderSymbols: Rule = {
  id: 'placeholder-symbols',
  category: 'placeholder',
  defaultSeverity: 'error',
  doc: msg(
    '用符号留出的空白（**局、**次、××、×××、×县、○○、〇〇、□□、＿＿、___）没有填写。数字之间的乘号（3×4）、年份中的“○”“〇”、统计显著性星号（0.35**、“**表示在1%的水平上显著”）、Markdown 的 **加粗** 语法和分隔线不算占位符。',
    'Blanks left with symbols (**局, **次, ××, ×××, ×县, ○○, 〇〇, □□, ＿＿, ___) that were never filled in. A multiplication sign between numbers (3×4), ○ or 〇 inside a year, significance stars (0.35**, “**表示在1%的水平上显著”), Markdown **bold** syntax and thematic breaks are not blanks.',
  ),
  basis: msg('公文起草常规：定稿前须替换模板中的全部占位符。', 'Common drafting practice: every template blank is filled before a report is issued.'),
  check({ model }) {
    const text = model.text;
    const findings: RuleFinding[] = [];
    const report = (span: Span, found: string) =>
      findings.push({ span, message: msg(`未填写的占位符“${found}”`, `Unfilled placeholder "${found}"`) });

    const stars = [...matches(model, /\*{2,}|＊{2,}/g)];
    const bold = model.format === 'markdown' ? pairedEmphasis(text, stars) : new Set<number>();
    for (const m of stars) if (!bold.has(m.index) && !isSignificanceMark(text, m.index, m.index + m[0].length)) report({ start: m.index, end: m.index + m[0].length }, m[0]);

    for (const m of matches(model, /×+/g)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 1) {
        const before = charBefore(text, start, true);
        const after = charAfter(text, end, true);
        // 3×4, a×b, (1+2)×3: a multiplication, not a blank.
        if (isDigit(before) || isDigit(after) || isAsciiLetter(before) || isAsciiLetter(after)) continue;
        if (before && /[)）%％]/.test(before)) continue;
        if (after && /[(（]/.test(after)) continue;
        // “数据要素×”, “人工智能+”: a programme named with the sign, closed by its quotation mark.
        if (isHan(text[start - 1]) && /[”」』》]/.test(text[end] ?? '')) continue;
      }
      report({ start, end }, m[0]);
    }

    for (const m of matches(model, /[○〇]{2,}|□{2,}|＿{2,}|_{3,}/g)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0][0] === '○' || m[0][0] === '〇') {
        // 二○○一年, 二〇〇一年: the numeral zero inside a year.
        const before = charBefore(text, start);
        const after = charAfter(text, end);
        if ((before && YEAR_DIGITS.test(before)) || (after && (YEAR_DIGITS.test(after) || after === '年'))) continue;
      }
      if (m[0][0] === '_' && (isAsciiLetter(charBefore(text, start)) || isAsciiLetter(charAfter(text, end)))) continue;
      report({ start, end }, m[0]);
    }
    return findings;
  },
};

/**
 * Markdown emphasis: a `**` run that opens (followed by non-space) paired with a later one on the
 * same line that closes (preceded by non-space). Returns the offsets of the paired delimiters;
 * unpaired `**` in Markdown is a literal, and so a blank.
 */
function pairedEmphasis(text: string, runs: RegExpExecArray[]): Set<number> {
  const paired = new Set<number>();
  let opener: RegExpExecArray | undefined;
  for (const run of runs) {
    if (run[0] !== '**') {
      opener = undefined;
      continue;
    }
    const before = text[run.index - 1];
    const after = text[run.index + 2];
    const canClose = before !== undefined && !/\s/.test(before);
    const canOpen = after !== undefined && !/\s/.test(after);
    if (opener && canClose && !/[\r\n]/.test(text.slice(opener.index, run.index))) {
      paired.add(opener.index);
      paired.add(run.index);
      opener = undefined;
    } else if (canOpen) opener = run;
    else opener = undefined;
  }
  return paired;
}

/**
 * Significance stars in statistics: after a coefficient (0.35**), or explained in a note
 * (注：**表示在1%的水平上显著; *、**、***分别表示……).
 */
function isSignificanceMark(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  return isDigit(text[start - 1]) || /^(?:、[*＊]{1,3}){0,2}(?:分别)?(?:表示|代表)/.test(text.slice(end, end + 14));
}
