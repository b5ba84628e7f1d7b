// Blanks left as brackets: 【】, 【待补充】, [ ], （此处填写……）.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { matches } from '../../scan';

/** Words that say "fill this in" when they open a bracket. */
const FILL_WORDS = '此处|请填写|请在此|请输入|填写|待补充|待填写|待定|待完善|待核实|补充|单位名称|姓名|名称|日期|时间|内容|具体|某';

/** The longest text before `[ ]` on its line that can still be a task-list marker (`  - `, `12. `). */
const MAX_TASK_PREFIX = 40;

export const placeholderBrackets: Rule = {
  id: 'placeholder-brackets',
  category: 'placeholder',
  defaultSeverity: 'error',
  doc: msg(
    '括号留出的空白或填写提示（【】、【待补充】、[ ]、（此处填写……））没有替换成内容。有内容的小标题式方括号（【典型案例】）和 Markdown 任务列表的 [ ] 不算占位符。',
    'Blanks or fill-in prompts left in brackets (【】, 【待补充】, [ ], （此处填写……）). Bracketed labels with real content (【典型案例】) and Markdown task-list boxes are not blanks.',
  ),
  basis: msg('公文起草常规：定稿前须替换模板中的全部占位符。', 'Common drafting practice: every template blank is filled before a report is issued.'),
  check({ model }) {
    const text = model.text;
    const findings: RuleFinding[] = [];
    const patterns: RegExp[] = [
      // 【】 empty, or 【待补充】/【请填写单位】: a prompt.
      new RegExp(`【[ \\u3000]*】|【(?:${FILL_WORDS})[^【】\\n]{0,30}】`, 'g'),
      // （此处填写……）, (请填写), （待补充）.
      new RegExp(`[（(][ \\u3000]*(?:此处|请填写|请在此|请输入|待补充|待填写|待定)[^（）()\\n]{0,40}[）)]`, 'g'),
      // [ ], ［ ］ and [] left as blanks.
      /\[[ \u3000]*\]|［[ \u3000]*］/g,
    ];
    for (const pattern of patterns) {
      for (const m of matches(model, pattern)) {
        const start = m.index;
        if (m[0].startsWith('[') && model.format === 'markdown') {
          // - [ ] task, or [](link) / [] as link text: Markdown syntax.
          const lineStart = model.lines.lineStarts[model.lines.lineAt(start)];
          // Only a short stretch can be a list marker: the test never rescans a long line.
          if (start - lineStart <= MAX_TASK_PREFIX && /^\s*(?:[-*+]|\d+[.)])\s+$/.test(text.slice(lineStart, start))) continue;
          if (text[start + m[0].length] === '(') continue;
        }
        findings.push({
          span: { start, end: start + m[0].length },
          message: msg(`未填写的占位内容“${m[0]}”`, `Unfilled placeholder "${m[0]}"`),
        });
      }
    }
    return findings;
  },
};
