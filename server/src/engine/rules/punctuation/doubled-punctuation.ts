// Punctuation typed twice or two marks where one belongs: 。。 ，， 、、 ，。 . The ellipsis ……
// and the dash —— are single marks written with two characters; doubled ！！ and ？？ are allowed
// for emphasis (GB/T 15834-2011), so neither is reported.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { matches } from '../../scan';

export const doubledPunctuation: Rule = {
  id: 'doubled-punctuation',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: true,
  doc: msg(
    '点号重复或连用：“。。”“，，”“、、”“；；”“：：”，以及“，。”“、，”这类两个点号挨在一起。省略号“……”和破折号“——”本来就占两个字的位置，叹号、问号叠用表示强烈语气，都不算。',
    'A mark typed twice (。。 ，， 、、 ；； ：：) or two marks where one belongs (，。 、，). The ellipsis …… and the dash —— are single marks two characters wide, and doubled ！！ or ？？ express emphasis: none is reported.',
  ),
  basis: msg('GB/T 15834-2011《标点符号用法》：句中点号和句末点号各司其职，一处只用一个。', 'GB/T 15834-2011 (Use of punctuation marks): one stop or pause mark at a time.'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const m of matches(model, /[，。、；：]{2,}/g)) {
      const run = m[0];
      const span = { start: m.index, end: m.index + run.length };
      const same = [...run].every((ch) => ch === run[0]);
      if (same) {
        // Three or more full stops are an ellipsis typed the wrong way.
        const replacement = run[0] === '。' && run.length >= 3 ? '……' : run[0];
        findings.push({
          span,
          message: msg(`标点“${run[0]}”重复`, `"${run[0]}" typed ${run.length} times`),
          fix: { title: msg(`改为“${replacement}”`, `Change to "${replacement}"`), edits: [{ span, newText: replacement }] },
        });
      } else {
        findings.push({ span, message: msg(`点号“${run}”连用，只应保留一个`, `Marks "${run}" side by side; keep one`) });
      }
    }
    return findings;
  },
};
