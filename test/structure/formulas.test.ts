// opening-formula and closing-formula: the closing a 请示 requires, and the formulas a type's
// template may require of a document sent to an addressee.
import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../server/src/engine';
import { findings, flagged } from '../helpers';

const request = (closing: string) => `关于申请专项经费的请示\n市财政局：\n　　为做好党史学习教育工作，需专项经费十万元。\n　　${closing}\n　　中共××县委宣传部\n　　2021年12月20日\n`;
const report = (opening: string, closing = '特此报告。') =>
  `关于2021年安全生产工作情况的报告\n市政府：\n　　${opening}\n一、基本情况\n　　正文。\n二、主要做法\n　　正文。\n　　${closing}\n　　××市应急管理局\n　　2021年12月20日\n`;

describe('closing-formula', () => {
  const rule = 'closing-formula';

  it('accepts 请示 closings in their usual wordings and punctuation', () => {
    for (const closing of ['妥否，请批示。', '当否，请批示。', '妥否,请批复。', '以上请示如无不妥，请予批准。', '特此请示，请予审批。']) {
      expect(flagged(request(closing), rule), closing).toEqual([]);
    }
  });

  it('accepts the formula as the last sentence of the last paragraph', () => {
    expect(flagged('关于申请专项经费的请示\n市财政局：\n　　为做好工作，需经费十万元。妥否，请批示。\n中共××县委宣传部\n2021年12月20日\n', rule)).toEqual([]);
  });

  it('flags a 请示 without one, says why the type was assumed, and adds the formula after the body', () => {
    const text = request('恳请予以支持。');
    const [f] = findings(text, {}, rule);
    expect(f.text).toBe('恳请予以支持。');
    expect(f.message).toBe('正文末尾缺少结语“妥否，请批示。”；按“请示”检查（标题含“请示”）');
    const fix = check(text).findings.find((x) => x.rule === rule)!.suggestions![0];
    expect(applyEdits(text, fix.edits).text).toBe(request('恳请予以支持。\n　　妥否，请批示。'));
    expect(flagged(applyEdits(text, fix.edits).text, rule)).toEqual([]);
  });

  it('leaves a 报告 without 特此报告 alone (offices often end without it), unless a template requires it', () => {
    expect(flagged(report('现将有关情况报告如下：', '我们将继续努力。'), rule)).toEqual([]);
    const settings = { templates: [{ type: '报告', closing: { required: true, phrases: ['特此报告', '以上报告'] } }] };
    expect(flagged(report('现将有关情况报告如下：'), rule, { settings })).toEqual([]);
    expect(flagged(report('现将有关情况报告如下：', '以上报告，请审阅。'), rule, { settings })).toEqual([]);
    expect(findings(report('现将有关情况报告如下：', '我们将继续努力。'), { settings }, rule).map((f) => f.message)).toEqual([
      '正文末尾缺少结语“特此报告”；按“报告”检查（标题含“报告”）',
    ]);
    expect(flagged('关于2021年工作的总结\n一、主要做法\n正文。\n二、存在问题\n正文。\n', rule)).toEqual([]);
  });

  it('checks only documents that are sent: a 请示 always, a 报告 with a 主送机关; not a form, a meeting paper or a speech', () => {
    const noAddressee = '关于申请专项经费的请示\n　　为做好工作，需专项经费十万元。\n　　恳请予以支持。\n';
    expect(flagged(noAddressee, rule)).toEqual(['恳请予以支持。']);
    // A 签报: a form whose title is a field.
    expect(flagged('签报名称：关于办理融资有关事项的请示\n财务资产部\n请示事项(摘要)：为保证公司正常支付，拟办理借款。\n恳请予以支持。\n', rule)).toEqual([]);
    const settings = { templates: [{ type: '报告', closing: { required: true, phrases: ['特此报告'] } }] };
    // A paper for a meeting: no addressee, no 版头.
    expect(flagged('关于2022年投资安排有关情况的报告\n一、基本情况\n正文。\n二、需要公司党委会决策的事项\n提请审议。\n', rule, { settings })).toEqual([]);
  });

  it('is turned off by a user template that does not require it', () => {
    const settings = { templates: [{ type: '请示', closing: { required: false, phrases: ['请批示'] } }] };
    expect(flagged(request('恳请予以支持。'), rule, { settings })).toEqual([]);
  });
});

describe('opening-formula', () => {
  const rule = 'opening-formula';

  // No built-in type insists on an opening: these use a 报告 whose template requires one.
  const settings = { templates: [{ type: '报告', opening: { required: true, phrases: ['现将…如下', '现就…如下'], skeleton: '根据（此处填写依据），现将有关情况报告如下：' } }] };

  it('asks no built-in type for an opening', () => {
    expect(flagged(report('今年以来，我局认真贯彻落实上级部署。'), rule)).toEqual([]);
  });

  it('accepts 现将……如下 in the opening of a 报告', () => {
    expect(flagged(report('根据市政府要求，现将我局2021年安全生产工作情况报告如下：'), rule, { settings })).toEqual([]);
    expect(flagged(report('现就有关情况汇报如下：'), rule, { settings })).toEqual([]);
  });

  it('flags a 报告 with sections and no announcing phrase, and inserts one before the first heading', () => {
    const text = report('今年以来，我局认真贯彻落实上级部署。');
    const [f] = findings(text, { settings }, rule);
    expect(f.text).toBe('今年以来，我局认真贯彻落实上级部署。');
    expect(f.message).toBe('开头缺少引出正文的“现将…如下”；按“报告”检查（标题含“报告”）');
    const fix = check(text, { settings }).findings.find((x) => x.rule === rule)!.suggestions![0];
    const fixed = applyEdits(text, fix.edits).text;
    expect(fixed).toContain('上级部署。\n根据（此处填写依据），现将有关情况报告如下：\n一、基本情况\n');
    expect(flagged(fixed, rule, { settings })).toEqual([]);
  });

  it('does not look in the body: a phrase below the first heading does not count', () => {
    const text = '关于安全生产工作情况的报告\n市政府：\n一、基本情况\n现将有关情况报告如下：\n二、主要做法\n正文。\n特此报告。\n';
    expect(flagged(text, rule, { settings })).toEqual(['关于安全生产工作情况的报告']);
  });

  it('leaves short reports without section headings, reports sent to no one, and other types alone', () => {
    expect(flagged('关于安全生产工作情况的报告\n市政府：\n今年以来，我局认真贯彻落实。\n特此报告。\n', rule, { settings })).toEqual([]);
    expect(flagged('关于安全生产工作情况的报告\n今年以来，我局认真贯彻落实。\n一、基本情况\n正文。\n', rule, { settings })).toEqual([]);
    expect(flagged('关于2021年工作的总结\n今年以来，我们做了很多工作。\n一、主要做法\n正文。\n二、存在问题\n正文。\n', rule, { settings })).toEqual([]);
    expect(flagged(request('妥否，请批示。').replace('为做好', '一、为做好'), rule, { settings })).toEqual([]);
  });
});
