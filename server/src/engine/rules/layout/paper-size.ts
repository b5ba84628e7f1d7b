// GB/T 9704-2012 5.1: 公文用纸采用 A4 型纸 (210 mm × 297 mm).

import { documentAnchor, LAYOUT_SCOPE_OPTION, layoutInScope, mmText } from '../../layout';
import { msg, type Rule } from '../../rule';

const A4 = { width: 210, height: 297 };
const TOLERANCE_MM = 1;

/** Papers a document set up elsewhere is often left on, named in the message. */
const KNOWN_PAPERS: { name: string; width: number; height: number }[] = [
  { name: 'Letter', width: 215.9, height: 279.4 },
  { name: 'Legal', width: 215.9, height: 355.6 },
  { name: 'A3', width: 297, height: 420 },
  { name: 'A5', width: 148, height: 210 },
  { name: 'B5', width: 176, height: 250 },
  { name: 'B5 (JIS)', width: 182, height: 257 },
  { name: '16开', width: 184, height: 260 },
];

const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE_MM;

export const layoutPaperSize: Rule = {
  id: 'layout-paper-size',
  category: 'layout',
  defaultSeverity: 'warning',
  defaultOptions: { ...LAYOUT_SCOPE_OPTION },
  doc: msg(
    '公文用纸应为 A4（210 mm × 297 mm，容差 ±1 mm；横排的表格页 297 mm × 210 mm 亦可）。只检查 Word 文档（.docx）中的公文。',
    'Paper must be A4 (210 × 297 mm, ±1 mm; a landscape section 297 × 210 mm is A4 too). Word documents (.docx) of a 公文 only.',
  ),
  basis: msg('GB/T 9704-2012《党政机关公文格式》5.1 幅面尺寸', 'GB/T 9704-2012, 5.1 (paper size)'),
  check(context) {
    const layout = layoutInScope(context);
    if (!layout) return [];
    const wrong = layout.sections.filter((s) => !(near(s.pageWidth, A4.width) && near(s.pageHeight, A4.height)) && !(near(s.pageWidth, A4.height) && near(s.pageHeight, A4.width)));
    if (!wrong.length) return [];
    const first = wrong[0];
    const portrait = first.pageWidth <= first.pageHeight ? first : { pageWidth: first.pageHeight, pageHeight: first.pageWidth };
    const name = KNOWN_PAPERS.find((p) => near(p.width, portrait.pageWidth) && near(p.height, portrait.pageHeight))?.name;
    const size = `${mmText(first.pageWidth)} × ${mmText(first.pageHeight)} mm${name ? `（${name}）` : ''}`;
    const sizeEn = `${mmText(first.pageWidth)} × ${mmText(first.pageHeight)} mm${name ? ` (${name})` : ''}`;
    const which = layout.sections.length > 1 ? msg(`${layout.sections.length} 节中 ${wrong.length} 节`, `${wrong.length} of ${layout.sections.length} sections: `) : msg('', '');
    return [
      {
        span: documentAnchor(context.analysis),
        message: msg(
          `纸张为 ${size}${which.zh ? `（${which.zh}）` : ''}，GB/T 9704-2012 5.1 规定公文用纸为 A4（210 mm × 297 mm，容差 ±1 mm）`,
          `${which.en}the paper is ${sizeEn}; GB/T 9704-2012 5.1 requires A4 (210 × 297 mm, ±1 mm)`,
        ),
      },
    ];
  },
};
