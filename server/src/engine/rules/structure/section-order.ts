// Sections out of the template's order: 存在问题 after 下一步打算.

import { msg, type Rule, type RuleFinding } from '../../rule';
import type { SectionHeading } from '../../analysis/parts';

export const sectionOrder: Rule = {
  id: 'section-order',
  category: 'structure',
  defaultSeverity: 'warning',
  doc: msg(
    '报告各部分应按文种模板的顺序排列，如工作总结先写做法和成效，再写问题，最后写下一步打算。模板中位置相同的部分（做法与成效）先后不限。只检查一级标题里能识别出的部分；调整顺序要由作者决定，没有自动修复。',
    'A report\'s sections follow its template\'s order: a work summary tells its practice and results, then its problems, then its plans. Sections sharing a position (practice and results) may come in either order. Only sections named in first-level headings are checked; reordering is the writer\'s call, so there is no automatic fix.',
  ),
  basis: msg(
    '公文写作常规：先总结做法和成效，再查找问题，最后提出打算（问题在打算之前）。',
    'Common practice in official writing: practice and results first, then problems, then plans (problems before plans).',
  ),
  check({ analysis }) {
    const structure = analysis.structure;
    if (!structure) return [];
    if (analysis.type.source === 'default' && structure.sections.filter((s) => s.status === 'present').length < 2) return [];
    const findings: RuleFinding[] = [];
    let furthest: { heading: SectionHeading; position: number; name: string } | undefined;
    for (const h of structure.headings) {
      if (!h.matches.length) continue;
      const earliest = h.matches.reduce((a, b) => (b.section.position < a.section.position ? b : a));
      if (furthest && earliest.section.position < furthest.position) {
        findings.push({
          span: h.heading.textSpan,
          message: analysis.typed(
            `“${earliest.section.name}”部分应在“${furthest.name}”部分之前`,
            `The "${earliest.section.name}" section should come before the "${furthest.name}" section`,
          ),
          related: [{ span: furthest.heading.heading.textSpan, message: msg(`“${furthest.name}”部分在这里`, `The "${furthest.name}" section is here`) }],
        });
      }
      const latest = h.matches.reduce((a, b) => (b.section.position > a.section.position ? b : a));
      if (!furthest || latest.section.position > furthest.position) furthest = { heading: h, position: latest.section.position, name: latest.section.name };
    }
    return findings;
  },
};
