// The document frame, on the heads and tails of real documents (cut down from
// ../shared/corpus/real and test/corpus/real): 版头, titles over several lines, subtitles,
// 主送机关 or a salutation, form fields, the ending, an attachment's own text, and how the
// document travels.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../server/src/engine';

const frameOf = (text: string) => {
  const a = analyse(text);
  const words = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    head: a.frame.head.map((h) => `${h.kind}: ${words(h.span)}`),
    title: a.frame.title?.text,
    delivery: a.frame.delivery,
    ending: a.frame.ending.map((e) => `${e.kind}: ${words(e.span)}`),
    body: a.model.paragraphs.slice(a.frame.body.first, a.frame.body.end).map((p) => words(p.span).slice(0, 6)),
    attachment: a.frame.attachment && words(a.frame.attachment).slice(0, 8),
  };
};

describe('the head of a document', () => {
  it('reads the 版头 (发文机关标志, 文号 and 签发人) above the title, and the 主送机关', () => {
    const f = frameOf(
      [
        '中共国网榆林供电公司委员会文件',
        '国网榆供电党〔2021〕7号  签发人：XXX',
        '中共国网榆林供电公司委员会关于2021年度党建工作自评情况的报告',
        '中共国网陕西省电力有限公司委员会：',
        '2021年以来，国网榆林供电公司党委坚持以习近平新时代中国特色社会主义思想为指引。',
        '一、2021年度党建工作开展情况',
        '在上级党委的坚强领导下，各项工作取得显著成效。',
      ].join('\n'),
    );
    expect(f.head).toEqual([
      'banner: 中共国网榆林供电公司委员会文件',
      'banner: 国网榆供电党〔2021〕7号  签发人：XXX',
      'title: 中共国网榆林供电公司委员会关于2021年度党建工作自评情况的报告',
      'addressee: 中共国网陕西省电力有限公司委员会：',
    ]);
    expect(f.delivery).toBe('sent');
  });

  it('reads a 发文机关标志 without 文件 above a 文号, and 内部事项 or 普通事项 above it', () => {
    expect(frameOf('国网湖北省电力有限公司\n鄂电司函〔2021〕10号\n国网湖北省电力有限公司关于明确农网维护费标准的请示\n湖北省发展和改革委员会：\n正文。\n').head.slice(0, 2)).toEqual([
      'banner: 国网湖北省电力有限公司',
      'banner: 鄂电司函〔2021〕10号',
    ]);
    expect(frameOf('普通事项\n国网福建省电力有限公司文件\n闽电企管〔2022〕471号\n关于印发对标分析报告的通知\n各市公司：\n正文。\n').head[0]).toBe('banner: 普通事项');
  });

  it('joins a title over several lines when they end in the document\'s name, and reads the date and speaker under it', () => {
    const f = frameOf(
      [
        '坚持自我革命 忠诚履职尽责',
        '为推动公司高质量发展提供坚强纪律保障',
        '在公司2022年党风廉政建设和反腐败工作会议上的报告',
        '（2022年2月16日）',
        'XXX　　　',
        '同志们：',
        '按照会议安排，我向大会报告公司党风廉政建设和反腐败工作。',
        '一、2021年工作回顾',
      ].join('\n'),
    );
    expect(f.title).toBe('坚持自我革命 忠诚履职尽责为推动公司高质量发展提供坚强纪律保障在公司2022年党风廉政建设和反腐败工作会议上的报告');
    expect(f.head.slice(3)).toEqual(['subtitle: （2022年2月16日）', 'subtitle: XXX', 'salutation: 同志们：']);
    expect(f.delivery).toBe('speech');
    expect(frameOf('洪泽区人民政府\n2023年政府信息公开工作年度报告\n本报告由区政府办公室编制。\n一、总体情况\n').title).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
  });

  it('takes one short first line alone as the title when nothing shows the next is part of it', () => {
    const f = frameOf('XX局2022年工作总结\n基本情况\n今年以来，我局扎实推进各项工作。\n');
    expect(f.title).toBe('XX局2022年工作总结');
    expect(f.body[0]).toBe('基本情况');
  });

  it('does not take a sentence announcing the body for an addressee', () => {
    const f = frameOf('平潭综合实验区社会事业局关于2022年法治工作情况的报告\n根据党工委全面依法治区委员会工作要求，将我局有关工作情况总结如下：\n一、工作开展情况\n正文。\n');
    expect(f.head).toEqual(['title: 平潭综合实验区社会事业局关于2022年法治工作情况的报告']);
    expect(f.delivery).toBe('unsent');
  });

  it('reads a 签报: its form name, its fields and its title in a field', () => {
    const f = frameOf('国网陕西省电力公司签批请示报告单\n填报日期:2021年1月21日\n签报名称：关于与英大信托签订《电费收益权信托合同》的请示\n请示事项(摘要)：2017年12月起，国网总部通过英大信托办理。\n妥否，请批示。\n');
    expect(f.head).toEqual([
      'field: 国网陕西省电力公司签批请示报告单',
      'field: 填报日期:2021年1月21日',
      'title: 签报名称：关于与英大信托签订《电费收益权信托合同》的请示',
    ]);
    expect(f.title).toBe('关于与英大信托签订《电费收益权信托合同》的请示');
    expect(f.delivery).toBe('form');
  });

  it('reads a paper for a meeting, sent to no one', () => {
    expect(frameOf('关于2022年投资调整及2023年投资安排有关情况的报告\n一.2022年营销项目执行情况\n正文。\n').delivery).toBe('unsent');
  });
});

