import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, layoutFindings, type FontSpec } from '../../docx/layout-build';

const rule = 'layout-title-font';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);

describe(rule, () => {
  it.each<[FontSpec, string]>([
    [['黑体', 22], '标题为黑体，GB/T 9704-2012 7.3.1 规定标题用 2号（22pt）小标宋体字'],
    [['仿宋_GB2312', 16], '标题为仿宋_GB2312 16pt，GB/T 9704-2012 7.3.1 规定标题用 2号（22pt）小标宋体字'],
    [['宋体', 18], '标题为18pt，GB/T 9704-2012 7.3.1 规定标题用 2号（22pt）小标宋体字'],
  ])('finds a title in %j', (title, message) => {
    const found = of(buildGongwenDocx({ title }));
    expect(found.map((f) => [f.text, f.message])).toEqual([['某某局2024年工作总结', message]]);
  });

  it('finds the 12 pt title of features.docx', () => {
    const found = of(new Uint8Array(readFileSync(resolve(__dirname, '../../docx/made/features.docx'))));
    expect(found.map((f) => f.text)).toEqual(['关于2023年工作情况的报告']);
    expect(found[0].en).toBe('The title is in 12pt; GB/T 9704-2012 7.3.1 sets the title in 2号 (22 pt) XiaoBiaoSong');
  });

  it.each<FontSpec>([
    ['方正小标宋简体', 22],
    ['方正小标宋_GBK', 22],
    ['宋体', 22],
    ['华文中宋', 22],
    ['Source Han Serif', 22],
  ])('accepts %s', (font, pt) => {
    expect(of(buildGongwenDocx({ title: [font, pt] }))).toEqual([]);
  });
});
