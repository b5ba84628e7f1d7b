// GB/T 9704-2012 7.3.3: 结构层次序数……一般第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字标注,
// in the body's 3号. Only the heading's own words are judged: a （一） heading with body text on
// its line has the body text in 仿宋 after it.

import { commonFault, FAMILY_NAMES, judgeFormat, LAYOUT_SCOPE_OPTION, layoutInScope, SIZE_TOLERANCE_PT, type FontFamily, type FormatFault } from '../../layout';
import { msg, type Rule, type RuleFinding } from '../../rule';

const HEADING_SIZE_PT = 16;
const LEVELS: { level: number; family: FontFamily; zh: string; en: string }[] = [
  { level: 1, family: 'hei', zh: '一级标题（“一、”）', en: 'Level-1 headings (一、)' },
  { level: 2, family: 'kai', zh: '二级标题（“（一）”）', en: 'Level-2 headings (（一）)' },
  { level: 3, family: 'fangsong', zh: '三级标题（“1.”）', en: 'Level-3 headings (1.)' },
  { level: 4, family: 'fangsong', zh: '四级标题（“（1）”）', en: 'Level-4 headings (（1）)' },
];

export const layoutHeadingFont: Rule = {
  id: 'layout-heading-font',
  category: 'layout',
  defaultSeverity: 'warning',
  defaultOptions: { ...LAYOUT_SCOPE_OPTION },
  doc: msg(
    `各层标题：第一层黑体，第二层楷体（楷体_GB2312、KaiTi 等），第三、四层仿宋，均为 3号（16pt，容差 ±${SIZE_TOLERANCE_PT}pt）。只看标题本身的文字（标题后接正文的，正文不算）；只有两层、用“一、”“1.”编号的，“1.”楷体、仿宋都算对；不认识的字体不算错。每一层只报一处，指出该层有几个标题不合。只检查 Word 文档（.docx）中的公文。`,
    `Headings: level 1 in HeiTi, level 2 in KaiTi (楷体_GB2312, KaiTi …), levels 3 and 4 in FangSong, all 3号 (16 pt, ±${SIZE_TOLERANCE_PT} pt). Only the heading's own words are judged (not body text after it on its line); in a document of two levels numbered 一、 and 1., 1. may be in KaiTi or FangSong; an unknown font is never wrong. One finding per level, saying how many of its headings are off. Word documents (.docx) of a 公文 only.`,
  ),
  basis: msg('GB/T 9704-2012《党政机关公文格式》7.3.3 正文（结构层次序数的字体）、5.2.2 字体和字号', 'GB/T 9704-2012, 7.3.3 (fonts of the heading levels) and 5.2.2'),
  check(context) {
    const layout = layoutInScope(context);
    if (!layout) return [];
    const { model } = context;
    const findings: RuleFinding[] = [];
    for (const { level, family, zh, en } of LEVELS) {
      let checked = 0;
      const faults: FormatFault[] = [];
      for (const h of model.headings) {
        if (h.level !== level || h.role !== 'heading' || h.attachment !== undefined || h.markdownDepth !== undefined) continue;
        const span = { start: h.span.start, end: h.bodySpan?.start ?? h.span.end };
        // A document of two levels numbered 一、 and 1. (7.3.3 allows it) may set 1. as its second level, in 楷体.
        const parent = h.parent === undefined ? undefined : model.headings[h.parent];
        const allowed: FontFamily[] = level === 3 && parent?.level === 1 ? ['fangsong', 'kai'] : [family];
        const verdict = judgeFormat(layout, span, model.text, allowed, HEADING_SIZE_PT);
        if (!verdict) continue;
        checked++;
        if (verdict !== 'ok') faults.push(verdict);
      }
      if (!faults.length) continue;
      const common = commonFault(faults);
      const want = FAMILY_NAMES[family];
      findings.push({
        span: faults[0].span,
        message: msg(
          `${zh} ${checked} 个中 ${faults.length} 个为${common.count === faults.length ? common.text : `其他字体字号（多为${common.text}）`}，GB/T 9704-2012 7.3.3 规定第${'一二三四'[level - 1]}层用 3号${want.zh}字`,
          `${en}: ${faults.length} of ${checked} are in ${common.count === faults.length ? common.text : `other fonts or sizes (mostly ${common.text})`}; GB/T 9704-2012 7.3.3 sets level ${level} in 3号 (16 pt) ${want.en}`,
        ),
      });
    }
    return findings;
  },
};
