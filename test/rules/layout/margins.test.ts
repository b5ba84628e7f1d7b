import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGongwenDocx, layoutFindings } from '../../docx/layout-build';

const rule = 'layout-margins';
const of = (bytes: Uint8Array) => layoutFindings(bytes).filter((f) => f.rule === rule);
const made = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../docx/made', name)));

describe(rule, () => {
  it('finds the 25/20 mm margins planted in features.docx, every side in one finding', () => {
    const found = of(made('features.docx'));
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('关于2023年工作情况的报告');
    expect(found[0].message).toBe(
      '页边距不合 GB/T 9704-2012 5.2.1（天头 37 mm、订口 28 mm，版心 156 mm × 225 mm，容差 ±1 mm）：天头（上边距） 25 mm，应为 37 mm；订口（左边距） 20 mm，应为 28 mm；右边距 20 mm，应为 26 mm；下边距 25 mm，应为 35 mm',
    );
  });

  it("finds Word's default margins (25.4 / 31.7 mm)", () => {
    const found = of(buildGongwenDocx({ margins: { top: 25.4, bottom: 25.4, left: 31.75, right: 31.75 } }));
    expect(found).toHaveLength(1);
    expect(found[0].en).toContain('top margin (天头) 25.4 mm, should be 37 mm');
  });

  it('names only the side that is off', () => {
    const found = of(buildGongwenDocx({ margins: { top: 37, bottom: 35, left: 28, right: 30 } }));
    expect(found.map((f) => f.message.split('：')[1])).toEqual(['右边距 30 mm，应为 26 mm']);
  });

  it('counts the gutter into the binding margin', () => {
    expect(of(buildGongwenDocx({ margins: { top: 37, bottom: 35, left: 25, right: 26, gutter: 3 } }))).toEqual([]);
    expect(of(buildGongwenDocx({ margins: { top: 37, bottom: 35, left: 28, right: 26, gutter: 3 } }))[0].message).toContain('订口（左边距） 31 mm，应为 28 mm');
  });

  it.each([
    ['outline.docx (made to GB/T 9704)', made('outline.docx')],
    ['37/35/28/26 mm', buildGongwenDocx()],
    ['within 1 mm', buildGongwenDocx({ margins: { top: 36.2, bottom: 35.9, left: 28.8, right: 25.1 } })],
  ])('does not flag %s', (_, bytes) => {
    expect(of(bytes)).toEqual([]);
  });
});
