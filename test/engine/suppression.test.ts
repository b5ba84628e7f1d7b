// Inline suppression: what a writer sees after adding gongwen-disable comments to a report.

import { describe, expect, it } from 'vitest';
import { check, msg, type Rule } from '../../server/src/engine';
import { readDirectives } from '../../server/src/engine/suppression';
import { findings } from '../helpers';

/** `rule@text` for each finding, in order. */
const seen = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => findings(text, { format }).map((f) => `${f.rule}@${f.line}:${f.text}`);

describe('inline suppression', () => {
  it('disable … enable turns a rule off for the lines between (Markdown comment)', () => {
    const text = 'XX单位\n<!-- gongwen-disable placeholder-letters -->\nXX单位\n<!-- gongwen-enable -->\nXX单位\n';
    expect(seen(text, 'markdown')).toEqual(['placeholder-letters@1:XX', 'placeholder-letters@5:XX']);
  });

  it('the plain-text marker line 〔gongwen-disable RULE〕 works the same', () => {
    const text = 'XX单位\n〔gongwen-disable placeholder-letters〕\nXX单位\n〔gongwen-enable placeholder-letters〕\nXX单位\n';
    expect(seen(text)).toEqual(['placeholder-letters@1:XX', 'placeholder-letters@5:XX']);
  });

  it('both spellings work in both formats', () => {
    expect(seen('〔gongwen-disable〕\nXX单位\n', 'markdown')).toEqual([]);
    expect(seen('<!-- gongwen-disable -->\nXX单位\n')).toEqual([]);
  });

  it('a category name turns off every rule of the category; other rules still report', () => {
    const text = '〔gongwen-disable placeholder〕\nXX单位，**局。\n';
    expect(seen(text)).toEqual([]);
    const mixed = '〔gongwen-disable placeholder-symbols〕\nXX单位，**局。\n';
    expect(seen(mixed)).toEqual(['placeholder-letters@2:XX']);
  });

  it('disable-next-line covers the next line with text, skipping blank lines', () => {
    const text = '<!-- gongwen-disable-next-line placeholder-letters -->\n\nXX单位\nXX单位\n';
    expect(seen(text, 'markdown')).toEqual(['placeholder-letters@4:XX']);
  });

  it('disable-line at the end of a line covers that line only', () => {
    const text = 'XX单位 <!-- gongwen-disable-line -->\nXX单位\n';
    expect(seen(text)).toEqual(['placeholder-letters@2:XX']);
  });

  it('disable-file covers the whole document, above the comment too', () => {
    const text = 'XX单位\n<!-- gongwen-disable-file placeholder-letters -->\nXX单位\n';
    expect(seen(text, 'markdown')).toEqual([]);
  });

  it('with everything off, enable RULE turns one rule back on', () => {
    const text = '〔gongwen-disable〕\nXX单位，**局\n〔gongwen-enable placeholder-letters〕\nXX单位，**局\n';
    expect(seen(text)).toEqual(['placeholder-letters@4:XX']);
  });

  it('several names may be separated by commas, Chinese commas or 顿号', () => {
    const text = '〔gongwen-disable placeholder-letters，placeholder-symbols〕\nXX单位，**局\n';
    expect(seen(text)).toEqual([]);
  });

  it('a directive never changes how the report parses: a marker line is not a paragraph or a title', () => {
    const plain = '一、主要做法\n（一）强化组织领导。内容。\n（二）完善机制。内容。\n';
    const withMarker = '〔gongwen-disable placeholder-letters〕\n' + plain;
    const a = check(plain).model;
    const b = check(withMarker);
    expect(b.model.headings.map((h) => h.text)).toEqual(a.headings.map((h) => h.text));
    expect(b.analysis.frame.title).toBeUndefined();
  });

  it('does not treat look-alikes as directives', () => {
    // Not a comment that ends where it should, a marker with other text on its line, an unknown directive.
    const texts = ['<!-- gongwen-disable > XX单位', '说明〔gongwen-disable〕XX单位', '<!-- gongwen-disabled -->\nXX单位'];
    for (const text of texts) expect(seen(text).filter((s) => s.includes('placeholder-letters'))).toHaveLength(1);
  });

  it('keeps every offset: the parser reads the text with directives blanked to spaces of the same length', () => {
    const text = 'a<!-- gongwen-disable -->b\r\n〔gongwen-enable〕\n';
    const { visibleText, list } = readDirectives(text);
    expect(visibleText).toHaveLength(text.length);
    expect(visibleText).toBe('a' + ' '.repeat(24) + 'b\r\n' + ' '.repeat(16) + '\n');
    expect(list.map((d) => [d.kind, d.line])).toEqual([
      ['disable', 0],
      ['enable', 1],
    ]);
  });

  it('drops fixes that would edit a directive, and keeps the others', () => {
    // A fix computed on the blanked text must never overwrite the writer's comment.
    const wholeLine: Rule = {
      id: 'test-whole-line',
      category: 'punctuation',
      defaultSeverity: 'warning',
      doc: msg('', ''),
      basis: msg('', ''),
      check: ({ model }) => [
        {
          span: { start: 0, end: 2 },
          message: msg('', ''),
          suggestions: [
            { title: msg('整行', 'whole line'), edits: [{ span: { start: 0, end: model.lines.lineEnds[0] }, newText: '' }] },
            { title: msg('两字', 'two characters'), edits: [{ span: { start: 0, end: 2 }, newText: '' }] },
          ],
        },
      ],
    };
    const result = check('文字 <!-- gongwen-disable-next-line placeholder -->\n正文\n', { ruleSet: [wholeLine] });
    expect(result.findings.map((f) => f.suggestions?.map((x) => x.title.en))).toEqual([['two characters']]);
  });
});
