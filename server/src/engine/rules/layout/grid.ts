// GB/T 9704-2012 5.2.3: 一般每面排 22 行，每行排 28 个字. Checked only where the document sets
// Word's grid of lines and characters (指定行和字符网格), the setting offices give a 公文 template
// for 22 × 28: without it, lines and characters follow from fonts and spacing, which a reader of
// the file cannot count without laying it out. A grid of lines only is Word's default for Chinese
// documents (15.6 pt, 44 lines), there whether the writer chose it or not, so it is not checked.

import { documentAnchor, LAYOUT_SCOPE_OPTION, layoutInScope } from '../../layout';
import { msg, type Rule } from '../../rule';

const LINES = 22;
const CHARS = 28;
/** The counts are worked out from pitches rounded to twips: within half a line or character is right. */
const TOLERANCE = 0.5;

export const layoutGrid: Rule = {
  id: 'layout-grid',
  category: 'layout',
  defaultSeverity: 'warning',
  defaultOptions: { ...LAYOUT_SCOPE_OPTION },
  doc: msg(
    '设置了“指定行和字符网格”（或“文字对齐字符网格”）的，每页应排 22 行、每行 28 字（由版心高度与行距、版心宽度与字距算出，容差 ±0.5）。未设置文档网格、或只设了行网格（Word 中文文档的默认设置）的不查。只检查 Word 文档（.docx）中的公文。',
    'Where a grid of lines and characters is set: 22 lines a page and 28 characters a line (worked out from the text area and the grid pitches, ±0.5). Not checked without a grid, or with a grid of lines only (the default of Chinese Word documents). Word documents (.docx) of a 公文 only.',
  ),
  basis: msg('GB/T 9704-2012《党政机关公文格式》5.2.3 行数和字数', 'GB/T 9704-2012, 5.2.3 (lines and characters)'),
  check(context) {
    const layout = layoutInScope(context);
    if (!layout) return [];
    for (const section of layout.sections) {
      const grid = section.grid;
      if (!grid || grid.type === 'lines' || section.landscape) continue;
      const zh: string[] = [];
      const en: string[] = [];
      if (Math.abs(grid.linesPerPage - LINES) > TOLERANCE) {
        zh.push(`每页 ${grid.linesPerPage} 行，应为 ${LINES} 行`);
        en.push(`${grid.linesPerPage} lines a page, should be ${LINES}`);
      }
      if (grid.charsPerLine !== undefined && Math.abs(grid.charsPerLine - CHARS) > TOLERANCE) {
        zh.push(`每行 ${grid.charsPerLine} 字，应为 ${CHARS} 字`);
        en.push(`${grid.charsPerLine} characters a line, should be ${CHARS}`);
      }
      if (!zh.length) continue;
      return [
        {
          span: documentAnchor(context.analysis),
          message: msg(`文档网格${zh.join('，')}（GB/T 9704-2012 5.2.3：每面 22 行、每行 28 字）`, `The document grid gives ${en.join(' and ')} (GB/T 9704-2012 5.2.3: 22 lines of 28 characters)`),
        },
      ];
    }
    return [];
  },
};
