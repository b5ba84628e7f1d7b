import { describe, expect, it } from 'vitest';
import { findings, flagged } from '../../helpers';

const rule = 'numbering-hierarchy';

describe(rule, () => {
  it('accepts levels in the standard order', () => {
    expect(flagged('一、甲\n（一）乙。\n1.丙。\n（1）丁。\n', rule)).toEqual([]);
  });

  it('accepts a level left out consistently (house style)', () => {
    expect(flagged('一、甲\n1.乙。\n2.丙。\n二、丁\n1.戊。\n', rule)).toEqual([]);
  });

  it('flags a level skipped in one place only', () => {
    const seen = findings('一、甲\n（一）乙。\n1.丙。\n二、丁\n1.戊。\n', {}, rule);
    expect(seen.map((f) => [f.text, f.line])).toEqual([['1.', 5]]);
    expect(seen[0].message).toContain('越级');
  });

  it('flags every skip under the strict policy, none under allow-skip', () => {
    const text = '一、甲\n1.乙。\n二、丁\n1.戊。\n';
    expect(flagged(text, rule, { rules: { [rule]: { options: { policy: 'strict' } } } })).toEqual(['1.', '1.']);
    expect(flagged('一、甲\n（一）乙。\n1.丙。\n二、丁\n1.戊。\n', rule, { rules: { [rule]: { options: { policy: 'allow-skip' } } } })).toEqual([]);
  });

  it('flags a lower-level heading before the first top-level one', () => {
    expect(flagged('（一）甲。\n一、乙\n（一）丙。\n', rule)).toEqual(['（一）']);
  });
});
