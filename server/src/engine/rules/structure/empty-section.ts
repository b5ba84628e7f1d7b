// A heading with nothing under it, and a list item that is only its lead phrase
// (二是便民春风暖人心。三是……).

import type { SectionMatch } from '../../analysis/parts';
import type { DocumentModel, Enumeration, EnumerationItem, Heading } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { insertBodyUnder } from '../../structure-fixes';
import { CLAUSE_END, isSentenceEnd, SENTENCE_END, type Span } from '../../text';

export const emptySection: Rule = {
  id: 'empty-section',
  category: 'structure',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  doc: msg(
    '标题下没有任何内容（紧接着就是同级或上级标题，或已到文末），或者“一是、二是”列举中某一项只有一句小标题、没有具体内容，而同组其他项都有（“二是便民春风暖人心。三是……”）：这是报告里的空洞。每项都只有一句话的简短列举不算；各项开头一句长短不一的（“临时财政补贴火电企业发电成本。……二是落实税收缓交政策。”）是逐条列出的措施，不是并列的小标题，也不算。表格行、逐条列举的编号条目（“1.公司党委被授予……。”）不需要下文。识别出模板部分的空标题，快速修复在其下插入待填写的提示。',
    'A heading with nothing under it (the next heading of the same or a higher level, or the end, follows at once), or an item of a 一是/二是 list that is only its lead phrase while the other items go on with content ("二是便民春风暖人心。三是…"): a hole in the report. Lists whose items are all one short sentence are fine, and so are lists whose opening sentences differ much in length (measures listed one by one, not parallel lead phrases). Table rows and numbered list items that say their piece in full (1.公司党委被授予……。) need nothing under them. For an empty heading that names a template section, the quick fix inserts a prompt under it.',
  ),
  basis: msg(
    '公文写作常规：标题之下须有内容；列举各项都应有具体内容，不能只列小标题。',
    'Common practice in official writing: every heading has content under it, and every item of a list says something beyond its lead phrase.',
  ),
  check({ analysis, model }) {
    const findings: RuleFinding[] = [];
    const emptyHeadings = emptyHeadingsOf(model, analysis.frame.title?.heading);
    if (emptyHeadings.length) {
      const structure = analysis.structure;
      // Looked up once per heading: a search per empty heading is quadratic in a long document.
      const sectionOf = new Map<Heading, SectionMatch | undefined>();
      for (const s of structure?.headings ?? []) if (!sectionOf.has(s.heading)) sectionOf.set(s.heading, s.matches[0]);
      for (const h of emptyHeadings) {
        const named = sectionOf.get(h);
        findings.push({
          span: h.span,
          message: msg(`标题“${model.text.slice(h.span.start, h.span.end)}”下没有内容`, `Nothing under the heading "${model.text.slice(h.span.start, h.span.end)}"`),
          suggestions: named
            ? [{ title: msg(`在“${named.section.name}”下插入待填写的提示`, `Insert a prompt under "${named.section.name}"`), edits: [insertBodyUnder(model, h, named.section.skeleton)] }]
            : undefined,
        });
      }
    }
    const opensWithItem = new Set(model.enumerations.flatMap((l) => l.items.filter((it) => it.leading).map((it) => it.paragraph)));
    for (const list of model.enumerations) {
      for (const lead of leadOnlyItems(model, list, opensWithItem)) {
        const shown = model.text.slice(lead.start, lead.end);
        findings.push({
          span: lead,
          message: msg(`“${shown}”只有一句小标题，没有具体内容`, `"${shown}" is only a lead phrase, with nothing after it`),
        });
      }
    }
    return findings;
  },
};

/**
 * Headings with nothing under them: no body on their line, and the same or a higher level, or
 * the end, right after. A heading written as a sentence (（一）持续加强理论武装。) may be a
 * one-line item of a terse list: it counts only when most of its siblings (two at least) have
 * bodies, as a lead phrase does.
 */
