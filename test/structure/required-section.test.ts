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
    ['评估报告', '关于XX项目的评估报告', ['评估情况', '评估结论', '存在问题', '意见建议'], ['评估情况', '评估结论', '意见建议'], '存在问题'],
    ['述职报告', '2021年度个人述职报告', ['履职情况', '存在不足', '努力方向'], ['履职情况', '努力方向'], '存在不足'],
    ['调研报告', '关于农村人居环境整治的调研报告', ['基本情况', '存在问题', '原因分析', '对策建议'], ['基本情况', '原因分析', '对策建议'], '存在问题'],
    ['工作计划', '2022年党建工作计划', ['指导思想', '工作目标', '主要任务', '保障措施'], ['指导思想', '工作目标', '保障措施'], '主要措施'],
    ['政府信息公开工作年度报告', '2023年政府信息公开工作年度报告', ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'], ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '其他需要报告的事项'], '存在的主要问题及改进情况'],
    ['法治政府建设年度报告', '关于2023年法治政府建设情况的报告', ['主要举措和成效', '存在的不足和原因', '2024年工作安排'], ['主要举措和成效', '2024年工作安排'], '存在的不足和原因'],
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

  it('述职报告, 调研报告 and 工作计划 leave their optional sections out without a finding', () => {
    expect(missing(doc('2021年度个人述职报告', ['加强学习，提高素质', '存在不足', '努力方向']))).toEqual([]);
    expect(missing(doc('关于农村人居环境整治的调研报告', ['基本情况', '存在问题', '对策建议']))).toEqual([]);
    // A research report often tells the situation in its opening paragraph (real: 问题描述 / 主要原因分析 / 解决建议).
    expect(missing(doc('关于董事会联络员工作的调研报告', ['问题描述', '主要原因分析', '解决建议']))).toEqual([]);
    // A plan without 指导思想 or 目标任务 headings is complete for its purpose (real: 数字山东2021行动方案).
    expect(missing(doc('数字山东2021行动方案', ['加快建设整体高效的数字政府', '大力发展融合创新的数字经济', '推进措施']))).toEqual([]);
  });

  it('holds a 政府信息公开工作年度报告 of a year before 2019 to none of the six parts', () => {
    expect(missing(doc('平潭县2013年政府信息公开工作年度报告', ['概述', '主动公开政府信息情况', '政府信息依申请公开工作情况', '存在的主要问题及改进情况']))).toEqual([]);
    expect(missing(doc('平潭县2020年政府信息公开工作年度报告', ['概述', '主动公开政府信息情况', '政府信息依申请公开工作情况', '存在的主要问题及改进情况']))).toEqual([
      '政府信息公开行政复议、行政诉讼情况',
      '其他需要报告的事项',
    ]);
  });

  it('does not read the six parts of a 年报 from second-level headings: its format puts them at the top', () => {
    const text = ['2023年政府信息公开工作年度报告', '一、总体情况', '（一）主动公开情况', '正文。', '（二）依申请公开情况', '正文。', '二、收到和处理政府信息公开申请情况', '正文。', '三、政府信息公开行政复议、行政诉讼情况', '正文。', '四、存在的主要问题及改进情况', '正文。', '五、其他需要报告的事项', '正文。'].join('\n');
    expect(missing(text)).toEqual(['主动公开政府信息情况']);
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
    expect(missing(doc('关于工作的总结', ['存在的不足', '对巩固深化党史学习教育成果的几点建议']))).toEqual(['主要做法', '取得成效']);
    // 坚持问题导向 is a topic of the work, not the problems section.
    expect(missing(doc('关于工作的总结', ['坚持问题导向', '取得成效', '下一步打算']))).toEqual(['存在问题']);
    expect(missing(doc('关于工作的总结', ['聚焦群众急难愁盼问题', '取得成效', '下步工作']))).toEqual(['存在问题']);
  });

  it('finds a section named by a second-level heading under another one', () => {
    const text = ['关于2021年工作的总结', '一、主要做法', '正文。', '二、工作评价', '（一）总体评价', '正文。', '（二）主要成效', '正文。', '三、存在问题', '正文。', '四、下一步打算', '正文。'].join('\n');
    expect(missing(text)).toEqual([]);
    const problems = ['关于2021年工作的总结', '一、主要做法', '正文。', '二、工作评价', '（一）主要成效', '正文。', '（二）存在的不足', '正文。', '三、下一步打算', '正文。'].join('\n');
    expect(missing(problems)).toEqual([]);
    // Only second-level headings under a first-level one count: a third-level 1.存在的不足 does not.
    const deeper = ['关于2021年工作的总结', '一、主要做法', '（一）总体评价', '1.存在的不足', '正文。', '二、下一步打算', '正文。'].join('\n');
    expect(missing(deeper)).toEqual(['存在问题']);
  });

  it('reads a review or account of the year\'s work (工作回顾, 工作完成情况) as both the practice and the results', () => {
    expect(missing(doc('长河水务集团有限公司2023年工作总结', ['2023年工作回顾', '存在的困难和问题', '2024年工作思路']))).toEqual([]);
    expect(missing(doc('XX局2022年工作总结和2023年工作计划', ['2022年工作完成情况', '存在问题', '2023年工作计划']))).toEqual([]);
    // The work done and its results share a place: a section for one tells the other too
    // (一、主要成效 telling the work, 一、主要做法 with its figures).
    expect(missing(doc('XX局2022年工作总结', ['主要成效', '存在问题', '2023年工作计划']))).toEqual([]);
    expect(missing(doc('关于工作的总结', ['主要做法', '存在问题', '下一步打算']))).toEqual([]);
    // Cut both out, and both are missing.
    expect(missing(doc('XX局2022年工作总结', ['存在问题', '2023年工作计划']))).toEqual(['主要做法', '取得成效']);
  });

  it('counts problems and plans stated in the body without a heading of their own', () => {
    const text = [
      'XX局2022年工作总结',
      '一、2022年工作完成情况',
      '全年完成各项任务。',
      '2022年，我局工作取得了一定成绩，但仍存在一些问题，主要是：一是统筹不够；二是力量不足。',
      '二、2023年工作计划',
      '正文。',
    ].join('\n');
    expect(missing(text)).toEqual([]);
    const plans = ['XX局2022年工作总结', '一、主要工作', '正文。', '二、取得成效', '正文。', '三、存在问题', '正文。', '下一步，我局将继续加强统筹，确保各项任务落实。'].join('\n');
    expect(missing(plans)).toEqual([]);
    // Named in a plan (针对存在的问题), the problems are not stated.
    const inPlans = ['XX局2022年工作总结', '一、主要工作', '正文。', '二、2023年工作计划', '针对仍存在的问题，我们将加强统筹。'].join('\n');
    expect(missing(inPlans)).toEqual(['存在问题']);
  });

  it('reads a plan section named by the coming year or half-year', () => {
    for (const plans of ['2024年工作思路', '明年工作思路', '下半年工作打算', '下阶段工作安排', '新的一年工作重点']) {
      expect(missing(doc('2023年度工作总结', ['主要工作', '取得成效', '存在问题', plans])), plans).toEqual([]);
    }
    // A year already past names the work done, not the plans.
    expect(missing(doc('2023年度工作总结', ['2023年重点工作', '取得成效', '存在问题']))).toEqual(['下一步打算']);
    expect(missing(doc('2023年度工作总结', ['主要工作', '取得成效', '存在问题', '2024年重点工作']))).toEqual([]);
  });

  it('counts topic headings standing before the later sections as the practice section (seed 004)', () => {
    const text = doc('关于工作的总结', ['加强组织领导，提高政治站位', '压实工作责任，加大学习力度', '存在的问题及下一步打算']);
    expect(missing(text)).toEqual([]);
    // Topic headings after the problems are no account of the work.
    expect(missing(doc('关于工作的总结', ['存在问题', '下一步打算', '其他事项']))).toEqual(['主要做法', '取得成效']);
  });

  it('reads headings without markers in Markdown, and not the # title', () => {
    const text = '# 关于2021年工作的总结\n\n## 主要做法\n\n正文。\n\n## 下一步打算\n\n正文。\n';
    expect(missing(text, { format: 'markdown' })).toEqual(['存在问题']);
  });
});

