import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { getSegmenter, intlSegmenter } from '../../../server/src/segmentation';
import { flagged } from '../../helpers';

const rule = 'doubled-character';

describe.each([
  ['Intl fallback', undefined],
  ['nodejieba', getSegmenter()],
])('%s: %s', (_name, segmenter) => {
  const opts = { segmenter };

  it.each([
    ['加强党史学习对提高党员的的思想觉悟具有不可替代的作用', '的的'],
    ['我们完成了了各项任务', '了了'],
    ['我们将将继续推进', '将将'],
    ['党员和和群众', '和和'],
    ['提高了的的的思想', '的的的'],
  ])('flags the doubled character in %s', (text, expected) => {
    expect(flagged(text, rule, opts)).toEqual([expected]);
  });

  it.each([
    '常常', '仔仔细细地检查', '谢谢大家', '问题不能不了了之', '人人参与、天天学习',
    '达到目的的手段', '为了了解情况', '确保取得实实在在的成效', '的的确确是这样', '一对对新人', '等等',
    '存在在职党员', '做到扎扎实实', '小时了了',
  ])('does not flag %s', (text) => {
    expect(flagged(text, rule, opts)).toEqual([]);
  });
});

describe(rule, () => {
  it('fixes by deleting the extra characters, keeping the rest of the text', () => {
    const text = '提高党员的的思想';
    const [finding] = check(text, { segmenter: intlSegmenter }).findings.filter((f) => f.rule === rule);
    expect(applyEdits(text, finding.suggestions![0].edits).text).toBe('提高党员的思想');
    expect(finding.message.zh).toBe('“的的”重复，多打了“的”');
  });

  it('does not look into Markdown code', () => {
    expect(flagged('示例 `党员的的思想`', rule, { format: 'markdown' })).toEqual([]);
  });

  it('falls back to Intl when the segmenter’s words do not rebuild the text', () => {
    const broken = { name: 'broken', cut: () => ['x'] };
    expect(flagged('党员的的思想', rule, { segmenter: broken })).toEqual(['的的']);
  });

  it('fails for this pass, without failing other rules, when the segmenter throws', () => {
    const loading = { name: 'pending', cut: (): string[] => { throw new Error('still loading'); } };
    const result = check('党员的的思想，参加党史学习教育', { segmenter: loading });
    expect(result.failures).toContainEqual({ rule, error: 'still loading' });
    expect(result.findings.map((f) => f.rule)).not.toContain(rule);
    // Nothing to segment: nothing to fail.
    expect(check('党员的思想', { segmenter: loading }).failures.map((f) => f.rule)).not.toContain(rule);
  });
});
