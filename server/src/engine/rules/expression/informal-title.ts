// Informal short forms of the General Secretary's name and titles: 习总书记, 习主席, and the name
// with no title at all (习近平在福建考察时的重要讲话). Whether they are acceptable is a matter of
// house style, so the rule only informs by default.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { matches } from '../../scan';

/** Characters that make a word with a following 习 (学习总书记讲话 is 学习 + 总书记). */
const WORDS_ENDING_IN_XI = new Set([...'学练复实见研温讲演积陋恶修自预补传时熟沿旧俗风染']);

const FORMAL: Record<string, string> = { 总书记: '习近平总书记', 主席: '习近平主席', 大大: '习近平总书记' };

export const informalTitle: Rule = {
  id: 'informal-title',
  category: 'expression',
  defaultSeverity: 'info',
  hasSuggestions: true,
  doc: msg(
    '“习总书记”“习主席”“习大大”是口语化的简称，正式材料一般写全称“习近平总书记”“习近平主席”；只写姓名不写职务（“习近平在福建考察时的重要讲话”）也不合规范，应为“习近平总书记在……”。是否接受简称属各单位的行文习惯，因此默认只作提示。“学习总书记讲话”这类“学习”+“总书记”，以及书名号里的书名（《习近平在福建》）不算。',
    'Informal short forms (习总书记, 习主席, 习大大); formal writing uses the full 习近平总书记 / 习近平主席; the name with no title (习近平在福建考察时的重要讲话) is informal too, and is written 习近平总书记在…… Whether short forms are acceptable is house style, so the rule only informs by default. 学习总书记讲话 (学习 + 总书记) and book titles in 《》 (《习近平在福建》) are not reported.',
  ),
  basis: msg(
    '中央文件和新华社通稿对领导人使用“姓名+职务”的规范称谓（习近平总书记、习近平主席），姓氏加职务的简称属非正式用法。',
    'Central documents and Xinhua copy name leaders by full name and title (习近平总书记, 习近平主席); surname-plus-title short forms are informal.',
  ),
  check({ analysis, model }) {
    const findings: RuleFinding[] = [];
    // The name with no title before what he did: 习近平在福建考察时……
    for (const m of matches(model, /习近平(?=在)/g)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (analysis.inBookTitle(span)) continue;
      findings.push({
        span,
        message: msg('“习近平”后缺少职务，正式行文宜写“习近平总书记”', '"习近平" without a title; formal writing uses "习近平总书记"'),
        suggestions: [{ title: msg('改为“习近平总书记”', 'Change to "习近平总书记"'), edits: [{ span, newText: '习近平总书记' }] }],
      });
    }
    for (const m of matches(model, /习(总书记|主席|大大)/g)) {
      if (WORDS_ENDING_IN_XI.has(model.text[m.index - 1])) continue;
      const formal = FORMAL[m[1]];
      const span = { start: m.index, end: m.index + m[0].length };
      findings.push({
        span,
        message: msg(`“${m[0]}”是口语化简称，正式行文宜写“${formal}”`, `"${m[0]}" is an informal short form; formal writing uses "${formal}"`),
        suggestions: [{ title: msg(`改为“${formal}”`, `Change to "${formal}"`), edits: [{ span, newText: formal }] }],
      });
    }
    return findings;
  },
};
