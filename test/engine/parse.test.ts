import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/engine';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('parse: headings', () => {
  const text = [
    '关于2021年党史学习教育工作的总结',
    '根据市委要求，现将有关情况报告如下：',
    '一、主要做法',
    '（一）强化组织领导。成立领导小组。',
    '1.完善工作机制。建立台账。',
    '（1）明确责任。',
    '十一、其他',
    '',
  ].join('\n');
  const model = parse(text);

  it('finds the levels, values, styles and heading words', () => {
    expect(model.headings.map((h) => [h.level, h.marker?.value, h.marker?.style, h.text])).toEqual([
      [1, 1, 'cn-dun', '主要做法'],
      [2, 1, 'cn-paren', '强化组织领导'],
      [3, 1, 'ar-dot', '完善工作机制'],
      [4, 1, 'ar-paren', '明确责任'],
      [1, 11, 'cn-dun', '其他'],
    ]);
  });

  it('separates a heading from body text on its line', () => {
    const h = model.headings[1];
    expect(h.standalone).toBe(false);
    expect(h.terminator?.char).toBe('。');
    expect(slice(text, h.bodySpan!)).toBe('成立领导小组。');
    expect(model.headings[0].standalone).toBe(true);
  });

  it('builds the tree and section spans', () => {
    expect(model.headings.map((h) => h.parent)).toEqual([undefined, 0, 1, 2, undefined]);
    const first = model.headings[0];
    expect(slice(text, first.sectionSpan)).toBe('一、主要做法\n（一）强化组织领导。成立领导小组。\n1.完善工作机制。建立台账。\n（1）明确责任。\n');
  });

  it('reads half-width and other non-standard markers with the level they were meant for', () => {
    const m = parse('(五)干事创业\n1、完善机制\n一.总体情况\n（二）、强化领导\n');
    expect(m.headings.map((h) => [h.level, h.marker?.style, h.marker?.canonical])).toEqual([
      [2, 'cn-paren-half', false],
      [3, 'ar-dun', false],
      [1, 'cn-dot', false],
      [2, 'cn-paren-dun', false],
    ]);
  });

  it('does not take prose for headings', () => {
    const m = parse('十分重视这项工作。\n一、二级医院全覆盖。\n1.5亿元资金到位。\n2021年召开会议。\n三、四月份是春茶采摘的关键时期。\n二、三产业融合发展。\n');
    expect(m.headings).toEqual([]);
  });
});

describe('parse: numbered lines that are list items, not headings', () => {
  const headingTexts = (text: string, format?: 'markdown') => parse(text, { format }).headings.map((h) => h.text);

  it('reads the attachments under 附件：1.… as a list, not level-3 headings', () => {
    const text = ['关于申请专项经费的请示', '一、基本情况', '正文。', '妥否，请批示。', '附件：1.实施方案', '　　　2.项目投资评审报告', '岚溪县水利局', '2024年3月18日'].join('\n');
    expect(headingTexts(text)).toEqual(['基本情况']);
  });

  const roles = (text: string) => parse(text).headings.map((h) => `${h.role} ${text.slice(h.span.start, h.span.start + 2)}`);

  it('reads numbered clauses ending in ；as list items, the last one too; their markers stay checkable', () => {
    const text = ['（1）规范培养环节。主要环节要求如下：', '①开题报告须经评审组审查；', '②中期考核不合格者给予一次补考机会；', '③学位论文须经盲审。', '（2）加强导师队伍建设。'].join('\n');
    expect(roles(text)).toEqual(['heading （1', 'item ①开', 'item ②中', 'item ③学', 'heading （2']);
    // One run, whatever the form of each marker: 1﹒ 2﹒ 3.
    expect(roles(['1﹒铁塔根开取值在15-20米范围内；', '2﹒铁塔根开取值在20-25米范围内；', '3.铁塔根开取值在25米以上。'].join('\n'))).toEqual(['item 1﹒', 'item 2﹒', 'item 3.']);
    // Numbered headings that end like headings stay headings.
    expect(headingTexts(['1.完善工作机制', '正文。', '2.压实工作责任', '正文。'].join('\n'))).toEqual(['完善工作机制', '压实工作责任']);
  });

  it('reads a Markdown ordered list (1. with a space) as a list', () => {
    const text = ['## 四、2024年工作打算', '', '1. 开展公共数据质量提升行动', '2. 推进一网通办', '', '1.完善工作机制', ''].join('\n');
    expect(headingTexts(text, 'markdown')).toEqual(['四、2024年工作打算'.slice(2), '完善工作机制']);
  });
});

