// Inline enumerations (一是…二是…, 第一，第二，, 首先，其次，再次，) count from one with no gaps or repeats.

import { formatChineseNumeral } from '../../numerals';
import type { Enumeration, EnumerationItem } from '../../model';
import { msg, type Fix, type Rule, type RuleFinding } from '../../rule';

/** 首先, 其次, 再次: the order words with a place in a sequence (最后 closes any list). */
const ORDER_WORDS = ['', '首先', '其次', '再次'];

const shown = (family: Enumeration['family'], value: number) =>
  family === 'shi' ? `${formatChineseNumeral(value)}是` : family === 'di' ? `第${formatChineseNumeral(value)}` : ORDER_WORDS[value];

/**
 * The items of a 首先/其次/再次 list that are numbered: used as markers (followed by a comma or
 * colon, not 再次强调 'again'), before 最后, which may follow any of them. Only a list opened by
 * 首先 is read as a sequence.
 */
function orderItems(text: string, list: Enumeration): EnumerationItem[] | undefined {
  const items: EnumerationItem[] = [];
  for (const item of list.items) {
    if (!'，,、：:'.includes(text[item.span.end] ?? '')) continue;
    if (item.value === 0) break;
    items.push(item);
  }
  return items[0]?.value === 1 ? items : undefined;
}

export const enumerationSequence: Rule = {
  id: 'enumeration-sequence',
  category: 'numbering',
  defaultSeverity: 'warning',
  doc: msg(
    '段内或逐段使用的“一是……二是……三是……”“第一，第二，”“首先，其次，再次，”应从一开始，连续、不重复：“一是……三是……”缺了二是，“二是……二是……”重复，“首先……再次……”缺了其次。列举的范围是一个段落，或一组都以“×是”开头的段落。“最后”可以接在任何一项之后；“再次”只在后面有逗号或冒号时算作序号（“再次强调”不算）。快速修复按顺序重新编号。',
    'Inline enumerations 一是…二是…三是…, 第一，第二， and 首先，其次，再次， count from one, with no gaps and no repeats: 一是…三是… skips 二是, 二是…二是… repeats, 首先…再次… skips 其次. A list\'s scope is one paragraph, or a run of paragraphs that each open with a marker. 最后 may follow any item; 再次 counts only before a comma or colon (再次强调 means "again"). The quick fix renumbers the list.',
  ),
  basis: msg('公文写作常规：列举序号与标题序号同样须连续（参照 GB/T 9704-2012 §7.3.3）。', 'Common practice in official writing: enumerations are numbered in sequence like headings (after GB/T 9704-2012 §7.3.3).'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const list of model.enumerations) {
      const items = list.family === 'order' ? orderItems(model.text, list) : list.items;
      if (!items) continue;
      const fix = renumber(list.family, items);
      const fixes = fix ? [fix] : undefined;
      const text = (it: EnumerationItem) => model.text.slice(it.span.start, it.span.end);
      items.forEach((item, i) => {
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
        const prev = items[i - 1];
        if (item.value === prev.value + 1) return;
        const related = [{ span: items[0].span, message: msg('列举从这里开始', 'The enumeration starts here') }];
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

function renumber(family: Enumeration['family'], items: EnumerationItem[]): Fix | undefined {
  // Order words run out after 再次: a longer list is the writer's to reword.
  if (family === 'order' && items.length >= ORDER_WORDS.length) return undefined;
  const edits = items
    .map((item, i) => ({ item, value: i + 1 }))
    .filter(({ item, value }) => item.value !== value)
    .map(({ item, value }) => ({ span: item.span, newText: shown(family, value) }));
  return edits.length ? { title: msg('按顺序重新编号本组列举', 'Renumber this enumeration in sequence'), edits } : undefined;
}