describe(`${rule}: when it stays silent`, () => {
  it('needs one section heading: a report written without headings has none to miss', () => {
    expect(missing('关于2021年工作的总结\n今年以来，我们做了很多工作。\n')).toEqual([]);
    // One heading left (the others cut out) is still a report in sections.
    expect(missing('关于2021年工作的总结\n一、主要做法\n正文。\n')).toEqual(['存在问题', '下一步打算']);
    expect(missing('关于2021年工作的总结\n一、主要做法\n正文。\n', { rules: { [rule]: { options: { minHeadings: 2 } } } })).toEqual([]);
  });

  it('assumes no type where nothing names one, and a default type from the settings only when two of its sections are named', () => {
    expect(missing(doc('', ['加强组织领导', '存在问题', '下一步打算']).slice(1))).toEqual([]);
    const settings = { settings: { defaultReportType: '工作总结' } };
    expect(missing(doc('', ['加强组织领导', '存在问题', '狠抓作风建设']).slice(1), settings)).toEqual([]);
    expect(missing(doc('', ['主要做法', '存在问题', '其他事项']).slice(1), settings)).toEqual(['下一步打算']);
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
    const text = '一、主要做法\n正文。\n二、存在问题\n正文。\n三、其他事项\n正文。\n';
    const [f] = check(text, { settings: { defaultReportType: '工作总结' } }).findings.filter((x) => x.rule === rule);
    expect(f.span).toEqual({ start: 0, end: 0 });
  });

  it('inserts the section at its place, numbered, with the later headings renumbered', () => {
    const text = doc('关于2021年工作的总结', ['主要做法', '取得成效', '下一步打算']);
    const [f] = check(text).findings.filter((x) => x.rule === rule);
    expect(f.suggestions!.map((x) => x.title.zh)).toEqual(['补上“存在问题”部分']);
    expect(applyEdits(text, f.suggestions![0].edits).text).toBe(
      '关于2021年工作的总结\n一、主要做法\n　　正文内容。\n二、取得成效\n　　正文内容。\n三、存在问题\n　　（此处填写存在的问题和不足）\n四、下一步打算\n　　正文内容。\n',
    );
  });

  it('offers inserting every missing section first when several are missing, then each one', () => {
    const text = doc('关于2021年工作的总结', ['主要做法']);
    const found = check(text).findings.filter((x) => x.rule === rule);
    expect(found.map((x) => x.suggestions!.map((fix) => fix.title.zh))).toEqual([
      ['补上所有缺少的部分：“存在问题”“下一步打算”', '补上“存在问题”部分'],
      ['补上所有缺少的部分：“存在问题”“下一步打算”', '补上“下一步打算”部分'],
    ]);
    expect(applyEdits(text, found[0].suggestions![0].edits).text).toBe(
      '关于2021年工作的总结\n一、主要做法\n　　正文内容。\n二、存在问题\n　　（此处填写存在的问题和不足）\n三、下一步打算\n　　（此处填写下一步工作打算）\n',
    );
  });
});
