// The office's own placeholders, listed in the configuration (`placeholders` in .gongwenrc.json,
// or this rule's `patterns` option).

import { msg, type Rule, type RuleFinding } from '../../rule';
import { isMasked } from '../../scan';
import { USER_PATTERN_LIMITS } from '../../user-pattern';

export const placeholderCustom: Rule = {
  id: 'placeholder-custom',
  category: 'placeholder',
  defaultSeverity: 'error',
  doc: msg(
    '本单位在配置文件 placeholders 中列出的占位符（如“〔待填〕”），定稿前没有替换。可以是原样文字，也可以是正则表达式（RE2 语法，线性时间执行，条数和复杂度有上限；不受信任的工作区不运行）。',
    'Placeholders the office lists under `placeholders` in its configuration (such as 〔待填〕) left in the text. Each is literal text or a regular expression (RE2 syntax, run in linear time, with caps on count and complexity; not run in an untrusted workspace).',
  ),
  basis: msg('本单位的模板约定：定稿前须替换模板中的全部占位符。', "The office's own template conventions: every template blank is filled before a report is issued."),
  defaultOptions: { patterns: [] },
  check({ analysis, model, options }) {
    // Entries that cannot run (empty, too complex, over the caps) are left out here; the
    // configuration layer tells the writer about each from the same plan.
    const { matchers } = analysis.prepared.placeholders.planFor(Array.isArray(options.patterns) ? options.patterns : []);
    const findings: RuleFinding[] = [];
    const text = model.text;
    const seen = new Set<number>();
    for (const matcher of matchers) {
      for (const span of matcher.matchAll(text)) {
        // Two entries that match the same text report it once.
        if (seen.has(span.start) || isMasked(model, span)) continue;
        seen.add(span.start);
        const found = text.slice(span.start, span.end);
        if (findings.length === USER_PATTERN_LIMITS.maxMatches) {
          const last = findings[findings.length - 1];
          last.message = msg(
            `${last.message.zh}（本单位占位符的匹配已达 ${USER_PATTERN_LIMITS.maxMatches} 处，其后的未再列出）`,
            `${last.message.en} (custom placeholders matched ${USER_PATTERN_LIMITS.maxMatches} times; later matches are not listed)`,
          );
          return findings;
        }
        findings.push({
          span,
          message: matcher.message ? msg(`${matcher.message}：“${found}”`, `${matcher.message}: "${found}"`) : msg(`未填写的占位内容“${found}”`, `Unfilled placeholder "${found}"`),
        });
      }
    }
    return findings;
  },
};
