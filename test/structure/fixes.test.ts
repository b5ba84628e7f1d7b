// The engine-level edits behind the structure fixes: inserting sections, renumbering a level,
// and where the cursor goes after an insertion.
import { describe, expect, it } from 'vitest';
import { analyse, applyEdits, check, parse } from '../../server/src/engine';
import { insertSections, renumberLevel } from '../../server/src/engine/structure-fixes';

function insertMissing(text: string, format: 'plaintext' | 'markdown' = 'plaintext', settings = {}) {
  const analysis = analyse(text, { format, settings });
  const insertion = insertSections(analysis, analysis.structure!.sections.filter((s) => s.status === 'missing'))!;
  return { ...insertion, fixed: applyEdits(text, insertion.fix.edits).text };
}

describe('insertSections', () => {
  it('puts each section before the first section that follows it in the template, body indented like the report', () => {
    const text = '关于工作的总结\n　　根据要求，现将有关情况总结如下：\n一、主要做法\n　　正文一。\n二、下一步打算\n　　正文二。\n';
    const { fixed, bodies, fix } = insertMissing(text);
    expect(fixed).toBe('关于工作的总结\n　　根据要求，现将有关情况总结如下：\n一、主要做法\n　　正文一。\n二、存在问题\n　　（此处填写存在的问题和不足）\n三、下一步打算\n　　正文二。\n');
    // The editor selects the new body's placeholder, so that typing replaces it.
    expect(bodies.map((b) => fixed.slice(b.start, b.end))).toEqual(['（此处填写存在的问题和不足）']);
    expect(fixed.slice(fix.select!.start, fix.select!.end)).toBe('（此处填写存在的问题和不足）');
    // Two at once: each at its place, each cursor in its body.
    const two = insertMissing('关于工作的总结\n一、主要做法\n正文。\n');
    expect(two.fixed).toBe('关于工作的总结\n一、主要做法\n正文。\n二、存在问题\n（此处填写存在的问题和不足）\n三、下一步打算\n（此处填写下一步工作打算）\n');
    expect(two.bodies.map((b) => two.fixed.slice(b.start, b.end))).toEqual(['（此处填写存在的问题和不足）', '（此处填写下一步工作打算）']);
  });

  it('appends a last section after the body, before the closing formula, signer and date', () => {
    const text = '关于工作的总结\n一、主要做法\n正文。\n二、取得成效\n正文。\n三、存在问题\n正文。\n特此报告。\n\n××县教育局\n2021年12月20日\n';
    const { fixed, bodies } = insertMissing(text);
    expect(fixed).toBe('关于工作的总结\n一、主要做法\n正文。\n二、取得成效\n正文。\n三、存在问题\n正文。\n四、下一步打算\n（此处填写下一步工作打算）\n特此报告。\n\n××县教育局\n2021年12月20日\n');
    expect(fixed.slice(bodies[0].start, bodies[0].end)).toBe('（此处填写下一步工作打算）');
  });

  it('renumbers later headings in their own style, including numbers past ten, and fixes a broken run', () => {
    const lines = ['关于工作的总结', '一、主要做法', '正文。', ...Array.from({ length: 9 }, (_, i) => [`${'二三四五六七八九十'[i]}、专题${i}的做法`, '正文。']).flat(), '十二、专题9的做法', '正文。', '十四.下一步打算', '正文。'];
    const { fixed } = insertMissing(lines.join('\n') + '\n');
    const markers = fixed.split('\n').filter((l) => /^[一二三四五六七八九十]+[、.]/.test(l)).map((l) => /^[一二三四五六七八九十]+[、.]/.exec(l)![0]);
    expect(markers).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、', '十三.']);
    expect(fixed).toContain('十、专题8的做法\n正文。\n十一、专题9的做法\n正文。\n十二、存在问题\n（此处填写存在的问题和不足）\n十三.下一步打算');
  });

  it('writes Markdown headings at the document\'s depth, with blank lines around blocks', () => {
    const text = '# 关于工作的总结\n\n## 一、主要做法\n\n正文。\n';
    const { fixed } = insertMissing(text, 'markdown');
    expect(fixed).toBe('# 关于工作的总结\n\n## 一、主要做法\n\n正文。\n\n## 二、存在问题\n\n（此处填写存在的问题和不足）\n\n## 三、下一步打算\n\n（此处填写下一步工作打算）\n');
    expect(check(fixed, { format: 'markdown' }).findings.filter((f) => f.category === 'structure' || f.category === 'numbering')).toEqual([]);
  });

  it('keeps CRLF line endings and the headings\' indentation', () => {
    const text = '关于工作的总结\r\n    一、主要做法\r\n    正文。\r\n    二、下一步打算\r\n    正文。\r\n';
    const { fixed } = insertMissing(text);
    expect(fixed).toBe('关于工作的总结\r\n    一、主要做法\r\n    正文。\r\n    二、存在问题\r\n    （此处填写存在的问题和不足）\r\n    三、下一步打算\r\n    正文。\r\n');
  });

  it('writes headings without markers when the document uses none', () => {
    const text = '# 总结\n\n## 主要做法\n\n正文。\n\n## 下一步打算\n\n正文。\n';
    expect(insertMissing(text, 'markdown').fixed).toContain('## 主要做法\n\n正文。\n\n## 存在问题\n\n（此处填写存在的问题和不足）\n\n## 下一步打算');
  });

  it('gives a document without section headings the standard markers, and starts an empty one at its first line', () => {
    expect(insertMissing('关于工作的总结\n今年做了很多工作。\n').fixed).toBe(
      '关于工作的总结\n今年做了很多工作。\n一、主要做法\n（此处填写开展的主要工作和具体做法）\n二、取得成效\n（此处填写取得的主要成效）\n三、存在问题\n（此处填写存在的问题和不足）\n四、下一步打算\n（此处填写下一步工作打算）\n',
    );
    expect(insertMissing('', 'plaintext', { defaultReportType: '工作总结' }).fixed.startsWith('一、主要做法\n')).toBe(true);
  });

  it('re-checks with no numbering finding and no missing section', () => {
    const text = '关于工作的总结\n一、主要做法\n（一）强化领导。正文。\n（二）完善机制。正文。\n二、下一步打算\n正文。\n';
    const { fixed } = insertMissing(text);
    const after = check(fixed).findings.filter((f) => f.category === 'numbering' || f.rule === 'required-section');
    expect(after).toEqual([]);
  });
});

describe('renumberLevel', () => {
  it('renumbers every run of a level, each under its own parent, and nothing else', () => {
    const text = '一、甲\n（二）子\n（二）子\n三、乙\n（三）子\n（五）子\n';
    const fix = renumberLevel(parse(text), 2)!;
    expect(applyEdits(text, fix.edits).text).toBe('一、甲\n（一）子\n（二）子\n三、乙\n（一）子\n（二）子\n');
    expect(applyEdits(text, renumberLevel(parse(text), 1)!.edits).text).toBe('一、甲\n（二）子\n（二）子\n二、乙\n（三）子\n（五）子\n');
    expect(fix.title.zh).toBe('将全文（一）级标题依次重新编号');
  });

  it('returns nothing when the level is in sequence already', () => {
    expect(renumberLevel(parse('一、甲\n二、乙\n'), 1)).toBeUndefined();
    expect(renumberLevel(parse('一、甲\n二、乙\n'), 3)).toBeUndefined();
  });
});
