// The opening that announces the body (根据……，现将……报告如下：), where the type requires one.

import { lastSentence } from '../../analysis/sentences';
import type { Paragraph } from '../../model';
import { containsPhrase } from '../../phrases';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { insertLinesBefore } from '../../structure-fixes';
import type { Span } from '../../text';

export const openingFormula: Rule = {
  id: 'opening-formula',
  category: 'structure',
  defaultSeverity: 'info',
  hasSuggestions: true,
  doc: msg(
    '文种要求开头有引出正文的过渡语、且文件主送机关时（模板中 opening.required 为 true，内置文种默认都不强求），检查第一个一级标题之前的开头段落里有没有“现将……报告如下：”这类过渡语。网上公开的总结、会议材料和讲话不主送机关，不检查；没有分部分标题的短文也不检查。快速修复在第一个标题前插入一句待补全的开头语。',
    'Where the type requires an opening that announces the body (opening.required in its template; no built-in type insists on one) and the document is sent to an addressee, checks that the paragraphs before the first first-level heading hold one ("现将……报告如下："). Summaries published on a website, meeting papers and speeches are sent to no one and are not checked; nor are short documents without section headings. The quick fix inserts an opening, with a prompt to complete, before the first heading.',
  ),
  basis: msg(
    '公文写作常规：报告开头交代依据或缘由，以“现将……报告如下：”过渡到正文。',
    'Common practice in official writing: a report opens with its basis and passes to the body with "现将……报告如下：".',
  ),
  check({ analysis, model }) {
    const formula = analysis.type.template?.opening;
    const structure = analysis.structure;
    if (!formula?.required || !structure?.headings.length || !analysis.sent) return [];
    const firstHeading = structure.headings[0].heading;
    const bodyStart = model.lines.lineStarts[firstHeading.line];
    const words = (p: Paragraph) => model.text.slice(p.contentStart, p.span.end);
    const { body } = analysis.frame;
    const opening = model.paragraphs.slice(body.first, body.end).filter((p) => p.heading === undefined && p.span.end <= bodyStart);
    if (opening.some((p) => containsPhrase(words(p), formula.phrases))) return [];
    const last = opening.pop();
    const span: Span = last ? lastSentence(model.text, last.contentStart, last.span.end) : analysis.documentSpan;
    const finding: RuleFinding = {
      span,
      message: analysis.typed(
        `开头缺少引出正文的“${formula.phrases[0]}”`,
        `The opening lacks a phrase such as "${formula.phrases[0]}" announcing the body`,
      ),
      suggestions: [{ title: msg(`插入开头语“${formula.skeleton}”`, `Insert the opening "${formula.skeleton}"`), edits: [insertLinesBefore(model, firstHeading.line, [formula.skeleton])] }],
    };
    return [finding];
  },
};
