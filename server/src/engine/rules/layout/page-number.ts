// GB/T 9704-2012 7.5: 页码一般用 4 号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数字左右各放一条一字线.
// Read from the footers' PAGE fields: their number format, the text on either side and the size.
// A document without page numbers is not reported (drafts often have none yet), nor the face.

import { documentAnchor, LAYOUT_SCOPE_OPTION, layoutInScope, SIZE_TOLERANCE_PT, type PageNumberFooter } from '../../layout';
import { msg, type Message, type Rule } from '../../rule';

const PAGE_NUMBER_SIZE_PT = 14;
/** 一字线: the em dash, or the horizontal bar some fonts' 一字线 is mapped to. */
const DASH = /[—―]/;
/** Number formats that print half-width Arabic digits. */
const ARABIC = /^(?:decimal|arabic)$/i;
/** Formats that print the digits between hyphens (`- 1 -`): Arabic, but not with 一字线. */
const HYPHENED = /^(?:numberInDash|ArabicDash)$/i;
const FULL_WIDTH = /^decimalFullWidth2?$/i;

function faultsOf(footer: PageNumberFooter): Message[] {
  const faults: Message[] = [];
  if (FULL_WIDTH.test(footer.format)) faults.push(msg('数字为全角', 'the digits are full-width'));
  else if (!ARABIC.test(footer.format) && !HYPHENED.test(footer.format)) faults.push(msg(`数字格式为 ${footer.format}，不是阿拉伯数字`, `the number format is ${footer.format}, not Arabic digits`));
  const before = footer.before.trim();
  const after = footer.after.trim();
  const dashed = HYPHENED.test(footer.format) ? false : DASH.test(before.slice(-1)) && DASH.test(after.slice(0, 1));
  const extra = before.replace(/[—―\s]/g, '') !== '' || after.replace(/[—―\s]/g, '') !== '';
  if (HYPHENED.test(footer.format)) faults.push(msg('数字两侧是连字符“-”，不是一字线“—”', 'the number is between hyphens (-), not em dashes (—)'));
  else if (!dashed || extra) {
    const shown = `${before}1${after}`;
    faults.push(msg(`形式为“${shown}”，应为“— 1 —”（数字左右各一条一字线）`, `it reads "${shown}", not "— 1 —" (an em dash on each side)`));
  }
  if (footer.sizePt !== undefined && Math.abs(footer.sizePt - PAGE_NUMBER_SIZE_PT) > SIZE_TOLERANCE_PT) faults.push(msg(`字号 ${footer.sizePt}pt，应为 4号（14pt）`, `the size is ${footer.sizePt} pt, not 4号 (14 pt)`));
  return faults;
}

export const layoutPageNumber: Rule = {
  id: 'layout-page-number',
  category: 'layout',
  defaultSeverity: 'warning',
  defaultOptions: { ...LAYOUT_SCOPE_OPTION },
  doc: msg(
    `页码用 4号（14pt，容差 ±${SIZE_TOLERANCE_PT}pt）半角阿拉伯数字，数字左右各放一条一字线：“— 1 —”。从页脚中的页码域（PAGE）读取：数字格式、两侧文字、字号。“第1页”“1/5”“- 1 -”、全角数字、中文数字都算错；没有页码的不报，字体不查。只检查 Word 文档（.docx）中的公文。`,
    `Page numbers in 4号 (14 pt, ±${SIZE_TOLERANCE_PT} pt) half-width Arabic digits with an em dash on each side: "— 1 —". Read from the footers' PAGE fields: number format, the text around it, the size. "第1页", "1/5", "- 1 -", full-width or Chinese numerals are wrong; a document without page numbers is not reported, and the face is not checked. Word documents (.docx) of a 公文 only.`,
  ),
  basis: msg('GB/T 9704-2012《党政机关公文格式》7.5 页码', 'GB/T 9704-2012, 7.5 (page numbers)'),
  check(context) {
    const layout = layoutInScope(context);
    if (!layout) return [];
    for (const section of layout.sections) {
      for (const footer of section.pageNumbers) {
        const faults = faultsOf(footer);
        if (!faults.length) continue;
        return [
          {
            span: documentAnchor(context.analysis),
            message: msg(`页码${faults.map((f) => f.zh).join('；')}（GB/T 9704-2012 7.5：4号半角阿拉伯数字，左右各一条一字线）`, `Page numbers: ${faults.map((f) => f.en).join('; ')} (GB/T 9704-2012 7.5: 4号 half-width Arabic digits between em dashes)`),
          },
        ];
      }
    }
    return [];
  },
};
