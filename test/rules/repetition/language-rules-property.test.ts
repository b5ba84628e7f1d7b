// The repetition, expression and punctuation rules on arbitrary text: they never fail, and every
// fix is an edit inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs, seed } from '../../fuzz/inputs';
import { check } from '../../../server/src/engine';
import { expressionRules } from '../../../server/src/engine/rules/expression';
import { punctuationRules } from '../../../server/src/engine/rules/punctuation';
import { repetitionRules } from '../../../server/src/engine/rules/repetition';

const ruleSet = [...repetitionRules, ...expressionRules, ...punctuationRules];
const pieces = [
  '的', '了', '在', '“', '”', '‘', '’', '《', '》', '（', '）', '(', ')', ',', ':', '?', '。', '，', '、', '\n', '\r\n', ' ', '\u3000',
  '一是', '二、', '（一）', '1）', 'x', '1', '𠮷', '\ud800', '学史明理、学史增信、学史崇德、学史力行', '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
  '习近平新时代中国特色社会主义思想', '以习近平同志为核心的党中央', '中国共产党简史', '习主席', '`', '```', '[a](http://x,y)', '党史学习教育',
];
const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 200 }));

describe('the language rules on arbitrary text', () => {
  it.each(['plaintext', 'markdown'] as const)('never fail and only offer edits inside the text (%s)', (format) => {
    fc.assert(
      fc.property(text, (t) => {
        const result = check(t, { ruleSet, format, rules: { 'repeated-phrase': { options: { minLength: 4, minCount: 2 } } } });
        expect(result.failures).toEqual([]);
        for (const f of result.findings) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(t.length);
          for (const e of [f.fix, ...(f.suggestions ?? [])].flatMap((x) => x?.edits ?? [])) expect(e.span.end).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: runs(300, 20_000), seed: seed(), endOnFailure: true },
    );
  });
});
