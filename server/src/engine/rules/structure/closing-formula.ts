// The closing formula a type requires: 请示 ends with 妥否，请批示。, 报告 with 特此报告。

import { lastSentence } from '../../analysis/sentences';
import { containsPhrase } from '../../phrases';
import { msg, type Rule } from '../../rule';
import { insertLinesAfter } from '../../structure-fixes';

export const closingFormula: Rule = {
  id: 'closing-formula',
  category: 'structure',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  doc: msg(
    '文种要求结语时，检查正文末尾有没有：请示以“妥否，请批示。”（或“请批复”“请审批”等）结束（内置文种中只有请示强求结语；报告常用“特此报告。”，但不强求）。结语可以单独成段，也可以是最后一段的最后一句；署名、日期、附件说明不算正文。只检查主送机关的公文（请示总是主送上级）：网上公开的总结、会议材料、讲话和签报不检查。快速修复在正文末尾另起一段写上结语。',
    'Where the type requires a closing formula, checks the end of the body: a 请示 ends with "妥否，请批示。" (or 请批复, 请审批 …); among the built-in types only the 请示 insists on one (a 报告 often ends with "特此报告。" but need not). The formula may be a paragraph of its own or the last sentence of the last paragraph; signer, date and annex notes are not body. Only documents sent to an addressee are checked (a 请示 always is): summaries published on a website, meeting papers, speeches and 签报 forms are not. The quick fix adds the formula as a new paragraph after the body.',
  ),
  basis: msg(
    '《党政机关公文处理工作条例》：请示应当一文一事，结尾提出请求；公文写作常规：报告以“特此报告”结束。',
    'Regulations on the handling of official documents: a request ends by asking for approval; by common practice a report ends with "特此报告".',
  ),
  check({ analysis, model }) {
    const formula = analysis.type.template?.closing;
    const { frame } = analysis;
    if (!formula?.required || !analysis.sent || frame.lastBodyLine === undefined) return [];
    if (frame.ending.some((e) => e.kind === 'closing')) return [];
    const line = frame.lastBodyLine;
    const start = model.lines.lineStarts[line];
    const end = model.lines.lineEnds[line];
    const last = lastSentence(model.text, start, end);
    if (containsPhrase(model.text.slice(last.start, last.end), formula.phrases)) return [];
    return [
      {
        span: last,
        message: analysis.typed(`正文末尾缺少结语“${formula.skeleton}”`, `The body does not end with a closing formula such as "${formula.skeleton}"`),
        suggestions: [{ title: msg(`另起一段写上“${formula.skeleton}”`, `Add "${formula.skeleton}" as a new paragraph`), edits: [insertLinesAfter(model, line, [formula.skeleton])] }],
      },
    ];
  },
};
