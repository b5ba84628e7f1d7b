import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'halfwidth-punctuation';

describe(rule, () => {
  it.each([
    ['开展惠民文化服务,今年来结合节日举办演出', [',']],
    ['全流程网上可办率达x%,行政许可类事项', [',']],
    ['以党组书记为班长,其他领导班子为成员', [',']],
    ['引导党员干部“见贤思齐,见不贤而内自省”', [',']],
    ['时间:2021年5月;地点:报告厅', [':', ';', ':']],
    ['是否到位?我们认为到位!继续努力', ['?', '!']],
    ['召开常委会(扩大)会议', ['(', ')']],
    ['详见通知(见附件1)。', ['(', ')']],
    ['圆满完成全年任务.下一步继续努力.', ['.', '.']],
    ['圆满完成全年任务. \n二、存在的问题', ['.']],
  ])('flags %s', (text, marks) => {
    expect(flagged(text, rule)).toEqual(marks);
  });

  it('fixes each mark to its full-width form', () => {
    const text = '时间:2021年;召开常委会(扩大)会议,研究工作?完成任务.';
    const edits = check(text).findings.filter((f) => f.rule === rule).flatMap((f) => f.fix!.edits);
    expect(applyEdits(text, edits).text).toBe('时间：2021年；召开常委会（扩大）会议，研究工作？完成任务。');
    expect(findings(text, {}, rule)[0].message).toBe('中文里用了半角“:”，应为全角“：”');
  });

  it.each([
    '共投入资金1,000万元，会议10:30开始，比例为1:2',
    'He said: "Hello, world!" (really)',
    '人工智能(AI)和物联网(IoT)',
    '详见 https://example.com/a,b;c:d?x=1 的说明',
    '联系邮箱 office@example.com:8080',
    '备注:',
    '3.14,2.71',
    '1.加强学习。2.强化落实。',
    '一.指导思想',
    '见附件《实施方案.docx》和报告.pdf',
    '工作还在推进中...',
    'Dr. Wang 和 Mr.李',
    '[1] 孟天广. 政府数字化转型的要素、机制与路径[J]. 治理研究, 2021(1): 5-14.',
    '［2］王益民. 数字政府[M]. 北京: 中共中央党校出版社, 2020.',
  ])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });

  it('leaves heading markers to the numbering rules', () => {
    expect(flagged('(五)干事创业有了新进步，改革创新', rule)).toEqual([]);
  });

  it('does not look into Markdown syntax or code', () => {
    const text = '参见[说明](https://example.com/a,b)和`a,b`以及\n\n```\n中文,中文\n```\n';
    expect(flagged(text, rule, { format: 'markdown' })).toEqual([]);
  });
});
