// The opening that announces the body (根据……，现将……报告如下：), where the type requires one.

import type { Paragraph } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { insertLinesBefore } from '../../structure-fixes';
import { containsPhrase } from '../../templates/structure';
import { isIndentChar, type Span } from '../../text';
import { documentSpan, reportContext, withType } from './context';

export const openingFormula: Rule = {
  id: 'opening-formula',
  category: 'structure',
  defaultSeverity: 'info',
  doc: msg(
    '文种要求开头有引出正文的过渡语时（如“报告”的“根据……，现将有关情况报告如下：”），检查第一个一级标题之前的开头段落里有没有。没有分部分标题的短文不检查。快速修复在第一个标题前插入一句待补全的开头语。',
    'Where the type requires an opening that announces the body (a 报告\'s "根据……，现将有关情况报告如下："), checks that the paragraphs before the first first-level heading hold one. Short documents without section headings are not checked. The quick fix inserts an opening, with a prompt to complete, before the first heading.',
  ),
  basis: msg(
    '公文写作常规：报告开头交代依据或缘由，以“现将……报告如下：”过渡到正文。',
    'Common practice in official writing: a report opens with its basis and passes to the body with "现将……报告如下：".',
  ),
  check(ctx) {
    const context = reportContext(ctx);
    const { model } = ctx;
    const formula = context.decision.template?.opening;
    const structure = context.structure;
    if (!formula?.required || !structure?.headings.length) return [];
    const firstHeading = structure.headings[0].heading;
    const bodyStart = model.lines.lineStarts[firstHeading.line];
    const title = model.title?.span;
    const words = (p: Paragraph) => model.text.slice(p.contentStart, p.span.end);
    const opening = model.paragraphs.filter(
      (p) => p.heading === undefined && p.span.end <= bodyStart && (!title || p.span.end <= title.start || p.span.start >= title.end),
    );
    if (opening.some((p) => containsPhrase(words(p), formula.phrases))) return [];
    const last = opening.filter((p) => !ADDRESSEE.test(words(p))).pop();
    const span: Span = last ? lastSentence(model.text, last.contentStart, last.span.end) : documentSpan(model);
    const finding: RuleFinding = {
      span,
      message: withType(
        context,
        `开头缺少引出正文的“${formula.phrases[0]}”`,
        `The opening lacks a phrase such as "${formula.phrases[0]}" announcing the body`,
      ),
      fixes: [{ title: msg(`插入开头语“${formula.skeleton}”`, `Insert the opening "${formula.skeleton}"`), edits: [insertLinesBefore(model, firstHeading.line, [formula.skeleton])] }],
    };
    return [finding];
  },
};

/** The addressee line (主送机关) that opens a 请示 or 报告: 市政府： — not part of the opening's words. */
const ADDRESSEE = /^[^。，；！？,;!?：:]{1,30}[：:]$/;

/** The last sentence of a paragraph: after the previous 。！？ (and any indentation) up to its end. */
export function lastSentence(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && isIndentChar(text[e - 1])) e--;
  let s = e - 1;
  while (s > start && !/[。！？!?]/.test(text[s - 1])) s--;
  s = Math.max(start, s);
  while (s < e && isIndentChar(text[s])) s++;
  return { start: s, end: e };
}
