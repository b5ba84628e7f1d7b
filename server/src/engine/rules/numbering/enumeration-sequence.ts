// Inline enumerations (一是…二是…, 第一，第二，, 首先，其次，再次，) count from one with no gaps or repeats.

import { formatChineseNumeral, formatCircled } from '../../numerals';
import type { Enumeration, EnumerationItem } from '../../model';
import { msg, type Fix, type Rule, type RuleFinding } from '../../rule';

/** 首先, 其次, 再次: the order words with a place in a sequence (最后 closes any list). */
const ORDER_WORDS = ['', '首先', '其次', '再次'];

/** How the list's first item writes its markers, for the number `value`: 二是, 第二, 其次, 2、, （2）, ②. */
function shown(first: EnumerationItem, value: number): string {
  switch (first.family) {
    case 'shi':
      return `${formatChineseNumeral(value)}${first.form}`;
    case 'di':
      return `第${formatChineseNumeral(value)}`;
    case 'order':
      return ORDER_WORDS[value];
    case 'arabic':
      return first.form === '（）' ? `（${value}）` : `${value}${first.form}`;
    case 'circled':
      return formatCircled(value);
  }
}

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
  fixable: true,
  hasSuggestions: true,
  doc: msg(
    '段内或逐段使用的“一是……二是……三是……”（或“一要……二要……”）、“第一，第二，”“首先，其次，再次，”以及段内的“1.……2.……”“①……②……”应从一开始，连续、不重复：“一是……三是……”缺了二是，“二是……二是……”重复，“首先……再次……”缺了其次。同一组列举也不要换写法（“一是要……二要……三要……”）。列举的范围是一个段落，或一组都以“×是”开头的段落；“原因一是……；二是……”这样紧接在词语后面的“一是”也算列举的开始。“最后”可以接在任何一项之后；“再次”只在后面有逗号或冒号时算作序号（“再次强调”不算）。快速修复按顺序重新编号。',
    'Inline enumerations 一是…二是…三是… (or 一要…二要…), 第一，第二，, 首先，其次，再次，, and 1.…2.… or ①…②… inside a paragraph, count from one, with no gaps and no repeats: 一是…三是… skips 二是, 二是…二是… repeats, 首先…再次… skips 其次. One list keeps one form (一是要…二要…三要… switches). A list\'s scope is one paragraph, or a run of paragraphs that each open with a marker; a 一是 joined to the word before it (原因一是……；二是……) opens a list too. 最后 may follow any item; 再次 counts only before a comma or colon (再次强调 means "again"). The quick fix renumbers the list.',
  ),
  basis: msg('公文写作常规：列举序号与标题序号同样须连续（参照 GB/T 9704-2012 §7.3.3）。', 'Common practice in official writing: enumerations are numbered in sequence like headings (after GB/T 9704-2012 §7.3.3).'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const list of model.enumerations) {
      const items = list.family === 'order' ? orderItems(model.text, list) : list.items;
      if (!items) continue;
      // Renumbering 一是/二是 or 1./2. is mechanical; 其次 for 再次 changes a word: the writer's to choose.
      const renumbering = renumber(items);
      const fix = list.family === 'order' ? undefined : renumbering;
      const suggestions = list.family === 'order' && renumbering ? [renumbering] : undefined;
      const text = (it: EnumerationItem) => model.text.slice(it.span.start, it.span.end);
      items.forEach((item, i) => {
        if (i === 0) {
          if (item.value !== 1) {
            findings.push({
              span: item.span,
              message: msg(
                `列举从“${text(item)}”开始，前面没有“${shown(item, 1)}”`,
                `The enumeration starts at "${text(item)}" with no "${shown(item, 1)}" before it`,
              ),
              fix,
              suggestions,
            });
          }
          return;
        }
        // 一是要……二要……: the list switches its form.
        if (list.family === 'shi' && item.form !== items[0].form) {
          const wanted = shown(items[0], item.value);
          findings.push({
            span: item.span,
            message: msg(
              `同一组列举写法不一致：前面用“${text(items[0])}”，这里用“${text(item)}”，应为“${wanted}”`,
              `One list, two forms: it opens with "${text(items[0])}" and writes "${text(item)}" here; "${wanted}" keeps the form`,
            ),
            related: [{ span: items[0].span, message: msg('列举从这里开始', 'The enumeration starts here') }],
            suggestions: [{ title: msg(`改为“${wanted}”`, `Change to "${wanted}"`), edits: [{ span: item.span, newText: wanted }] }],
          });
        }
        const prev = items[i - 1];
        if (item.value === prev.value + 1) return;
        const related = [{ span: items[0].span, message: msg('列举从这里开始', 'The enumeration starts here') }];
        const message =
          item.value === prev.value
            ? msg(`列举序号“${text(item)}”与上一项重复`, `Enumeration marker "${text(item)}" repeats the one before`)
            : item.value > prev.value
              ? msg(
                  `列举序号不连续：“${text(prev)}”之后是“${text(item)}”，缺少“${shown(items[0], prev.value + 1)}”`,
                  `Enumeration skips: "${text(item)}" follows "${text(prev)}", "${shown(items[0], prev.value + 1)}" is missing`,
                )
              : msg(`列举序号倒退：“${text(prev)}”之后是“${text(item)}”`, `Enumeration goes backwards: "${text(item)}" follows "${text(prev)}"`);
        findings.push({ span: item.span, message, fix, suggestions, related });
      });
    }
    return findings;
  },
};

function renumber(items: EnumerationItem[]): Fix | undefined {
  // Order words run out after 再次: a longer list is the writer's to reword.
  if (items[0].family === 'order' && items.length >= ORDER_WORDS.length) return undefined;
  const edits = items
    .map((item, i) => ({ item, value: i + 1 }))
    .filter(({ item, value }) => item.value !== value)
    .map(({ item, value }) => ({ span: item.span, newText: shown(items[0], value) }));
  return edits.length ? { title: msg('按顺序重新编号本组列举', 'Renumber this enumeration in sequence'), edits } : undefined;
}
