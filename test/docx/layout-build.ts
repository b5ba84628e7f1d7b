// Builds .docx files laid out as GB/T 9704-2012 asks, as Word writes them (styles, theme, footer
// with a PAGE field, section properties), with one knob per layout fact, so that a test can plant
// exactly one fault and see exactly one layout finding.

import { strToU8, zipSync, type Zippable } from 'fflate';
import { readDocx, readLayout } from '../../server/src/docx';
import { allRules, check, type CheckOptions } from '../../server/src/engine';
import { W_NS } from './build';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** Millimetres in twips, as Word stores page measures. */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** An East Asian font and a size in points. */
export type FontSpec = [font: string, pt: number];

export interface GongwenDocx {
  /** Paper in mm (A4 by default). */
  paper?: { width: number; height: number; landscape?: boolean };
  /** Margins in mm (37/35/28/26 by default). */
  margins?: { top: number; bottom: number; left: number; right: number; gutter?: number };
  /** The `w:docGrid` element (a 22 × 28 grid of lines and characters by default); '' for none. */
  grid?: string;
  title?: FontSpec;
  body?: FontSpec;
  level1?: FontSpec;
  level2?: FontSpec;
  level3?: FontSpec;
  level4?: FontSpec;
  /** The footer paragraph's content after its pPr (`— PAGE —` by default); null for no footer. */
  footer?: string | null;
  /** The footer style's size in points (14 by default). */
  footerSize?: number;
  /** The `w:pgNumType` format (decimal by default). */
  pageNumberFormat?: string;
  /** The title line (a 工作总结 by default). */
  titleText?: string;
  /** Paragraphs replacing the default body (w:p elements). */
  bodyXml?: string;
  /** The theme's East Asian minor font (宋体 by default, as Word's Chinese theme). */
  themeMinorEastAsia?: string;
  /** Extra styles (w:style elements). */
  extraStyles?: string;
  /** The docDefaults run properties (Word's: the theme's minor East Asian font, 10.5 pt). */
  defaultsRPr?: string;
}

export const GB_GRID = '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>';

/** A page-number footer as offices set it up: — PAGE — with the field's MERGEFORMAT switch. */
export function pageField(before: string, after: string, instruction = ' PAGE  \\* MERGEFORMAT '): string {
  const t = (s: string) => (s ? `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>` : '');
  return `${t(before)}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${t(after)}`;
}

const style = (id: string, name: string, [font, pt]: FontSpec, basedOn = 'Normal', extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/>${extra}<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${font}"/><w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/></w:rPr></w:style>`;

const para = (text: string, styleId?: string) => `<w:p>${styleId ? `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The body of a short 工作总结 with four heading levels. */
export const GONGWEN_BODY = [
  para('2024年，我局在区委、区政府的坚强领导下，各项工作取得新进展。现将有关情况总结如下。'),
  para('一、主要工作成效', 'Heading1'),
  `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>（一）强化组织领导。</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>成立工作专班，明确责任分工，每月调度一次。</w:t></w:r></w:p>`,
  para('1.完善制度', 'Heading3'),
  para('（1）修订议事规则', 'Heading4'),
  para('全年修订制度12项，废止5项。'),
  para('（2）建立台账', 'Heading4'),
  para('二、存在的问题', 'Heading1'),
  para('一是统筹不够；二是进度不均衡。'),
  para('三、2025年工作打算', 'Heading1'),
  para('（一）抓好项目建设', 'Heading2'),
  para('全年完成投资12.5亿元。'),
  para('特此报告。'),
  para('某某局'),
  para('2025年1月10日'),
].join('');

export function buildGongwenDocx(o: GongwenDocx = {}): Uint8Array {
  const paper = o.paper ?? { width: 210, height: 297 };
  const m = o.margins ?? { top: 37, bottom: 35, left: 28, right: 26 };
  const footer = o.footer === undefined ? pageField('— ', ' —') : o.footer;
  const sectPr =
    `<w:sectPr>${footer !== null ? '<w:footerReference w:type="default" r:id="rIdFooter"/>' : ''}` +
    `<w:pgSz w:w="${twips(paper.width)}" w:h="${twips(paper.height)}"${paper.landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="851" w:footer="992" w:gutter="${twips(m.gutter ?? 0)}"/>` +
    `<w:pgNumType w:fmt="${o.pageNumberFormat ?? 'decimal'}"/><w:cols w:space="425"/>${o.grid ?? GB_GRID}</w:sectPr>`;
  const body = para(o.titleText ?? '某某局2024年工作总结', 'Title') + (o.bodyXml ?? GONGWEN_BODY) + sectPr;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`;
  const normal = o.body ?? ['仿宋_GB2312', 16];
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${o.defaultsRPr ?? '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>'}</w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${normal[0]}"/><w:sz w:val="${normal[1] * 2}"/></w:rPr></w:style>` +
    style('Title', 'Title', o.title ?? ['方正小标宋简体', 22], 'Normal', '<w:pPr><w:jc w:val="center"/></w:pPr>') +
    style('Heading1', 'heading 1', o.level1 ?? ['黑体', 16]) +
    style('Heading2', 'heading 2', o.level2 ?? ['楷体_GB2312', 16]) +
    style('Heading3', 'heading 3', o.level3 ?? ['仿宋_GB2312', 16]) +
    style('Heading4', 'heading 4', o.level4 ?? ['仿宋_GB2312', 16]) +
    style('Footer', 'footer', ['宋体', o.footerSize ?? 14]) +
    (o.extraStyles ?? '') +
    '</w:styles>';
  const theme = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="${A_NS}" name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="${o.themeMinorEastAsia ?? '宋体'}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
  const rels = [
    `<Relationship Id="rIdStyles" Type="${TYPE}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdTheme" Type="${TYPE}/theme" Target="theme/theme1.xml"/>`,
    ...(footer !== null ? [`<Relationship Id="rIdFooter" Type="${TYPE}/footer" Target="footer1.xml"/>`] : []),
  ];
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}">${rels.join('')}</Relationships>`),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles),
    'word/theme/theme1.xml': strToU8(theme),
  };
  if (footer !== null) {
    files['word/footer1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>${footer}</w:p></w:ftr>`);
  }
  return zipSync(files);
}

/** What a writer sees of a .docx's layout findings: the rule, the text it is on, the message. */
export function layoutFindings(bytes: Uint8Array, options: Omit<CheckOptions, 'layout'> = {}): { rule: string; text: string; message: string; en: string }[] {
  const doc = readDocx(bytes);
  if (!doc.ok) throw new Error(doc.problem.message.en);
  const layout = readLayout(bytes, doc);
  const result = check(doc.text, { ...options, layout });
  return result.findings.filter((f) => f.category === 'layout').map((f) => ({ rule: f.rule, text: doc.text.slice(f.span.start, f.span.end), message: f.message.zh, en: f.message.en }));
}

/** Every layout rule with its `documents` option set. */
export function layoutDocuments(documents: 'gongwen' | 'all'): CheckOptions['rules'] {
  return Object.fromEntries(allRules.filter((r) => r.category === 'layout').map((r) => [r.id, { options: { documents } }]));
}
