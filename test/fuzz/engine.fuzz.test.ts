// Properties of the engine on inputs nobody wrote by hand: it never throws or hangs, every
// position it reports lies inside the document, and every fix (and fix-all) keeps the text
// outside its edits and leaves nothing new for its own rule to report.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdits, check, combineFixes, fixesOf, present, type CheckOptions, type TextEdit } from '../../server/src/engine';
import { anyUnicode, applyRandomEdit, bytesAsUtf8, editArbitrary, format, REPORTS, runs, seed, tokenText } from './inputs';

/** A check of a small input taking longer than this is a hang, not slowness (the benchmark measures speed). */
const HANG_MS = 5_000;
let inputsChecked = 0;

afterAll(() => {
  // `npm run fuzz` reports how many documents it checked in all.
  console.log(`fuzz: ${inputsChecked} inputs checked`);
});

function checkSoundly(text: string, options: CheckOptions) {
  const started = performance.now();
  const result = check(text, options);
  const elapsed = performance.now() - started;
  inputsChecked++;
  expect(elapsed, 'a check that never ends').toBeLessThan(HANG_MS);
  expect(result.failures, 'a rule threw').toEqual([]);
  const inside = (span: { start: number; end: number }) => Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length;
  const lines = result.model.lines;
  const validRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    [r.start, r.end].every((p) => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.lineEnds[p.line] - lines.lineStarts[p.line]);
  for (const f of result.findings) {
    expect(inside(f.span), `${f.rule} reports a span outside the text`).toBe(true);
    for (const r of f.related ?? []) expect(inside(r.span), `${f.rule} relates a span outside the text`).toBe(true);
    for (const fix of editsOffered(f)) for (const e of fix.edits) expect(inside(e.span), `${f.rule} edits outside the text`).toBe(true);
    const shown = present(f, lines, 'zh');
    expect(validRange(shown.range), `${f.rule} shows a position outside the text`).toBe(true);
    for (const fix of editsOffered(shown)) for (const e of fix.edits) expect(validRange(e.range)).toBe(true);
  }
  return result;
}

/** The text after the edits, rebuilt from the original's pieces between them: nothing else may change. */
function expectKeepsTextOutside(before: string, after: string, edits: readonly TextEdit[]) {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let expected = '';
  let at = 0;
  for (const e of sorted) {
    expected += before.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  expected += before.slice(at);
  expect(after).toBe(expected);
}

/** The fix and the suggestions a finding offers, in the order the editor lists them. */
function editsOffered<F extends { edits: unknown[] }>(finding: { fix?: F; suggestions?: F[] }): F[] {
  return [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])];
}

const countOf = (findings: { rule: string }[], rule: string) => findings.filter((f) => f.rule === rule).length;

/**
 * After a fix, its rule reports no more than before: nothing new. (Findings are counted, not
 * compared by message: a renumbering changes the numbers other findings of the rule quote.)
 */
function expectNothingNew(rule: string, before: { rule: string }[], after: { rule: string; message: { zh: string } }[], context: string) {
  const left = after.filter((f) => f.rule === rule).map((f) => f.message.zh);
  expect(left.length, `${rule}: after ${context}, reported: ${JSON.stringify(left)}`).toBeLessThanOrEqual(countOf(before, rule));
}

/** At most this many single fixes are tried per document, to keep a case's cost bounded. */
const FIXES_PER_DOCUMENT = 8;

function checkFixes(text: string, options: CheckOptions) {
  const before = checkSoundly(text, options);
  const withFixes = before.findings.filter((f) => editsOffered(f).length);
  for (const finding of withFixes.slice(0, FIXES_PER_DOCUMENT)) {
    for (const fix of editsOffered(finding)) {
      const { text: after, applied } = applyEdits(text, fix.edits);
      expect(applied.length, `${finding.rule}: a fix whose own edits overlap`).toBe(fix.edits.length);
      expectKeepsTextOutside(text, after, fix.edits);
      const again = checkSoundly(after, options);
      expectNothingNew(finding.rule, before.findings, again.findings, `the fix "${fix.title.en}"`);
    }
  }
  // Fix-all: every rule's fixes at once, as on save.
  const edits = combineFixes(fixesOf(before));
  if (!edits.length) return;
  const { text: after, applied } = applyEdits(text, edits);
  expect(applied.length).toBe(edits.length);
  expectKeepsTextOutside(text, after, edits);
  const again = checkSoundly(after, options);
  const fixedRules = new Set(before.findings.filter((f) => f.fix?.edits.every((e) => applied.includes(e))).map((f) => f.rule));
  for (const rule of fixedRules) expectNothingNew(rule, before.findings, again.findings, 'fix-all');
}

const settings = (n: number) => ({ numRuns: n, seed: seed(), endOnFailure: true });

describe('the engine on random input', () => {
  it('never throws or hangs on random Unicode, and reports positions inside the text', () => {
    fc.assert(fc.property(anyUnicode, format, (text, f) => void checkSoundly(text, { format: f })), settings(runs(300, 35_000)));
  });

  it('never throws or hangs on random bytes decoded as UTF-8', () => {
    fc.assert(fc.property(bytesAsUtf8, format, (text, f) => void checkSoundly(text, { format: f })), settings(runs(300, 35_000)));
  });

  it('never throws or hangs on random mixes of markers, placeholders and punctuation', () => {
    fc.assert(fc.property(tokenText, format, (text, f) => void checkSoundly(text, { format: f })), settings(runs(300, 35_000)));
  });

  it('survives random edit sequences applied to the real reports', () => {
    fc.assert(
      fc.property(fc.nat({ max: REPORTS.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), format, (which, edits, f) => {
        let text = REPORTS[which].text;
        for (const edit of edits) {
          text = applyRandomEdit(text, edit);
          checkSoundly(text, { format: f });
        }
      }),
      settings(runs(5, 1_000)),
    );
  });
});

describe('fixes on random input', () => {
  it('each fix and fix-all keep the text outside their edits and add nothing for their rule (token mixes)', () => {
    fc.assert(fc.property(tokenText, format, (text, f) => checkFixes(text, { format: f })), settings(runs(150, 4_000)));
  });

  it('the same on the real reports after random edits', () => {
    fc.assert(
      fc.property(fc.nat({ max: REPORTS.length - 1 }), fc.array(editArbitrary, { maxLength: 4 }), (which, edits) => {
        const text = edits.reduce(applyRandomEdit, REPORTS[which].text);
        checkFixes(text, { format: 'plaintext' });
      }),
      settings(runs(3, 300)),
    );
  });
});
