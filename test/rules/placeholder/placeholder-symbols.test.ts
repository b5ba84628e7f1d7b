import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers';

const rule = 'placeholder-symbols';

describe(rule, () => {
  it.each([
    ['**局坚持把党史学习教育作为重大任务', ['**']],
    ['召开会议**次，**党委切实担负主体责任', ['**', '**']],
    ['××同志，×××单位', ['××', '×××']],
    ['×县×镇', ['×', '×']],
    ['○○学校', ['○○']],
    ['〇〇县委', ['〇〇']],
    ['□□乡', ['□□']],
    ['姓名：＿＿＿＿', ['＿＿＿＿']],
    ['单位：______', ['______']],
    ['**、**等同志参加会议', ['**', '**']],
  ])('flags the blank in %s', (text, expected) => {
    expect(flagged(text, rule)).toEqual(expected);
  });

  it.each(['面积为3×4米', '共计 12 × 5 = 60', '二○○一年成立', '二○二一年十二月', '二〇〇八年', '二〇〇〇年', '(1+2)×3', 'a×b', '回归系数为0.35**', '（注：**表示在1%的水平上显著）', '注：*、**、***分别表示在10%、5%、1%的水平上显著'])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });

  it('treats ** as bold syntax in Markdown, but flags a lone ** there', () => {
    expect(flagged('这是**重点工作**，请落实。', rule, { format: 'markdown' })).toEqual([]);
    expect(flagged('**局召开会议', rule, { format: 'markdown' })).toEqual(['**']);
  });

  it('ignores Markdown thematic breaks', () => {
    expect(flagged('第一段\n\n***\n\n___\n\n第二段', rule, { format: 'markdown' })).toEqual([]);
  });

  it('flags ** in plain text even when two of them could pair up', () => {
    expect(flagged('**党委切实担负主体责任，**局', rule)).toEqual(['**', '**']);
  });
});
