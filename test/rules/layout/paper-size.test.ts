import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, layoutFindings } from '../../docx/layout-build';

const rule = 'layout-paper-size';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);

describe(rule, () => {
  it('finds US Letter paper, names it, and reports it on the title', () => {
    const found = of(buildGongwenDocx({ paper: { width: 215.9, height: 279.4 } }));
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('某某局2024年工作总结');
    expect(found[0].message).toBe('纸张为 215.9 × 279.4 mm（Letter），GB/T 9704-2012 5.1 规定公文用纸为 A4（210 mm × 297 mm，容差 ±1 mm）');
  });

  it('finds 16开 and B5 paper', () => {
    expect(of(buildGongwenDocx({ paper: { width: 184, height: 260 } }))[0].message).toContain('（16开）');
    expect(of(buildGongwenDocx({ paper: { width: 176, height: 250 } }))[0].en).toContain('176 × 250 mm (B5)');
  });

  it.each([
    ['A4', { width: 210, height: 297 }],
    ['A4 within 1 mm', { width: 209.3, height: 297.8 }],
    ['A4 landscape (a table section)', { width: 297, height: 210, landscape: true }],
  ])('does not flag %s', (_, paper) => {
    expect(of(buildGongwenDocx({ paper }))).toEqual([]);
  });
});
