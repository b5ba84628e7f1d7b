// Property: whatever sections a report lacks, however they are ordered and numbered, applying
// all the fixes at once gives every required section, numbering in sequence, and every line of
// the original text still there, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, check, fixText } from '../../server/src/engine';
import { formatChineseNumeral } from '../../server/src/engine/numerals';
import { BUILTIN_TEMPLATES } from '../../server/src/engine/templates/registry';
import { runs, seed } from '../fuzz/inputs';

const TITLES: Record<string, string> = {
  工作总结: '关于2021年党史学习教育工作的总结',
  述职报告: '2021年度个人述职报告',
  调研报告: '关于农村人居环境整治的调研报告',
  工作计划: '2022年党建工作计划',
};
const TOPICS = ['加强组织领导', '强化理论武装', '狠抓作风建设'];

interface Part {
  heading: string;
  /** The number written, or undefined for the right one. */
  number?: number;
  dot: boolean;
  children: { number?: number; text: string }[];
  body: boolean;
}

const partArb = (heading: string) =>
  fc.record({
    heading: fc.constant(heading),
    number: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    dot: fc.boolean(),
    children: fc.array(fc.record({ number: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), text: fc.constantFrom('强化领导', '完善机制', '压实责任') }), { maxLength: 3 }),
    body: fc.boolean(),
  });

const reportArb = fc.constantFrom(...Object.keys(TITLES)).chain((type) => {
  const template = BUILTIN_TEMPLATES.find((t) => t.type === type)!;
  const headings = [...template.sections.map((s) => s.name), ...TOPICS];
  return fc.record({
    type: fc.constant(type),
    crlf: fc.boolean(),
    parts: fc.shuffledSubarray(headings, { minLength: 2 }).chain((chosen) => fc.tuple(...chosen.map(partArb))),
  });
});

function write(report: { type: string; crlf: boolean; parts: Part[] }): { text: string; lines: string[] } {
  const lines = [TITLES[report.type]];
  let token = 0;
  report.parts.forEach((p, i) => {
    lines.push(`${formatChineseNumeral(p.number ?? i + 1)}${p.dot ? '.' : '、'}${p.heading}`);
    if (p.body || !p.children.length) lines.push(`　　正文${++token}。`);
    p.children.forEach((c, j) => lines.push(`（${formatChineseNumeral(c.number ?? j + 1)}）${c.text}。细节${++token}。`));
  });
  const eol = report.crlf ? '\r\n' : '\n';
  return { text: lines.join(eol) + eol, lines };
}

/** The words of a line without its heading marker, which renumbering may change. */
const words = (line: string) => line.replace(/^(?:[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）)/, '');

describe('structure fixes, all at once, on generated reports', () => {
  it('restore every required section, number every level in sequence and keep all the text in order', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const { text, lines } = write(report);
        // What `--fix --fix-suggestions` does: every fix and first suggestion, in passes until none is left.
        const fixed = fixText(text, {}, { suggestions: true }).text;

        const analysis = analyse(fixed);
        const model = analysis.model;
        expect(analysis.type.template?.type).toBe(report.type);
        expect(analysis.structure!.sections.filter((s) => s.status === 'missing').map((s) => s.section.name)).toEqual([]);

        // Every run of headings counts 1, 2, 3 … under its parent; or a level counts on through its
        // parents (（一） under 一、, （二） under 二、 …), a style offices use on purpose.
        const siblingRuns = new Map<string, number[]>();
        const byLevel = new Map<number, number[]>();
        for (const h of model.headings.filter((x) => x.marker)) {
          const key = `${h.parent ?? -1}:${h.level}`;
          siblingRuns.set(key, [...(siblingRuns.get(key) ?? []), h.marker!.value]);
          byLevel.set(h.level, [...(byLevel.get(h.level) ?? []), h.marker!.value]);
        }
        const counts = (values: number[]) => values.every((v, i) => v === i + 1);
        for (const [key, values] of siblingRuns) {
          const level = Number(key.split(':')[1]);
          expect(counts(values) || counts(byLevel.get(level)!), `level ${level}: ${JSON.stringify([...siblingRuns])}`).toBe(true);
        }
        expect(check(fixed).findings.filter((f) => f.rule === 'numbering-sequence' || f.rule === 'required-section')).toEqual([]);

        // The original lines, markers aside, are all still there and in the same order.
        let from = 0;
        for (const line of lines) {
          const at = fixed.indexOf(words(line), from);
          expect(at, `"${line}" is missing or out of order in:\n${fixed}`).toBeGreaterThanOrEqual(0);
          from = at + words(line).length;
        }
      }),
      { numRuns: runs(300, 20_000), seed: seed(), endOnFailure: true },
    );
  });
});
