// When the layout rules speak: Word documents only, 公文 only unless asked, every planted fault of
// the made files found, nothing on the made file that follows GB/T 9704.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/engine';
import { buildGongwenDocx, layoutDocuments, layoutFindings } from '../../docx/layout-build';

const made = (name: string) => readFileSync(resolve(__dirname, '../../docx/made', name));
// No grid: on Letter paper and with a 12 pt body style the 22 × 28 grid would be off too.
const wrongEverywhere = { paper: { width: 215.9, height: 279.4 }, body: ['宋体', 12] as [string, number], grid: '' };

describe('layout rules: scope', () => {
  it('find every fault planted in features.docx (margins, 宋体 12 pt) and the title and headings set in it', () => {
    const found = layoutFindings(new Uint8Array(made('features.docx')));
    expect(found.map((f) => f.rule).sort()).toEqual(['layout-body-font', 'layout-heading-font', 'layout-heading-font', 'layout-heading-font', 'layout-margins', 'layout-title-font']);
  });

  it('find every fault planted in layout-faults.docx, written by LibreOffice: Letter paper, a 30-line grid, a 黑体 title, 宋体 level-1 headings, 第N页 in 10.5 pt', () => {
    const found = layoutFindings(new Uint8Array(made('layout-faults.docx')));
    expect(found.map((f) => [f.rule, f.text])).toEqual([
      ['layout-grid', '某某局2024年工作总结'],
      ['layout-page-number', '某某局2024年工作总结'],
      ['layout-paper-size', '某某局2024年工作总结'],
      ['layout-title-font', '某某局2024年工作总结'],
      ['layout-heading-font', '一、主要工作成效'],
    ]);
    expect(found.find((f) => f.rule === 'layout-page-number')!.message).toBe('页码形式为“第1页”，应为“— 1 —”（数字左右各一条一字线）；字号 10.5pt，应为 4号（14pt）（GB/T 9704-2012 7.5：4号半角阿拉伯数字，左右各一条一字线）');
  });

  it('raise nothing on outline.docx, made to follow GB/T 9704 (paper, margins, grid, fonts, page numbers)', () => {
    expect(layoutFindings(new Uint8Array(made('outline.docx')))).toEqual([]);
  });

  it('never speak on a text report: it has no layout facts', () => {
    const text = made('outline.txt').toString('utf8');
    const findings = check(text, { fileName: 'outline.txt', rules: layoutDocuments('all') }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.category === 'layout')).toEqual([]);
  });

  it('stay silent on a Word document that is not a 公文, unless documents is all', () => {
    const notes = buildGongwenDocx({ ...wrongEverywhere, titleText: '随手记', bodyXml: '<w:p><w:r><w:t>今天整理了书架。</w:t></w:r></w:p>' });
    expect(layoutFindings(notes)).toEqual([]);
    expect(layoutFindings(notes, { rules: layoutDocuments('all') }).map((f) => f.rule)).toEqual(['layout-paper-size', 'layout-body-font']);
  });

  it('check a document whose type comes from the configuration', () => {
    const notes = buildGongwenDocx({ ...wrongEverywhere, titleText: '随手记', bodyXml: '<w:p><w:r><w:t>今天整理了书架。</w:t></w:r></w:p>' });
    expect(layoutFindings(notes, { settings: { defaultReportType: '工作总结' } }).map((f) => f.rule)).toEqual(['layout-paper-size', 'layout-body-font']);
  });

  it('stay silent on a speech', () => {
    const speech = buildGongwenDocx({ ...wrongEverywhere, titleText: '在全市安全生产工作会议上的讲话', bodyXml: '<w:p><w:r><w:t>同志们：</w:t></w:r></w:p><w:p><w:r><w:t>今天召开会议，主要任务是部署安全生产工作。</w:t></w:r></w:p>' });
    expect(layoutFindings(speech)).toEqual([]);
  });

  it('turn off one by one through the configuration', () => {
    const bytes = buildGongwenDocx(wrongEverywhere);
    expect(layoutFindings(bytes).map((f) => f.rule)).toEqual(['layout-paper-size', 'layout-body-font']);
    expect(layoutFindings(bytes, { rules: { 'layout-paper-size': 'off' } }).map((f) => f.rule)).toEqual(['layout-body-font']);
  });
});
