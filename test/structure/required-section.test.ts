import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../server/src/engine';
import { findings } from '../helpers';

const rule = 'required-section';
const missing = (text: string, options = {}) => findings(text, options, rule).map((f) => /缺少“([^”]+)”部分/.exec(f.message)![1]);
const doc = (title: string, headings: string[]) => [title, ...headings.flatMap((h, i) => [`${'一二三四五六七八'[i]}、${h}`, '　　正文内容。'])].join('\n') + '\n';

describe(`${rule}: each built-in template`, () => {
  const cases: [string, string, string[], string[], string][] = [
    // type, title, complete headings, headings with one required section left out, the missing name
    ['工作总结', '关于2021年党史学习教育工作的总结', ['主要做法', '取得成效', '存在问题', '下一步打算'], ['主要做法', '取得成效', '下一步打算'], '存在问题'],
    ['自评报告', 'XX学校党史学习教育自评报告', ['基本情况', '主要成效', '存在的不足', '整改措施'], ['基本情况', '主要成效', '存在的不足'], '整改措施和下一步打算'],
    ['评估报告', '关于XX项目的评估报告', ['评估情况', '主要成效', '存在问题', '意见建议'], ['评估情况', '存在问题', '意见建议'], '取得成效'],
    ['述职报告', '2021年度个人述职报告', ['履职情况', '存在不足', '努力方向'], ['履职情况', '努力方向'], '存在不足'],
    ['调研报告', '关于农村人居环境整治的调研报告', ['基本情况', '存在问题', '原因分析', '对策建议'], ['基本情况', '原因分析', '对策建议'], '存在问题'],
    ['工作计划', '2022年党建工作计划', ['指导思想', '工作目标', '主要措施', '保障措施'], ['指导思想', '工作目标', '主要措施'], '保障措施'],
  ];
  for (const [type, title, complete, incomplete, name] of cases) {
    it(`${type}: complete has no finding; without ${name} it is reported`, () => {
      expect(missing(doc(title, complete))).toEqual([]);
      expect(missing(doc(title, incomplete))).toEqual([name]);
    });
  }

  it('请示 and 报告 have no required sections', () => {
    expect(missing(doc('关于申请专项经费的请示', ['基本情况', '请示事项']))).toEqual([]);
    expect(missing(doc('关于安全生产工作情况的报告', ['基本情况', '主要做法']))).toEqual([]);
  });

  it('述职报告 and 调研报告 leave their optional sections out without a finding', () => {
    expect(missing(doc('2021年度个人述职报告', ['加强学习，提高素质', '存在不足', '努力方向']))).toEqual([]);
    expect(missing(doc('关于农村人居环境整治的调研报告', ['基本情况', '存在问题', '对策建议']))).toEqual([]);
  });
});

describe(`${rule}: recognising sections`, () => {
  it('lets one combined heading cover two sections', () => {
    expect(missing(doc('关于工作的总结', ['党史学习教育开展情况', '党史学习教育成效与不足', '推进党史学习教育常态化']))).toEqual([]);
    expect(missing(doc('关于工作的总结', ['主要做法', '取得成效', '存在的问题及下一步打算']))).toEqual([]);
    expect(missing(doc('关于工作的总结', ['主要做法和取得的成效', '存在问题、原因及下一步打算']))).toEqual([]);
  });

  it('reads the word that ends each phrase, not one the phrase is about', () => {
    // 对……成果的几点建议 is a plan, not a result (seed 000).
    expect(missing(doc('关于工作的总结', ['总体评价', '存在的不足', '对巩固深化党史学习教育成果的几点建议']))).toEqual(['取得成效']);
    // 坚持问题导向 is a topic of the work, not the problems section.
    expect(missing(doc('关于工作的总结', ['坚持问题导向', '取得成效', '下一步打算']))).toEqual(['存在问题']);
    expect(missing(doc('关于工作的总结', ['聚焦群众急难愁盼问题', '取得成效', '下步工作']))).toEqual(['存在问题']);
  });

  it('finds a section named by a second-level heading under another one', () => {
    const text = ['关于XX项目的绩效评估报告', '一、评估情况', '正文。', '二、评估结论', '（一）总体结论', '正文。', '（二）主要成效', '正文。', '三、存在问题', '正文。', '四、意见建议', '正文。'].join('\n');
    expect(missing(text)).toEqual([]);
    // Only second-level headings under a first-level one count: a third-level 1.主要成效 does not.
    const deeper = ['关于XX项目的绩效评估报告', '一、评估情况', '（一）总体结论', '1.主要成效', '正文。', '二、存在问题', '正文。', '三、意见建议', '正文。'].join('\n');
    expect(missing(deeper)).toEqual(['取得成效']);
  });

  it('reads a review of the year (工作回顾) as both the practice and the results', () => {
    expect(missing(doc('长河水务集团有限公司2023年工作总结', ['2023年工作回顾', '存在的困难和问题', '2024年工作思路']))).toEqual([]);
    expect(missing(doc('关于工作的总结', ['回顾百年党史', '存在问题', '下一步打算']))).toEqual(['取得成效']);
  });

  it('reads a plan section named by the coming year or half-year', () => {
    for (const plans of ['2024年工作思路', '明年工作思路', '下半年工作打算', '下阶段工作安排', '新的一年工作重点']) {
      expect(missing(doc('2023年度工作总结', ['主要工作', '取得成效', '存在问题', plans])), plans).toEqual([]);
    }
    // A year already past names the work done, not the plans.
    expect(missing(doc('2023年度工作总结', ['2023年重点工作', '取得成效', '存在问题']))).toEqual(['下一步打算']);
  });

  it('counts topic headings standing before the later sections as the practice section (seed 004)', () => {
    const text = doc('关于工作的总结', ['加强组织领导，提高政治站位', '压实工作责任，加大学习力度', '取得成效', '存在的问题及下一步打算']);
    expect(missing(text)).toEqual([]);
    expect(missing(doc('关于工作的总结', ['取得成效', '存在问题', '下一步打算', '其他事项']))).toEqual(['主要做法']);
  });

  it('reads headings without markers in Markdown, and not the # title', () => {
    const text = '# 关于2021年工作的总结\n\n## 主要做法\n\n正文。\n\n## 存在问题\n\n正文。\n\n## 下一步打算\n\n正文。\n';
    expect(missing(text, { format: 'markdown' })).toEqual(['取得成效']);
  });
});

