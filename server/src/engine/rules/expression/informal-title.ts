// Informal short forms of the General Secretary's name and titles: 习总书记, 习主席. Whether they
// are acceptable is a matter of house style, so the rule only informs by default.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { matches } from '../scan';

/** Characters that make a word with a following 习 (学习总书记讲话 is 学习 + 总书记). */
const WORDS_ENDING_IN_XI = new Set([...'学练复实见研温讲演积陋恶修自预补传时熟沿旧俗风染']);

const FORMAL: Record<string, string> = { 总书记: '习近平总书记', 主席: '习近平主席', 大大: '习近平总书记' };

export const informalTitle: Rule = {
  id: 'informal-title',
  category: 'expression',
  defaultSeverity: 'info',
  doc: msg(
    '“习总书记”“习主席”“习大大”是口语化的简称，正式材料一般写全称“习近平总书记”“习近平主席”。是否接受简称属各单位的行文习惯，因此默认只作提示。“学习总书记讲话”这类“学习”+“总书记”不算。',
    'Informal short forms (习总书记, 习主席, 习大大); formal writing uses the full 习近平总书记 / 习近平主席. Whether short forms are acceptable is house style, so the rule only informs by default. 学习总书记讲话 (学习 + 总书记) is not one.',
  ),
  basis: msg(
    '中央文件和新华社通稿对领导人使用“姓名+职务”的规范称谓（习近平总书记、习近平主席），姓氏加职务的简称属非正式用法。',
    'Central documents and Xinhua copy name leaders by full name and title (习近平总书记, 习近平主席); surname-plus-title short forms are informal.',
  ),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const m of matches(model, /习(总书记|主席|大大)/g)) {
      if (WORDS_ENDING_IN_XI.has(model.text[m.index - 1])) continue;
      const formal = FORMAL[m[1]];
      const span = { start: m.index, end: m.index + m[0].length };
      findings.push({
        span,
        message: msg(`“${m[0]}”是口语化简称，正式行文宜写“${formal}”`, `"${m[0]}" is an informal short form; formal writing uses "${formal}"`),
        fixes: [{ title: msg(`改为“${formal}”`, `Change to "${formal}"`), edits: [{ span, newText: formal }] }],
      });
    }
    return findings;
  },
};
