import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers';

const rule = 'placeholder-words';

describe(rule, () => {
  it.each([
    ['某某同志带头学习', ['某某']],
    ['某单位开展活动', ['某单位']],
    ['经费：TODO', ['TODO']],
    ['召开时间待定', ['待定']],
    ['具体数据待补充', ['待补充']],
    ['向某某单位报告', ['某某']],
    ['王某某县人民政府', ['某某']],
    ['受理人数：待核实', ['待核实']],
    ['资金（待核实）万元', ['待核实']],
  ])('flags the blank in %s', (text, expected) => {
    expect(flagged(text, rule)).toEqual(expected);
  });

  it.each(['在某种程度上', '某些单位还存在问题', '制度有待完善', '亟待补充力量', '尚待核实', 'TODOS list', 'mastodon', '原局长王某某严重违纪违法案', '某企业负责人张某某行贿案', '相关情况待核实后依法处理', '另有约600人的户籍状态待核实'])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });
});
