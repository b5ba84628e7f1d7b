// Every regular expression the engine runs, and the engine as a whole, take time linear in the
// input on adversarial text: long runs of the characters each pattern looks for. Catastrophic
// backtracking or a quadratic loop would let one pasted document freeze the editor.
//
// The patterns are collected by watching the engine check real reports (RegExp.prototype.exec
// is what every match, test, replace and split goes through), so patterns built at run time
// (`new RegExp(...)` from lexicons and templates) are covered as well as literals.
//
// How the time grows is a timing ratio, so it is asserted in `npm run fuzz` only: `npm test` must
// not fail because the machine is busy (two CPU-heavy jobs beside it made a linear pattern look
// quadratic). `npm test` keeps a hang guard far above any linear time: a quadratic pattern takes
// tens of seconds on 100,000 characters, a linear one milliseconds.

import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/engine';
import { REPORTS, TOKENS } from './inputs';
import { fastest, SCALE, scalingRatio } from './timing';

const LARGE = 100_000;
/** Linear work on 100k characters takes a few milliseconds; quadratic work takes seconds. */
const CLEARLY_LINEAR_MS = 50;
const MAX_RATIO = 24;
/** In `npm test`: no scan of 100,000 characters may take this long, however busy the machine. */
const HANG_MS = 10_000;
const FULL = process.env.GONGWEN_FUZZ === 'full';

function collectEnginePatterns(): RegExp[] {
  const seen = new Map<string, RegExp>();
  const original = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const key = `/${this.source}/${this.flags}`;
    if (!seen.has(key)) seen.set(key, new RegExp(this.source, this.flags));
    return original.call(this, s);
  };
  try {
    for (const { text } of REPORTS) {
      check(text, { format: 'plaintext' });
      check(text, { format: 'markdown' });
    }
    check(TOKENS.join(''), { format: 'markdown' });
    check(TOKENS.join('\n'), { format: 'plaintext' });
  } finally {
    RegExp.prototype.exec = original;
  }
  return [...seen.values()];
}

/** Characters a pattern is written with, and short strings it matched in the reports. */
function alphabetOf(re: RegExp, samples: string[]): string[] {
  const chars = new Set<string>();
  for (const c of re.source.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))) {
    if (!/[\\^$.|?*+()[\]{}]/.test(c)) chars.add(c);
  }
  ['中', ' ', '\u3000', '\n', 'a', '1', '。'].forEach((c) => chars.add(c));
  const pieces = [...chars];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const text of samples) {
    let found = 0;
    for (const m of text.matchAll(global)) {
      if (!m[0] || m[0].length > 40) continue;
      pieces.push(m[0], m[0].slice(0, -1));
      if (++found >= 3) break;
    }
  }
  return [...new Set(pieces.filter(Boolean))];
}

/** Scans the whole text the way the rules do: every match, left to right. */
function scan(re: RegExp, text: string): number {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = global.exec(text))) {
    count++;
    if (m[0].length === 0) global.lastIndex++;
  }
  return count;
}

const repeat = (piece: string, length: number) => piece.repeat(Math.max(1, Math.ceil(length / piece.length))).slice(0, length);

describe('linear time on adversarial input', () => {
  const patterns = collectEnginePatterns();
  const samples = REPORTS.map((r) => r.text);

  it('collects the engine\'s patterns by watching it work', () => {
    expect(patterns.length).toBeGreaterThan(20);
  });

  it.runIf(FULL)('tells a quadratic pattern from a linear one (the check below can fail)', () => {
    // Tried at every letter of a run with no @, the local part rescans the rest of the run.
    const quadratic = /[a-z]+@/g;
    expect(scalingRatio((n) => 'a'.repeat(n), (t) => scan(quadratic, t), 2_000)).toBeGreaterThan(MAX_RATIO);
    expect(scalingRatio((n) => 'a'.repeat(n), (t) => scan(/(?<![a-z])[a-z]+@/g, t), 2_000)).toBeLessThan(MAX_RATIO);
  });

  it(`every pattern the engine runs scans ${LARGE.toLocaleString('en')} repeated characters of its own alphabet ${FULL ? 'in linear time' : 'without hanging'}`, { timeout: 600_000 }, () => {
    const slow: string[] = [];
    for (const re of patterns) {
      for (const piece of alphabetOf(re, samples)) {
        const text = repeat(piece, LARGE);
        const once = fastest(() => scan(re, text), 1);
        if (!FULL) {
          if (once > HANG_MS) slow.push(`/${re.source}/${re.flags} on ${JSON.stringify(piece.slice(0, 12))}×: ${(once / 1000).toFixed(1)} s`);
          continue;
        }
        if (once < CLEARLY_LINEAR_MS) continue;
        // Slow at this size: decide by how the time grows, not by the time itself.
        const ratio = scalingRatio((n) => repeat(piece, n), (t) => scan(re, t), LARGE / SCALE);
        if (ratio > MAX_RATIO) slow.push(`/${re.source}/${re.flags} on ${JSON.stringify(piece.slice(0, 12))}×: ${ratio.toFixed(0)}× slower for ${SCALE}× the text`);
      }
    }
    expect(slow).toEqual([]);
  });

  // Checking hundreds of large documents takes minutes.
  it.runIf(FULL)('the whole check grows linearly on documents of one repeated token', { timeout: 3_600_000 }, () => {
    const slow: string[] = [];
    for (const token of new Set(TOKENS)) {
      for (const lineBreak of ['', '\n']) {
        const piece = token + lineBreak;
        const make = (n: number) => repeat(piece, n);
        const ratio = scalingRatio(make, (t) => check(t, { format: 'markdown' }), 1_000, 20);
        if (ratio > MAX_RATIO) slow.push(`${JSON.stringify(piece)}×: ${ratio.toFixed(0)}× slower for ${SCALE}× the text`);
      }
    }
    expect(slow).toEqual([]);
  });
});
