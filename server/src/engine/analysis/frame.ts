// The document's frame: what surrounds the body. Above it the 版头 (发文机关标志, 文号, 签发人),
// the title (over one to four lines), a subtitle (the date of a speech, the speaker, the author),
// and the 主送机关 or a speech's salutation (同志们：); below it the ending: closing formula,
// attachment note, signer, date, 附注 and the 版记 (抄送, 印发); and an attachment's own text
// appended after the ending. From these follows how the document travels: sent to an addressee,
// a form (签报), a speech, or not sent at all (a summary published on a website, a meeting paper).

import type { DocumentModel, Paragraph } from '../model';
import { dateKind } from '../dates';
import { ANNEX_LABEL } from '../parse';
import { isHan, isSentenceEnd, type Span } from '../text';

export type HeadKind = 'banner' | 'field' | 'title' | 'subtitle' | 'addressee' | 'salutation';

export type EndingKind = 'closing' | 'signer' | 'blank-signer' | 'date' | 'blank-date' | 'annex';

export interface FrameLine<K extends string> {
  kind: K;
  line: number;
  /** The line's content, without indentation. */
  span: Span;
}

export type HeadLine = FrameLine<HeadKind>;
export type EndingLine = FrameLine<EndingKind>;

export interface Title {
  /** The title's lines (a title may run over two to four lines), in order. */
  lines: Span[];
  /** The title's words, its lines joined. */
  text: string;
  /** Where findings about the whole document go: the title's last line, which names the type (……的报告). */
  span: Span;
  /** The Markdown heading that is the title (`# 标题`), if it is one. */
  heading?: number;
}

/**
 * How the document travels, which decides whether it owes an opening, a closing formula and a
 * signature: `sent` to a 主送机关 (or under a 版头 with a 文号); `form`, a 签报 whose signer and
 * date are fields of the form; `speech`, a report or speech to a meeting (同志们：, 政府工作报告);
 * `unsent`, anything else (a summary published on a website, a paper for a meeting).
 */
export type Delivery = 'sent' | 'form' | 'speech' | 'unsent';

export interface DocumentFrame {
  /** The lines above the body, in order. */
  head: HeadLine[];
  title?: Title;
  /** The 主送机关 line (国家电网有限公司：). */
  addressee?: HeadLine;
  /** A speech's salutation (同志们：, 各位代表：). */
  salutation?: HeadLine;
  delivery: Delivery;
  /** The body's paragraphs: indices [first, end). */
  body: { first: number; end: number };
  /** Lines closing the document: closing formula, annex note, signer, date, 附注, 版记 (in order). */
  ending: EndingLine[];
  /** The last line of body text before the ending, if any. */
  lastBodyLine?: number;
  /** An attachment's own text, appended after the document's ending (附件 + its title and text). */
  attachment?: Span;
}

// ---- The head ----

