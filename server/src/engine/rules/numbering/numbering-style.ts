// Heading markers in the standard's forms: 一、 （一） 1. （1）, full-width brackets, nothing after them.

import { canonicalMarker, describeStyle } from '../../markers';
import type { MarkerStyle } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { LEVEL_NAMES_EN, LEVEL_NAMES_ZH } from './shared';

export const numberingStyle: Rule = {
  id: 'numbering-style',
  category: 'numbering',
  defaultSeverity: 'warning',
  doc: msg(
    '结构层次序数的写法应符合国家标准：一级“一、”，二级“（一）”（全角括号，括号后不加标点），三级“1.”（“1．”也可），四级“（1）”。常见错误：“一.”“一，”、半角括号“(一)”、“（一）、”、“1、”。一组全角括号中混入半角括号尤其显眼。快速修复改为标准写法。选项 allow 可列出本单位允许的写法（如 ["ar-dun"]）。',
    'Heading markers take the standard\'s forms: level 1 "一、", level 2 "（一）" (full-width brackets, nothing after them), level 3 "1." ("1．" is fine too), level 4 "（1）". Common faults: "一." "一，", half-width "(一)", "（一）、", "1、". Half-width brackets in a run of full-width ones stand out most. The quick fix writes the standard form. Option allow lists house styles to accept (e.g. ["ar-dun"]).',
  ),
  basis: msg('GB/T 9704-2012 §7.3.3：第一层为“一、”，第二层为“（一）”，第三层为“1.”，第四层为“（1）”。', 'GB/T 9704-2012 §7.3.3: level 1 is "一、", level 2 "（一）", level 3 "1.", level 4 "（1）".'),
  defaultOptions: { allow: [] },
  check({ model, options }) {
    const allow = new Set(Array.isArray(options.allow) ? (options.allow as MarkerStyle[]) : []);
    const findings: RuleFinding[] = [];
    for (const h of model.headings) {
      const marker = h.marker;
      if (!marker || marker.canonical || allow.has(marker.style)) continue;
      const shown = model.text.slice(marker.span.start, marker.span.end);
      const wanted = canonicalMarker(marker.level, marker.value);
      const style = describeStyle(marker.style);
      findings.push({
        span: marker.span,
        message: msg(
          `${LEVEL_NAMES_ZH[marker.level]}标题序号应写作“${wanted}”，“${shown}”${style.zh}`,
          `A ${LEVEL_NAMES_EN[marker.level]} heading marker is written "${wanted}"; "${shown}" ${style.en}`,
        ),
        fixes: [{ title: msg(`改为“${wanted}”`, `Change to "${wanted}"`), edits: [{ span: marker.span, newText: wanted }] }],
      });
    }
    return findings;
  },
};
