// What a writer is told when a file cannot be read as a Word document: one message per cause.

import type { Message } from '../engine/rule';

export type DocxProblemCode = 'legacy-format' | 'encrypted' | 'not-docx' | 'no-document' | 'too-large' | 'damaged';

export interface DocxProblem {
  code: DocxProblemCode;
  message: Message;
}

const MIB = 1024 * 1024;

/** Formats Word and WPS save that are not .docx: each is refused with the advice to save as .docx. */
export type LegacyFormat = 'binary' | 'rtf' | 'html' | 'word-xml';

const LEGACY_NAMES: Record<LegacyFormat, Message> = {
  binary: { zh: '旧版 Word（.doc）或 WPS（.wps）格式', en: 'an old-format Word (.doc) or WPS (.wps)' },
  rtf: { zh: ' RTF 格式', en: 'an RTF' },
  html: { zh: ' Word“网页”格式（HTML/MHT）', en: 'a web page (HTML/MHT, Word\'s "Web Page" format)' },
  'word-xml': { zh: ' Word 2003 XML 格式', en: 'a Word 2003 XML' },
};

export const problems = {
  legacyFormat: (format: LegacyFormat): DocxProblem => ({
    code: 'legacy-format',
    message: {
      zh: `这是${LEGACY_NAMES[format].zh}的文件，无法直接检查。请在 Word/WPS 中“另存为” .docx 格式后再检查。`,
      en: `This is ${LEGACY_NAMES[format].en} file, which cannot be checked directly. Save it as .docx in Word or WPS ("Save As"), then check the .docx.`,
    },
  }),
  encrypted: (): DocxProblem => ({
    code: 'encrypted',
    message: {
      zh: '文档设有打开密码（已加密），无法读取。请在 Word/WPS 中取消密码并另存为 .docx 后再检查。',
      en: 'The document is password-protected (encrypted) and cannot be read. Remove the password in Word or WPS and save it as .docx, then check it.',
    },
  }),
  notDocx: (): DocxProblem => ({
    code: 'not-docx',
    message: {
      zh: '文件不是有效的 .docx 文档（不是 ZIP 格式，可能已损坏或并非 Word 文档）。',
      en: 'The file is not a valid .docx document (it is not a ZIP package; it may be damaged or not a Word document).',
    },
  }),
  noDocument: (): DocxProblem => ({
    code: 'no-document',
    message: {
      zh: '文件是 ZIP 包，但其中没有 Word 正文（word/document.xml），不是 .docx 文档。',
      en: 'The file is a ZIP package but holds no Word body (word/document.xml); it is not a .docx document.',
    },
  }),
  tooManyEntries: (limit: number): DocxProblem => ({
    code: 'too-large',
    message: {
      zh: `文档包含的文件超过 ${limit} 个，过大或异常（可能是压缩炸弹），未读取。`,
      en: `The document holds more than ${limit} files; it is too large or malformed (possibly a zip bomb) and was not read.`,
    },
  }),
  partTooLarge: (part: string, limit: number): DocxProblem => ({
    code: 'too-large',
    message: {
      zh: `文档的 ${part} 解压后超过 ${Math.round(limit / MIB)} MB，过大或异常（可能是压缩炸弹），未读取。`,
      en: `The document's ${part} is larger than ${Math.round(limit / MIB)} MB uncompressed; it is too large or malformed (possibly a zip bomb) and was not read.`,
    },
  }),
  damaged: (part: string, detail: string): DocxProblem => ({
    code: 'damaged',
    message: {
      // The parser's own words (English) help a developer, not a writer: the Chinese message names the part only.
      zh: `文档已损坏，无法读取（${part} 内容不完整或有误）。请在 Word/WPS 中打开后重新另存为 .docx 再检查。`,
      en: `The document is damaged and cannot be read (${part}: ${detail}). Open it in Word or WPS, save it as .docx again, then check it.`,
    },
  }),
};
