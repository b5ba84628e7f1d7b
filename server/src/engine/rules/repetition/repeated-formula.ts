// Known formula phrases (套话) used more often than a document can bear: 增强“四个意识”、坚定
// “四个自信”、做到“两个维护” four times, 学史明理、学史增信、学史崇德、学史力行 three times.

import { normalizeFormula } from '../../lexicons/repetition';
import { lineList, occurrenceFindings, quoted } from '../../occurrences';
import { msg, type Rule, type RuleFinding } from '../../rule';

export const repeatedFormula: Rule = {
  id: 'repeated-formula',
  category: 'repetition',
  defaultSeverity: 'warning',
  doc: msg(
    '同一篇材料里，已知套话（如增强“四个意识”、坚定“四个自信”、做到“两个维护”，学史明理、学史增信、学史崇德、学史力行，走深走实，入脑入心）用了超过限定次数（默认2次）。超出时每一处都标出，并列出其他各处所在行。标题点明的套话（“不忘初心、牢记使命”主题教育）是报告的主题，书名号里引用的书名也不算。套话表可在配置中扩充，也可为每条套话单设次数。',
    'A known formula phrase (增强“四个意识”、坚定“四个自信”、做到“两个维护”, 学史明理、学史增信、学史崇德、学史力行, 走深走实, 入脑入心 …) used more often in one document than its limit (2 by default). Once over the limit, every occurrence is reported, with the others listed. A formula the title names is the report’s subject, and one inside a quoted book title is not the writer’s wording: neither counts. Users extend the list of formulas and set a limit per formula.',
  ),
  basis: msg(
    '公文写作要求文风朴实、言之有物，反对套话空话（《党政机关公文处理工作条例》第十九条：“内容简洁，主题突出……文字精炼”）；审稿时同一套话反复出现会被标出。',
    'Official drafting calls for plain, substantive writing and against empty formulas (Regulations on the Handling of Official Documents of Party and Government Organs, art. 19: “concise content … refined wording”); reviewers mark a formula repeated throughout a report.',
  ),
  defaultOptions: { defaultLimit: 2 },
  check({ analysis, model, options }) {
    const defaultLimit = typeof options.defaultLimit === 'number' && options.defaultLimit >= 0 ? options.defaultLimit : 2;
    // A formula the title names is the report's subject (“不忘初心、牢记使命”主题教育工作总结):
    // the body names it as often as it must.
    const title = analysis.frame.title ? normalizeFormula(analysis.frame.title.text) : '';
    const findings: RuleFinding[] = [];
    for (const [formula, all] of analysis.formulas) {
      // (A first line that is the formula alone names no subject.)
      if (formula.forms.some((form) => title.length > form.length && title.includes(form))) continue;
      // Inside 《》 it is part of a title quoted, not the writer's wording.
      const spans = all.filter((span) => !analysis.inBookTitle(span));
      const limit = formula.limit ?? defaultLimit;
      if (spans.length <= limit) continue;
      const phrase = quoted(formula.text);
      const message = msg(
        `套话${phrase.zh}在本文出现${spans.length}次（第${lineList(model, spans, '、')}行），超过${limit}次，建议精简或换一种说法。`,
        `The formula ${phrase.en} appears ${spans.length} times in this document (lines ${lineList(model, spans, ', ')}), more than ${limit}; cut some or reword them.`,
      );
      findings.push(...occurrenceFindings(model, spans, message));
    }
    return findings;
  },
};
