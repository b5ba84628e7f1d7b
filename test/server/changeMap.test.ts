// The map from the text the last check read to the text the editor holds now: hover and
// completion trust it to say which findings and headings no edit has touched, and where they are.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChangeMap } from '../../server/src/lsp/changeMap';

/** Edits as the editor sends them, each in offsets of the text as it is when it arrives. */
const edits = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 6 }), insert: fc.string({ maxLength: 4 }) }), { maxLength: 12 });

function replay(text: string, list: { at: number; remove: number; insert: string }[]): { text: string; map: ChangeMap } {
  const map = new ChangeMap();
  for (const e of list) {
    const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
    const end = Math.min(text.length, start + e.remove);
    text = text.slice(0, start) + e.insert + text.slice(end);
    map.replace(start, end, e.insert.length);
  }
  return { text, map };
}

describe('the change map', () => {
  it('puts every untouched span where its text now is, and says which offsets were changed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), edits, fc.nat(), fc.nat(), (analysed, list, a, b) => {
        const { text: current, map } = replay(analysed, list);
        const start = a % (analysed.length + 1);
        const end = start + (b % (analysed.length - start + 1));
        if (map.untouched(start, end)) {
          const from = map.toCurrent(start)!;
          const to = map.toCurrent(end)!;
          expect(current.slice(from, to)).toBe(analysed.slice(start, end));
          expect(map.toAnalysed(from)).toBe(start);
          expect(map.toAnalysed(to)).toBe(end);
        }
        // Changed regions are disjoint, in order, and account for the difference in length.
        let lengthChange = 0;
        let previous = -1;
        for (const r of map.changed) {
          expect(r.oldStart).toBeGreaterThan(previous);
          previous = r.oldEnd;
          lengthChange += r.newEnd - r.newStart - (r.oldEnd - r.oldStart);
        }
        expect(analysed.length + lengthChange).toBe(current.length);
        // Outside the changed regions the two texts agree, piece by piece.
        let oldAt = 0;
        let newAt = 0;
        for (const r of map.changed) {
          expect(current.slice(newAt, r.newStart)).toBe(analysed.slice(oldAt, r.oldStart));
          oldAt = r.oldEnd;
          newAt = r.newEnd;
        }
        expect(current.slice(newAt)).toBe(analysed.slice(oldAt));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });

  it('counts an edit right beside a span as touching it, and forgets a character typed and deleted again', () => {
    const map = new ChangeMap();
    map.replace(5, 5, 1);
    expect(map.untouched(0, 5)).toBe(false);
    expect(map.untouched(5, 9)).toBe(false);
    expect(map.untouched(0, 4)).toBe(true);
    expect(map.toCurrent(7)).toBe(8);
    map.replace(5, 6, 0);
    expect(map.isEmpty).toBe(true);
  });
});
