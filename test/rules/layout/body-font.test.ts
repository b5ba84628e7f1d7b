import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, GONGWEN_BODY, layoutFindings, type FontSpec } from '../../docx/layout-build';

const rule = 'layout-body-font';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);

describe(rule, () => {
  it('finds the 宋体 12 pt body planted in features.docx, once, on its first body paragraph', () => {
    const found = of(new Uint8Array(readFileSync(resolve(__dirname, '../../docx/made/features.docx'))));
    expect(found.map((f) => [f.text, f.message])).toEqual([['我们认真落实各项任务。', '正文 4 段中 4 段为宋体 12pt，GB/T 9704-2012 5.2.2、7.3.3 规定正文用 3号（16pt）仿宋体字']]);
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
