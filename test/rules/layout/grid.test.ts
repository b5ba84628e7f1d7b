import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, layoutFindings } from '../../docx/layout-build';

const rule = 'layout-grid';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);
// The text area of A4 with the standard margins: 225 mm (12,756 twips) high, 156 mm (442.2 pt) wide.
const grid = (type: string, linePitch: number, charSpace = 0) => `<w:docGrid w:type="${type}" w:linePitch="${linePitch}" w:charSpace="${charSpace}"/>`;

describe(rule, () => {
  it('finds a grid of 30 lines a page', () => {
    const found = of(buildGongwenDocx({ grid: grid('linesAndChars', 425, -849) }));
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('某某局2024年工作总结');
    expect(found[0].message).toBe('文档网格每页 30 行，应为 22 行（GB/T 9704-2012 5.2.3：每面 22 行、每行 28 字）');
  });

  it('finds a grid of 24 characters a line', () => {
    // 442.2 pt / 24 = 18.4 pt: the 16 pt of the body style plus 2.4 pt (9,830/4,096).
    const found = of(buildGongwenDocx({ grid: grid('snapToChars', 579, 9830) }));
    expect(found.map((f) => f.message)).toEqual(['文档网格每行 24 字，应为 28 字（GB/T 9704-2012 5.2.3：每面 22 行、每行 28 字）']);
  });

  it.each([
    ['22 × 28 as offices set it (linePitch 579, charSpace -849)', grid('linesAndChars', 579, -849)],
    ['22 × 28 as LibreOffice writes it (charSpace as an unsigned number)', grid('snapToChars', 580, 4294966476)],
    ["Word's default grid of lines only (15.6 pt, 44 lines)", grid('lines', 312)],
    ['no grid', ''],
  ])('does not flag %s', (_, docGrid) => {
    expect(of(buildGongwenDocx({ grid: docGrid }))).toEqual([]);
  });
});
