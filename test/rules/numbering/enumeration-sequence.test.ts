import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'enumeration-sequence';

describe(rule, () => {
  it('accepts a list inside one paragraph', () => {
    expect(flagged('存在一些不足。一是学习不深。二是氛围不浓。三是机制不全。\n', rule)).toEqual([]);
  });

  it('accepts a list whose items open paragraphs, and an item that continues inline (seed 004)', () => {
    expect(flagged('一、做法\n一是加强领导。正文。二是压实责任。正文。\n二、问题\n一是甲。\n二是乙。\n三是丙。\n', rule)).toEqual([]);
  });

  it('flags a gap', () => {
    const [f] = findings('一是学习不深。三是氛围不浓。\n', {}, rule);
    expect(f.text).toBe('三是');
    expect(f.message).toContain('缺少“二是”');
  });

  it('flags a repeat across paragraph-level items', () => {
    expect(flagged('一是甲。\n二是乙。\n二是丙。\n', rule)).toEqual(['二是']);
  });

  it('flags a list that starts at 二是', () => {
    expect(flagged('存在不足。二是氛围不浓。三是机制不全。\n', rule)).toEqual(['二是']);
  });

  it('checks 第一，第二， the same way', () => {
    expect(flagged('第一，提高认识。第三，强化落实。\n', rule)).toEqual(['第三']);
  });

  it('checks 首先，其次，再次， and lets 最后 close a list anywhere', () => {
    const [f] = findings('首先，深入实施质量强县战略。再次，加强计量工作。最后，抓好落实。\n', {}, rule);
    expect([f.text, f.message]).toEqual(['再次', '列举序号不连续：“首先”之后是“再次”，缺少“其次”']);
    expect(flagged('首先，加强学习。\n其次，压实责任。\n其次，强化督导。\n', rule)).toEqual(['其次']);
    expect(flagged('首先，加强学习。其次，压实责任。再次，强化督导。最后，抓好落实。\n', rule)).toEqual([]);
    expect(flagged('首先，加强学习。最后，抓好落实。\n', rule)).toEqual([]);
    // 再次 meaning 'again', and a list not opened by 首先, are no sequence.
    expect(flagged('首先，加强学习。会议再次强调，要抓好落实。\n', rule)).toEqual([]);
    expect(flagged('其次，压实责任。再次，强化督导。\n', rule)).toEqual([]);
    // 再次 → 其次 changes a word: offered for the writer to pick, never applied by --fix.
    const text = '首先，加强学习。再次，强化督导。\n';
    const finding = check(text).findings.find((x) => x.rule === rule)!;
    expect(finding.fix).toBeUndefined();
    expect(applyEdits(text, finding.suggestions![0].edits).text).toBe('首先，加强学习。其次，强化督导。\n');
  });

  it('does not read words as markers: 统一是, 第一次, 一是一、二是二', () => {
    expect(flagged('思想统一是前提。第一次会议召开。要一是一、二是二。\n', rule)).toEqual([]);
  });

  it('restarts under each heading', () => {
    expect(flagged('一、甲\n一是a。二是b。\n二、乙\n一是c。二是d。\n', rule)).toEqual([]);
  });

  it('renumbers the list as a fix', () => {
    const text = '一是甲。三是乙。四是丙。\n';
    const fix = check(text).findings.find((f) => f.rule === rule)!.fix!;
    expect(applyEdits(text, fix.edits).text).toBe('一是甲。二是乙。三是丙。\n');
  });
});

describe(`${rule}: lists that cross paragraphs`, () => {
  it('accepts a list begun inside a paragraph that goes on in paragraphs of its own', () => {
    expect(flagged('问题主要表现在：一是学习不深。\n二是氛围不浓。\n三是机制不全。\n', rule)).toEqual([]);
  });

  it('still flags a paragraph-level list that starts at 二是', () => {
    expect(flagged('存在一些问题。\n二是氛围不浓。\n三是机制不全。\n', rule)).toEqual(['二是']);
  });
});
