// Choosing a document's type: marker, path setting, title, file name, opening, default — in that order.
import { describe, expect, it } from 'vitest';
import { analyse, describeDecision } from '../../server/src/engine';

const body = '一、主要做法\n正文。\n二、存在问题\n正文。\n';
const detect = (text: string, settings = {}, fileName?: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
  analyse(text, { format, settings, fileName }).type;

describe('type markers in the document', () => {
  it('reads Markdown front matter, which is masked and never becomes the title', () => {
    const text = `---\ntitle: x\ntype: 述职报告\n---\n\n# 关于2021年工作的总结\n\n${body}`;
    const analysis = analyse(text, { format: 'markdown' });
    expect(analysis.frame.title?.text).toBe('关于2021年工作的总结');
    expect(analysis.model.frontMatter).toEqual({ start: 0, end: text.indexOf('---', 4) + 3 });
    const d = analysis.type;
    expect([d.template?.type, d.source, d.reason.zh]).toEqual(['述职报告', 'marker', '文首标注了文种“述职报告”']);
    expect(text.slice(d.span!.start, d.span!.end)).toBe('述职报告');
  });

  it('accepts 文种 as the front matter key and a quoted value', () => {
    expect(detect(`---\n文种: "请示"\n---\n${body}`, {}, undefined, 'markdown').template?.type).toBe('请示');
  });

  it('reads a first-line comment in plain text and Markdown, and in 〔〕 form', () => {
    expect(detect(`<!-- gongwen-type: 调研报告 -->\n${body}`).template?.type).toBe('调研报告');
    expect(detect(`<!-- gongwen-type: 调研报告 -->\n${body}`, {}, undefined, 'markdown').template?.type).toBe('调研报告');
    expect(detect(`〔gongwen-type：请示〕\n${body}`).template?.type).toBe('请示');
    expect(detect(`\n<!-- gongwen-disable placeholder -->\n<!-- gongwen-type: 评估 -->\n${body}`).template?.type).toBe('评估报告');
  });

  it('masks the directive line so that it is neither title nor text', () => {
    const analysis = analyse(`<!-- gongwen-type: 请示 -->\n关于申请经费的请示\n${body}`);
    expect(analysis.frame.title?.text).toBe('关于申请经费的请示');
    expect(analysis.model.paragraphs[0].firstLine).toBe(1);
  });

  it('ignores a marker further down, after the text starts', () => {
    expect(detect(`关于2021年工作的总结\n<!-- gongwen-type: 请示 -->\n${body}`).template?.type).toBe('工作总结');
  });

  it('says so when a marker names no known type, and decides as if it were not there', () => {
    const d = detect(`<!-- gongwen-type: 备忘录 -->\n关于2021年工作的总结\n${body}`);
    expect(d.template?.type).toBe('工作总结');
    expect(d.reason.zh).toBe('文首标注的“备忘录”不是已知文种，标题含“总结”');
  });
});

describe('path settings, title, file name, opening, default', () => {
  it('takes the path setting over the title; first matching glob wins', () => {
    const settings = { reportTypeByPath: [{ glob: 'other/**', type: '请示' }, { glob: '述职/**', type: '述职报告' }, { glob: '**', type: '调研报告' }] };
    const d = detect(`关于2021年工作的总结\n${body}`, settings, '/home/a/述职/2021.txt');
    expect([d.template?.type, d.source]).toEqual(['述职报告', 'path']);
    expect(d.reason.zh).toBe('设置 reportTypeByPath 中“述职/**”与文件路径相符');
    expect(detect(`关于2021年工作的总结\n${body}`, settings).template?.type).toBe('工作总结');
    expect(detect(body, settings, 'C:\\work\\述职\\2021.txt').template?.type).toBe('述职报告');
    expect(detect(body, { reportTypeByPath: [{ glob: '*述职*', type: '述职报告' }] }, '/a/述职/x.txt').source).toBe('default');
    expect(detect(body, { reportTypeByPath: [{ glob: '*述职*', type: '述职报告' }] }, '/a/b/2021述职.md').source).toBe('path');
  });

  it('reads the title: its head noun, the type word that ends it, the longer one first', () => {
    const type = (title: string) => detect(`${title}\n${body}`).template?.type;
    expect(type('关于2021年党史学习教育工作的总结')).toBe('工作总结');
    expect(type('XX县党史学习教育自评报告')).toBe('自评报告');
    expect(type('XX学院党史学习教育评估报告')).toBe('评估报告');
    expect(type('2021年度个人述职述廉报告')).toBe('述职报告');
    expect(type('关于农村人居环境整治的调研报告')).toBe('调研报告');
    expect(type('2022年党建工作计划')).toBe('工作计划');
    expect(type('关于申请专项经费的请示')).toBe('请示');
    expect(type('关于2021年安全生产工作情况的报告')).toBe('报告');
    expect(type('关于《党史学习教育实施方案》落实情况的报告')).toBe('报告');
    expect(type('关于调整工作方案的请示')).toBe('请示');
    expect(type('XX学校党史学习教育自查情况报告')).toBe('自评报告');
    expect(type('关于党史学习教育评估情况的报告')).toBe('评估报告');
    expect(type('关于2021年工作计划执行情况的报告')).toBe('报告');
    expect(type('XX局2021年工作总结报告')).toBe('工作总结');
    // A summary with next year's plan attached is a summary.
    expect(type('青溪县财政局2023年工作总结和2024年工作计划')).toBe('工作总结');
    expect(type('2023年工作总结及2024年工作打算')).toBe('工作总结');
    expect(type('XX街道2023年工作总结和2024年工作谋划')).toBe('工作总结');
    expect(type('XX局2022年工作完成情况')).toBe('工作总结');
    // The head noun decides: a notice that issues a report is a 通知; a note in brackets does not count.
    expect(type('关于印发2022年上半年对标分析报告的通知')).toBe('通知');
    expect(type('关于申请专项经费的请示（代拟稿）')).toBe('请示');
    expect(type('关于推进数字化转型的请示函件')).toBeUndefined();
    // Types real offices write besides the summaries.
    expect(type('关于2021年重大政策落实跟踪审计发现问题整改情况的报告')).toBe('整改报告');
    expect(type('关于2020年档案工作考评情况的通报')).toBe('通报');
    expect(type('关于公司2021年会议计划编制情况的汇报')).toBe('汇报');
    expect(type('2023年政府信息公开工作年度报告')).toBe('政府信息公开工作年度报告');
    expect(type('关于2023年法治政府建设情况的报告')).toBe('法治政府建设年度报告');
    expect(type('数字山东2021行动方案')).toBe('工作计划');
    // A technical report is no 公文 报告: no type is assumed, not even the default.
    expect(type('数字政府建设研究课题结题报告')).toBeUndefined();
    const acceptance = detect(`农村供水工程项目验收报告\n${body}`);
    expect([acceptance.template, acceptance.source]).toEqual([undefined, 'title']);
  });

  it('takes a file name pattern when the title says nothing', () => {
    const d = detect(body, {}, 'docs/2021年述职.txt');
    expect([d.template?.type, d.reason.zh]).toEqual(['述职报告', '文件名符合“*述职*”']);
  });

  it('reads the announcing clause of the opening (seeds 001, 003, 004)', () => {
    expect(describeDecision(detect(`根据部署，现将评估情况报告如下：\n${body}`)).zh).toBe('按“评估报告”检查（开头“现将评估情况报告如下”含“评估”）');
    expect(detect(`根据通知要求，现将市xxxx党史学习教育工作总结报告如下：\n${body}`).template?.type).toBe('工作总结');
    expect(detect(`现将有关事项请示如下：\n${body}`).template?.type).toBe('请示');
    expect(detect(`为推进工作，特制定本方案。\n一、工作目标\n正文。\n`).template?.type).toBe('工作计划');
    // 报告 in 报告如下 is the verb, not the type.
    expect(detect(`现将有关情况报告如下：\n${body}`).source).toBe('default');
    // A document named inside 《》 is another document.
    expect(detect(`根据《实施方案》要求，现将有关情况报告如下：\n${body}`).source).toBe('default');
  });

  it('assumes no type where nothing says, unless the settings name a default', () => {
    const none = detect(body);
    expect(none.template).toBeUndefined();
    expect(describeDecision(none).zh).toBe('未按任何文种检查（未识别出文种，不检查文种要求的部分和格式）');
    expect(detect(body, { defaultReportType: 'none' }).template).toBeUndefined();
    expect(detect(body, { defaultReportType: '述职报告' }).template?.type).toBe('述职报告');
    expect(detect(body, { defaultReportType: '自查报告' }).template?.type).toBe('自评报告');
    expect(describeDecision(detect(body, { defaultReportType: '述职报告' })).zh).toBe('按“述职报告”检查（未识别出文种，按设置的默认文种）');
  });

  it('reads a speech by its salutation or its title, whatever the title calls it', () => {
    const speech = detect(`坚持自我革命　忠诚履职尽责\n在公司2022年党风廉政建设和反腐败工作会议上的报告\n（2022年2月16日）\n同志们：\n按照会议安排，我向大会报告工作。\n${body}`);
    expect([speech.template?.type, speech.reason.zh]).toEqual(['讲话', '称呼“同志们：”表明是讲话']);
    expect(detect(`2024年政府工作报告\n${body}`).template?.type).toBe('讲话');
    expect(detect(`XX管委会工作报告\n——2024年1月18日在XX区人民代表大会第三次会议上\n各位代表，同志们：\n${body}`).template?.type).toBe('讲话');
  });

  it('honours a user template\'s recognition words', () => {
    const settings = { templates: [{ type: '专项报告', recognise: { titleWords: ['专项报告'] }, sections: [] }] };
    expect(detect(`关于安全生产的专项报告\n${body}`, settings).template?.type).toBe('专项报告');
  });
});
