// Template blanks written with Latin X: XXXX, XX, x县, X中X会, 第x巡回指导组, x%.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { isAsciiLetter, isDigit } from '../../text';
import { charAfter, charBefore, matches } from '../../scan';

/** Words in which X is the letter itself, not a blank. */
const X_WORDS = /^(?:射线|光|线|轴|染色体|刀|波段|形|型|衍射)/;

export const placeholderLetters: Rule = {
  id: 'placeholder-letters',
  category: 'placeholder',
  defaultSeverity: 'error',
  doc: msg(
    '模板中的占位字母（XXXX、XX、x县、X中X会、第x巡回指导组、x%）没有替换成实际内容。拉丁词（APP、GDP、Windows）、单位、X射线、X光、x轴、型号和变量（X6132型、x86、X1）、坐标轴（X、Y两个方向）和数字之间的乘号（3x4）不算占位符。',
    'Template blanks written with the letter X (XXXX, XX, x县, X中X会, 第x巡回指导组, x%) that were never filled in. Latin words (APP, GDP, Windows), units, X射线, X光, x轴, model names and variables (X6132型, x86, X1), axes (X、Y两个方向) and a multiplication between numbers (3x4) are not blanks.',
  ),
  basis: msg('公文起草常规：定稿前须替换模板中的全部占位符。', 'Common drafting practice: every template blank is filled before a report is issued.'),
  check({ model }) {
    const text = model.text;
    const findings: RuleFinding[] = [];
    for (const m of matches(model, /[XxＸｘ]+/g)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = charBefore(text, start);
      const after = charAfter(text, end);
      // Part of a Latin word or code: Windows, XP, Xbox, 0x1F, [x] task boxes.
      if (isAsciiLetter(before) || isAsciiLetter(after)) continue;
      if (before === '[' && after === ']') continue;
      if (after === '-' && isAsciiLetter(text[end + 1])) continue;
      if (before === '_' || after === '_') continue;
      // 1+X证书, “1+1+X”: a policy named with X as the variable part.
      if (/[+＋]/.test(before ?? '') || /[+＋]/.test(after ?? '')) continue;
      // A multiplication between numbers: 3x4, 3 x 4, 1920×1080.
      if (isDigit(charBefore(text, start, true)) && isDigit(charAfter(text, end, true))) continue;
      if (X_WORDS.test(text.slice(end, end + 3))) continue;
      // One X with digits after it is a name: a model (X6132型), x86, a variable (X1为……).
      // A run of them is still a blank: 市xxxx2名处级干部.
      if (m[0].length === 1 && isDigit(text[end])) continue;
      // Axes and variables named in a list: X、Y两个方向 (x、x is a pair of blanks).
      if (m[0].length === 1 && after === '、' && isAsciiLetter(text[end + 1]) && !/[XxＸｘ]/.test(text[end + 1])) continue;
      findings.push({
        span: { start, end },
        message: msg(`未填写的占位符“${m[0]}”`, `Unfilled placeholder "${m[0]}"`),
      });
    }
    return findings;
  },
};
