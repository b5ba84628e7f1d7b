// The office's own placeholders, listed in the configuration (`placeholders` in .gongwenrc.json).

import type { PlaceholderPattern } from '../../config';
import { LinearPattern, type MatchSpan } from '../../linear-pattern';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { isMasked } from '../../scan';

/** A user's pattern, compiled for this check (a pattern is a few characters; compiling it is cheap). */
function compile(source: string): LinearPattern | undefined {
  const result = LinearPattern.compile(source);
  return result.ok ? result.pattern : undefined;
}

function* literalMatches(text: string, needle: string): Generator<MatchSpan> {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) yield { start: at, end: at + needle.length };
}

export const placeholderCustom: Rule = {
  id: 'placeholder-custom',
  category: 'placeholder',
  defaultSeverity: 'error',
  doc: msg(
    '本单位在配置文件 placeholders 中列出的占位符（如“〔待填〕”），定稿前没有替换。可以是原样文字，也可以是正则表达式（只允许有上限的重复，保证线性时间；不受信任的工作区不运行）。',
    'Placeholders the office lists under `placeholders` in its configuration (such as 〔待填〕) left in the text. Each is literal text or a regular expression (bounded repeats only, so that it runs in linear time; not run in an untrusted workspace).',
  ),
  basis: msg('本单位的模板约定：定稿前须替换模板中的全部占位符。', "The office's own template conventions: every template blank is filled before a report is issued."),
  defaultOptions: { patterns: [] },
  check({ model, options }) {
    const patterns = Array.isArray(options.patterns) ? (options.patterns as PlaceholderPattern[]) : [];
    const findings: RuleFinding[] = [];
    const text = model.text;
    const seen = new Set<number>();
    for (const entry of patterns) {
      let spans: Iterable<MatchSpan>;
      if (typeof entry === 'string') spans = literalMatches(text, entry);
      else if (entry && typeof entry === 'object' && 'text' in entry && typeof entry.text === 'string' && entry.text) spans = literalMatches(text, entry.text);
      else if (entry && typeof entry === 'object' && 'regex' in entry && typeof entry.regex === 'string') {
        const pattern = compile(entry.regex);
        if (!pattern) continue;
        spans = pattern.matchAll(text);
      } else continue;
      const custom = typeof entry === 'object' && typeof entry.message === 'string' ? entry.message : undefined;
      for (const span of spans) {
        // Two entries that match the same text report it once.
        if (seen.has(span.start) || isMasked(model, span)) continue;
        seen.add(span.start);
        const found = text.slice(span.start, span.end);
        findings.push({
          span,
          message: custom ? msg(`${custom}：“${found}”`, `${custom}: "${found}"`) : msg(`未填写的占位内容“${found}”`, `Unfilled placeholder "${found}"`),
        });
      }
    }
    return findings;
  },
};
