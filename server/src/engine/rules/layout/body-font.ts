// GB/T 9704-2012 5.2.2: 如无特殊说明，公文格式各要素一般用 3 号仿宋体字; 7.3.3: 正文用 3 号仿宋体字.
// One finding for the whole body, on its first paragraph that is off.

import { commonFault, judgeFormat, LAYOUT_SCOPE_OPTION, layoutInScope, SIZE_TOLERANCE_PT, type FormatFault } from '../../layout';
import type { Paragraph } from '../../model';
import { msg, type Rule } from '../../rule';

const BODY_SIZE_PT = 16;

/** A table's or figure's caption: 表1 …, 图2 … */
const CAPTION = /^(?:表|图)\s*[0-9０-９一二三四五六七八九十]/;
/** A note under a table: 注：, 资料来源： */
const TABLE_NOTE = /^(?:注|说明|备注|资料来源|数据来源)\s*\d*\s*[：:]/;
const MAX_TABLE_TITLE = 40;

/**
 * Captions and the lines that go with a table (its title above it, its notes below), which
 * offices set in 黑体 or a smaller size and the standard does not fix: not body text.
 */
function aroundTable(text: string, paragraphs: readonly Paragraph[], i: number): boolean {
  const p = paragraphs[i];
  const words = text.slice(p.contentStart, p.span.end).trim();
  if (CAPTION.test(words)) return true;
  // A title names the table; a sentence before a table (……如下表。) is body text.
  if (paragraphs[i + 1]?.tableRow && words.length <= MAX_TABLE_TITLE && !/[。！？；：:]$/.test(words)) return true;
  return paragraphs[i - 1]?.tableRow === true && TABLE_NOTE.test(words);
}

export const layoutBodyFont: Rule = {
  id: 'layout-body-font',
  category: 'layout',
  defaultSeverity: 'warning',
  defaultOptions: { ...LAYOUT_SCOPE_OPTION },
  doc: msg(
    `正文应为 3号（16pt）仿宋体字（仿宋_GB2312、仿宋、FangSong、方正仿宋_GBK 等均可；字号容差 ±${SIZE_TOLERANCE_PT}pt）。按段落中多数文字的字体字号判断；标题、小标题、表格及其题注和表注不算正文；不认识的字体不算错。整篇只报一处，指出有几段不合。只检查 Word 文档（.docx）中的公文。`,
    `Body text in 3号 (16 pt) FangSong (仿宋_GB2312, 仿宋, FangSong, 方正仿宋_GBK … all count; size ±${SIZE_TOLERANCE_PT} pt), judged by most of each paragraph's characters; the title, headings, tables with their captions and notes are not body text; an unknown font is never wrong. One finding for the whole body, saying how many paragraphs are off. Word documents (.docx) of a 公文 only.`,
  ),
  basis: msg('GB/T 9704-2012《党政机关公文格式》5.2.2 字体和字号、7.3.3 正文', 'GB/T 9704-2012, 5.2.2 (fonts and sizes) and 7.3.3 (body)'),
  check(context) {
    const layout = layoutInScope(context);
    if (!layout) return [];
    const { analysis, model } = context;
    const { body, attachment } = analysis.frame;
    let checked = 0;
    const faults: FormatFault[] = [];
    for (let i = body.first; i < body.end; i++) {
      const p = model.paragraphs[i];
      if (!p || p.heading !== undefined || p.tableRow) continue;
      if (attachment && p.span.start >= attachment.start) continue;
      if (aroundTable(model.text, model.paragraphs, i)) continue;
      const verdict = judgeFormat(layout, { start: p.contentStart, end: p.span.end }, model.text, ['fangsong'], BODY_SIZE_PT);
      if (!verdict) continue;
      checked++;
      if (verdict !== 'ok') faults.push(verdict);
    }
    if (!faults.length) return [];
    const common = commonFault(faults);
    const zh = common.count === faults.length ? `正文 ${checked} 段中 ${faults.length} 段为${common.text}` : `正文 ${checked} 段中 ${faults.length} 段不是 3号仿宋（其中 ${common.count} 段为${common.text}）`;
    const en = common.count === faults.length ? `${faults.length} of ${checked} body paragraphs are in ${common.text}` : `${faults.length} of ${checked} body paragraphs are not in 16 pt FangSong (${common.count} in ${common.text})`;
    return [
      {
        span: faults[0].span,
        message: msg(`${zh}，GB/T 9704-2012 5.2.2、7.3.3 规定正文用 3号（16pt）仿宋体字`, `${en}; GB/T 9704-2012 5.2.2 and 7.3.3 set the body in 3号 (16 pt) FangSong`),
      },
    ];
  },
};
