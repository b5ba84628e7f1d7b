// GB/T 9704-2012 7.3.1: 标题一般用 2 号小标宋体字. 方正小标宋 is not on every computer, so the
// faces offices put in its place are accepted: 宋体 family (宋体, SimSun, 华文中宋, 华文宋体 …).

import { describeFault, judgeFormat, LAYOUT_SCOPE_OPTION, layoutInScope, SIZE_TOLERANCE_PT } from '../../layout';
import { msg, type Rule } from '../../rule';

const TITLE_SIZE_PT = 22;

export const layoutTitleFont: Rule = {
  id: 'layout-title-font',
  category: 'layout',
  defaultSeverity: 'warning',
  defaultOptions: { ...LAYOUT_SCOPE_OPTION },
  doc: msg(
    `标题应为 2号（22pt）小标宋体字；方正小标宋简体、方正小标宋_GBK 以及常用的替代字体宋体、华文中宋等宋体类字体均可（字号容差 ±${SIZE_TOLERANCE_PT}pt）。黑体、仿宋、楷体等算错，不认识的字体不算错。只检查 Word 文档（.docx）中的公文。`,
    `The title in 2号 (22 pt) XiaoBiaoSong; 方正小标宋简体, 方正小标宋_GBK and the usual substitutes of the Song family (宋体, 华文中宋 …) all count (size ±${SIZE_TOLERANCE_PT} pt). HeiTi, FangSong, KaiTi and the like are wrong; an unknown font is not. Word documents (.docx) of a 公文 only.`,
  ),
  basis: msg('GB/T 9704-2012《党政机关公文格式》7.3.1 标题', 'GB/T 9704-2012, 7.3.1 (title)'),
  check(context) {
    const layout = layoutInScope(context);
    const title = context.analysis.frame.title;
    if (!layout || !title || title.heading !== undefined) return [];
    const span = { start: title.lines[0].start, end: title.lines[title.lines.length - 1].end };
    const verdict = judgeFormat(layout, span, context.model.text, ['xiaobiaosong', 'song'], TITLE_SIZE_PT);
    if (!verdict || verdict === 'ok') return [];
    const used = describeFault(verdict);
    return [
      {
        span: title.span,
        message: msg(`标题为${used}，GB/T 9704-2012 7.3.1 规定标题用 2号（22pt）小标宋体字`, `The title is in ${used}; GB/T 9704-2012 7.3.1 sets the title in 2号 (22 pt) XiaoBiaoSong`),
      },
    ];
  },
};