describe('the ending and an attachment', () => {
  it('reads the closing formula, signer, date, 附注 and 印发 line', () => {
    const f = frameOf(
      ['关于湖北电力保供工作的报告', '国家电网有限公司：', '保障电力供应事关人民福祉。', '特此报告。', '国网湖北省电力有限公司', '2021年10月11日', '（联系人：XZXX；电话：93512-XXXX）', '国网湖北省电力有限公司办公室2021年10月11日印发'].join('\n'),
    );
    expect(f.ending).toEqual([
      'closing: 特此报告。',
      'signer: 国网湖北省电力有限公司',
      'date: 2021年10月11日',
      'annex: （联系人：XZXX；电话：93512-XXXX）',
      'annex: 国网湖北省电力有限公司办公室2021年10月11日印发',
    ]);
  });

  it('ends the document at an attachment\'s own text: 附件 alone, or run into its title under the date', () => {
    const runIn = frameOf(
      [
        '国网陕西省电力有限公司关于争取投资建设安康抽水蓄能项目的报告',
        '国家电网有限公司：',
        '公司党委会审议了有关情况。',
        '特此报告。',
        '国网陕西省电力有限公司',
        '2021年11月30日',
        '（联系人：XXX，联系电话：029-8100XXXX）',
        '附件国网陕西省电力有限公司争取投资建设安康抽水蓄能项目情况报告',
        '一、陕西抽水蓄能电站规划情况',
        '正文。',
      ].join('\n'),
    );
    expect(runIn.ending.map((e) => e.split(':')[0])).toEqual(['closing', 'signer', 'date', 'annex']);
    expect(runIn.attachment).toBe('附件国网陕西省电');
    const alone = frameOf('关于公司意识形态工作有关情况的报告\n一、近期意识形态工作动态\n正文。\n附件：“江苏丰县”事件舆情分析\n附件\n“江苏丰县”事件舆情分析\n一、舆情概述\n正文。\n');
    expect(alone.attachment).toBe('附件\n“江苏丰县');
    // The attachment's headings number anew: 一、 again is no step backwards.
    expect(analyse('关于情况的报告\n一、动态\n正文。\n二、形势\n正文。\n附件\n分析\n一、概述\n正文。\n').model.headings.map((h) => h.attachment)).toEqual([undefined, undefined, 0]);
  });
});
