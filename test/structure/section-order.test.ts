import { describe, expect, it } from 'vitest';
import { findings } from '../helpers';

const rule = 'section-order';
const doc = (title: string, headings: string[]) => [title, ...headings.flatMap((h, i) => [`${'一二三四五六七八'[i]}、${h}`, '正文内容。'])].join('\n') + '\n';

describe(rule, () => {
  it('accepts the template order, and 成效 before 做法 (they share a position)', () => {
    expect(findings(doc('关于工作的总结', ['主要做法', '取得成效', '存在问题', '下一步打算']), {}, rule)).toEqual([]);
    expect(findings(doc('关于工作的总结', ['取得的成效', '主要的做法', '存在的问题', '工作建议']), {}, rule)).toEqual([]);
  });

  it('flags 问题 after 打算, naming both and the assumed type', () => {
    const [f] = findings(doc('关于工作的总结', ['主要做法', '取得成效', '下一步打算', '存在问题']), {}, rule);
    expect([f.text, f.line]).toEqual(['存在问题', 8]);
    expect(f.message).toBe('“存在问题”部分应在“下一步打算”部分之前；按“工作总结”检查（标题含“总结”）');
  });

  it('flags each section that comes after a later one, once', () => {
    const flagged = findings(doc('关于工作的总结', ['主要做法', '下一步打算', '存在问题', '取得成效']), {}, rule).map((f) => f.text);
    expect(flagged).toEqual(['存在问题', '取得成效']);
  });

  it('reads a combined heading by its earliest section', () => {
    expect(findings(doc('关于工作的总结', ['主要做法', '成效与不足', '下一步打算']), {}, rule)).toEqual([]);
    expect(findings(doc('关于工作的总结', ['下一步打算', '成效与不足']), {}, rule).map((f) => f.text)).toEqual(['成效与不足']);
  });

  it('ignores topic headings and sections of types without order (请示)', () => {
    expect(findings(doc('关于工作的总结', ['加强组织领导', '存在问题', '强化作风建设', '下一步打算']), {}, rule)).toEqual([]);
    expect(findings(doc('关于申请经费的请示', ['下一步打算', '存在问题']), {}, rule)).toEqual([]);
  });

  it('follows a user template\'s positions', () => {
    const settings = { templates: [{ type: '工作总结', sections: [{ key: 'plans', name: '下一步打算', words: ['打算'] }, { key: 'problems', name: '存在问题', words: ['问题'] }] }] };
    expect(findings(doc('关于工作的总结', ['下一步打算', '存在问题']), { settings }, rule)).toEqual([]);
    expect(findings(doc('关于工作的总结', ['存在问题', '下一步打算']), { settings }, rule).map((f) => f.text)).toEqual(['下一步打算']);
  });
});
