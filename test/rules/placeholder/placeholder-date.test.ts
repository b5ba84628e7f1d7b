import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers';

const rule = 'placeholder-date';

describe(rule, () => {
  it.each([
    ['中共某市委宣传部\n2021年 月 日', ['2021年 月 日']],
    ['2021年12月  日', ['2021年12月  日']],
    ['____年__月__日', ['____年__月__日']],
    ['落款\n年  月  日', ['年  月  日']],
    ['年月日', ['年月日']],
    ['2021年月日', ['2021年月日']],
    ['于2021年　月召开', ['2021年　月']],
  ])('flags the blank date in %s', (text, expected) => {
    expect(flagged(text, rule)).toEqual(expected);
  });

  it.each(['2021年12月20日', '二〇二一年十二月二十日', '填写出生年月日', '每年月底前报送', '20XX年X月X日'])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });
});
