// A section the report's type requires is missing (a combined heading such as 成效与不足 covers both).

import { msg, type Fix, type Rule, type RuleFinding } from '../../rule';
import { insertSections } from '../../structure-fixes';

export const requiredSection: Rule = {
  id: 'required-section',
  category: 'structure',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  doc: msg(
    '按报告的文种检查必备部分：工作总结、自评报告要有做法、成效、问题、打算，述职报告要有履职情况、存在不足、努力方向，调研报告要有问题和对策建议，政府信息公开工作年度报告要有规定的六个部分，其他文种各有其模板。一级标题里出现识别词即算有这一部分，一个标题可以同时涵盖两部分（“成效与不足”“存在的问题及下一步打算”“2022年工作完成情况”）；以专题小标题叙述工作也算有做法和成效；做法和成效有其一即可；问题、打算也可以写在正文段落里（“……但仍存在一些问题，主要是……”“下一步，……”）。只剩一个一级标题也检查。文种依次由文首标注、路径设置、标题、文件名、开头语确定，都判断不出时不检查；提示中会说明按哪种文种检查、为什么。快速修复在模板位置插入缺少的部分（标题序号正确，后面的标题顺延编号），正文是待填写的提示。',
    'Checks the sections a report\'s type requires: a work summary or self-evaluation has practice, results, problems and plans; a duty report has duties, shortcomings and direction; a research report problems and proposals; the 政府信息公开工作年度报告 its six mandated parts; other types have their own templates. A first-level heading holding a section\'s word counts as that section, and one heading can cover two ("成效与不足", "存在的问题及下一步打算", "2022年工作完成情况"); topic headings that tell the work count as practice and results; practice and results share a place, so one of them is enough; problems and plans may be stated in a paragraph ("……但仍存在一些问题，主要是……", "下一步，……"). One level-1 heading left is still checked. The type comes from a marker in the document, the path settings, the title, the file name or the opening, and where none tells it nothing is checked; every message says which type was assumed and why. The quick fix inserts the missing section at its template position, numbered for its level with the later headings renumbered, with a prompt as its body.',
  ),
  basis: msg(
    '公文写作常规：工作总结一般由基本情况和做法、成效、问题、下一步打算组成；各文种的必备部分见其模板（docs/templates.md）。',
    'Common practice in official writing: a work summary tells what was done, its results, its problems and the plans; each type\'s sections are in its template (docs/templates.md).',
  ),
  defaultOptions: { minHeadings: 1 },
  check({ analysis, options }) {
    const structure = analysis.structure;
    if (!structure) return [];
    // A report with no section headings is not written in sections: nothing to be missing.
    const minHeadings = typeof options.minHeadings === 'number' ? options.minHeadings : 1;
    if (structure.headings.length < minHeadings) return [];
    // A default type from the settings is only a guess: it applies once two of its sections are named.
    if (analysis.type.source === 'default' && structure.sections.filter((s) => s.status === 'present').length < 2) return [];
    const missing = structure.sections.filter((s) => s.status === 'missing');
    if (!missing.length) return [];
    // With several missing, inserting them all comes first: it is what fix-all applies, since the
    // single insertions all renumber the same headings and cannot be combined.
    const all = missing.length > 1 ? insertSections(analysis, missing)?.fix : undefined;
    const span = analysis.documentSpan;
    return missing.map((state): RuleFinding => {
      const one = insertSections(analysis, [state])?.fix;
      const words = state.section.words.slice(0, 3).map((w) => `“${w}”`).join('');
      const suggestions = [all, one].filter((f): f is Fix => f !== undefined);
      return {
        span,
        message: analysis.typed(
          `缺少“${state.section.name}”部分（一级标题中没有${words}等词）`,
          `The "${state.section.name}" section is missing (no first-level heading holds ${words} or a like word)`,
        ),
        suggestions: suggestions.length ? suggestions : undefined,
      };
    });
  },
};
