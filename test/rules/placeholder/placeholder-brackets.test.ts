import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers';

const rule = 'placeholder-brackets';

describe(rule, () => {
  it.each([
    ['主办单位：【】', ['【】']],
    ['典型经验：【待补充】', ['【待补充】']],
    ['负责人【请填写姓名】', ['【请填写姓名】']],
    ['参加人数[ ]人', ['[ ]']],
    ['由（此处填写单位名称）牵头', ['（此处填写单位名称）']],
    ['(请填写日期)前完成', ['(请填写日期)']],
  ])('flags the blank in %s', (text, expected) => {
    expect(flagged(text, rule)).toEqual(expected);
  });

  it.each(['【典型案例】某社区开展志愿服务', '（一）强化组织领导', '（详见附件）', '数组a[0]'])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });

  it('leaves Markdown task lists and links alone', () => {
    expect(flagged('- [ ] 完成总结\n* [ ] 报送材料\n\n见[](./a.md)', rule, { format: 'markdown' })).toEqual([]);
  });
});
