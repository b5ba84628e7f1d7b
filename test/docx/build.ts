// Builds small .docx packages in tests: the parts a reader needs, written as Word writes them.

import { strToU8, zipSync, type Zippable } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** The content of w:body. */
  body: string;
  /** The content of w:numbering (abstractNum and num elements). */
  numbering?: string;
  /** The content of w:styles. */
  styles?: string;
  /** Other entries, by path. */
  extra?: Record<string, string>;
  /** The prefix bound to the WordprocessingML namespace in document.xml (`w` as Word writes it). */
  prefix?: string;
}

export function documentXml(body: string, prefix = 'w'): string {
  const b = prefix === 'w' ? body : body.replace(/(<\/?)w:/g, `$1${prefix}:`).replace(/ w:/g, ` ${prefix}:`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:document xmlns:${prefix}="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable=""><${prefix}:body>${b}</${prefix}:body></${prefix}:document>`;
}

export function buildDocx(parts: DocxParts): Uint8Array {
  const rels = [`<Relationship Id="rId1" Type="${TYPE}/styles" Target="styles.xml"/>`];
  if (parts.numbering !== undefined) rels.push(`<Relationship Id="rId2" Type="${TYPE}/numbering" Target="numbering.xml"/>`);
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}">${rels.join('')}</Relationships>`),
    'word/document.xml': strToU8(documentXml(parts.body, parts.prefix)),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${parts.styles ?? ''}</w:styles>`),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${parts.numbering}</w:numbering>`);
  for (const [path, content] of Object.entries(parts.extra ?? {})) files[path] = strToU8(content);
  return zipSync(files);
}

/** A paragraph of runs: each string a run's w:t. */
export function p(...runs: string[]): string {
  return `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
}

/** A paragraph numbered by numId/ilvl. */
export function np(numId: number, ilvl: number, text: string): string {
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  suffix?: 'tab' | 'space' | 'nothing';
  restart?: number;
  legal?: boolean;
}

export function abstractNum(id: number, levels: LevelSpec[]): string {
  const lvls = levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.legal ? '<w:isLgl/>' : ''}${l.suffix ? `<w:suff w:val="${l.suffix}"/>` : ''}<w:lvlText w:val="${l.text}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** The levels of a 公文: 一、 （一） 1. （1）, no suffix, as offices set Word up. */
export const GONGWEN_LEVELS: LevelSpec[] = [
  { format: 'chineseCounting', text: '%1、', suffix: 'nothing' },
  { format: 'chineseCounting', text: '（%2）', suffix: 'nothing' },
  { format: 'decimal', text: '%3.', suffix: 'nothing' },
  { format: 'decimal', text: '（%4）', suffix: 'nothing' },
];
