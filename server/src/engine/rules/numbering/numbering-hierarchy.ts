// Heading levels in the standard's order: 一、 > （一） > 1. > （1）, a level left out only consistently.

import { canonicalMarker } from '../../markers';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { LEVEL_NAMES_EN, LEVEL_NAMES_ZH, markerText } from '../../numbering';

export type LevelSkipPolicy = 'consistent' | 'strict' | 'allow-skip';

export const numberingHierarchy: Rule = {
  id: 'numbering-hierarchy',
  category: 'numbering',
  defaultSeverity: 'warning',
  doc: msg(
    '标题层级应按“一、”“（一）”“1.”“（1）”的顺序逐级使用。全文一致地省略某一层（如通篇“一、”下直接用“1.”）是单位习惯，可以接受；只在个别地方越级则是错误。选项 policy：consistent（默认，只标出不一致的越级）、strict（凡越级都标出）、allow-skip（不检查越级）。',
    'Heading levels go in the order 一、 （一） 1. （1）. Leaving a level out everywhere (1. directly under 一、 throughout) is a house style; doing it in one place only is a fault. Option policy: consistent (default: flag only skips that break the document\'s own pattern), strict (flag every skip), allow-skip (never flag skips).',
  ),
  basis: msg('GB/T 9704-2012 §7.3.3：结构层次序数依次为“一、”“（一）”“1.”“（1）”。', 'GB/T 9704-2012 §7.3.3: the levels are, in order, 一、 （一） 1. （1）.'),
  defaultOptions: { policy: 'consistent' },
  check({ model, options }) {
    const policy = (options.policy as LevelSkipPolicy) ?? 'consistent';
    if (policy === 'allow-skip') return [];
    const findings: RuleFinding[] = [];
    const numbered = model.headings.filter((h) => h.marker);
    const usedLevels = new Set(numbered.map((h) => h.level));
    // For each level, the parent levels it appears under across the document.
    const parentLevels = new Map<number, Set<number>>();
    for (const h of numbered) {
      const parentLevel = h.parent === undefined ? 0 : model.headings[h.parent].level;
      if (!parentLevels.has(h.level)) parentLevels.set(h.level, new Set());
      parentLevels.get(h.level)!.add(parentLevel);
    }
    const minLevel = Math.min(...usedLevels);
    // One skip, one finding: the first heading of each run of siblings that skips a level.
    const reported = new Set<string>();
    for (const h of numbered) {
      const parent = h.parent === undefined ? undefined : model.headings[h.parent];
      const parentLevel = parent ? parent.level : minLevel - 1;
      if (h.level <= parentLevel + 1) continue;
      // A skip the whole document makes the same way is a house style.
      const consistent = parentLevels.get(h.level)!.size === 1 && ![...Array(h.level - parentLevel - 1)].some((_, k) => usedLevels.has(parentLevel + 1 + k));
      if (policy === 'consistent' && consistent) continue;
      const run = `${h.attachment ?? -1}:${h.parent ?? -1}:${h.level}`;
      if (reported.has(run)) continue;
      reported.add(run);
      const shown = markerText(model, h.marker!);
      const expected = canonicalMarker(parentLevel + 1, 1);
      findings.push({
        span: h.marker!.span,
        message: parent
          ? msg(
              `标题层级越级：${LEVEL_NAMES_ZH[parent.level]}标题“${markerText(model, parent.marker ?? h.marker!)}”下直接出现${LEVEL_NAMES_ZH[h.level]}标题“${shown}”，本文其他地方使用了“${expected}”这一层`,
              `Level skipped: the ${LEVEL_NAMES_EN[h.level]} heading "${shown}" sits directly under a ${LEVEL_NAMES_EN[parent.level]} heading, while the document uses the "${expected}" level elsewhere`,
            )
          : msg(
              `${LEVEL_NAMES_ZH[h.level]}标题“${shown}”出现在第一个${LEVEL_NAMES_ZH[minLevel]}标题之前`,
              `The ${LEVEL_NAMES_EN[h.level]} heading "${shown}" comes before the first ${LEVEL_NAMES_EN[minLevel]} heading`,
            ),
        related: parent ? [{ span: parent.span, message: msg('上级标题', 'Parent heading') }] : undefined,
      });
    }
    return findings;
  },
};
