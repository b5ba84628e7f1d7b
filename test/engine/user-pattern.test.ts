// User patterns run by re2js: the matches JavaScript's RegExp finds, positions in UTF-16, a
// clear refusal for what cannot be used, and caps that bound the work of any list of patterns.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileUserPattern, planPlaceholders, USER_PATTERN_LIMITS } from '../../server/src/engine/user-pattern';

const compile = (source: string) => {
  const r = compileUserPattern(source);
  if (!r.ok) throw new Error(`${source}: ${r.message.en}`);
  return r.pattern;
};
const all = (source: string, text: string) => [...compile(source).matchAll(text)].map((m) => text.slice(m.start, m.end));

/**
 * Small patterns over a small alphabet, in the syntax RE2 and JavaScript share. Only single
 * characters are repeated: the two engines disagree on repeats of something that can match empty
 * text (`(a?)+`), which no placeholder needs.
 */
const patternArbitrary: fc.Arbitrary<string> = fc.letrec<{ node: string; piece: string }>((tie) => ({
  piece: fc.oneof(
    fc.tuple(fc.constantFrom('a', 'b', '中', '.', '[ab]', '[^a]', '\\d', '1'), fc.constantFrom('', '', '?', '{2}', '{0,3}', '{1,2}', '??', '{0,2}?', '*', '+')).map(([a, q]) => a + q),
    fc.constantFrom('^', '$'),
    tie('node').map((n) => `(?:${n})`),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    fc.array(tie('piece'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
    fc.tuple(tie('node'), tie('node')).map(([x, y]) => `${x}|${y}`),
  ),
})).node;

describe('compileUserPattern', () => {
  it('finds the non-empty matches RegExp (with the m flag) finds, on random patterns and texts', () => {
    fc.assert(
      fc.property(patternArbitrary, fc.string({ unit: fc.constantFrom('a', 'b', '中', '1', '\n', ' '), maxLength: 30 }), (source, text) => {
        const compiled = compileUserPattern(source);
        fc.pre(compiled.ok);
        if (!compiled.ok) return;
        const mine = [...compiled.pattern.matchAll(text)].map((m) => [m.start, m.end]);
        const native = [...text.matchAll(new RegExp(source, 'gm'))].filter((m) => m[0].length > 0).map((m) => [m.index!, m.index! + m[0].length]);
        expect(mine).toEqual(native);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });

  it('matches leftmost-first like a backtracking engine, with UTF-16 positions', () => {
    expect(all('a|ab', 'ab')).toEqual(['a']);
    expect(all('ab|a', 'ab')).toEqual(['ab']);
    expect(all('a{1,3}?', 'aaa')).toEqual(['a', 'a', 'a']);
    expect(all('（填写[^）]{0,20}）', '由（填写单位名称）牵头，（填写）')).toEqual(['（填写单位名称）', '（填写）']);
    expect(all('^X{2,4}$', 'XX\nXXX\nXXXXX')).toEqual(['XX', 'XXX']);
    expect([...compile('待填').matchAll('😀〔待填〕')]).toEqual([{ start: 3, end: 5 }]);
    // JavaScript's \uXXXX escapes keep working.
    expect(all('\\u3014[^\\u3015]{1,4}\\u3015', '〔待填〕')).toEqual(['〔待填〕']);
  });

  it('runs patterns JavaScript backtracks on exponentially, to the end', () => {
    // (a|a){0,30}b and (x+x+)+y take 2^30 steps and more in RegExp on a run of a's (x's) with no b (y).
    expect(all('(a|a){0,30}b', 'a'.repeat(50_000))).toEqual([]);
    expect(all('(x+x+)+y', 'x'.repeat(50_000))).toEqual([]);
  });

  it.each([
    ['', 'empty'],
    ['(a)\\1', 'back-reference'],
    ['(?=a)b', 'look-arounds'],
    ['(?<!a)b', 'look-arounds'],
    ['a?', 'can match empty text'],
    ['x*', 'can match empty text'],
    ['[b-a]', 'invalid character range'],
    ['(a', 'missing ")"'],
    ['a)', 'unmatched ")"'],
    ['a{1001}', 'repeat count too large'],
    ['[^A-Z]{198}Z', 'too complex'],
    ['x'.repeat(USER_PATTERN_LIMITS.maxLength + 1), 'too long'],
  ])('refuses %j, saying why', (source, reason) => {
    const r = compileUserPattern(source);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toContain(reason);
      expect(r.message.zh).not.toBe('');
    }
  });
});

describe('planPlaceholders: what runs, within the caps', () => {
  const entryArbitrary = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.record({ text: fc.string({ maxLength: 30 }) }),
    fc.record({ regex: fc.oneof(patternArbitrary, fc.constantFrom('[^甲乙丙丁]{140}X', '.{0,70}Y', '(?:x|y){0,60}', '')) }),
    fc.constantFrom(null, 42, {}, []),
  );

  it('never plans more work per character, or more entries, than the caps allow', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 120 }), (entries) => {
        const plan = planPlaceholders(entries);
        expect(plan.work).toBeLessThanOrEqual(USER_PATTERN_LIMITS.workPerCharacter);
        expect(plan.matchers.length).toBeLessThanOrEqual(USER_PATTERN_LIMITS.maxPatterns);
        expect(plan.work).toBe(plan.matchers.reduce((n, m) => n + m.cost, 0));
        for (const m of plan.matchers) expect(m.cost).toBeLessThanOrEqual(USER_PATTERN_LIMITS.maxProgram);
        // Every entry either runs or is told about.
        expect(plan.matchers.length + plan.notRun.length).toBe(entries.length);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('says why an entry does not run: empty, invalid, past the total, past the count', () => {
    const reasons = (entries: unknown[]) => planPlaceholders(entries).notRun.map((n) => `${n.index} ${n.message.en}`);
    expect(reasons(['', { text: '' }, { regex: '(' }, { regex: 3 }, 42])).toEqual([
      '0 the placeholder text is empty',
      '1 the placeholder text is empty',
      '2 missing ")": "("',
      '3 the pattern is empty',
      '4 must be placeholder text, or { "regex": "…" }',
    ]);
    // Each costs 73 per character: the fifth would pass 300.
    expect(reasons(Array(8).fill({ regex: '[^甲乙]{70}X' }))).toEqual([4, 5, 6, 7].map((i) => `${i} the placeholders together are too complex (total size at most 300): this one is not used`));
    expect(reasons(Array(52).fill('待'))).toEqual([50, 51].map((i) => `${i} more than 50 placeholders: this one is not used`));
  });
});