function emptyHeadingsOf(model: DocumentModel, titleHeading: number | undefined): Heading[] {
  const bare = new Set<Heading>();
  for (const p of model.paragraphs) {
    if (p.heading === undefined) continue;
    const h = model.headings[p.heading];
    if (!h.standalone || h.index === titleHeading || h.role === 'item') continue;
    const next = model.paragraphs[p.index + 1];
    if (!next || (next.heading !== undefined && model.headings[next.heading].level <= h.level)) bare.add(h);
  }
  // Per run of siblings (same parent and level): how many there are, how many have bodies, and
  // whether any is a list item (a run with items in it is a list of sentences, not of headings).
  const runs = new Map<string, { all: number; withBody: number; items: number }>();
  const key = (h: Heading) => `${h.attachment ?? -1}:${h.parent ?? -1}:${h.level}`;
  for (const h of model.headings) {
    const run = runs.get(key(h)) ?? { all: 0, withBody: 0, items: 0 };
    run.all++;
    if (h.role === 'item') run.items++;
    else if (!bare.has(h)) run.withBody++;
    runs.set(key(h), run);
  }
  return [...bare].filter((h) => {
    if (!h.terminator || !isSentenceEnd(h.terminator.char)) return true;
    const { all, withBody, items } = runs.get(key(h))!;
    if (items > 0) return false;
    return withBody >= 2 && withBody * 2 > all - 1;
  });
}

/** How an item is written: a lead phrase and content, a lead phrase alone, or something else (one long sentence, a clause). */
type ItemShape = { kind: 'lead-and-content'; leadLength: number } | { kind: 'lead-only'; lead: Span } | { kind: 'other' };

/** How much longer than its siblings' lead phrases a lone sentence may be and still read as one. */
const LEAD_LENGTH_MARGIN = 2;
/**
 * How far apart the lead phrases of a list may run in length and still be parallel headings
 * (以人为本解民忧 / 便民春风暖人心). Lead sentences of very different lengths (临时财政补贴火电企业
 * 发电成本。/ 落实税收缓交政策。) are measures stated one by one, and a short one says all it has to.
 */
const PARALLEL_LEAD_SPREAD = 3;

/**
 * Items that are only a lead phrase (一句小标题) in a list written as lead phrase + content: at
 * least two other items, and more than half of them, go on past their lead phrase.
 */
function leadOnlyItems(model: DocumentModel, list: Enumeration, opensWithItem: ReadonlySet<number>): Span[] {
  if (list.family === 'order' || list.items.length < 3) return [];
  const shapes = list.items.map((item, i) => itemShape(model, list, item, i, opensWithItem));
  const withContent = shapes.filter((s) => s.kind === 'lead-and-content').length;
  const others = shapes.length - 1;
  if (withContent < 2 || withContent * 2 <= others) return [];
  // Parallel lead phrases run to about one length (以人为本解民忧 / 便民春风暖人心); a lone sentence
  // well longer than any of them says something itself (三是全年未发生重大经济安全风险事件).
  const leads = shapes.flatMap((s) => (s.kind === 'lead-and-content' ? [s.leadLength] : []));
  const longestLead = Math.max(...leads);
  if (longestLead - Math.min(...leads) > PARALLEL_LEAD_SPREAD) return [];
  return shapes.flatMap((s) => (s.kind === 'lead-only' && s.lead.end - s.lead.start <= longestLead + LEAD_LENGTH_MARGIN ? [s.lead] : []));
}

/** A lead phrase: one short sentence closed by a sentence end, as in 一是以人为本解民忧。 */
const LEAD = new RegExp(`^[^${CLAUSE_END}]{1,25}[${SENTENCE_END}]`);

function itemShape(model: DocumentModel, list: Enumeration, item: EnumerationItem, i: number, opensWithItem: ReadonlySet<number>): ItemShape {
  const text = model.text;
  const paragraph = model.paragraphs[item.paragraph];
  const next = list.items[i + 1];
  const end = next && next.paragraph === item.paragraph ? next.span.start : paragraph.span.end;
  let start = item.span.end;
  while (start < end && /[，,、：:\s\u3000]/.test(text[start])) start++;
  const lead = LEAD.exec(text.slice(start, end));
  if (!lead) return { kind: 'other' };
  const leadEnd = start + lead[0].length;
  // Marker and lead phrase, as the lead-only span below counts them.
  const leadLength = leadEnd - 1 - item.span.start;
  if (text.slice(leadEnd, end).trim()) return { kind: 'lead-and-content', leadLength };
  // The item's text may go on in the paragraphs below it (a list used like headings).
  if (end === paragraph.span.end && continuesBelow(model, item, opensWithItem)) return { kind: 'lead-and-content', leadLength };
  return { kind: 'lead-only', lead: { start: item.span.start, end: leadEnd - 1 } };
}

/** Whether the next paragraph is ordinary text (not a heading, not another item) that carries the item on. */
function continuesBelow(model: DocumentModel, item: EnumerationItem, opensWithItem: ReadonlySet<number>): boolean {
  const next = model.paragraphs[item.paragraph + 1];
  return next !== undefined && next.heading === undefined && !opensWithItem.has(next.index);
}
