import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, layoutFindings } from '../../docx/layout-build';

const rule = 'layout-heading-font';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);

describe(rule, () => {
  it('finds level-1 headings not in 黑体: one finding for the level, on its first heading', () => {
    const found = of(buildGongwenDocx({ level1: ['仿宋_GB2312', 16] }));
    expect(found.map((f) => [f.text, f.message])).toEqual([['一、主要工作成效', '一级标题（“一、”） 3 个中 3 个为仿宋_GB2312，GB/T 9704-2012 7.3.3 规定第一层用 3号黑体字']]);
  });

  it('finds level-2 headings in 黑体, judging the heading and not the body text after it', () => {
    const found = of(buildGongwenDocx({ level2: ['黑体', 16] }));
    expect(found.map((f) => f.text)).toEqual(['（一）强化组织领导。']);
    expect(found[0].message).toBe('二级标题（“（一）”） 2 个中 2 个为黑体，GB/T 9704-2012 7.3.3 规定第二层用 3号楷体字');
  });

  it('finds level-3 headings in 楷体 and level-4 headings in a wrong size', () => {
    expect(of(buildGongwenDocx({ level3: ['楷体_GB2312', 16] })).map((f) => f.message)).toEqual(['三级标题（“1.”） 1 个中 1 个为楷体_GB2312，GB/T 9704-2012 7.3.3 规定第三层用 3号仿宋字']);
    expect(of(buildGongwenDocx({ level4: ['仿宋_GB2312', 14] })).map((f) => f.en)).toEqual(['Level-4 headings (（1）): 2 of 2 are in 14pt; GB/T 9704-2012 7.3.3 sets level 4 in 3号 (16 pt) FangSong']);
  });

  it('accepts 楷体 for 1. headings right under 一、 (a document of two levels), not under （一）', () => {
    const twoLevels = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、主要工作</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>1.完善制度</w:t></w:r></w:p><w:p><w:r><w:t>全年修订制度12项。</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>2.加强督导</w:t></w:r></w:p><w:p><w:r><w:t>开展督导3次。</w:t></w:r></w:p>';
    expect(of(buildGongwenDocx({ level3: ['楷体_GB2312', 16], bodyXml: twoLevels }))).toEqual([]);
    expect(of(buildGongwenDocx({ level3: ['楷体_GB2312', 16] })).map((f) => f.text)).toEqual(['1.完善制度']);
  });

  it('finds the headings of features.docx, set in 宋体 12 pt with Word numbering', () => {
    const found = of(new Uint8Array(readFileSync(resolve(__dirname, '../../docx/made/features.docx'))));
    expect(found.map((f) => f.text)).toEqual(['一、总体情况', '（一）组织领导', '1.成立工作小组。']);
  });

  it.each([
    ['the standard fonts', buildGongwenDocx()],
    ['KaiTi and SimHei', buildGongwenDocx({ level1: ['SimHei', 16], level2: ['KaiTi', 16] })],
    ['an unknown font', buildGongwenDocx({ level1: ['Noto Sans CJK SC', 16] })],
    ['outline.docx (Word outline numbering through heading styles)', new Uint8Array(readFileSync(resolve(__dirname, '../../docx/made/outline.docx')))],
  ])('does not flag %s', (_, bytes) => {
    expect(of(bytes)).toEqual([]);
  });
});
