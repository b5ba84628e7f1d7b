// Inline enumerations (一是…二是…, 第一，第二，) count from one with no gaps or repeats.

import { formatChineseNumeral } from '../../numerals';
import type { Enumeration, EnumerationItem } from '../../model';
import { msg, type Fix, type Rule, type RuleFinding } from '../../rule';

const shown = (family: Enumeration['family'], value: number) =>
  family === 'shi' ? `${formatChineseNumeral(value)}是` : `第${formatChineseNumeral(value)}`;

export const enumerationSequence: Rule = {
  id: 'enumeration-sequence',
  category: 'numbering',
  defaultSeverity: 'warning',
  doc: msg(
    '段内或逐段使用的“一是……二是……三是……”“第一，第二，”应从一开始，连续、不重复：“一是……三是……”缺了二是，“二是……二是……”重复。列举的范围是一个段落，或一组都以“×是”开头的段落。快速修复按顺序重新编号。',
    'Inline enumerations 一是…二是…三是… and 第一，第二， count from one, with no gaps and no repeats: 一是…三是… skips 二是, 二是…二是… repeats. A list\'s scope is one paragraph, or a run of paragraphs that each open with a marker. The quick fix renumbers the list.',
  ),
  basis: msg('公文写作常规：列举序号与标题序号同样须连续（参照 GB/T 9704-2012 §7.3.3）。', 'Common practice in official writing: enumerations are numbered in sequence like headings (after GB/T 9704-2012 §7.3.3).'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const list of model.enumerations) {
      if (list.family === 'order') continue;
      const fix = renumber(list);
      const fixes = fix ? [fix] : undefined;
      const text = (it: EnumerationItem) => model.text.slice(it.span.start, it.span.end);
      list.items.forEach((item, i) => {
        if (i === 0) {
          if (item.value !== 1) {
            findings.push({
              span: item.span,
              message: msg(
                `列举从“${text(item)}”开始，前面没有“${shown(list.family, 1)}”`,
                `The enumeration starts at "${text(item)}" with no "${shown(list.family, 1)}" before it`,
              ),
              fixes,
            });
          }
          return;
        }
        const prev = list.items[i - 1];
        if (item.value === prev.value + 1) return;
        const related = [{ span: list.items[0].span, message: msg('列举从这里开始', 'The enumeration starts here') }];
        const message =
          item.value === prev.value
            ? msg(`列举序号“${text(item)}”与上一项重复`, `Enumeration marker "${text(item)}" repeats the one before`)
            : item.value > prev.value
              ? msg(
                  `列举序号不连续：“${text(prev)}”之后是“${text(item)}”，缺少“${shown(list.family, prev.value + 1)}”`,
                  `Enumeration skips: "${text(item)}" follows "${text(prev)}", "${shown(list.family, prev.value + 1)}" is missing`,
                )
              : msg(`列举序号倒退：“${text(prev)}”之后是“${text(item)}”`, `Enumeration goes backwards: "${text(item)}" follows "${text(prev)}"`);
        findings.push({ span: item.span, message, fixes, related });
      });
    }
    return findings;
  },
};

function renumber(list: Enumeration): Fix | undefined {
  const edits = list.items
    .map((item, i) => ({ item, value: i + 1 }))
    .filter(({ item, value }) => item.value !== value)
    .map(({ item, value }) => ({ span: item.span, newText: shown(list.family, value) }));
  return edits.length ? { title: msg('按顺序重新编号本组列举', 'Renumber this enumeration in sequence'), edits } : undefined;
}
