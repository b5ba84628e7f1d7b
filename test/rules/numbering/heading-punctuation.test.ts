import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'heading-punctuation';

describe(rule, () => {
  it('flags a colon after a standalone first-level heading (seed 003) and removes it', () => {
    const text = '        一、开展的主要工作：\n        （一）举旗帜统筹谋划\n';
    const [f] = findings(text, {}, rule);
    expect([f.text, f.line, f.column]).toEqual(['：', 1, 18]);
    const fix = check(text).findings.find((x) => x.rule === rule)!.fix!;
    expect(applyEdits(text, fix.edits).text).toBe('        一、开展的主要工作\n        （一）举旗帜统筹谋划\n');
  });

  it('flags a full stop after a standalone first-level heading', () => {
    expect(flagged('一、主要做法。\n', rule)).toEqual(['。']);
  });

  it('accepts a second-level heading ending with 。 before body text on its line', () => {
    expect(flagged('（一）强化组织领导。一是……\n', rule)).toEqual([]);
  });

  it('accepts a standalone lower-level heading ending with 。', () => {
    expect(flagged('（一）强化组织领导。\n', rule)).toEqual([]);
  });

  it('keeps a question or exclamation mark, which is part of what the heading says', () => {
    expect(flagged('二、为什么成效明显？\n三、奋进新征程！\n', rule)).toEqual([]);
  });

  it('ignores trailing spaces after a heading', () => {
    expect(flagged('一、加强组织领导，提高政治站位 \n', rule)).toEqual([]);
  });
});
