// Combining and applying edits: the fast combination chooses exactly what a plain greedy search
// would (each fix whole or not at all, earlier fixes first), and edits composed from several
// passes produce what the passes produced one after another.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, combineFixes, composeEdits, type Fix, type TextEdit } from '../../server/src/engine';

/** The obvious quadratic search the fast one must agree with. */
function greedyCombine(fixes: readonly Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const acrossFixes = (a: TextEdit, b: TextEdit) =>
    (a.span.start < b.span.end && b.span.start < a.span.end) || (a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end));
  const seen = new Set<Fix>();
  for (const fix of fixes) {
    if (seen.has(fix)) continue;
    seen.add(fix);
    const own = [...fix.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    const selfConflict = own.some((e, i) => i > 0 && (e.span.start < own[i - 1].span.end || (e.span.start === own[i - 1].span.start && e.span.start === e.span.end)));
    if (!own.length || selfConflict) continue;
    if (own.some((e) => chosen.some((c) => acrossFixes(c, e)))) continue;
    chosen.push(...own);
  }
  return chosen.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

const edit = (length: number) =>
  fc.tuple(fc.nat({ max: length }), fc.nat({ max: 4 }), fc.constantFrom('', '一', '（二）', '。')).map(([start, size, newText]): TextEdit => ({
    span: { start, end: Math.min(length, start + size) },
    newText,
  }));
const fixArb = (length: number) => fc.array(edit(length), { minLength: 1, maxLength: 3 }).map((edits): Fix => ({ title: { zh: '', en: '' }, edits }));

describe('combineFixes', () => {
  it('chooses what the plain greedy search chooses, for any fixes', () => {
    fc.assert(
      fc.property(fc.array(fixArb(40), { maxLength: 40 }), (fixes) => {
        expect(combineFixes(fixes)).toEqual(greedyCombine(fixes));
      }),
      { numRuns: 2_000, seed: 20261207 },
    );
  });

  it('takes a renumbering whole: the section inserted where the next marker is renumbered', () => {
    const text = '一、做法\n二、打算\n';
    const insertAndRenumber: Fix = {
      title: { zh: '', en: '' },
      edits: [
        { span: { start: 5, end: 5 }, newText: '二、成效\n' },
        { span: { start: 5, end: 7 }, newText: '三、' },
      ],
    };
    expect(applyEdits(text, combineFixes([insertAndRenumber])).text).toBe('一、做法\n二、成效\n三、打算\n');
  });

  it('leaves out a fix that would insert where a chosen fix starts: the order would be a guess', () => {
    const a: Fix = { title: { zh: '', en: '' }, edits: [{ span: { start: 2, end: 3 }, newText: '，' }] };
    const b: Fix = { title: { zh: '', en: '' }, edits: [{ span: { start: 2, end: 2 }, newText: '要' }] };
    expect(combineFixes([a, b])).toEqual(a.edits);
  });
});

describe('composeEdits', () => {
  it('gives edits of the original that produce what the passes produced one after another', () => {
    const text = fc.string({ unit: fc.constantFrom('一', '、', '（', '）', 'a', '\n'), maxLength: 30 });
    fc.assert(
      fc.property(text, fc.array(fc.array(edit(30), { maxLength: 5 }), { maxLength: 4 }), (original, passes) => {
        let current = original;
        const applied: TextEdit[][] = [];
        for (const pass of passes) {
          const inside = pass.filter((e) => e.span.end <= current.length);
          const result = applyEdits(current, inside);
          applied.push(result.applied);
          current = result.text;
        }
        const composed = composeEdits(original, applied);
        expect(applyEdits(original, composed).text).toBe(current);
        // The composed edits never overlap, so they apply as one change.
        expect(applyEdits(original, composed).applied).toHaveLength(composed.length);
      }),
      { numRuns: 2_000, seed: 20261207 },
    );
  });

  it('keeps untouched text out of the edits', () => {
    const original = '一、甲\n二、乙\n四、丙\n';
    const first = [{ span: { start: 10, end: 11 }, newText: '三' }];
    const second = [{ span: { start: 2, end: 2 }, newText: '' }, { span: { start: 0, end: 0 }, newText: '标题\n' }];
    expect(composeEdits(original, [first, second])).toEqual([
      { span: { start: 0, end: 0 }, newText: '标题\n' },
      { span: { start: 10, end: 11 }, newText: '三' },
    ]);
  });
});
