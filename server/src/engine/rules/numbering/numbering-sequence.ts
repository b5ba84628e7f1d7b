// Heading numbers: each run starts at one, with no gaps or repeats, restarting under each new
// parent — or, where the document numbers a level straight through its parents on purpose
// (indicators 1–23 across （一）–（七）), going on from where the run before it stopped.

import { canonicalMarker } from '../../markers';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { LEVEL_NAMES_EN, LEVEL_NAMES_ZH, markerText, renumberRun, siblingRuns } from '../../numbering';

/** Upper bound on edits copied across one run's findings. */
const MAX_FIX_EDITS = 20_000;

export const numberingSequence: Rule = {
  id: 'numbering-sequence',
  category: 'numbering',
  defaultSeverity: 'warning',
  fixable: true,
  doc: msg(
    '同一上级标题下的同级标题序号应从一开始、连续、不重复：“一、二、四、”缺了三，“（一）（二）（二）”重复，上级标题下第一个是“（二）”则起始错误。有意跨上级连续编号（如指标 1—23 分在（一）至（七）之下、任务（一）至（二十）分在一至四之下）是一种写法：接着上一组往下编的不算起始错误。表格中的行号和附件中的标题各自编号。快速修复按顺序重新编号本级标题。',
    'Sibling headings under one parent are numbered from one, with no gaps and no repeats: 一、二、四、 skips 三, （一）（二）（二） repeats, and a first child numbered （二） starts wrong. Numbering a level straight through its parents on purpose (indicators 1–23 under （一）–（七）, tasks （一）–（二十） under 一、–四、) is a style: a run that goes on from where the one before it stopped does not start wrong. Table rows and an attachment\'s headings are numbered on their own. The quick fix renumbers the run in sequence.',
  ),
  basis: msg('GB/T 9704-2012 §7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”标注。', 'GB/T 9704-2012 §7.3.3: the levels are numbered 一、 （一） 1. （1） in sequence.'),
  check({ model }) {
    const all: RuleFinding[] = [];
    const runs = siblingRuns(model).sort((a, b) => a[0].index - b[0].index);
    const throughout = numberedThroughout(runs);
    /** The last number of the previous run at each level, per attachment. */
    const lastOfLevel = new Map<string, number>();
    for (const run of runs) {
      const levelKey = levelOf(run);
      const previousLast = lastOfLevel.get(levelKey);
      lastOfLevel.set(levelKey, run[run.length - 1].marker.value);
      // In a level numbered through its parents, each run starts where the one before stopped.
      const expectedStart = throughout.has(levelKey) && previousLast !== undefined ? previousLast + 1 : 1;
      const continues = expectedStart !== 1 && run[0].marker.value === expectedStart;
      const fix = renumberRun(run, expectedStart);
      const runFindings: RuleFinding[] = [];
      const levelZh = LEVEL_NAMES_ZH[run[0].level];
      const levelEn = LEVEL_NAMES_EN[run[0].level];
      run.forEach((h, i) => {
        const shown = markerText(model, h.marker);
        const value = h.marker.value;
        const related = i > 0 ? [{ span: run[0].marker.span, message: msg('本级编号从这里开始', 'The run starts here') }] : undefined;
        if (i === 0) {
          if (value !== expectedStart && expectedStart !== 1) {
            const wanted = canonicalMarker(h.level, expectedStart);
            runFindings.push({
              span: h.marker.span,
              message: msg(
                `本文${levelZh}标题跨上级连续编号，这里接着上一组应为“${wanted}”，写作“${shown}”`,
                `This document numbers its ${levelEn} headings straight through their parents: "${wanted}" goes on from the run before, not "${shown}"`,
              ),
            });
          } else if (value !== 1 && !continues) {
            runFindings.push({
              span: h.marker.span,
              message: msg(
                `${levelZh}标题“${shown}”是本级第一个标题，序号应从“${canonicalMarker(h.level, 1)}”开始`,
                `"${shown}" is the first ${levelEn} heading here; numbering should start at "${canonicalMarker(h.level, 1)}"`,
              ),
            });
          }
          return;
        }
        const prev = run[i - 1].marker.value;
        if (value === prev + 1) return;
        const prevShown = markerText(model, run[i - 1].marker);
        let message;
        if (value === prev) {
          message = msg(`${levelZh}标题序号“${shown}”与上一个重复`, `${levelEn} heading number "${shown}" repeats the one before`);
        } else if (value > prev + 1) {
          const missing = canonicalMarker(h.level, prev + 1);
          message = msg(
            `${levelZh}标题序号不连续：“${prevShown}”之后是“${shown}”，缺少“${missing}”`,
            `${levelEn} heading numbers skip: "${shown}" follows "${prevShown}", "${missing}" is missing`,
          );
        } else {
          message = msg(
            `${levelZh}标题序号倒退：“${prevShown}”之后是“${shown}”`,
            `${levelEn} heading numbers go backwards: "${shown}" follows "${prevShown}"`,
          );
        }
        runFindings.push({ span: h.marker.span, message, related });
      });
      // Every finding of the run offers the renumbering, unless the run is so long and broken
      // (a pasted-together file) that copies of it would swamp memory: then the first one does.
      if (fix) {
        const offered = runFindings.length * fix.edits.length <= MAX_FIX_EDITS ? runFindings : runFindings.slice(0, 1);
        for (const f of offered) f.fix = fix;
      }
      all.push(...runFindings);
    }
    return all;
  },
};

type Run = ReturnType<typeof siblingRuns>[number];

const levelOf = (run: Run) => `${run[0].attachment ?? -1}:${run[0].level}`;

/**
 * Levels numbered straight through their parents on purpose: three runs or more, the first
 * counting from one, and most of the others (two at least) in sequence, going on from where the
 * run before stopped in sequence (indicators 1–23 under （一）–（七）). Two runs that happen to
 * continue (（一） under 一、, （二） under 二、) are a wrong start.
 */
function numberedThroughout(runs: Run[]): Set<string> {
  const byLevel = new Map<string, Run[]>();
  for (const run of runs) byLevel.set(levelOf(run), [...(byLevel.get(levelOf(run)) ?? []), run]);
  const inSequence = (run: Run) => run.every((h, i) => h.marker.value === run[0].marker.value + i);
  const levels = new Set<string>();
  for (const [level, list] of byLevel) {
    if (list.length < 3 || list[0][0].marker.value !== 1) continue;
    let continuing = 0;
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1];
      if (inSequence(previous) && inSequence(list[i]) && list[i][0].marker.value === previous[previous.length - 1].marker.value + 1) continuing++;
    }
    if (continuing >= 2 && continuing * 3 >= (list.length - 1) * 2) levels.add(level);
  }
  return levels;
}
