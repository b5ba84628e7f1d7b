import { describe, expect, it } from 'vitest';
import { findings, flagged } from '../../helpers';

const rule = 'unbalanced-pair';

describe(rule, () => {
  it('flags a quotation mark opened inside a title and never closed (seed 003)', () => {
    const text = '研究制定《市xxxx“我为群众办实事实施方案》等各类方案措施';
    const [f] = findings(text, {}, rule);
    expect([f.text, f.column]).toEqual(['“', 11]);
    expect(f.message).toBe('前引号「“」在「》」之前没有闭合（缺「”」）');
  });

  it('flags a quotation mark left open at the end of a paragraph (seed 003)', () => {
    const [f] = findings('进一步坚定“两个确立”“两个维护。', {}, rule);
    expect([f.text, f.column, f.message]).toEqual(['“', 12, '前引号「“」在本段没有闭合（缺「”」）']);
  });

  it('flags a stray opening mark right after a closing one (seed 004)', () => {
    const text = '充分利用“学习强国”、“XX网络干部学院”“等网络平台，组织观看“云宣讲”活动';
    expect(findings(text, {}, rule).map((f) => [f.text, f.column])).toEqual([['“', 22]]);
  });

  it.each([
    ['学习了《党章》》', '》'],
    ['他说：“好。””', '”'],
    ['（扩大））会议', '）'],
    ['〔2021〕〕5号', '〕'],
    ['【待补充】】', '】'],
  ])('flags the stray closing mark in %s', (text, mark) => {
    expect(flagged(text, rule)).toEqual([mark]);
    expect(findings(text, {}, rule)[0].message).toMatch(/^多余的后/);
  });

  it('flags marks closed across each other', () => {
    expect(flagged('“学习《党章”》', rule)).toEqual(['《', '》']);
  });

  it('keeps a missing mark to its own paragraph', () => {
    const text = ['他指出：“要加强学习。', '“学史明理”是要求，《中国共产党简史》是教材。', '（一）加强组织领导。'].join('\n');
    expect(findings(text, {}, rule).map((f) => f.line)).toEqual([1]);
  });

  it.each([
    '引导党员增强“四个意识”、坚定“四个自信”、做到“两个维护”',
    '学习《关于开展“我为群众办实事”实践活动的实施方案》',
    '他说：“要读‘原著’，学‘原文’。”',
    '召开常委会（扩大）会议，印发〔2021〕5号文件【重要】',
    '1）加强学习；2）强化落实',
    'He said it’s fine',
    '（一)加强组织领导',
  ])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });

  it('accepts a quotation over several paragraphs, each opened with “', () => {
    expect(flagged(['“第一段引文。', '“第二段引文。”'].join('\n'), rule)).toEqual([]);
    expect(flagged(['一位家长在座谈会上说：“孩子们在学校里学得开心。', '“学校开设的课程很丰富。”'].join('\n'), rule)).toEqual([]);
    // An unclosed quotation mark inside a sentence is still an error, whatever follows.
    expect(flagged(['增强“四个意识，坚定信心。', '“两学一做”学习教育常态化。'].join('\n'), rule)).toEqual(['“']);
  });

  it('does not look into Markdown code', () => {
    expect(flagged('示例 `“未闭合` 与 ``》``', rule, { format: 'markdown' })).toEqual([]);
  });
});

describe(`${rule} on a paragraph that is not prose`, () => {
  it('reports at most 50 marks per paragraph', () => {
    expect(flagged('“'.repeat(1000) + '。\n（正常段落', rule)).toHaveLength(51);
  });
});

describe(`${rule} on text broken into lines mid-sentence`, () => {
  it('pairs marks across a line break inside a sentence', () => {
    expect(flagged(['他指出：“要坚持学用结合，', '推动工作落实。”同时强调《党史', '学习教育实施方案》的要求。'].join('\n'), rule)).toEqual([]);
  });

  it('still reports a mark left open at the end of a sentence', () => {
    expect(findings(['他指出：“要坚持学用结合。', '推动工作落实。”'].join('\n'), {}, rule).map((f) => [f.line, f.text])).toEqual([
      [1, '“'],
      [2, '”'],
    ]);
  });
});
