import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'placeholder-custom';
const withPatterns = (patterns: unknown[], format: CheckOptions['format'] = 'plaintext'): CheckOptions => ({ format, rules: { [rule]: { options: { patterns } } } });

describe(rule, () => {
  it('flags the office\'s literal placeholders', () => {
    expect(flagged('〔待填〕同志任组长，〔待填〕同志任副组长。', rule, withPatterns(['〔待填〕']))).toEqual(['〔待填〕', '〔待填〕']);
    expect(flagged('共开展活动＃＃次。', rule, withPatterns([{ text: '＃＃' }]))).toEqual(['＃＃']);
  });

  it('flags matches of the office\'s patterns, with its own message when given', () => {
    const options = withPatterns([{ regex: '（填写[^）]{0,20}）', message: '模板提示未删除' }]);
    expect(findings('由（填写单位名称）牵头，（填写）配合。', options, rule).map((f) => [f.text, f.message])).toEqual([
      ['（填写单位名称）', '模板提示未删除：“（填写单位名称）”'],
      ['（填写）', '模板提示未删除：“（填写）”'],
    ]);
  });

  it('treats a literal as text, never as a pattern', () => {
    expect(flagged('比例达到(x.x)%，另有(xyx)%。', rule, withPatterns(['(x.x)']))).toEqual(['(x.x)']);
  });

  it('reports text matched by two entries once', () => {
    expect(flagged('〔待填〕', rule, withPatterns(['〔待填〕', { regex: '〔[^〕]{1,4}〕' }]))).toEqual(['〔待填〕']);
  });

  it('reports a blank once when a built-in rule finds part of it', () => {
    const all = (text: string, options: CheckOptions) => findings(text, options, 'placeholder').map((f) => [f.rule, f.text]);
    expect(all('由XX县负责', withPatterns(['XX县']))).toEqual([[rule, 'XX县']]);
    expect(all('培训人员【待补充】人次', {})).toEqual([['placeholder-brackets', '【待补充】']]);
    // Blanks side by side are two.
    expect(all('XX县某某局', {})).toEqual([['placeholder-letters', 'XX'], ['placeholder-words', '某某']]);
  });

  it('flags nothing by default', () => {
    expect(flagged('〔待填〕XX单位', rule)).toEqual([]);
  });

  it.each(['二〇二一年工作总结', '（一）强化组织领导。', '填写说明见附件。'])('does not flag ordinary text: %s', (text) => {
    expect(flagged(text, rule, withPatterns(['〔待填〕', { regex: '（填写[^）]{0,20}）' }]))).toEqual([]);
  });

  it('leaves Markdown code and links alone', () => {
    expect(flagged('示例：`〔待填〕`，见 <https://example.com/〔待填〕>', rule, withPatterns(['〔待填〕'], 'markdown'))).toEqual([]);
  });

  it('skips entries that cannot be used instead of failing (the configuration reports them)', () => {
    const options = withPatterns([{ regex: '(?=X)X' }, { regex: '' }, { regex: 'X?' }, 42, null, '〔待填〕']);
    expect(flagged('XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX〔待填〕', rule, options)).toEqual(['〔待填〕']);
  });

  it('finishes on an empty pattern, which used to loop forever', { timeout: 20_000 }, () => {
    expect(flagged('〔待填〕XX', rule, withPatterns(['']))).toEqual([]);
    expect(flagged('〔待填〕XX', rule, withPatterns([{ text: '' }, '〔待填〕']))).toEqual(['〔待填〕']);
  });

  it('runs a pattern JavaScript would backtrack on for ever, to the end', { timeout: 20_000 }, () => {
    expect(flagged('X'.repeat(30_000), rule, withPatterns([{ regex: '(X+X+)+Y' }]))).toEqual([]);
  });

  it('says once when a document holds more matches than it lists', () => {
    const found = findings('〔待填〕'.repeat(1500), withPatterns(['〔待填〕']), rule);
    expect(found).toHaveLength(1000);
    expect(found.filter((f) => f.message.includes('其后的未再列出'))).toHaveLength(1);
  });
});
