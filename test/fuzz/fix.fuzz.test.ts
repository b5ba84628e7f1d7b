// `--fix` and fix-all on save, on real reports and on mutations of them: the fixes change no word
// of the writer's, they converge in one run (a second run changes nothing), and nothing fixable
// is left behind.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, findRule, fixesOf, fixText, type CheckOptions } from '../../server/src/engine';
import { getSegmenter } from '../../server/src/segmentation';
import { wordsOf } from '../helpers';
import { applyRandomEdit, editArbitrary, REAL_DOCUMENTS, REPORTS, runs, seed } from './inputs';

const documents = [...REPORTS, ...REAL_DOCUMENTS];
const options: CheckOptions = { segmenter: getSegmenter() };

function expectFixedOnce(text: string) {
  const first = fixText(text, options);
  expect(first.converged, 'fixes still pending after the passes ran out').toBe(true);
  expect(wordsOf(first.text), 'a fix changed the writer\'s words').toBe(wordsOf(text));
  expect(fixesOf(first.result).length, 'something fixable is left').toBe(0);
  const second = fixText(first.text, options);
  expect(second.text, 'a second --fix changed more').toBe(first.text);
  return first;
}

describe('fixing a whole document', () => {
  it.each(documents.map((d) => [d.name, d.text] as const))('%s: one run fixes everything mechanical and no word', (_name, text) => {
    // Each rule offers only the kinds of edit its page and `gongwen rules` say it does.
    for (const f of check(text, options).findings) {
      if (f.fix) expect(findRule(f.rule)?.fixable, `${f.rule} fixes without saying so`).toBe(true);
      if (f.suggestions) expect(findRule(f.rule)?.hasSuggestions, `${f.rule} suggests without saying so`).toBe(true);
    }
    const fixed = expectFixedOnce(text);
    // The edits the editor receives produce the same text.
    const edits = [...fixed.edits].sort((a, b) => b.span.start - a.span.start);
    let applied = text;
    for (const e of edits) applied = applied.slice(0, e.span.start) + e.newText + applied.slice(e.span.end);
    expect(applied).toBe(fixed.text);
  });

  it('converges on mutated reports too', () => {
    const docs = fc.constantFrom(...documents.map((d) => d.text));
    fc.assert(
      fc.property(docs, fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (text, mutations) => {
        expectFixedOnce(mutations.reduce(applyRandomEdit, text));
      }),
      { numRuns: runs(40, 3_000), seed: seed(), endOnFailure: true },
    );
  });
});
