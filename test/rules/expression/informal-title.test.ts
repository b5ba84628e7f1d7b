import { describe, expect, it } from 'vitest';
import { applyEdits, check } from '../../../server/src/engine';
import { flagged } from '../../helpers';

const rule = 'informal-title';

describe(rule, () => {
  it.each([
    ['习总书记对广大文艺工作者提出的5点希望', '习总书记', '习近平总书记对广大文艺工作者提出的5点希望'],
    ['习主席在中华民族发展的历史纵深中', '习主席', '习近平主席在中华民族发展的历史纵深中'],
    // 学习 + 习主席: the second 习 starts the short form.
    ['学习习主席讲话精神', '习主席', '学习习近平主席讲话精神'],
  ])('informs about %s and offers the full form', (text, found, corrected) => {
    expect(flagged(text, rule)).toEqual([found]);
    const result = check(text);
    const finding = result.findings.find((f) => f.rule === rule)!;
    expect(finding.severity).toBe('info');
    expect(applyEdits(text, finding.suggestions![0].edits).text).toBe(corrected);
  });

  it.each(['学习总书记重要讲话', '认真复习主席令', '习近平总书记指出', '习近平主席强调', '实习主管'])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });
});
