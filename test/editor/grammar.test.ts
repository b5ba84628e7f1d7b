// The TextMate grammar's patterns, matched as JavaScript regular expressions (the ones used here
// mean the same in Oniguruma): heading levels, enumeration markers, placeholders and what is not one.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Pattern {
  name?: string;
  match?: string;
  begin?: string;
  patterns?: Pattern[];
}

const grammar = JSON.parse(readFileSync(resolve(__dirname, '../../syntaxes/gongwen.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  repository: Record<string, Pattern>;
};
const regex = (source: string) => new RegExp(source, 'g');
const opens = (rule: string, line: string) => regex(grammar.repository[rule].begin ?? grammar.repository[rule].match!).exec(line)?.[1];
const placeholders = (text: string) =>
  grammar.repository.placeholder.patterns!.flatMap((p) => [...text.matchAll(regex(p.match!))].map((m) => m[0])).sort();

describe('TextMate grammar', () => {
  it('is text.gongwen', () => expect(grammar.scopeName).toBe('text.gongwen'));

  it('tells the four heading levels apart by their markers', () => {
    expect(opens('heading-1', '一、主要做法')).toBe('一、');
    expect(opens('heading-1', '\u3000\u3000十二、下一步打算')).toBe('十二、');
    expect(opens('heading-2', '（一）强化组织领导。正文')).toBe('（一）');
    expect(opens('heading-2', '(五)干事创业')).toBe('(五)');
    expect(opens('heading-3', '1.完善工作机制')).toBe('1.');
    expect(opens('heading-3', '1.5亿元')).toBeUndefined();
    expect(opens('heading-4', '（1）细化任务')).toBe('（1）');
    expect(opens('heading-1', '今年一、二季度')).toBeUndefined();
  });

  it('marks inline enumerations where a clause starts, not inside words', () => {
    const enumeration = regex(grammar.repository.enumeration.match!);
    expect('一是完善机制；二是压实责任。'.match(enumeration)).toEqual(['一是', '二是']);
    expect('统一是前提'.match(enumeration)).toBeNull();
  });

  it('highlights the blanks a template leaves, and not Latin words, X光 or a multiplication', () => {
    expect(placeholders('市XX局完成xxxx项，共**件，×××户，某某单位，【待补充】，2023年  月  日')).toEqual(
      ['**', '2023年  月  日', 'XX', 'xxxx', '×××', '某某', '【待补充】'].sort(),
    );
    expect(placeholders('5G基站、APP、X射线、X光机、3×4米、Excel')).toEqual([]);
  });
});
