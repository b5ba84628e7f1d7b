// Cut a required part out of a real document and the checker names it; its fix puts it back in
// place, numbered right. The parts and their heading lines come from each corpus's structure.tsv,
// read by hand; which parts are required comes from the template of the type the checker assumes.
// Nothing here knows a file: every real document with a headed required part is cut, part by part.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, applyEdits, check, type Heading } from '../../server/src/engine';

const repoRoot = resolve(__dirname, '../..');
const corpora = [
  resolve(repoRoot, '../shared/corpus/real'),
  ...(existsSync(join(repoRoot, 'test/corpus/real')) ? readdirSync(join(repoRoot, 'test/corpus/real')).map((d) => join(repoRoot, 'test/corpus/real', d)) : []),
].filter((dir) => existsSync(join(dir, 'structure.tsv')) && existsSync(join(dir, 'docs')));

/** The template sections each name in structure.tsv's `parts` column stands for. */
const PART_SECTIONS: Record<string, string[]> = {
  做法: ['practice', 'duties'],
  成效: ['results'],
  问题: ['problems', 'shortcomings'],
  打算: ['plans', 'direction'],
  履职: ['duties'],
  不足: ['shortcomings'],
  方向: ['direction'],
  情况: ['situation'],
  原因: ['causes'],
  建议: ['measures'],
  总体情况: ['overview'],
  主动公开: ['proactive'],
  依申请公开: ['requests'],
  复议诉讼: ['appeals'],
  问题改进: ['problems'],
  其他事项: ['other'],
  举措成效: ['measures'],
  不足原因: ['shortcomings'],
  第一责任人: ['leadership'],
  下年安排: ['plans'],
};

interface Case {
  corpus: string;
  file: string;
  text: string;
  /** The part's name in structure.tsv and its heading lines (0-based). */
  part: string;
  lines: number[];
}

/** structure.tsv rows: file, level-1 heading lines (0- or 1-based: told by the heading text) and headed parts. */
function cases(): Case[] {
  const out: Case[] = [];
  for (const corpus of corpora) {
    const [header, ...rows] = readFileSync(join(corpus, 'structure.tsv'), 'utf8').split('\n').filter(Boolean);
    const columns = header.split('\t');
    for (const row of rows) {
      const cells = Object.fromEntries(row.split('\t').map((c, i) => [columns[i], c]));
      const path = join(corpus, 'docs', cells.file);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      // The base of the line numbers: the first listed heading's text is on that line or the one after.
      const first = /^(\d+):(.+?)(?: \||$)/.exec(cells.level1_headings ?? '');
      if (!first) continue;
      const base = lines[Number(first[1])]?.trim().startsWith(first[2].trim().slice(0, 4)) ? 0 : 1;
      for (const m of (cells.parts ?? '').matchAll(/([\p{Script=Han}]+)=present-headed\((\d+(?:\s*,\s*\d+)*)/gu)) {
        out.push({ corpus, file: cells.file, text, part: m[1], lines: m[2].split(',').map((n) => Number(n.trim()) - base) });
      }
    }
  }
  return out;
}

/** The text with the sections of the given top-level heading lines removed (heading to the next heading of its level, never the ending). */
function cut(text: string, lines: number[]): { cutText: string; headings: Heading[] } | undefined {
  const analysis = analyse(text);
  const top = analysis.structure?.headings.map((h) => h.heading) ?? [];
  const headings = lines.map((line) => top.find((h) => h.line === line));
  if (headings.some((h) => !h)) return undefined;
  const bodyEnd = analysis.frame.lastBodyLine === undefined ? text.length : analysis.model.lines.lineEnds[analysis.frame.lastBodyLine] + 1;
  const edits = headings.map((h) => ({ span: { start: h!.sectionSpan.start, end: Math.min(h!.sectionSpan.end, bodyEnd) }, newText: '' }));
  return { cutText: applyEdits(text, edits).text, headings: headings as Heading[] };
}

describe.skipIf(!corpora.length)('a required part cut out of a real document is named, and its fix puts it back in place', () => {
  const all = cases();
  const required = all.filter((c) => {
    const states = analyse(c.text).structure?.sections ?? [];
    return (PART_SECTIONS[c.part] ?? []).some((key) => states.some((s) => s.section.key === key && s.required));
  });

  it('finds the cases: every real document with a headed part its type requires', () => {
    expect(required.length).toBeGreaterThanOrEqual(20);
  });

  it.each(required.map((c) => [`${c.file}: ${c.part} (line ${c.lines.map((l) => l + 1).join(', ')})`, c] as const))('%s', (_name, c) => {
    const before = analyse(c.text);
    const sections = before.structure!.sections.filter((s) => (PART_SECTIONS[c.part] ?? []).includes(s.section.key) && s.required).map((s) => s.section);
    const result = cut(c.text, c.lines);
    expect(result, 'the part\'s heading lines are top-level headings').toBeDefined();
    const { cutText, headings } = result!;

    // Named: a required-section finding for each template section the part stands for.
    const findings = check(cutText).findings.filter((f) => f.rule === 'required-section');
    for (const section of sections) expect(findings.map((f) => f.message.zh).join('\n')).toContain(`缺少“${section.name}”部分`);

    // The fix of the first: the section back where it was, numbered as the cut heading was.
    const finding = findings.find((f) => f.message.zh.includes(`缺少“${sections[0].name}”部分`))!;
    const single = finding.suggestions!.find((f) => f.title.zh === `补上“${sections[0].name}”部分`)!;
    const fixed = analyse(applyEdits(cutText, single.edits).text);
    const topAfter = fixed.structure!.headings.map((h) => h.heading);
    const originalTop = before.structure!.headings.map((h) => h.heading);
    const position = originalTop.findIndex((h) => h.line === headings[0].line);
    const inserted = topAfter[position];
    expect(inserted?.text, 'inserted where the cut heading stood').toBe(sections[0].name);
    if (headings[0].marker && inserted.marker) expect(inserted.marker.value, 'numbered as the cut heading was').toBe(position + 1);
    // And the numbering of the level runs on in sequence.
    const values = topAfter.filter((h) => h.marker).map((h) => h.marker!.value);
    expect(values).toEqual(values.map((_, i) => i + 1));
  });
});
