// `--fix` at scale: a report with tens of thousands of mechanical fixes (half-width punctuation
// on every line), fixed in passes until nothing is left; and combining and applying the edits
// alone. Before the fixes were O(n log n), 32,000 edits took 6.7 s to combine and 25.9 s to apply.

import { applyEdits, check, combineFixes, fixesOf, fixText, type Segmenter } from '../server/src/engine';
import { fmtBytes, fmtMs, time } from './measure';

const LINE = '　　我们加强了组织领导,完善了制度;推进了工作:取得了成效(显著)。';

/** A report of `lines` lines, each with five mechanical fixes. */
function manyFixes(lines: number): string {
  return '关于2023年工作的总结\n' + Array.from({ length: lines }, () => LINE).join('\n') + '\n';
}

export async function measureFixes(segmenter: Segmenter): Promise<string> {
  const out = ['### Fixing at scale (warm, median)', '', '| input | size | fixes | measure | median |', '| --- | ---: | ---: | --- | ---: |'];
  for (const lines of [3_200, 12_800]) {
    const text = manyFixes(lines);
    const options = { segmenter };
    const checked = check(text, options);
    const fixes = fixesOf(checked);
    const edits = combineFixes(fixes);
    const row = (measure: string, ms: number) => out.push(`| ${lines} lines | ${fmtBytes(Buffer.byteLength(text))} | ${fixes.length.toLocaleString('en')} | ${measure} | ${fmtMs(ms)} |`);
    row('combine the fixes', (await time(() => combineFixes(fixes))).medianMs);
    row('apply the combined edits', (await time(() => applyEdits(text, edits))).medianMs);
    row('fixText: check, fix in passes, re-check (what --fix does per file)', (await time(() => fixText(text, options), { maxRuns: 5 })).medianMs);
  }
  out.push('');
  return out.join('\n');
}
