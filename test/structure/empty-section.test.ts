import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../server/src/engine';
import { findings, flagged } from '../helpers';

const rule = 'empty-section';
const seeds = resolve(__dirname, '../../../shared/corpus/seeds');

describe(`${rule}: headings`, () => {
  it('flags a heading followed at once by a sibling, a higher heading, or the end', () => {
    expect(flagged('关于工作的总结\n一、主要做法\n二、取得成效\n正文。\n三、存在问题\n（一）学习不深。正文。\n（二）氛围不浓\n四、下一步打算\n', rule)).toEqual([
      '一、主要做法',
      '（二）氛围不浓',
      '四、下一步打算',
    ]);
  });

  it('accepts a heading whose body is on its line, in paragraphs below, or in child headings', () => {
    expect(flagged('一、主要做法\n（一）强化领导。成立领导小组。\n（二）完善机制\n建立台账。\n二、存在问题\n正文。\n', rule)).toEqual([]);
  });

  it('accepts a terse list of one-sentence headings, but not one bare among full siblings', () => {
    const terse = '四、下一步打算\n（一）持续加强理论武装。\n（二）持续推进作风建设。\n（三）持续深化为民服务。\n';
    expect(flagged(terse, rule)).toEqual([]);
    const holed = '四、下一步打算\n（一）持续加强理论武装。坚持学习。\n（二）持续推进作风建设。\n（三）持续深化为民服务。坚持为民。\n（四）持续抓好制度建设。完善制度。\n';
    expect(flagged(holed, rule)).toEqual(['（二）持续推进作风建设。']);
  });

  it('never takes the Markdown # title for an empty section', () => {
    expect(flagged('# 关于工作的总结\n\n## 一、主要做法\n\n正文。\n', rule, { format: 'markdown' })).toEqual([]);
  });

  it('offers the template skeleton under an empty heading that names a section', () => {
    const text = '关于工作的总结\n一、主要做法\n　　正文。\n二、存在问题\n三、下一步打算\n　　正文。\n';
    const f = check(text).findings.find((x) => x.rule === rule)!;
    expect(f.suggestions![0].title.zh).toBe('在“存在问题”下插入待填写的提示');
    const fixed = applyEdits(text, f.suggestions![0].edits).text;
    expect(fixed).toBe('关于工作的总结\n一、主要做法\n　　正文。\n二、存在问题\n　　（此处填写存在的问题和不足）\n三、下一步打算\n　　正文。\n');
    expect(flagged(fixed, rule)).toEqual([]);
    expect(check('一、加强领导\n二、其他\n正文。\n').findings.find((x) => x.rule === rule)!.suggestions).toBeUndefined();
  });
});

describe(`${rule}: list items that are only a lead phrase`, () => {
  it('flags the item with no content among items with lead phrase and content', () => {
    const text = '　　（四）突出结合。一是以人为本解民忧。制发清单，解决困难。二是便民春风暖人心。三是志愿服务学雷锋。组建志愿服务队。四是专项整治树新风。整治歪风陋习。\n';
    const [f] = findings(text, {}, rule);
    expect(f.text).toBe('二是便民春风暖人心');
    expect(f.message).toBe('“二是便民春风暖人心”只有一句小标题，没有具体内容');
  });

  it('flags an item that ends its paragraph too, unless the next paragraph goes on with it', () => {
    expect(flagged('一是加强领导。成立小组。二是完善机制。建立台账。三是强化督查。\n', rule)).toEqual(['三是强化督查']);
    expect(flagged('一是加强领导。成立小组。\n二是完善机制。建立台账。\n三是强化督查。\n每月督查一次。\n', rule)).toEqual([]);
  });

  it('accepts lists whose items are all one short sentence, and clauses joined by semicolons', () => {
    expect(flagged('主要措施：一是加强领导。二是完善制度。三是强化考核。\n', rule)).toEqual([]);
    expect(flagged('主要表现在：一是方式方法有待创新；二是对典型经验挖掘提炼不够，没能全面反映成效；三是社会影响力有待进一步提升，宣传形式还需加强。\n', rule)).toEqual([]);
    expect(flagged('一是加强领导，压实责任。二是完善制度，规范流程。三是强化督查，确保实效。\n', rule)).toEqual([]);
  });

  it('reads a lone sentence well longer than the other lead phrases as content', () => {
    const text = '一是保供稳价工作有力。落实政府储备粮3.5万吨。二是能源保障平稳有序。全社会用电量28.6亿千瓦时。三是全年未发生重大经济安全风险事件。\n';
    expect(flagged(text, rule)).toEqual([]);
  });

  it('needs most other items, and at least two, to have content', () => {
    expect(flagged('一是加强领导。成立小组。二是完善机制。三是强化督查。\n', rule)).toEqual([]);
    expect(flagged('一是加强领导。成立小组。二是完善机制。建立台账。三是强化督查。四是狠抓落实。五是注重宣传。\n', rule)).toEqual([]);
    expect(flagged('一是加强领导。成立小组。二是完善机制。建立台账。三是强化督查。四是狠抓落实。\n', rule)).toEqual(['三是强化督查', '四是狠抓落实']);
  });

  it.skipIf(!existsSync(seeds))('finds the hole in seed 002 and nothing else in the seeds', () => {
    const text = readFileSync(resolve(seeds, '002_6295e86795a01676.txt'), 'utf8');
    const [f, ...rest] = findings(text, {}, rule);
    expect([f.text, f.line, f.column]).toEqual(['二是便民春风暖人心', 7, 359]);
    expect(rest).toEqual([]);
    for (const seed of ['000_7bb5cf063f89b13b', '001_f7c9bf3b663debaa', '003_876dce043ba1a933', '004_d236006037f4c89f']) {
      expect(flagged(readFileSync(resolve(seeds, `${seed}.txt`), 'utf8'), rule), seed).toEqual([]);
    }
  });
});
