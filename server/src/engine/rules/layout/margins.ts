// GB/T 9704-2012 5.2.1: 天头 37 mm ± 1 mm, 订口 28 mm ± 1 mm, 版心 156 mm × 225 mm; on A4 the
// other two margins follow: right 210 − 28 − 156 = 26 mm, bottom 297 − 37 − 225 = 35 mm.

import { documentAnchor, LAYOUT_SCOPE_OPTION, layoutInScope, mmText, type PageMargins } from '../../layout';
import { msg, type Message, type Rule } from '../../rule';

const TOLERANCE_MM = 1;

interface Side {
  name: Message;
  want: number;
  value: (m: PageMargins) => number;
}

const SIDES: Side[] = [
  { name: msg('天头（上边距）', 'top margin (天头)'), want: 37, value: (m) => m.top + (m.gutterAtTop ? m.gutter : 0) },
  { name: msg('订口（左边距）', 'binding margin (订口, left)'), want: 28, value: (m) => m.left + (m.gutterAtTop ? 0 : m.gutter) },
  { name: msg('右边距', 'right margin'), want: 26, value: (m) => m.right },
  { name: msg('下边距', 'bottom margin'), want: 35, value: (m) => m.bottom },
];

export const layoutMargins: Rule = {
  id: 'layout-margins',
  category: 'layout',
  defaultSeverity: 'warning',
  defaultOptions: { ...LAYOUT_SCOPE_OPTION },
  doc: msg(
    '页边距：天头（上）37 mm、订口（左，含装订线）28 mm，版心 156 mm × 225 mm，即 A4 纸上右 26 mm、下 35 mm；每边容差 ±1 mm。横排的节（表格页）不查。只检查 Word 文档（.docx）中的公文。',
    'Margins: top 37 mm, binding (left, gutter included) 28 mm, text area 156 × 225 mm, so on A4 right 26 mm and bottom 35 mm; ±1 mm each. Landscape sections (table pages) are not checked. Word documents (.docx) of a 公文 only.',
  ),
  basis: msg('GB/T 9704-2012《党政机关公文格式》5.2.1 页边与版心尺寸', 'GB/T 9704-2012, 5.2.1 (margins and text area)'),
  check(context) {
    const layout = layoutInScope(context);
    if (!layout) return [];
    for (const section of layout.sections) {
      if (section.landscape || !section.margins) continue;
      const margins = section.margins;
      const off = SIDES.filter((side) => Math.abs(side.value(margins) - side.want) > TOLERANCE_MM);
      if (!off.length) continue;
      const zh = off.map((s) => `${s.name.zh} ${mmText(s.value(margins))} mm，应为 ${s.want} mm`).join('；');
      const en = off.map((s) => `${s.name.en} ${mmText(s.value(margins))} mm, should be ${s.want} mm`).join('; ');
      return [
        {
          span: documentAnchor(context.analysis),
          message: msg(
            `页边距不合 GB/T 9704-2012 5.2.1（天头 37 mm、订口 28 mm，版心 156 mm × 225 mm，容差 ±1 mm）：${zh}`,
            `Margins do not follow GB/T 9704-2012 5.2.1 (top 37 mm, binding 28 mm, text area 156 × 225 mm, ±1 mm): ${en}`,
          ),
        },
      ];
    }
    return [];
  },
};