/** A 文号 (国网榆供电党〔2021〕7号) in a short line of the 版头. */
const DOCUMENT_NUMBER = /[〔[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/;
/** Lines of the 版头 besides the 文号: 发文机关标志 (……文件), 签发人, 份号, 密级, 紧急程度, 内部事项, a 简报's 期号. */
const BANNER_LINE = /^(?:[^。，；：:]{2,40}文件|签发人[：:].*|\d{6}|(?:绝密|机密|秘密)(?:★.*)?|特急|加急|特提|平急|内部事项|普通事项|内部资料|第\s*\d{1,4}\s*期)$/;
/** A form's name or its fields (签报): 国网陕西省电力公司签批请示报告单, 填报日期:2021年1月21日. */
const FORM_NAME = /(?:签报|签批单|呈批件|呈批单|报告单|审批单|请示单|呈报单)$/;
const FORM_FIELD = /^(?:填报日期|报送部门|报送单位|主办部门|拟稿部门|拟稿人|核稿人?|会签|签发)\s*[：:]/;
/** A form's title field: 签报名称：关于……的请示. */
const FORM_TITLE = /^(?:签报名称|标题|题目|事由)\s*[：:]\s*(\S.*)$/;
/** A line in brackets under the title ((2022年2月16日), （县人民政府副县长　王建国）) or a dash subtitle (——在……会议上的讲话). */
const SUBTITLE_LINE = /^(?:[（(][^（）()]*[）)]|[—－-]{1,2}.*)$/;
const SALUTATION = /^(?:(?:同志们|各位代表|各位委员|各位领导|各位来宾|各位嘉宾|同事们|朋友们|同学们|老师们)[，,、]?)+[：:！!]?$/;
/** A sentence announcing the body (根据……，将我局有关工作情况总结如下：), not an addressee. */
const ANNOUNCING_LINE = /(?:如下|以下)[：:]$|^(?:根据|按照|依据|为了?|现将|现就|经|结合|对照)/;
/** A date standing alone on its line (the date of a speech under its title). */
const DATE_ONLY = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]?$/;
const MAX_TITLE_LINE = 60;
const MAX_TITLE_LINES = 4;
/** Lines under the title that name an author, a speaker or a department are short. */
const MAX_SUBTITLE_LINE = 24;
const MAX_ADDRESSEE = 60;

function contentOf(model: DocumentModel, p: Paragraph): { text: string; span: Span } {
  const span = { start: p.contentStart, end: p.span.end };
  return { text: model.text.slice(span.start, span.end), span };
}

/** A line that could be (part of) a title: short, Chinese, no sentence or clause marks. */
function titleLike(text: string): boolean {
  return text.length >= 2 && text.length <= MAX_TITLE_LINE && [...text].some((c) => isHan(c)) && !/[。；;！!？?：:\t]|[，,、]$/.test(text) && !/^附件/.test(text);
}

/** A department or office under a title (财务资产部, 县委办公室). */
const OFFICE_LINE = /^[\u4e00-\u9fff（）()]{2,22}(?:部|局|厅|办|室|委|处|科|中心|公司|院|校|会|组|站|所|队)$/;

/** A short line under the title: a date, a subtitle, an author or speaker, a department, a masked name (XXX). */
function subtitleLike(text: string): boolean {
  return SUBTITLE_LINE.test(text) || DATE_ONLY.test(text) || (text.length <= MAX_SUBTITLE_LINE && (AUTHOR_LINE.test(text) || OFFICE_LINE.test(text)));
}

/** An author or speaker under a title: a position and a name (岚溪县人民医院院长　周志恒), a bare name, a masked name (XXX). */
const AUTHOR_LINE = /^(?:[\u4e00-\u9fff]{2,24}[\u3000 ]+[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{2,3}|[XＸ]{2,}[\u3000 ]*)$/;

/** The names of documents a title ends with (关于……的报告, ……工作要点). */
const GENRE_ENDING = /(?:报告|总结|小结|请示|方案|计划|通知|通报|意见|决定|函|纪要|汇报|讲话|要点|规划|办法|规定|细则|简报|发言|致辞|情况|说明|建议|提案)[）)]?$/;

/** What may stand right under a title: an addressee or salutation (……：), a date, a subtitle in brackets or after a dash. */
function followsTitle(model: DocumentModel, next: Paragraph | undefined): boolean {
  if (!next || next.heading !== undefined) return false;
  const { text } = contentOf(model, next);
  return /[：:]$/.test(text) || SUBTITLE_LINE.test(text) || DATE_ONLY.test(text) || SALUTATION.test(text);
}

interface Head {
  head: HeadLine[];
  title?: Title;
  addressee?: HeadLine;
  salutation?: HeadLine;
  form: boolean;
  /** The first paragraph of the body. */
  bodyStart: number;
}

function readHead(model: DocumentModel): Head {
  const paragraphs = model.paragraphs;
  const head: HeadLine[] = [];
  let form = false;
  let i = 0;
  const push = (kind: HeadKind, p: Paragraph) => head.push({ kind, line: p.firstLine, span: contentOf(model, p).span });
  const isText = (p: Paragraph | undefined) => p !== undefined && p.heading === undefined && !p.tableRow && p.firstLine === p.lastLine;

  // 版头: every short line down to the last banner line among the first few (国网湖北省电力有限公司 above 鄂电司函〔2021〕10号).
  let lastBanner = -1;
  for (let k = 0; k < Math.min(paragraphs.length, 5) && isText(paragraphs[k]); k++) {
    const { text } = contentOf(model, paragraphs[k]);
    if (text.length > MAX_TITLE_LINE) break;
    if (BANNER_LINE.test(text) || (DOCUMENT_NUMBER.test(text) && text.length <= 50)) lastBanner = k;
  }
  for (; i <= lastBanner; i++) push('banner', paragraphs[i]);

  // A form: its name, its fields, and its title in a field.
  let title: Title | undefined;
  for (; i < paragraphs.length && isText(paragraphs[i]); i++) {
    const { text, span } = contentOf(model, paragraphs[i]);
    const field = FORM_TITLE.exec(text);
    if (field) {
      form = true;
      const start = span.start + text.indexOf(field[1]);
      const titleSpan = { start, end: span.end };
      title = { lines: [titleSpan], text: field[1], span: titleSpan };
      push('title', paragraphs[i]);
      continue;
    }
    if ((i === head.length && FORM_NAME.test(text) && text.length <= MAX_TITLE_LINE) || FORM_FIELD.test(text)) {
      form = true;
      push('field', paragraphs[i]);
      continue;
    }
    break;
  }

  // The title: a Markdown `#` heading, or up to four short lines before the body.
  const h1 = model.format === 'markdown' ? model.headings.find((h) => h.markdownDepth === 1 && !h.marker) : undefined;
  if (!title && h1 && paragraphs[i]?.heading === h1.index) {
    title = { lines: [h1.textSpan], text: h1.text, span: h1.textSpan, heading: h1.index };
    push('title', paragraphs[i++]);
  } else if (!title) {
    const lines: Paragraph[] = [];
    while (i + 1 < paragraphs.length && lines.length < MAX_TITLE_LINES && isText(paragraphs[i])) {
      const { text } = contentOf(model, paragraphs[i]);
      // After the first line, a subtitle, a date or an author ends the title, and so does a line
      // that already named the document (关于……的报告 above its date).
      const ended = lines.length > 0 && (SUBTITLE_LINE.test(text) || DATE_ONLY.test(text) || AUTHOR_LINE.test(text) || GENRE_ENDING.test(contentOf(model, lines[lines.length - 1]).text));
      if (!titleLike(text) || ended) break;
      lines.push(paragraphs[i++]);
    }
    // A title runs over several lines only when they end in a document's name (……的报告) or the
    // block is followed by what follows a title (an addressee, a salutation, a date, a subtitle);
    // otherwise the first line alone is the title, and short lines after it are body text.
    if (lines.length > 1 && !GENRE_ENDING.test(contentOf(model, lines[lines.length - 1]).text) && !followsTitle(model, paragraphs[i])) {
      i -= lines.length - 1;
      lines.length = 1;
    }
    if (lines.length) {
      const spans = lines.map((p) => contentOf(model, p).span);
      title = { lines: spans, text: spans.map((s) => model.text.slice(s.start, s.end)).join(''), span: spans[spans.length - 1] };
      for (const p of lines) push('title', p);
    }
  }

  // Under the title: its date, the speaker or author, a department (at most three short lines),
  // when the body or an addressee follows them.
  if (title) {
    let k = i;
    while (k < paragraphs.length && k - i < 3 && isText(paragraphs[k]) && subtitleLike(contentOf(model, paragraphs[k]).text)) k++;
    if (k > i && k < paragraphs.length) for (; i < k; i++) push('subtitle', paragraphs[i]);
  }

  // The addressee (主送机关) or a salutation.
  let addressee: HeadLine | undefined;
  let salutation: HeadLine | undefined;
  const next = paragraphs[i];
  if (isText(next)) {
    const { text } = contentOf(model, next);
    if (text.length <= MAX_ADDRESSEE && /[：:]$/.test(text) && !/[。；;！!？?]/.test(text) && !ANNOUNCING_LINE.test(text)) {
      const kind = SALUTATION.test(text) ? 'salutation' : 'addressee';
      push(kind, next);
      if (kind === 'salutation') salutation = head[head.length - 1];
      else addressee = head[head.length - 1];
      i++;
    } else if (SALUTATION.test(text)) {
      push('salutation', next);
      salutation = head[head.length - 1];
      i++;
    }
  }
  return { head, title, addressee, salutation, form, bodyStart: i };
}

/** A report or speech given at a meeting (……在……会议上的报告), or a 政府工作报告. */
const SPEECH_TITLE = /在.{1,80}(?:会议|大会|全会|座谈会|培训班|推进会|部署会|动员会|仪式|论坛|典礼)上(?:的(?:讲话|报告|工作报告|发言|致辞|总结讲话|主持词))?|讲话$|致辞$|发言$|政府工作报告/;

function deliveryOf(model: DocumentModel, head: Head): Delivery {
  const words = head.head.filter((h) => h.kind === 'title' || h.kind === 'subtitle').map((h) => model.text.slice(h.span.start, h.span.end)).join('');
  if (head.salutation || SPEECH_TITLE.test(words)) return 'speech';
  if (head.form) return 'form';
  if (head.addressee) return 'sent';
  if (head.head.some((h) => h.kind === 'banner' && DOCUMENT_NUMBER.test(model.text.slice(h.span.start, h.span.end)))) return 'sent';
  return 'unsent';
}

export function analyseFrame(model: DocumentModel): DocumentFrame {
  const head = readHead(model);
  const attachmentLine = model.attachments.find((line) => line > (head.head[head.head.length - 1]?.line ?? -1));
  const attachmentStart = attachmentLine === undefined ? undefined : model.paragraphs.findIndex((p) => p.firstLine === attachmentLine);
  const lastLine = attachmentLine !== undefined ? attachmentLine - 1 : model.lines.lineCount - 1;
  const headLines = new Set(head.head.map((h) => h.line));
  const { ending, lastBodyLine } = findEnding(model, lastLine, headLines);
  const firstEnding = ending.length ? ending[0].line : Infinity;
  let end = head.bodyStart;
  while (end < model.paragraphs.length && model.paragraphs[end].firstLine < firstEnding && (attachmentStart === undefined || attachmentStart < 0 || end < attachmentStart)) end++;
  return {
    head: head.head,
    title: head.title,
    addressee: head.addressee,
    salutation: head.salutation,
    delivery: deliveryOf(model, head),
    body: { first: head.bodyStart, end },
    ending,
    lastBodyLine,
    attachment: attachmentLine !== undefined ? { start: model.lines.lineStarts[attachmentLine], end: model.text.length } : undefined,
  };
}

// ---- The ending: closing formula, annex note, signer and date ----

/** 附件说明, 抄送, 印发, and the 附注 in brackets under the date (（联系人：……；联系电话：……）, （此件公开发布）). */
const ANNEX_LINE = /^[（(]?(?:附件|抄送|联系人|联系电话|电话|印发|此件)/;
/** An attachment listed under 附件：1.…, aligned below it: 2.项目投资评审报告. */
const ANNEX_ITEM = /^[0-9０-９]{1,2}[.．、]/;
/** A signature label left empty: 署名：, （盖章）, 单位（盖章）：. */
const BLANK_LABEL = /^(?:署名|落款|单位名称|单位|报告单位|报告人|述职人|发文机关)?[ \u3000]*(?:[（(](?:盖章|签字|签名|公章)[）)])?[ \u3000]*[：:]?$/;
/** The opening words of closing formulas: 特此报告, 妥否，请批示, 以上报告, 此致. */
export const CLOSING_START = /^(?:特此|专此|妥否|当否|以上(?:报告|请示|意见|妥否)|此致|谨此)/;
/** A closing formula's request or statement at the end of a short line: 请批示。, 特此报告。, 请予审定。 */
const CLOSING_END = /(?:请(?:予)?(?:批示|批复|审批|批准|审定|核准|审示|指示|审阅|审议)|特此(?:报告|请示|通报|函告|说明|汇报)|专此(?:报告|请示|函告))[。！!]?$/;
const SENTENCE_MARK = /[。，；！？,;!?：:]/;

/** Lines closing the document, walking up from `lastLine` until a line of body text. */
function findEnding(model: DocumentModel, lastLine: number, headLines: ReadonlySet<number>): { ending: EndingLine[]; lastBodyLine?: number } {
  const ending: EndingLine[] = [];
  const headingLines = new Set(model.headings.map((h) => h.line));
  const lines = model.lines;
  let seenDate = false;
  for (let line = lastLine; line >= 0; line--) {
    const start = lines.lineStarts[line];
    const raw = lines.lineText(line);
    const content = raw.trim();
    if (!content || isMaskedLine(model, start, lines.lineEnds[line])) continue;
    if (headingLines.has(line) || headLines.has(line)) return { ending: ending.reverse(), lastBodyLine: headLines.has(line) ? undefined : line };
    const contentStart = start + raw.indexOf(content);
    const span = { start: contentStart, end: contentStart + content.length };
    const kind = classify(content, seenDate) ?? (isAnnexItem(model, line) ? 'annex' : undefined);
    if (!kind) return { ending: ending.reverse(), lastBodyLine: line };
    if (kind === 'date' || kind === 'blank-date') seenDate = true;
    // Collected bottom up and reversed once: unshift would make thousands of such lines quadratic.
    ending.push({ kind, line, span });
  }
  return { ending: ending.reverse(), lastBodyLine: undefined };
}

/** An attachment list longer than this is not one (and the walk up stays short). */
const MAX_ANNEX_ITEMS = 50;

/** Whether a line is an attachment listed under 附件：1.…: it and the lines up to that label are numbered. */
function isAnnexItem(model: DocumentModel, line: number): boolean {
  for (let i = line; i >= Math.max(0, line - MAX_ANNEX_ITEMS); i--) {
    const content = model.lines.lineText(i).trim();
    if (ANNEX_LABEL.test(content)) return i < line;
    if (!ANNEX_ITEM.test(content)) return false;
  }
  return false;
}

/** Dates, signers, labels and closing formulas are short lines; longer ones are body text. */
const MAX_ENDING_LINE = 40;

/** A signer or date written after a label: 报告单位：青溪县水利局, 课题负责人：李文静, 报告日期：2024年1月10日. */
const LABELLED = /^(?:署名|落款|单位名称|单位|报告单位|填报单位|承担单位|报告人|述职人|汇报人|发文机关|课题负责人|项目负责人|负责人|报告日期|填报日期|成文日期|日期)[ \u3000]*[：:][ \u3000]*(\S.*)$/;

function classify(content: string, seenDate: boolean): EndingKind | undefined {
  // Annex notes and 附注 can be long (附件：1.岚溪县2024年农村供水保障工程实施方案), and so can the
  // 版记 line (青溪县人民政府办公室　　2024年1月10日印发).
  if (ANNEX_LINE.test(content) || content.endsWith('印发')) return 'annex';
  const labelled = LABELLED.exec(content);
  if (labelled) {
    const value = labelled[1].trim();
    const kind = dateKind(value) ?? (looksLikeSigner(value) ? 'signer' : undefined);
    if (kind) return kind;
  }
  if (content.length > MAX_ENDING_LINE) return undefined;
  const date = dateKind(content);
  if (date) return date;
  if (CLOSING_START.test(content) || CLOSING_END.test(content)) return 'closing';
  if (BLANK_LABEL.test(content) && /[^ \u3000：:]/.test(content)) return 'blank-signer';
  if (seenDate && looksLikeSigner(content)) return 'signer';
  return undefined;
}

/** A line that could be the issuer's name: short, Chinese, no sentence punctuation (中共××县委宣传部). */
export function looksLikeSigner(content: string): boolean {
  return content.length <= MAX_ENDING_LINE && !SENTENCE_MARK.test(content) && [...content].some((c) => isHan(c));
}

/** Whether one masked span covers the line. Masks are sorted and disjoint: a binary search, so that walking up many masked lines stays linear. */
function isMaskedLine(model: DocumentModel, start: number, end: number): boolean {
  if (end <= start) return false;
  const masks = model.masked;
  let lo = 0;
  let hi = masks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid].start <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && masks[hi].end >= end;
}

/** Whether a line ends a sentence: its last character is a sentence end. */
export function endsSentence(text: string): boolean {
  return isSentenceEnd(text.trimEnd().slice(-1));
}