describe(`${rule}: when it stays silent`, () => {
  it('needs two section headings', () => {
    expect(missing('关于2021年工作的总结\n一、主要做法\n正文。\n')).toEqual([]);
    expect(missing('关于2021年工作的总结\n今年以来，我们做了很多工作。\n')).toEqual([]);
    expect(missing('关于2021年工作的总结\n一、主要做法\n正文。\n', { rules: { [rule]: { options: { minHeadings: 1 } } } })).toEqual(['取得成效', '存在问题', '下一步打算']);
  });

  it('assumes the default type only when two of its sections are named', () => {
    expect(missing(doc('', ['加强组织领导', '强化理论学习', '狠抓作风建设']).slice(1))).toEqual([]);
    expect(missing(doc('', ['加强组织领导', '存在问题', '狠抓作风建设']).slice(1))).toEqual([]);
    expect(missing(doc('', ['加强组织领导', '存在问题', '下一步打算']).slice(1))).toEqual(['取得成效']);
  });

  it('assumes no type when the settings say none', () => {
    expect(missing(doc('', ['加强组织领导', '存在问题', '下一步打算']).slice(1), { settings: { defaultReportType: 'none' } })).toEqual([]);
  });
});

describe(`${rule}: messages and fixes`, () => {
  it('says which type was assumed and why, on the title', () => {
    const [f] = findings(doc('关于2021年工作的总结', ['主要做法', '取得成效', '下一步打算']), {}, rule);
    expect(f.message).toBe('缺少“存在问题”部分（一级标题中没有“问题”“不足”“差距”等词）；按“工作总结”检查（标题含“总结”）');
    expect([f.line, f.column, f.text]).toEqual([1, 1, '关于2021年工作的总结']);
    const [en] = check(doc('关于2021年工作的总结', ['主要做法', '取得成效', '下一步打算'])).findings.filter((x) => x.rule === rule);
    expect(en.message.en).toBe('The "存在问题" section is missing (no first-level heading holds “问题”“不足”“差距” or a like word); checked as 工作总结 (the title contains "总结")');
  });

  it('sits at the start of the first line, with no width, when there is no title', () => {
    const text = '一、加强组织领导\n正文。\n二、存在问题\n正文。\n三、下一步打算\n正文。\n';
    const [f] = check(text).findings.filter((x) => x.rule === rule);
    expect(f.span).toEqual({ start: 0, end: 0 });
  });

  it('inserts the section at its place, numbered, with the later headings renumbered', () => {
    const text = doc('关于2021年工作的总结', ['主要做法', '取得成效', '下一步打算']);
    const [f] = check(text).findings.filter((x) => x.rule === rule);
    expect(f.fixes!.map((x) => x.title.zh)).toEqual(['补上“存在问题”部分']);
    expect(applyEdits(text, f.fixes![0].edits).text).toBe(
      '关于2021年工作的总结\n一、主要做法\n　　正文内容。\n二、取得成效\n　　正文内容。\n三、存在问题\n　　（此处填写存在的问题和不足）\n四、下一步打算\n　　正文内容。\n',
    );
  });

  it('offers inserting every missing section first when several are missing, then each one', () => {
    const text = doc('关于2021年工作的总结', ['主要做法', '下一步打算']);
    const found = check(text).findings.filter((x) => x.rule === rule);
    expect(found.map((x) => x.fixes!.map((fix) => fix.title.zh))).toEqual([
      ['补上所有缺少的部分：“取得成效”“存在问题”', '补上“取得成效”部分'],
      ['补上所有缺少的部分：“取得成效”“存在问题”', '补上“存在问题”部分'],
    ]);
    expect(applyEdits(text, found[0].fixes![0].edits).text).toBe(
      '关于2021年工作的总结\n一、主要做法\n　　正文内容。\n二、取得成效\n　　（此处填写取得的主要成效）\n三、存在问题\n　　（此处填写存在的问题和不足）\n四、下一步打算\n　　正文内容。\n',
    );
  });
});
