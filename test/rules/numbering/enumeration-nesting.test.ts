import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'enumeration-nesting';

// The shape of seed 001's 二、主要的做法: each 一是/二是 item holds its own 一是/二是 list.
const nested = [
  '二、主要的做法',
  '一是加强组织领导，扛起政治责任。县委高度重视。一是注重示范带动。二是注重统筹推进。',
  '二是强化理论武装，深化学习教育。一是以上率下领学。二是创新方式促学。三是分类指导。',
  '',
].join('\n');

describe(rule, () => {
  it('flags the first marker of each inner list once', () => {
    const seen = findings(nested, {}, rule);
    expect(seen.map((f) => [f.text, f.line, f.column])).toEqual([
      ['一是', 2, 24],
      ['一是', 3, 17],
    ]);
    expect(seen[0].message).toContain('两个层次用了同一种序号');
  });

  it('does not flag the inner list’s own continuation, nor any sequence error', () => {
    expect(flagged(nested, 'enumeration-sequence')).toEqual([]);
  });

  it('offers to number the outer level （一）（二） and keeps the rest of the text', () => {
    const fix = check(nested).findings.find((f) => f.rule === rule)!.suggestions![0];
    const fixed = applyEdits(nested, fix.edits).text;
    expect(fixed).toBe(nested.replace('\n一是加强', '\n（一）加强').replace('\n二是强化', '\n（二）强化'));
  });

  it('does not flag a list under a heading that uses another style', () => {
    expect(flagged('（一）强化组织领导方面。一是甲。二是乙。\n（二）学党史方面。一是丙。\n', rule)).toEqual([]);
  });

  it('does not flag an item that simply continues its own list inline', () => {
    expect(flagged('一是加强组织领导。正文。二是压实责任。三是强化督导。\n', rule)).toEqual([]);
  });
});
