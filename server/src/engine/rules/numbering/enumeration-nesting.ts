// A 一是/二是 list inside an item of another 一是/二是 list: two levels share one marker style.

import { formatChineseNumeral } from '../../numerals';
import { msg, type Rule, type RuleFinding, type TextEdit } from '../../rule';

export const enumerationNesting: Rule = {
  id: 'enumeration-nesting',
  category: 'numbering',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  doc: msg(
    '逐段以“一是、二是”开头的列举，某一项内部又出现一组从“一是”开始的列举：两个层次用了同一种序号，读者分不清。建议外层改用“（一）（二）”这样的标题序号，快速修复可一次改好外层。',
    'A paragraph-level 一是/二是 list whose item holds another list starting again at 一是: two levels share one marker style and the reader cannot tell them apart. Number the outer level as headings instead (（一）（二）); the quick fix rewrites the outer markers.',
  ),
  basis: msg('GB/T 9704-2012 §7.3.3：不同层次使用不同的序数形式。', 'GB/T 9704-2012 §7.3.3: each level has its own numbering form.'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const inner of model.enumerations) {
      if (!inner.parent) continue;
      const outer = model.enumerations[inner.parent.enumeration];
      if (outer.family !== inner.family) continue;
      const outerItem = outer.items[inner.parent.item];
      const first = inner.items[0];
      const edits: TextEdit[] = outer.items
        .filter((it) => it.leading && it.family === 'shi')
        .map((it) => ({ span: it.span, newText: `（${formatChineseNumeral(it.value)}）` }));
      findings.push({
        span: first.span,
        message: msg(
          `“${model.text.slice(outerItem.span.start, outerItem.span.end)}”这一项内又从“${model.text.slice(first.span.start, first.span.end)}”开始列举，两个层次用了同一种序号；建议外层改用“（一）（二）”`,
          `The item "${model.text.slice(outerItem.span.start, outerItem.span.end)}" holds a second list starting at "${model.text.slice(first.span.start, first.span.end)}": two levels share one marker style; number the outer level （一）（二） instead`,
        ),
        related: [{ span: outerItem.span, message: msg('外层列举项', 'The outer item') }],
        suggestions: edits.length
          ? [{ title: msg('外层列举改用“（一）（二）”', 'Number the outer list （一）（二）'), edits }]
          : undefined,
      });
    }
    return findings;
  },
};
