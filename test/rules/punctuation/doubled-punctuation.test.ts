import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'doubled-punctuation';

function fixed(text: string): string {
  const edits = check(text).findings.filter((f) => f.rule === rule).flatMap((f) => f.fix?.edits ?? []);
  return applyEdits(text, edits).text;
}

describe(rule, () => {
  it.each([
    ['取得了成效。。', '。。', '取得了成效。'],
    ['加强学习，，提高能力', '，，', '加强学习，提高能力'],
    ['学习、、研讨', '、、', '学习、研讨'],
    ['主要有：：一是', '：：', '主要有：一是'],
    ['未完待续。。。', '。。。', '未完待续……'],
  ])('flags %s and fixes it', (text, found, corrected) => {
    expect(flagged(text, rule)).toEqual([found]);
    expect(fixed(text)).toBe(corrected);
  });

  it('flags two different marks side by side, without guessing which to keep', () => {
    expect(flagged('加强学习，。提高能力', rule)).toEqual(['，。']);
    expect(findings('加强学习，。提高能力', {}, rule)[0].message).toBe('点号“，。”连用，只应保留一个');
    expect(fixed('加强学习，。提高能力')).toBe('加强学习，。提高能力');
  });

  it.each(['他说……', '会议——这是第一次', '太好了！！', '为什么？？', '“学史明理”。', '他问：“好吗？”'])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });
});