describe('parse: indentation, line endings and positions', () => {
  it('handles U+3000 and U+00A0 indentation', () => {
    const m = parse('\u3000\u3000一、主要做法\n\u00a0\u00a0（一）强化领导\n');
    expect(m.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '主要做法'],
      [2, '强化领导'],
    ]);
    expect(m.lines.positionAt(m.headings[0].marker!.span.start)).toEqual({ line: 0, character: 2 });
  });

  it('keeps CRLF text as it is and reports positions without the CR', () => {
    const text = '一、做法\r\n二、成效\r\n';
    const m = parse(text);
    expect(m.headings.map((h) => h.line)).toEqual([0, 1]);
    expect(m.lines.positionAt(m.headings[1].marker!.span.start)).toEqual({ line: 1, character: 0 });
    expect(m.lines.lineText(0)).toBe('一、做法');
  });

  it('counts positions in UTF-16 code units', () => {
    const m2 = parse('𠮷。一是甲。二是乙。');
    expect(m2.lines.positionAt(m2.enumerations[0].items[0].span.start)).toEqual({ line: 0, character: 3 });
  });
});

describe('parse: Markdown', () => {
  it('reads # headings and bold headings', () => {
    const text = '# 2021年工作总结\n\n## 一、主要做法\n\n**（一）强化组织领导。**正文。\n\n### 具体措施\n';
    const m = parse(text, { format: 'markdown' });
    expect(m.headings.map((h) => [h.markdownDepth, h.text])).toEqual([
      [1, '2021年工作总结'],
      [2, '主要做法'],
      [undefined, '强化组织领导'],
      [3, '具体措施'],
    ]);
    const numbered = m.headings.filter((h) => h.marker);
    expect(numbered.map((h) => [h.level, h.marker!.style, h.text])).toEqual([
      [1, 'cn-dun', '主要做法'],
      [2, 'cn-paren', '强化组织领导'],
    ]);
  });

  it('masks code and joins soft-wrapped lines into one paragraph', () => {
    const text = '一是学习\n不深。二是氛围\n不浓。\n\n```\n三是代码\n```\n';
    const m = parse(text, { format: 'markdown' });
    expect(m.paragraphs).toHaveLength(1);
    expect(m.enumerations).toHaveLength(1);
    expect(m.enumerations[0].items.map((i) => i.value)).toEqual([1, 2]);
  });
});

describe('parse: inline enumerations', () => {
  it('finds 一是/二是, 第一/第二 and 首先/其次/最后 with their scope', () => {
    const text = '存在不足：一是学习不深；二是氛围不浓。\n第一，提高认识。第二，强化落实。\n首先，统一思想；其次，完善机制；最后，加强督导。\n';
    const m = parse(text);
    expect(m.enumerations.map((e) => [e.family, e.items.map((i) => slice(text, i.span))])).toEqual([
      ['shi', ['一是', '二是']],
      ['di', ['第一', '第二']],
      ['order', ['首先', '其次', '最后']],
    ]);
    expect(slice(text, m.enumerations[0].scope)).toBe('一是学习不深；二是氛围不浓。');
  });

  it('groups paragraph-leading markers into one list and nests a list that restarts inside an item', () => {
    const text = '一是甲。一是a。二是b。\n二是乙。\n';
    const m = parse(text);
    const outer = m.enumerations.find((e) => e.leading)!;
    const inner = m.enumerations.find((e) => e.parent)!;
    expect(outer.items.map((i) => i.value)).toEqual([1, 2]);
    expect(inner.items.map((i) => i.value)).toEqual([1, 2]);
    expect(inner.parent).toEqual({ enumeration: outer.index, item: 0 });
  });
});

describe('parse: robustness', () => {
  it.each(['', '\n\n\n', '\ufeff', '一、', '（', '**', '# ', '```', '<!--', '\r\r\n\r'])('does not throw on %j', (text) => {
    expect(() => parse(text)).not.toThrow();
    expect(() => parse(text, { format: 'markdown' })).not.toThrow();
  });
});
