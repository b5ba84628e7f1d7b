import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'numbering-sequence';

describe(rule, () => {
  it('accepts a clean hierarchy, restarting under each parent', () => {
    const text = '一、主要做法\n（一）强化领导。正文。\n（二）完善机制。正文。\n二、存在问题\n（一）学习不深。\n（二）氛围不浓。\n';
    expect(flagged(text, rule)).toEqual([]);
  });

  it('flags a gap and names the missing number', () => {
    const [f] = findings('一、做法\n二、成效\n四、问题\n', {}, rule);
    expect(f.text).toBe('四、');
    expect(f.line).toBe(3);
    expect(f.message).toContain('缺少“三、”');
  });

  it('flags a repeat', () => {
    expect(flagged('一、做法\n（一）甲。\n（二）乙。\n（二）丙。\n', rule)).toEqual(['（二）']);
  });

  it('flags a run that starts past one under its parent', () => {
    const [f] = findings('一、做法\n（二）甲。\n（三）乙。\n', {}, rule);
    expect(f.text).toBe('（二）');
    expect(f.message).toContain('应从“（一）”开始');
  });

  it('flags numbers going backwards', () => {
    expect(flagged('一、甲\n二、乙\n三、丙\n二、丁\n', rule)).toEqual(['二、']);
  });

  it('parses Chinese numerals past ten', () => {
    const headings = Array.from({ length: 22 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二'][i]}、标题`).join('\n');
    expect(flagged(headings, rule)).toEqual([]);
    expect(flagged(headings.split('\n').slice(0, 10).join('\n') + '\n十二、跳号', rule)).toEqual(['十二、']);
  });

  it('offers a fix that renumbers the run and keeps every other character', () => {
    const text = '一、做法\n（一）甲。\n（三）乙。\n（四）丙。\n二、问题\n';
    const result = check(text);
    const finding = result.findings.find((f) => f.rule === rule)!;
    const fixed = applyEdits(text, finding.fix!.edits).text;
    expect(fixed).toBe('一、做法\n（一）甲。\n（二）乙。\n（三）丙。\n二、问题\n');
    expect(check(fixed).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
