// User patterns run by the linear-time matcher: the same matches as JavaScript's RegExp, in time
// proportional to the text, and a clear refusal for what could not be run that way.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinearPattern } from '../../server/src/engine/linear-pattern';
import { scalingRatio } from '../fuzz/timing';

const compile = (source: string) => {
  const r = LinearPattern.compile(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.message.en}`);
  return r.pattern;
};
const all = (source: string, text: string) => [...compile(source).matchAll(text)].map((m) => text.slice(m.start, m.end));

/** Small patterns over a small alphabet, in the supported syntax. */
const patternArbitrary: fc.Arbitrary<string> = fc.letrec<{ node: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    fc.constantFrom('a', 'b', '中', '.', '[ab]', '[^a]', '\\d', '1', '^', '$'),
    tie('node').map((n) => `(?:${n})`),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    fc.array(
      fc.tuple(tie('atom'), fc.constantFrom('', '', '?', '{2}', '{0,3}', '{1,2}', '??', '{0,2}?')).map(([a, q]) => (/^[\^$]$/.test(a) ? a : a + q)),
      { minLength: 1, maxLength: 4 },
    ).map((parts) => parts.join('')),
    fc.tuple(tie('node'), tie('node')).map(([x, y]) => `${x}|${y}`),
  ),
})).node;

describe('LinearPattern', () => {
  it('finds what RegExp (with the m flag) finds, on random patterns and texts', () => {
    fc.assert(
      fc.property(patternArbitrary, fc.string({ unit: fc.constantFrom('a', 'b', '中', '1', '\n', ' '), maxLength: 30 }), (source, text) => {
        const compiled = LinearPattern.compile(source);
        fc.pre(compiled.ok);
        if (!compiled.ok) return;
        const mine = [...compiled.pattern.matchAll(text)].map((m) => [m.start, m.end]);
        const native = [...text.matchAll(new RegExp(source, 'gm'))].map((m) => [m.index!, m.index! + m[0].length]);
        expect(mine).toEqual(native);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it('matches leftmost-first like a backtracking engine: alternatives in order, lazy repeats short', () => {
    expect(all('a|ab', 'ab')).toEqual(['a']);
    expect(all('ab|a', 'ab')).toEqual(['ab']);
    expect(all('a{1,3}?', 'aaa')).toEqual(['a', 'a', 'a']);
    expect(all('（填写[^）]{0,20}）', '由（填写单位名称）牵头，（填写）')).toEqual(['（填写单位名称）', '（填写）']);
    expect(all('^X{2,4}$', 'XX\nXXX\nXXXXX')).toEqual(['XX', 'XXX']);
  });

  it('takes linear time on inputs that make RegExp backtrack exponentially', () => {
    // (a|a){0,40}b backtracks 2^40 ways on a run of a's with no b.
    const pattern = compile('(a|a){0,40}b');
    const ratio = scalingRatio((n) => 'a'.repeat(n), (text) => [...pattern.matchAll(text)].length, 10_000);
    expect(ratio).toBeLessThan(24);
  });

  it.each([
    ['a*', 'unbounded repeat "*"'],
    ['(ab)+', 'unbounded repeat "+"'],
    ['a{2,}', 'unbounded repeat "{n,}"'],
    ['(a)\\1', 'back-references'],
    ['(?=a)b', 'look-arounds'],
    ['(?<!a)b', 'look-arounds'],
    ['a?', 'can match empty text'],
    ['.{0,300}x', 'up to 301 characters'],
    ['[b-a]', 'range out of order'],
    ['(a', 'missing ")"'],
    ['a)', 'unmatched ")"'],
    ['\\bX', 'word boundaries'],
    ['', 'empty'],
  ])('refuses %s, saying why', (source, reason) => {
    const r = LinearPattern.compile(source);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message.en).toContain(reason);
      expect(r.error.message.zh).not.toBe('');
    }
  });

  it('points at the character where the problem is', () => {
    const r = LinearPattern.compile('ab(c*)');
    expect(r.ok ? -1 : r.error.index).toBe(4);
  });
});
