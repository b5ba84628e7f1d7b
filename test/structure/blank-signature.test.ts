import { describe, expect, it } from 'vitest';
import { applyEdits, check, combineFixes } from '../../server/src/engine';
import { findings, flagged } from '../helpers';

const rule = 'blank-signature';
const request = (ending: string) => `关于申请专项经费的请示\n市财政局：\n　　为做好党史学习教育工作，需专项经费十万元。\n　　妥否，请批示。\n${ending}`;
const fixAll = (text: string) => applyEdits(text, check(text).findings.filter((f) => f.rule === rule).flatMap((f) => f.suggestions![0].edits)).text;

describe(rule, () => {
  it('accepts a signer above a complete date, in figures or Chinese numerals', () => {
    expect(flagged(request('　　中共××县委宣传部\n　　2021年12月20日\n'), rule)).toEqual([]);
    expect(flagged(request('中共××县委宣传部\n（盖章）\n二〇二一年十二月二十日\n\n'), rule)).toEqual([]);
    expect(flagged(request('县委宣传部\n县财政局\n2021年12月20日\n附件：经费预算表\n'), rule)).toEqual([]);
  });

  it('reads an attachment list and a 附注 under the date as part of the ending', () => {
    const text = request('附件：1.岚溪县2024年农村供水保障工程实施方案\n　　　2.项目投资评审报告\n岚溪县水利局\n2024年3月18日\n（联系人：陈立新；联系电话：0798-6623415）\n');
    expect(findings(text, {}).map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });

  it('reads a labelled signer and date, and the 版记 line, as the ending', () => {
    const report = (ending: string) => `关于2023年防汛工作情况的报告\n县人民政府：\n　　现将有关情况报告如下：\n一、基本情况\n　　正文。\n　　特此报告。\n${ending}`;
    const structural = (text: string) => findings(text, {}).filter((f) => ['closing-formula', 'blank-signature'].includes(f.rule)).map((f) => `${f.rule}: ${f.text}`);
    expect(structural(report('报告单位：青溪县水利局\n报告日期：2024年1月10日\n'))).toEqual([]);
    expect(structural(report('青溪县水利局\n2024年1月10日\n抄送：市水利局。\n青溪县人民政府办公室　　2024年1月10日印发\n'))).toEqual([]);
    expect(structural(report('报告单位：\n报告日期：2024年1月10日\n'))).toEqual(['blank-signature: 报告单位：']);
    expect(structural(report('青溪县水利局\n2024年1月\n'))).toEqual([]);
    expect(structural(report('报告单位：青溪县水利局\n报告日期：2024年1月\n'))).toEqual([]);
  });

  it('leaves a date with blanks to placeholder-date, never reporting it twice', () => {
    const text = request('中共××县委宣传部\n2021年 月 日\n');
    expect(flagged(text, rule)).toEqual([]);
    expect(flagged(text, 'placeholder-date')).toEqual(['2021年 月 日']);
  });

  it('flags a signature label left blank', () => {
    const [f] = findings(request('署名：\n2021年12月20日\n'), {}, rule);
    expect([f.text, f.message]).toEqual(['署名：', '落款“署名：”未填写']);
  });

  it('flags a missing signer and date, and inserts lines to fill in after the closing formula', () => {
    const text = request('');
    const [f] = findings(text, {}, rule);
    expect(f.message).toBe('文末缺少落款：发文机关署名和成文日期；按“请示”检查（标题含“请示”）');
    const fixed = fixAll(text);
    expect(fixed).toBe(request('（此处填写发文机关署名）\n年　月　日\n'));
    // What is left to fill in is reported by the placeholder rules, not again by this one.
    expect(flagged(fixed, rule)).toEqual([]);
    expect(flagged(fixed, 'placeholder-brackets')).toEqual(['（此处填写发文机关署名）']);
    expect(flagged(fixed, 'placeholder-date')).toEqual(['年　月　日']);
  });

  it('does not take a closing formula without punctuation for the signer', () => {
    const text = '关于2021年工作情况的报告\n市政府：\n一、基本情况\n正文。\n二、主要做法\n正文。\n特此报告\n';
    expect(findings(text, {}, rule).map((f) => f.message)).toEqual(['文末缺少落款：发文机关署名和成文日期；按“报告”检查（标题含“报告”）']);
  });

  it('flags a missing date under a signer, and a missing signer above a date', () => {
    expect(findings(request('中共××县委宣传部\n'), {}, rule).map((f) => f.message)).toEqual(['文末缺少成文日期；按“请示”检查（标题含“请示”）']);
    expect(fixAll(request('中共××县委宣传部\n'))).toBe(request('中共××县委宣传部\n年　月　日\n'));
    const text = request('2021年12月20日\n');
    expect(findings(text, {}, rule).map((f) => [f.text, f.message])).toEqual([['2021年12月20日', '成文日期上方缺少发文机关署名；按“请示”检查（标题含“请示”）']]);
    expect(fixAll(text)).toBe(request('（此处填写发文机关署名）\n2021年12月20日\n'));
  });

  it('combines with the closing formula\'s fix in one pass, the formula first', () => {
    const text = '关于申请专项经费的请示\n市财政局：\n为做好工作，需经费十万元。\n';
    const r = check(text);
    const edits = r.findings.filter((f) => f.rule === rule || f.rule === 'closing-formula').map((f) => f.suggestions![0]);
    expect(applyEdits(text, combineFixes(edits)).text).toBe('关于申请专项经费的请示\n市财政局：\n为做好工作，需经费十万元。\n妥否，请批示。\n（此处填写发文机关署名）\n年　月　日\n');
  });

  it('asks types without a signature for none (工作总结), but flags a label left blank in them too', () => {
    const summary = '关于2021年工作的总结\n一、主要做法\n正文。\n二、存在问题\n正文。\n';
    expect(flagged(summary, rule)).toEqual([]);
    expect(flagged(`${summary}署名：\n年  月  日\n`, rule)).toEqual(['署名：']);
  });
});
