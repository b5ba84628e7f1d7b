// The .docx reader: what text a writer's Word document yields, and where each part of it is in
// document.xml. Documents are built here part by part, as Word writes them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatNumber, paragraphAt, readDocx, xmlOffsetAt, type DocxReadResult, type DocxText } from '../../server/src/docx';
import { parse } from '../../server/src/engine';
import { abstractNum, buildDocx, documentXml, GONGWEN_LEVELS, np, num, p, W_NS, type DocxParts } from './build';

function read(parts: DocxParts): DocxText {
  const result = readDocx(buildDocx(parts));
  if (!result.ok) throw new Error(`not read: ${result.problem.message.en}`);
  return result;
}

function lines(parts: DocxParts): string[] {
  return read(parts).text.split('\n');
}

describe('body text', () => {
  it('gives one line a paragraph, runs joined, tabs kept', () => {
    const doc = read({ body: p('一、', '总体', '情况') + '<w:p><w:r><w:t>项目</w:t><w:tab/><w:t>金额</w:t></w:r></w:p>' + p('') });
    expect(doc.text).toBe('一、总体情况\n项目\t金额\n');
    expect(doc.paragraphs.map((x) => [x.index, x.line, x.kind])).toEqual([
      [0, 0, 'paragraph'],
      [1, 1, 'paragraph'],
      [2, 2, 'paragraph'],
    ]);
  });

  it('keeps a line break as a line of its own, in the same paragraph; a page break ends no line', () => {
    const doc = read({ body: '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>续</w:t></w:r></w:p>' + p('下一段') });
    expect(doc.text).toBe('第一行\n第二行续\n下一段');
    expect(doc.paragraphs.map((x) => [x.index, x.line])).toEqual([
      [0, 0],
      [1, 2],
    ]);
  });

  it('leaves out headers, footers, footnotes, comments and text boxes', () => {
    const body =
      '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>内容</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
      '<w:sectPr><w:headerReference w:type="default" r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>';
    const extra = {
      'word/header1.xml': `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>`,
      'word/footnotes.xml': `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>脚注</w:t></w:r></w:p></w:footnote></w:footnotes>`,
      'word/comments.xml': `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r><w:t>批注</w:t></w:r></w:p></w:comment></w:comments>`,
    };
    expect(read({ body, extra }).text).toBe('正文内容');
  });

  it('includes content controls, hyperlinks and smart tags, and one branch of alternate content', () => {
    const body =
      '<w:sdt><w:sdtPr/><w:sdtContent>' + p('控件内段落') + '</w:sdtContent></w:sdt>' +
      '<w:p><w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:t>填写</w:t></w:r></w:sdtContent></w:sdt><w:smartTag><w:r><w:t>标记</w:t></w:r></w:smartTag></w:p>' +
      '<w:p><mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>新</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>旧</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>';
    expect(lines({ body })).toEqual(['控件内段落', '链接填写标记', '旧']);
  });

  it('reads an empty paragraph that only ends a section as the section break it shows as, not as a line', () => {
    const sectionEnd = '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>';
    const withText = '<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>节末段</w:t></w:r></w:p>';
    expect(lines({ body: p('第一节') + sectionEnd + p('第二节') + withText + p('') })).toEqual(['第一节', '第二节', '节末段', '']);
  });

  it('leaves out hidden text, as Word neither shows nor prints it', () => {
    expect(read({ body: '<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>文字</w:t></w:r></w:p>' }).text).toBe('可见文字');
  });

  it('finds the main part and its numbering where the package\'s relationships put them', () => {
    const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const rels = (body: string) => strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`);
    const bytes = zipSync({
      '_rels/.rels': rels(`<Relationship Id="r1" Type="${TYPE}/officeDocument" Target="/content/main.xml"/>`),
      'content/_rels/main.xml.rels': rels(`<Relationship Id="r2" Type="${TYPE}/numbering" Target="lists.xml"/>`),
      'content/main.xml': strToU8(documentXml(np(1, 0, '总体情况'))),
      'content/lists.xml': strToU8(`<w:numbering xmlns:w="${W_NS}">${abstractNum(1, GONGWEN_LEVELS)}${num(1, 1)}</w:numbering>`),
    });
    const result = readDocx(bytes);
    expect(result.ok && [result.documentPath, result.text]).toEqual(['content/main.xml', '一、总体情况']);
  });

  it('reads a document whose namespace prefix is not w:', () => {
    expect(read({ body: p('正文') + p('第二段'), prefix: 'x' }).text).toBe('正文\n第二段');
  });

  it('decodes entities and keeps spaces of xml:space="preserve"', () => {
    expect(read({ body: p('A&amp;B ', ' &lt;C&gt;') }).text).toBe('A&B  <C>');
  });
});

describe('tables', () => {
  const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr/>${paragraphs.join('')}</w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  it('gives a row a line, cells separated by TAB, a cell\'s paragraphs by a space', () => {
    const body = p('表1') + `<w:tbl><w:tblPr/>${row(cell(p('项目')), cell(p('2023年')), cell(p('')))}${row(cell(p('收入'), p('（万元）')), cell(p('21')), cell(p('0')))}</w:tbl>` + p('表后');
    const doc = read({ body });
    expect(doc.text).toBe('表1\n项目\t2023年\t\n收入 （万元）\t21\t0\n表后');
    expect(doc.paragraphs.map((x) => x.kind)).toEqual(['paragraph', 'row', 'row', 'paragraph']);
    const tr = doc.documentXml.slice(doc.paragraphs[1].xmlStart, doc.paragraphs[1].xmlEnd);
    expect(tr).toMatch(/^<w:tr>.*<\/w:tr>$/);
  });

  it('reads tabs and breaks in a cell, and a nested table, as spaces within the row', () => {
    const inner = `<w:tbl>${row(cell(p('甲')), cell(p('乙')))}</w:tbl>`;
    const body = `<w:tbl>${row(cell('<w:p><w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t></w:r></w:p>'), cell(p('外'), inner))}</w:tbl>`;
    expect(lines({ body })).toEqual(['一 二 三\t外 甲 乙']);
  });

  it('gives rows the engine reads as table rows, not headings', () => {
    const body = `<w:tbl>${row(cell(p('一、本年新收申请数量')), cell(p('21')), cell(p('0')))}</w:tbl>`;
    const model = parse(read({ body }).text);
    expect(model.paragraphs[0].tableRow).toBe(true);
    expect(model.headings).toEqual([]);
  });
});

describe('automatic numbering', () => {
  const numbering = abstractNum(1, GONGWEN_LEVELS) + num(1, 1);

  it('writes Word\'s labels into the text, as a heading typed by hand would read', () => {
    const body = np(1, 0, '总体情况') + np(1, 1, '组织领导') + np(1, 2, '成立小组') + np(1, 2, '制定方案') + np(1, 3, '细则') + np(1, 1, '宣传') + np(1, 0, '存在问题') + np(1, 1, '认识不足');
    expect(lines({ body, numbering })).toEqual(['一、总体情况', '（一）组织领导', '1.成立小组', '2.制定方案', '（1）细则', '（二）宣传', '二、存在问题', '（一）认识不足']);
  });

  it('marks the labels as generated, with no place in document.xml to edit', () => {
    const doc = read({ body: np(1, 0, '总体情况') + p('正文') + np(1, 0, '问题'), numbering });
    expect(doc.generated.map((g) => doc.text.slice(g.start, g.end))).toEqual(['一、', '二、']);
    const heading = doc.paragraphs[0];
    expect(xmlOffsetAt(heading, heading.start + 1)).toBeUndefined();
    const first = xmlOffsetAt(heading, heading.start + 2)!;
    expect(doc.documentXml.slice(first, first + 4)).toBe('总体情况');
  });

  it('counts on past paragraphs of other lists and plain text; a later instance of one definition continues it', () => {
    const body = np(1, 0, '甲') + p('正文') + np(2, 0, '乙') + np(3, 0, '丙') + np(1, 0, '丁');
    const defs = numbering + abstractNum(2, [{ format: 'decimalEnclosedCircle', text: '%1', suffix: 'nothing' }]) + num(2, 1) + num(3, 2);
    expect(lines({ body, numbering: defs })).toEqual(['一、甲', '正文', '二、乙', '①丙', '三、丁']);
  });

  it('restarts where an instance overrides the start', () => {
    const defs = numbering + num(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') + num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>');
    const body = np(1, 0, '甲') + np(1, 0, '乙') + np(2, 0, '丙') + np(2, 0, '丁') + np(3, 0, '戊');
    expect(lines({ body, numbering: defs })).toEqual(['一、甲', '二、乙', '一、丙', '二、丁', '五、戊']);
  });

  it('takes a level redefined by an instance', () => {
    const defs = numbering + num(2, 1, '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:suff w:val="space"/><w:lvlText w:val="第%1部分"/></w:lvl></w:lvlOverride>');
    expect(lines({ body: np(2, 0, '总则') + np(2, 0, '分则'), numbering: defs })).toEqual(['第I部分 总则', '第II部分 分则']);
  });

  it('restarts lower levels after a higher one unless lvlRestart says otherwise', () => {
    const levels = [
      { format: 'decimal', text: '%1.', suffix: 'nothing' as const },
      { format: 'decimal', text: '%1.%2', suffix: 'space' as const, restart: 0 },
    ];
    const defs = abstractNum(1, levels) + num(1, 1);
    const body = np(1, 0, 'A') + np(1, 1, 'a') + np(1, 0, 'B') + np(1, 1, 'b');
    expect(lines({ body, numbering: defs })).toEqual(['1.A', '1.1 a', '2.B', '2.2 b']);
  });

  it('follows the suffix: a tab by default, a space, or nothing', () => {
    const defs = abstractNum(1, [{ format: 'decimal', text: '%1.' }]) + num(1, 1) + abstractNum(2, [{ format: 'decimal', text: '%1.', suffix: 'space' }]) + num(2, 2);
    expect(lines({ body: np(1, 0, '甲') + np(2, 0, '乙'), numbering: defs })).toEqual(['1.\t甲', '1. 乙']);
  });

  it('writes legal numbering in Arabic digits and bullets as a bullet', () => {
    const legal = abstractNum(1, [
      { format: 'chineseCounting', text: '%1、', suffix: 'nothing' },
      { format: 'decimal', text: '%1.%2', suffix: 'space', legal: true },
    ]);
    const bullet = abstractNum(2, [{ format: 'bullet', text: '\uf0b7', suffix: 'space' }]);
    const defs = legal + num(1, 1) + bullet + num(2, 2);
    expect(lines({ body: np(1, 0, '总则') + np(1, 1, '范围') + np(2, 0, '要点'), numbering: defs })).toEqual(['一、总则', '1.1 范围', '• 要点']);
  });

  it('numbers paragraphs through their style, basedOn followed; numId 0 turns it off', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>';
    const styled = (style: string, text: string, numPr = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = styled('Heading1', '情况') + styled('Heading2', '做法') + styled('MyHeading', '问题') + styled('Heading1', '附录', '<w:numPr><w:numId w:val="0"/></w:numPr>');
    const doc = read({ body, numbering, styles });
    expect(doc.text.split('\n')).toEqual(['一、情况', '（一）做法', '二、问题', '附录']);
    expect(doc.paragraphs[0].styleId).toBe('Heading1');
  });

  it('takes the level linked to a heading style, as Word\'s multilevel lists for headings do', () => {
    const linked = `<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>${num(7, 5)}`;
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>';
    const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    expect(lines({ body: styled('Heading1', '情况') + styled('Heading2', '做法') + styled('Heading2', '成效') + styled('Heading1', '问题'), numbering: linked, styles })).toEqual(['一、情况', '（一）做法', '（二）成效', '二、问题']);
  });

  it('finds the levels of a list defined through a list style (numStyleLink)', () => {
    const defs =
      abstractNum(1, GONGWEN_LEVELS) + num(1, 1) +
      '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="GongwenList"/></w:abstractNum>' + num(2, 2);
    const styles = '<w:style w:type="numbering" w:styleId="GongwenList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    expect(lines({ body: np(2, 0, '总体情况') + np(2, 1, '组织领导'), numbering: defs, styles })).toEqual(['一、总体情况', '（一）组织领导']);
  });

  it('numbers paragraphs inside table cells', () => {
    const body = `<w:tbl><w:tr><w:tc>${np(1, 2, '甲')}</w:tc><w:tc>${np(1, 2, '乙')}</w:tc></w:tr></w:tbl>`;
    expect(lines({ body, numbering })).toEqual(['1.甲\t2.乙']);
  });
});

describe('number formats', () => {
  it.each([
    ['chineseCounting', [1, 10, 11, 20, 99, 101, 110], ['一', '十', '十一', '二十', '九十九', '一百零一', '一百一十']],
    ['chineseCountingThousand', [3, 15, 1002], ['三', '十五', '一千零二']],
    ['chineseLegalSimplified', [1, 10, 23], ['壹', '壹拾', '贰拾叁']],
    ['ideographTraditional', [1, 4, 10], ['甲', '丁', '癸']],
    ['ideographDigital', [10, 2024], ['一〇', '二〇二四']],
    ['decimalEnclosedCircle', [1, 20, 21], ['①', '⑳', '21']],
    ['decimalEnclosedCircleChinese', [3], ['③']],
    ['decimalEnclosedParen', [2], ['⑵']],
    ['decimalFullWidth', [12], ['１２']],
    ['decimalZero', [7, 12], ['07', '12']],
    ['lowerLetter', [1, 26, 27, 28], ['a', 'z', 'aa', 'bb']],
    ['upperLetter', [3], ['C']],
    ['lowerRoman', [4, 9, 14], ['iv', 'ix', 'xiv']],
    ['upperRoman', [1994], ['MCMXCIV']],
    ['decimal', [5], ['5']],
    ['ordinalText', [5], ['5']],
    ['none', [5], ['']],
  ] as [string, number[], string[]][])('%s', (format, values, shown) => {
    expect(values.map((n) => formatNumber(n, format))).toEqual(shown);
  });
});

describe('tracked changes, read as accepted', () => {
  it('keeps insertions and moved-to text, drops deletions and moved-from text', () => {
    const body =
      '<w:p><w:r><w:t>我们</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>认真</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>努力</w:delText></w:r></w:del><w:r><w:t>落实</w:t></w:r>' +
      '<w:moveFrom w:id="3"><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>新处</w:t></w:r></w:moveTo></w:p>';
    expect(read({ body }).text).toBe('我们认真落实新处');
  });

  it('joins a paragraph whose mark was deleted with the next, and drops a deleted row', () => {
    const body =
      '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>上半句，</w:t></w:r></w:p>' + p('下半句。') +
      '<w:tbl><w:tr><w:trPr><w:del w:id="2" w:author="a"/></w:trPr><w:tc><w:p><w:del w:id="3"><w:r><w:delText>删</w:delText></w:r></w:del></w:p></w:tc></w:tr><w:tr><w:tc>' + p('留') + '</w:tc></w:tr></w:tbl>';
    const doc = read({ body });
    expect(doc.text).toBe('上半句，下半句。\n留');
    expect(doc.paragraphs[0].index).toBe(0);
    expect(doc.paragraphs[1].index).toBe(1);
  });

  it('ends a paragraph whose deleted mark meets a table', () => {
    const body = '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>表前</w:t></w:r></w:p><w:tbl><w:tr><w:tc>' + p('格') + '</w:tc></w:tr></w:tbl>' + p('表后');
    expect(lines({ body })).toEqual(['表前', '格', '表后']);
  });
});

describe('fields', () => {
  const field = (instruction: string, result: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

  it('shows a field\'s result, not its instruction, nested fields included', () => {
    const nested = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>${field(' PAGE ', '3')}<w:r><w:instrText> = 3 "x" "y"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = `<w:p><w:r><w:t>截至</w:t></w:r>${field(' DATE \\@ "yyyy年M月d日" ', '2024年1月5日')}<w:r><w:t>，见</w:t></w:r>${nested}</w:p>` + `<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>`;
    expect(lines({ body })).toEqual(['截至2024年1月5日，见x', '12页']);
  });

  it('shows nothing for a field without a result', () => {
    const body = '<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TC "条目" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>乙</w:t></w:r></w:p>';
    expect(read({ body }).text).toBe('甲乙');
  });
});

describe('positions in document.xml', () => {
  const body = np(1, 0, '总体情况') + p('一是', 'A&amp;B', '二是') + '<w:p><w:r><w:t>行</w:t><w:tab/><w:t>列</w:t></w:r></w:p>' + `<w:tbl><w:tr><w:tc>${p('甲')}</w:tc><w:tc>${p('乙')}</w:tc></w:tr></w:tbl>`;
  const doc = read({ body, numbering: abstractNum(1, GONGWEN_LEVELS) + num(1, 1) });

  it('places each paragraph on its <w:p> or <w:tr> element', () => {
    for (const para of doc.paragraphs) {
      const element = doc.documentXml.slice(para.xmlStart, para.xmlEnd);
      expect(element).toMatch(para.kind === 'row' ? /^<w:tr>.*<\/w:tr>$/ : /^<w:p>.*<\/w:p>$/);
    }
  });

  it('maps every character of a run\'s text to the characters of its w:t that read as it', () => {
    for (const para of doc.paragraphs) {
      for (const piece of para.pieces.filter((x) => x.kind === 'text')) {
        const raw = doc.documentXml.slice(piece.xmlStart, piece.xmlEnd);
        const decoded = raw.replace(/&amp;/g, '&').replace(/&lt;/g, '<');
        expect(decoded).toBe(doc.text.slice(piece.start, piece.end));
      }
    }
    const text = doc.text;
    const at = text.indexOf('B二');
    const para = paragraphAt(doc, at)!;
    expect(para.index).toBe(1);
    expect(doc.documentXml.slice(xmlOffsetAt(para, at)!, xmlOffsetAt(para, at)! + 1)).toBe('B');
    // Where two runs meet, a span starting there starts in the second, one ending there ends in the first.
    const boundary = text.indexOf('二是');
    expect(doc.documentXml.slice(xmlOffsetAt(para, boundary, 'start')!, xmlOffsetAt(para, boundary, 'start')! + 2)).toBe('二是');
    expect(doc.documentXml.slice(xmlOffsetAt(para, boundary, 'end')! - 1, xmlOffsetAt(para, boundary, 'end'))).toBe('B');
    const tab = doc.paragraphs[2].pieces.find((x) => x.kind === 'tab')!;
    expect(doc.documentXml.slice(tab.xmlStart, tab.xmlEnd)).toBe('<w:tab/>');
  });

  it('names the run and the w:t of each piece, for an anchor that splits a run', () => {
    for (const para of doc.paragraphs) {
      for (const piece of para.pieces) {
        if (piece.kind === 'numbering' || piece.kind === 'separator') {
          expect(piece.run).toBeUndefined();
          continue;
        }
        expect(doc.documentXml.slice(piece.run!.start, piece.run!.end)).toMatch(/^<w:r>.*<\/w:r>$/);
        expect(piece.run!.start <= piece.xmlStart && piece.xmlEnd <= piece.run!.end).toBe(true);
        if (piece.kind === 'text') expect(doc.documentXml.slice(piece.element!.start, piece.element!.end)).toMatch(/^<w:t[ >].*<\/w:t>$/);
      }
    }
  });

  it('finds the paragraph of any offset of the text', () => {
    expect(paragraphAt(doc, 0)?.index).toBe(0);
    expect(paragraphAt(doc, doc.text.indexOf('列'))?.index).toBe(2);
    expect(paragraphAt(doc, doc.text.indexOf('乙'))?.index).toBe(3);
  });
});

describe('files that are not a readable .docx', () => {
  const problem = (result: DocxReadResult) => (result.ok ? undefined : result.problem);
  const ole = (extra: Uint8Array = new Uint8Array()) => {
    const bytes = new Uint8Array(1024 + extra.length);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(extra, 600);
    return bytes;
  };
  const utf16 = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0), 0]));

  it('tells an old .doc or .wps file to be saved as .docx', () => {
    const p = problem(readDocx(ole(utf16('WordDocument'))));
    expect(p?.code).toBe('legacy-format');
    expect(p?.message.zh).toMatch(/另存为.*\.docx/);
    expect(p?.message.en).toMatch(/Save it as \.docx/);
  });

  it('refuses a .doc that LibreOffice saved in the Word 97 format', () => {
    expect(problem(readDocx(readFileSync(join(__dirname, 'made/features.doc'))))?.code).toBe('legacy-format');
  });

  it.each([
    ['RTF', '{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}正文}', /RTF/],
    ['a web page saved by Word', '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><p>正文</p></body></html>', /网页/],
    ['MHT', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n', /网页/],
    ['Word 2003 XML', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument/>', /Word 2003 XML/],
  ])('refuses %s under a .doc name with the advice to save as .docx', (_name, content, named) => {
    const p = problem(readDocx(strToU8(content)));
    expect(p?.code).toBe('legacy-format');
    expect(p?.message.zh).toMatch(named);
    expect(p?.message.zh).toMatch(/另存为.*\.docx/);
  });

  it('tells an encrypted document from an old one', () => {
    expect(problem(readDocx(ole(utf16('EncryptionInfo')))))?.toMatchObject({ code: 'encrypted' });
  });

  it('says a file that is no ZIP is not a .docx', () => {
    expect(problem(readDocx(strToU8('一、总体情况\n正文')))?.code).toBe('not-docx');
    expect(problem(readDocx(new Uint8Array()))?.code).toBe('not-docx');
  });

  it('says a ZIP without word/document.xml is not a Word document', () => {
    expect(problem(readDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })))?.code).toBe('no-document');
  });

  it('says a document whose XML is broken is damaged, naming the part', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p></w:body>') });
    const p = problem(readDocx(bytes));
    expect(p?.code).toBe('damaged');
    expect(p?.message.zh).toContain('word/document.xml');
  });

  it('stops at the size cap, whatever the package claims', () => {
    const bytes = buildDocx({ body: p('甲'.repeat(400_000)) });
    expect(problem(readDocx(bytes, { limits: { maxPartBytes: 1024 * 1024 } })))?.toMatchObject({ code: 'too-large' });
    expect(readDocx(bytes).ok).toBe(true);
  });

  it('stops at the cap when the headers understate what a part inflates to (a zip bomb)', () => {
    const bytes = buildDocx({ body: p('甲'.repeat(1_000_000)) });
    // Every local and central header claims 100 bytes uncompressed.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (signature === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    expect(problem(readDocx(bytes, { limits: { maxPartBytes: 1024 * 1024 } })))?.toMatchObject({ code: 'too-large' });
  });

  it('refuses a package with too many entries', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`media/${i}.png`, new Uint8Array([i])]));
    const bytes = zipSync({ ...files, 'word/document.xml': strToU8('<w:document/>') });
    expect(problem(readDocx(bytes, { limits: { maxEntries: 20 } })))?.toMatchObject({ code: 'too-large' });
  });

  it('does not expand entities a DOCTYPE declares (billion laughs)', () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "哈">${laughs}]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>`;
    const result = readDocx(zipSync({ 'word/document.xml': strToU8(xml) }));
    expect(result.ok ? result.text.length : result.problem.code).toBe('damaged');
  });

  it('never throws on a cut or corrupted package', () => {
    const bytes = buildDocx({ body: p('一、总体情况') + p('正文内容') });
    for (let cut = 0; cut < bytes.length; cut += 37) {
      expect(() => readDocx(bytes.subarray(0, cut))).not.toThrow();
    }
    for (let at = 0; at < bytes.length; at += 41) {
      const corrupted = bytes.slice();
      corrupted[at] ^= 0xff;
      const result = readDocx(corrupted);
      if (!result.ok) expect(result.problem.message.zh).not.toBe('');
    }
  });
});
