import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, GONGWEN_BODY, layoutFindings, type FontSpec } from '../../docx/layout-build';

const rule = 'layout-body-font';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);

describe(rule, () => {
  it('finds the 宋体 12 pt body planted in features.docx, once, on its first body paragraph', () => {
    const found = of(new Uint8Array(readFileSync(resolve(__dirname, '../../docx/made/features.docx'))));
    expect(found.map((f) => [f.text, f.message])).toEqual([['我们认真落实各项任务。', '正文 3 段中 3 段为宋体 12pt，GB/T 9704-2012 5.2.2、7.3.3 规定正文用 3号（16pt）仿宋体字']]);
  });

  it('counts the body paragraphs that are off', () => {
    const found = of(buildGongwenDocx({ body: ['宋体', 12] }));
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('2024年，我局在区委、区政府的坚强领导下，各项工作取得新进展。现将有关情况总结如下。');
    expect(found[0].message).toMatch(/^正文 (\d+) 段中 \1 段为宋体 12pt，/);
    expect(found[0].en).toMatch(/^(\d+) of \1 body paragraphs are in 宋体 12pt; GB\/T 9704-2012 5\.2\.2 and 7\.3\.3/);
  });

  it('finds one paragraph pasted in another font, among the right ones', () => {
    const pasted = '<w:p><w:r><w:rPr><w:rFonts w:eastAsia="微软雅黑"/></w:rPr><w:t>此段从网页复制而来，字体没有改。</w:t></w:r></w:p>';
    const found = of(buildGongwenDocx({ bodyXml: GONGWEN_BODY.replace('<w:p><w:r><w:t xml:space="preserve">全年修订', `${pasted}<w:p><w:r><w:t xml:space="preserve">全年修订`) }));
    expect(found.map((f) => f.text)).toEqual(['此段从网页复制而来，字体没有改。']);
    expect(found[0].message).toMatch(/^正文 \d+ 段中 1 段为微软雅黑，/);
  });

  it('leaves out a table, its caption and its note, set in 黑体 and 10.5 pt as offices do', () => {
    const run = (font: string, pt: number, text: string) => `<w:r><w:rPr><w:rFonts w:eastAsia="${font}"/><w:sz w:val="${pt * 2}"/></w:rPr><w:t>${text}</w:t></w:r>`;
    const cell = (text: string) => `<w:tc><w:p>${run('宋体', 10.5, text)}</w:p></w:tc>`;
    const table =
      `<w:p>${run('黑体', 16, '2024年主要指标完成情况')}</w:p>` +
      `<w:tbl><w:tr>${cell('指标')}${cell('完成值')}</w:tr><w:tr>${cell('固定资产投资')}${cell('12.5亿元')}</w:tr></w:tbl>` +
      `<w:p>${run('宋体', 10.5, '注：数据截至2024年12月底。')}</w:p>` +
      `<w:p>${run('黑体', 16, '表2 重点项目进展')}</w:p>`;
    const bytes = buildGongwenDocx({ bodyXml: GONGWEN_BODY.replace('<w:p><w:r><w:t xml:space="preserve">全年修订', `${table}<w:p><w:r><w:t xml:space="preserve">全年修订`) });
    expect(of(bytes)).toEqual([]);
    // The same lines away from a table are body text in the wrong font.
    const loose = buildGongwenDocx({ bodyXml: GONGWEN_BODY + `<w:p>${run('黑体', 16, '2024年主要指标完成情况')}</w:p>` });
    expect(of(loose).map((f) => f.text)).toEqual(['2024年主要指标完成情况']);
  });

  it('judges the East Asian font: digits and Latin letters in Times New Roman are right', () => {
    const mixed = '<w:p><w:r><w:t>全年完成投资</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>12.5 GDP</w:t></w:r><w:r><w:t>亿元。</w:t></w:r></w:p>';
    expect(of(buildGongwenDocx({ bodyXml: GONGWEN_BODY + mixed }))).toEqual([]);
  });

  it.each<FontSpec>([
    ['仿宋_GB2312', 16],
    ['仿宋', 16],
    ['FangSong', 16],
    ['方正仿宋_GBK', 16],
    ['DejaVu Sans', 16],
  ])('accepts %s', (font, pt) => {
    expect(of(buildGongwenDocx({ body: [font, pt], level3: [font, pt], level4: [font, pt] }))).toEqual([]);
  });
});
