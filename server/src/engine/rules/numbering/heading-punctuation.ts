// A heading that stands alone on its line ends without punctuation.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { LEVEL_NAMES_EN, LEVEL_NAMES_ZH } from '../../numbering';

export const headingPunctuation: Rule = {
  id: 'heading-punctuation',
  category: 'numbering',
  defaultSeverity: 'warning',
  fixable: true,
  doc: msg(
    '独立成行的标题末尾不加标点（“一、开展的主要工作：”多了冒号）。一级标题独占一行时句号也不要；二级及以下标题后面紧接正文时以句号结束，这是正确的；问号、叹号是标题语气的一部分，保留。快速修复删除多余的标点。',
    'A heading standing alone on its line ends without punctuation ("一、开展的主要工作：" has a stray colon). A standalone first-level heading takes no full stop either; a lower heading followed by body text on the same line ends with 。, which is correct; a question or exclamation mark belongs to what the heading says and stays. The quick fix removes the mark.',
  ),
  basis: msg('公文写作常规：独立成行的标题末尾不加标点；GB/T 15834-2011 §5.1.1 句末点号用于句子末尾。', 'Common practice in official writing: a standalone heading takes no closing punctuation (GB/T 15834-2011 §5.1.1: end marks close sentences).'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const h of model.headings) {
      const t = h.terminator;
      // A list item's ；or 。 closes its clause (1.铁塔根开取值在……以内；).
      if (!t || !h.standalone || h.role === 'item') continue;
      // A question or an exclamation keeps its mark: it is part of what the heading says
      // (二、为什么成效明显？). A lower heading's 。 closes the sentence its body text goes on from.
      if ('？！?!'.includes(t.char)) continue;
      if (t.char === '。' && h.level !== 1) continue;
      findings.push({
        span: t.span,
        message: msg(
          `独立成行的${LEVEL_NAMES_ZH[h.level]}标题末尾不应有标点“${t.char}”`,
          `A standalone ${LEVEL_NAMES_EN[h.level]} heading should not end with "${t.char}"`,
        ),
        fix: { title: msg(`删除“${t.char}”`, `Remove "${t.char}"`), edits: [{ span: t.span, newText: '' }] },
      });
    }
    return findings;
  },
};
