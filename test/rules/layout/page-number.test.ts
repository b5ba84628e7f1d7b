import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, layoutFindings, pageField } from '../../docx/layout-build';

const rule = 'layout-page-number';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);

describe(rule, () => {
  it('finds 第1页, on the title', () => {
    const found = of(buildGongwenDocx({ footer: pageField('第', '页') }));
    expect(found.map((f) => [f.text, f.message])).toEqual([
      ['某某局2024年工作总结', '页码形式为“第1页”，应为“— 1 —”（数字左右各一条一字线）（GB/T 9704-2012 7.5：4号半角阿拉伯数字，左右各一条一字线）'],
    ]);
  });

  it('finds 1/5 (a NUMPAGES field after the number)', () => {
    const numPages = '<w:r><w:t>/</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>5</w:t></w:r></w:fldSimple>';
    expect(of(buildGongwenDocx({ footer: pageField('', '') + numPages }))[0].message).toContain('形式为“1/5”');
  });

  it('finds hyphens instead of 一字线, typed or from the number format', () => {
    expect(of(buildGongwenDocx({ footer: pageField('- ', ' -') }))[0].message).toContain('形式为“-1-”');
    expect(of(buildGongwenDocx({ footer: pageField('', ''), pageNumberFormat: 'numberInDash' }))[0].message).toContain('数字两侧是连字符“-”，不是一字线“—”');
    expect(of(buildGongwenDocx({ footer: pageField('', '', ' PAGE \\* ArabicDash \\* MERGEFORMAT ') }))[0].en).toContain('the number is between hyphens (-), not em dashes (—)');
  });

  it('finds full-width and Chinese numerals', () => {
    expect(of(buildGongwenDocx({ pageNumberFormat: 'decimalFullWidth' }))[0].message).toContain('数字为全角');
    expect(of(buildGongwenDocx({ footer: pageField('— ', ' —', ' PAGE \\* CHINESENUM3 ') }))[0].message).toContain('数字格式为 CHINESENUM3，不是阿拉伯数字');
  });

  it('finds a page number that is not 4号', () => {
    expect(of(buildGongwenDocx({ footerSize: 10.5 }))[0].message).toBe('页码字号 10.5pt，应为 4号（14pt）（GB/T 9704-2012 7.5：4号半角阿拉伯数字，左右各一条一字线）');
  });

  it('reads a PAGE field written as w:fldSimple', () => {
    const simple = '<w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r>';
    expect(of(buildGongwenDocx({ footer: simple }))).toEqual([]);
    expect(of(buildGongwenDocx({ footer: simple.replace(/—/g, '-') }))).toHaveLength(1);
  });

  it.each([
    ['— 1 —', pageField('— ', ' —')],
    ['―1―', pageField('―', '―')],
    ['no page number at all', null],
    ['a footer without a PAGE field', '<w:r><w:t>某某局</w:t></w:r>'],
  ])('does not flag %s', (_, footer) => {
    expect(of(buildGongwenDocx({ footer }))).toEqual([]);
  });
});
