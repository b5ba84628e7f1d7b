import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'numbering-style';

describe(rule, () => {
  it('flags half-width brackets mixed into a run of full-width ones (seed 003)', () => {
    const text = '二、取得的成效\n（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n(五)戊。\n(六)己。\n';
    const seen = findings(text, {}, rule);
    expect(seen.map((f) => f.text)).toEqual(['(五)', '(六)']);
    expect(seen[0].message).toBe('二级标题序号应写作“（五）”，“(五)”用了半角括号');
  });

  it.each([
    ['一.总体情况', '一.', '一、'],
    ['一，总体情况', '一，', '一、'],
    ['一 总体情况', '一 ', '一、'],
    ['（一）、强化领导', '（一）、', '（一）'],
    ['1、完善机制。', '1、', '1.'],
    ['(1)建立台账。', '(1)', '（1）'],
    ['（1）、建立台账。', '（1）、', '（1）'],
  ])('flags %s and fixes it to the standard form', (line, marker, wanted) => {
    const text = `${line}\n`;
    expect(flagged(text, rule)).toEqual([marker]);
    const fix = check(text).findings.find((f) => f.rule === rule)!.fix!;
    expect(applyEdits(text, fix.edits).text).toBe(text.replace(marker, wanted));
  });

  it.each(['一、总体情况', '（一）强化领导', '1.完善机制。', '1．完善机制。', '（1）建立台账。'])('accepts the standard form %s', (line) => {
    expect(flagged(`${line}\n`, rule)).toEqual([]);
  });

  it('accepts a house style listed in the allow option', () => {
    expect(flagged('1、完善机制。\n2、健全制度。\n', rule, { rules: { [rule]: { options: { allow: ['ar-dun'] } } } })).toEqual([]);
  });

  it('does not read numbers in prose as markers', () => {
    expect(flagged('1.5亿元资金已到位。\n2021.10召开会议。\n一、二级医院全覆盖。\n', rule)).toEqual([]);
  });
});

describe(`${rule}: one form per level`, () => {
  it('flags an accepted form that differs from the form the document uses for the level', () => {
    const seen = findings('1.甲。\n2.乙。\n3．丙。\n', {}, rule);
    expect(seen.map((f) => f.text)).toEqual(['3．']);
    expect(seen[0].message).toBe('三级标题“3．”与本文同级标题的写法“1.”不一致');
    const text = '1.甲。\n2.乙。\n3．丙。\n';
    const fix = check(text).findings.find((f) => f.rule === rule)!.fix!;
    expect(applyEdits(text, fix.edits).text).toBe('1.甲。\n2.乙。\n3.丙。\n');
  });

  it('says nothing when two forms are used equally often', () => {
    expect(flagged('1.甲。\n2．乙。\n', rule)).toEqual([]);
  });
});
