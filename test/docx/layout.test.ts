// readLayout: the formatting facts of a .docx, as Word resolves them.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx, readLayout, type DocxText } from '../../server/src/docx';
import type { LayoutFacts } from '../../server/src/engine';
import { buildDocx, p } from './build';
import { buildGongwenDocx, pageField } from './layout-build';

function read(bytes: Uint8Array): { doc: DocxText; layout: LayoutFacts } {
  const doc = readDocx(bytes);
  if (!doc.ok) throw new Error(doc.problem.message.en);
  const layout = readLayout(bytes, doc);
  if (!layout) throw new Error('no layout');
  return { doc, layout };
}

/** Each paragraph's text with its font and size, as the facts give them. */
const fonts = ({ doc, layout }: { doc: DocxText; layout: LayoutFacts }) => layout.paragraphs.map((q) => [doc.text.slice(q.start, q.end), q.font, q.sizePt]);

describe('readLayout', () => {
  it('reads the page of outline.docx in mm, its grid, and its page-number footer', () => {
    const { layout } = read(new Uint8Array(readFileSync(resolve(__dirname, 'made/outline.docx'))));
    expect(layout.sections).toEqual([
      {
        pageWidth: 210,
        pageHeight: 297,
        landscape: false,
        margins: { top: 37, bottom: 35, left: 28, right: 26, gutter: 0 },
        grid: { type: 'snapToChars', linesPerPage: 22, charsPerLine: 28 },
        pageNumbers: [{ kind: 'default', before: '— ', after: ' —', format: 'decimal', sizePt: 14 }],
      },
    ]);
  });

  it('gives each paragraph the font and size of most of its text, through styles and basedOn', () => {
    const facts = read(new Uint8Array(readFileSync(resolve(__dirname, 'made/outline.docx'))));
    expect(fonts(facts).slice(0, 4)).toEqual([
      ['某某局2024年工作总结', '方正小标宋简体', 22],
      ['2024年，我局在区委、区政府的坚强领导下，各项工作取得新进展。现将有关情况总结如下。', '仿宋_GB2312', 16],
      ['一、主要工作成效', '黑体', 16],
      ['（一）强化组织领导', '楷体_GB2312', 16],
    ]);
  });

  it('takes direct run properties over the character style over the paragraph style over the defaults, theme fonts resolved', () => {
    const styles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Quote"><w:basedOn w:val="Body"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>';
    const theme = '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';
    const body =
      p('默认样式的一段') +
      '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>正文样式的一段</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>继承正文样式的字体</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>字符样式</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/><w:rFonts w:eastAsia="楷体"/><w:sz w:val="44"/></w:rPr><w:t>直接格式</w:t></w:r></w:p>' +
      // Most of the paragraph decides; a whitespace-only run does not count.
      '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t>一二</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t xml:space="preserve">　　  </w:t></w:r><w:r><w:t>三四五</w:t></w:r></w:p>';
    const bytes = buildDocx({
      body,
      styles,
      extra: {
        'word/theme/theme1.xml': theme,
        'word/_rels/document.xml.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>',
      },
    });
    expect(fonts(read(bytes))).toEqual([
      ['默认样式的一段', '等线', 10.5],
      ['正文样式的一段', '仿宋_GB2312', 16],
      ['继承正文样式的字体', '仿宋_GB2312', 14],
      ['字符样式', '黑体', 16],
      ['直接格式', '楷体', 22],
      ['一二　　  三四五', '仿宋_GB2312', 16],
    ]);
  });

  it('reads a section without a page size as Word does (US Letter), and the gutter', () => {
    const { layout } = read(buildDocx({ body: p('正文') + '<w:sectPr><w:pgMar w:top="1440" w:bottom="1440" w:left="1800" w:right="1800" w:gutter="567"/></w:sectPr>' }));
    expect(layout.sections).toEqual([{ pageWidth: 215.9, pageHeight: 279.4, landscape: false, margins: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8, gutter: 10 }, pageNumbers: [] }]);
  });

  it('lists every section, those ending inside the body first', () => {
    const landscape = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr><w:r><w:t>表格页</w:t></w:r></w:p>';
    const { layout } = read(buildDocx({ body: p('正文') + landscape + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>' }));
    expect(layout.sections.map((s) => [s.pageWidth, s.pageHeight, s.landscape])).toEqual([
      [297, 210, true],
      [210, 297, false],
    ]);
  });

  it('reads what surrounds the PAGE field and its number format switch, not MERGEFORMAT', () => {
    const { layout } = read(buildGongwenDocx({ footer: pageField('第', '页', ' PAGE \\* MERGEFORMAT \\* CHINESENUM3 ') }));
    expect(layout.sections[0].pageNumbers).toEqual([{ kind: 'default', before: '第', after: '页', format: 'CHINESENUM3', sizePt: 14 }]);
  });

  it('gives no facts rather than throwing on a package it cannot read again', () => {
    const bytes = buildGongwenDocx();
    const doc = readDocx(bytes);
    if (!doc.ok) throw new Error('unreadable');
    expect(readLayout(new Uint8Array([1, 2, 3]), doc)).toBeUndefined();
  });
});
