// Parses plain text or Markdown into the document model. Never throws on any input.

import { readMarker } from './markers';
import type {
  DocumentFormat,
  DocumentModel,
  Enumeration,
  EnumerationFamily,
  EnumerationItem,
  Heading,
  HeadingMarker,
  Paragraph,
  Table,
} from './model';
import { CIRCLED_CLASS, parseArabic, parseChineseNumeral, parseCircled } from './numerals';
import { dateKind } from './dates';
import { isHan, isIndentChar, isSentenceEnd, LineIndex, type Span } from './text';

export interface ParseOptions {
  format?: DocumentFormat;
}

interface Line {
  index: number;
  start: number;
  end: number;
  /** Offset after indentation and Markdown decoration. */
  contentStart: number;
  /** Offset before trailing whitespace and a closing Markdown `**`. */
  contentEnd: number;
  markdownDepth?: number;
  blank: boolean;
  masked: boolean;
  /** A table row: cells separated by TAB, or a Markdown `|` row. */
  tableRow: boolean;
}

// The e-mail part starts only where a run of its characters starts: tried at every letter of a
// long run, it would rescan the run each time (quadratic on a long ASCII word or number).
const URL_PATTERN = /\b(?:https?|ftp):\/\/[!#-;=?-~]+|\bwww\.[A-Za-z0-9-]+\.[!#-;=?-~]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function parse(text: string, options: ParseOptions = {}): DocumentModel {
  const format = options.format ?? 'plaintext';
  const lines = new LineIndex(text);
  const masked: Span[] = [];
  const frontMatter = format === 'markdown' ? findFrontMatter(lines) : undefined;
  const scanned = scanLines(text, lines, format, masked, frontMatter?.lastLine ?? -1);
  maskUrls(text, masked);
  if (format === 'markdown') maskMarkdownInline(text, scanned, masked);
  const sortedMasked = normaliseSpans(masked);

  const paragraphs: Paragraph[] = [];
  const headings: Heading[] = [];
  const parentStack: Heading[] = [];
  let currentSection: number | undefined;
  let open: { start: number; contentStart: number; firstLine: number; lastLine: number; end: number } | undefined;

  const closeParagraph = () => {
    if (!open) return;
    paragraphs.push({
      index: paragraphs.length,
      span: { start: open.start, end: open.end },
      contentStart: open.contentStart,
      firstLine: open.firstLine,
      lastLine: open.lastLine,
      section: currentSection,
    });
    open = undefined;
  };

  const markers = scanned.map((line) => (line.blank || line.masked || line.tableRow ? undefined : readMarker(text.slice(line.contentStart, line.contentEnd), line.contentStart)));
  const { notHeadings, items } = listItemLines(text, scanned, markers, format);
  const attachments = attachmentStarts(text, scanned);
  let attachment: number | undefined;
  for (const line of scanned) {
    if (line.blank || line.masked) {
      closeParagraph();
      continue;
    }
    if (attachments.includes(line.index)) {
      // An attachment is a document of its own: its headings number from 一、 again.
      attachment = attachments.indexOf(line.index);
      parentStack.length = 0;
    }
    const marker = notHeadings.has(line.index) ? undefined : markers[line.index];
    if (marker || line.markdownDepth !== undefined) {
      closeParagraph();
      const heading = makeHeading(text, line, marker, headings.length);
      if (heading) {
        if (items.has(line.index)) heading.role = 'item';
        heading.attachment = attachment;
        while (parentStack.length && parentStack[parentStack.length - 1].level >= heading.level) parentStack.pop();
        heading.parent = parentStack.length ? parentStack[parentStack.length - 1].index : undefined;
        parentStack.push(heading);
        headings.push(heading);
        currentSection = heading.index;
        paragraphs.push({
          index: paragraphs.length,
          span: { start: line.contentStart, end: line.contentEnd },
          contentStart: heading.bodySpan ? heading.bodySpan.start : line.contentEnd,
          firstLine: line.index,
          lastLine: line.index,
          heading: heading.index,
          section: heading.index,
        });
        continue;
      }
    }
    // Plain text: a line is a paragraph. Markdown: consecutive lines are joined (soft wraps).
    if (format === 'markdown' && open && !startsListOrQuote(text, line)) {
      open.end = line.contentEnd;
      open.lastLine = line.index;
      continue;
    }
    closeParagraph();
    if (line.tableRow) {
      paragraphs.push({ index: paragraphs.length, span: { start: line.start, end: line.contentEnd }, contentStart: line.contentStart, firstLine: line.index, lastLine: line.index, section: currentSection, tableRow: true });
      continue;
    }
    open = { start: line.start, contentStart: line.contentStart, firstLine: line.index, lastLine: line.index, end: line.contentEnd };
  }
  closeParagraph();

  assignSectionSpans(headings, text.length, lines);
  itemRuns(headings);
  const enumerations = findEnumerations(text, paragraphs);
  return { text, format, lines, paragraphs, headings, tables: findTables(paragraphs), enumerations, attachments, masked: sortedMasked, frontMatter: frontMatter?.span };
}

/**
 * A run of siblings most of which are list items (（1）意外险保额及费率与2020年一致，保费预计……。)
 * is a list: its short members (（2）保险期间为……止。) are items too, not headings left empty.
 */
function itemRuns(headings: Heading[]): void {
  const runs = new Map<string, Heading[]>();
  for (const h of headings) {
    if (!h.marker) continue;
    const key = `${h.attachment ?? -1}:${h.parent ?? -1}:${h.level}`;
    const run = runs.get(key);
    if (run) run.push(h);
    else runs.set(key, [h]);
  }
  for (const run of runs.values()) {
    const items = run.filter((h) => h.role === 'item').length;
    if (run.length >= 2 && items * 2 >= run.length) for (const h of run) h.role = 'item';
  }
}

/** A line that opens an attachment's own text: `附件`, `附件2` alone, and nothing else on it. */
const ATTACHMENT_HEADER = /^附件\s*[0-9０-９一二三四五六七八九十]*(?:[-—－][0-9０-９]+)?$/;
/** `附件` run into the attachment's title (附件国网陕西省电力有限公司……情况报告). */
const ATTACHMENT_RUN_IN = /^附件(?![：:\s0-9０-９])\S/;
/** What stands above an attachment run into its title: the document's date, or its 附注 (联系人). */
const CONTACT_LINE = /^[（(]?(?:联系人|联系电话|此件)/;

/**
 * The lines where attachments begin: a line `附件` (or `附件2`) alone, or `附件` run into the
 * attachment's title just below the document's date or 附注. (`附件：1.……` is the 附件说明, a
 * note in the document's ending, not an attachment.)
 */
function attachmentStarts(text: string, lines: Line[]): number[] {
  const starts: number[] = [];
  let above = '';
  for (const line of lines) {
    if (line.blank || line.masked) continue;
    const content = text.slice(line.contentStart, line.contentEnd);
    if (ATTACHMENT_HEADER.test(content) || (ATTACHMENT_RUN_IN.test(content) && (dateKind(above) || CONTACT_LINE.test(above)))) starts.push(line.index);
    above = content;
  }
  return starts;
}

/** Runs of consecutive table rows (blank lines between rows do not end a table). */
function findTables(paragraphs: Paragraph[]): Table[] {
  const tables: Table[] = [];
  let current: Table | undefined;
  for (const p of paragraphs) {
    if (!p.tableRow) {
      current = undefined;
      continue;
    }
    if (!current) tables.push((current = { rows: [], span: { ...p.span } }));
    current.rows.push(p.index);
    current.span.end = p.span.end;
  }
  return tables;
}

/** A figure in a table cell: 21, 3,050, 7730.28, 97.5%, -3. */
const FIGURE = /^[-+]?[0-9０-９][0-9０-９,，.．]*[%％]?$/;

/**
 * The row labels of the statistics tables every 政府信息公开工作年度报告 carries (the national
 * format of the State Council's office for government information): a line that is one of them is
 * a table row, whether its figures follow on the line, on the lines below it, or not at all.
 */
const DISCLOSURE_TABLE_ROW = /^(?:本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|本年度办理结果|结转下年度继续办理|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计|属于国家秘密|其他法律行政法规禁止公开|危及“三安全一稳定”|保护第三方合法权益|属于三类内部事务信息|属于四类过程性信息|属于行政执法案卷|属于行政查询事项|本机关不掌握相关政府信息|没有现成信息需要另行制作|补正后申请内容仍不明确|信访举报投诉类申请|重复申请|要求提供公开出版物|无正当理由大量反复申请|要求行政机关确认或重新出具已获取信息|申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请)(?:[（(][^）)]*[）)])?(?=$|\s)/;

/**
 * A table row as text keeps it: cells separated by TAB (a statistics table pasted from Word or a
 * PDF: `一、本年新收政府信息公开申请数量⇥⇥21⇥0`), at least two of them with text; or by runs of
 * spaces, with figures in two cells at least (`一、本年新收政府信息公开申请数量    21    0`); or a
 * row label of the 政府信息公开工作年度报告's tables. A heading whose marker is followed by a TAB
 * (`一、⇥总体情况`, as Word's numbering pastes) is not a row.
 */
function isTableRow(text: string, start: number, end: number, format: DocumentFormat): boolean {
  const raw = text.slice(start, end);
  if (format === 'markdown' && /^\|.*\|/.test(raw)) return true;
  const marker = readMarker(raw, 0);
  const label = marker ? raw.slice(marker.span.end).trimStart() : raw;
  if (DISCLOSURE_TABLE_ROW.test(label)) return true;
  if (raw.includes('\t')) {
    const cells = raw.split('\t').map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2) return false;
    return !(cells.length === 2 && readMarker(cells[0], 0)?.span.end === cells[0].length);
  }
  const spaced = raw.split(/ {2,}|\u3000{2,}/).map((c) => c.trim()).filter(Boolean);
  return spaced.length >= 3 && spaced.filter((c) => FIGURE.test(c)).length >= 2;
}

/** Where a numbered list item ends as a clause does (①开题报告须经……审查；), not as a heading. */
const CLAUSE_END = /[；;，,]$/;
/** The 附件说明 line (附件：1.…); the numbered lines below it list the attachments. */
export const ANNEX_LABEL = /^附件[：:]/;

/**
 * Numbered lines that are not headings: the attachments listed under 附件：1.…（2.… aligned
 * below it, GB/T 9704 §7.3.4) and Markdown ordered lists (`1. ` with a space); and numbered
 * lines that are items of a list: runs of numbered clauses at levels 3-5 where an item ends
 * with ；or ，. Items keep their markers, which the numbering rules check like any other.
 */
function listItemLines(text: string, lines: Line[], markers: (HeadingMarker | undefined)[], format: DocumentFormat): { notHeadings: Set<number>; items: Set<number> } {
  const notHeadings = new Set<number>();
  const items = new Set<number>();
  const content = (line: Line) => text.slice(line.contentStart, line.contentEnd);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank || lines[i].masked) continue;
    if (ANNEX_LABEL.test(content(lines[i]))) {
      for (let j = i + 1; j < lines.length && markers[j]?.level === 3; j++) notHeadings.add(j);
      continue;
    }
    const first = markers[i];
    if (!first || first.level < 3) continue;
    // A run of consecutive lines opening with markers of one level (1﹒ 2﹒ 3. is one run).
    let end = i + 1;
    while (end < lines.length && markers[end]?.level === first.level) end++;
    const run = lines.slice(i, end);
    const markdownList = format === 'markdown' && first.style === 'ar-dot' && /[ \t]/.test(text[first.span.end] ?? '');
    if (markdownList) for (const line of run) notHeadings.add(line.index);
    else if (run.some((line) => CLAUSE_END.test(content(line)))) for (const line of run) items.add(line.index);
    i = end - 1;
  }
  return { notHeadings, items };
}

/** A YAML front matter block: `---` on the first line, closed by `---` or `...` (Markdown only). */
function findFrontMatter(lines: LineIndex): { span: Span; lastLine: number } | undefined {
  if (lines.lineText(0).trim() !== '---') return undefined;
  for (let i = 1; i < Math.min(lines.lineCount, 200); i++) {
    const t = lines.lineText(i).trim();
    if (t === '---' || t === '...') return { span: { start: 0, end: lines.lineEnds[i] }, lastLine: i };
  }
  return undefined;
}

/** A line holding only a gongwen directive (`<!-- gongwen-type: 请示 -->`, `〔gongwen-disable …〕`): not report text. */
const DIRECTIVE_LINE = /^(?:<!--\s*gongwen-[^>]*-->|〔\s*gongwen-[^〔〕]*〕)$/;

function scanLines(text: string, lines: LineIndex, format: DocumentFormat, masked: Span[], frontMatterEnd: number): Line[] {
  const out: Line[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.lineStarts[i];
    const end = lines.lineEnds[i];
    let contentStart = start;
    while (contentStart < end && isIndentChar(text[contentStart])) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isIndentChar(text[contentEnd - 1])) contentEnd--;
    const line: Line = { index: i, start, end, contentStart, contentEnd, blank: contentStart === contentEnd, masked: false, tableRow: false };

    if (i <= frontMatterEnd || DIRECTIVE_LINE.test(text.slice(contentStart, contentEnd))) {
      line.masked = true;
      masked.push({ start, end });
    } else if (format === 'markdown') {
      const raw = text.slice(contentStart, contentEnd);
      if (fence) {
        line.masked = true;
        masked.push({ start, end });
        if (raw.startsWith(fence)) fence = undefined;
      } else if (/^(```+|~~~+)/.test(raw)) {
        fence = /^(```+|~~~+)/.exec(raw)![1];
        line.masked = true;
        masked.push({ start, end });
      } else if (inComment || raw.startsWith('<!--')) {
        const close = raw.indexOf('-->');
        inComment = close < 0;
        if (close < 0 || close + 3 >= raw.length) {
          line.masked = true;
          masked.push({ start, end });
        }
      } else if (isThematicBreak(raw)) {
        // A thematic break (---, ***, ___) is decoration, not text.
        line.masked = true;
        masked.push({ start, end });
      } else {
        const atx = /^(#{1,6})[ \t]+/.exec(raw);
        if (atx) {
          line.markdownDepth = atx[1].length;
          line.contentStart += atx[0].length;
          line.contentEnd -= /[ \t]#+$/.exec(raw)?.[0].length ?? 0;
        }
        // **一、标题** — bold around a whole heading or a leading marker.
        if (text.startsWith('**', line.contentStart)) {
          const inner = text.slice(line.contentStart + 2, line.contentEnd);
          if (readMarker(inner, 0) || /^[一二三四五六七八九十]+是/.test(inner)) {
            line.contentStart += 2;
            if (text.startsWith('**', line.contentEnd - 2) && line.contentEnd - 2 > line.contentStart) line.contentEnd -= 2;
          }
        }
      }
    }
    if (!line.blank && !line.masked) line.tableRow = isTableRow(text, line.contentStart, line.contentEnd, format);
    out.push(line);
  }
  return out;
}

/**
 * `---`, `***`, `___` (spaces between allowed). A loop, not `/^(?:[-*_][ \t]*){3,}$/`: that
 * pattern overflows V8's backtracking stack on a line of a few million dashes and throws.
 */
function isThematicBreak(raw: string): boolean {
  let marks = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '-' || c === '*' || c === '_') marks++;
    else if (i === 0 || (c !== ' ' && c !== '\t')) return false;
  }
  return marks >= 3;
}

function startsListOrQuote(text: string, line: Line): boolean {
  return /^(?:[-*+][ \t]|>|\d+[.)][ \t])/.test(text.slice(line.contentStart, line.contentStart + 4));
}

function maskUrls(text: string, masked: Span[]): void {
  URL_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_PATTERN.exec(text))) masked.push({ start: m.index, end: m.index + m[0].length });
}

function maskMarkdownInline(text: string, lines: Line[], masked: Span[]): void {
  for (const line of lines) {
    if (line.masked || line.blank) continue;
    const s = text.slice(line.start, line.end);
    // Inline HTML comments, found with indexOf: a lazy regex would rescan the rest of a line
    // for every unclosed <!-- and turn quadratic.
    for (let open = s.indexOf('<!--'); open >= 0; ) {
      const close = s.indexOf('-->', open + 4);
      if (close < 0) break;
      masked.push({ start: line.start + open, end: line.start + close + 3 });
      open = s.indexOf('<!--', close + 3);
    }
    // Code spans, link and image targets, autolinks and HTML tags.
    const pattern = /(`+)[^`]*?\1|\]\([^()[\]\s]*(?:\s+"[^"]*")?\)|<[A-Za-z][^<>\n]*>|<\/[A-Za-z][^<>\n]*>/g;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(s))) masked.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
  }
}

function normaliseSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * A numbered line whose first sentence runs longer than this says its piece in full: a list item
 * (1.公司党委被国家电网公司授予“红旗党委”荣誉称号，……。), not a heading naming a section
 * (（一）聚焦“两个维护”，加强政治监督。紧紧围绕……).
 */
const MAX_HEADING_SENTENCE = 30;

/** The offset of the first sentence end in text[from, to), or -1. */
function firstSentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isSentenceEnd(text[i])) return i;
  return -1;
}

function makeHeading(
  text: string,
  line: Line,
  marker: ReturnType<typeof readMarker>,
  index: number,
): Heading | undefined {
  const afterMarker = marker ? (marker.doubled ?? marker.span).end : line.contentStart;
  let textStart = afterMarker;
  while (textStart < line.contentEnd && isIndentChar(text[textStart])) textStart++;
  // The heading sentence ends at the first 。！？ (a second-level heading may carry body text after it).
  const sentenceEnd = firstSentenceEnd(text, textStart, line.contentEnd);
  let textEnd = sentenceEnd >= 0 ? sentenceEnd : line.contentEnd;
  let terminator: Heading['terminator'];
  let bodySpan: Span | undefined;
  if (sentenceEnd >= 0) {
    terminator = { char: text[sentenceEnd], span: { start: textEnd, end: textEnd + 1 } };
    let bodyStart = textEnd + 1;
    while (bodyStart < line.contentEnd && isIndentChar(text[bodyStart])) bodyStart++;
    if (bodyStart < line.contentEnd) bodySpan = { start: bodyStart, end: line.contentEnd };
  } else {
    // A standalone heading may end with other punctuation (一、开展的主要工作：).
    let e = textEnd;
    while (e > textStart && isIndentChar(text[e - 1])) e--;
    const last = text[e - 1];
    if (last && /[：:，,；;、.．]/.test(last) && e - 1 > textStart) {
      terminator = { char: last, span: { start: e - 1, end: e } };
      textEnd = e - 1;
    } else textEnd = e;
  }
  // Bold markers around the heading words are decoration.
  let wordsStart = textStart;
  let wordsEnd = textEnd;
  if (text.startsWith('**', wordsStart) && text.slice(wordsEnd - 2, wordsEnd) === '**' && wordsEnd - wordsStart > 4) {
    wordsStart += 2;
    wordsEnd -= 2;
  }
  const level = marker ? marker.level : Math.min(4, Math.max(1, (line.markdownDepth ?? 2) - 1));
  if (!marker && wordsEnd <= wordsStart) return undefined;
  const role = marker && terminator && isSentenceEnd(terminator.char) && hanCount(text, wordsStart, wordsEnd) > MAX_HEADING_SENTENCE ? 'item' : 'heading';
  return {
    index,
    role,
    level,
    marker,
    markdownDepth: line.markdownDepth,
    line: line.index,
    span: { start: line.contentStart, end: line.contentEnd },
    textSpan: { start: wordsStart, end: wordsEnd },
    text: text.slice(wordsStart, wordsEnd),
    terminator,
    bodySpan,
    standalone: !bodySpan,
    sectionSpan: { start: line.start, end: text.length },
  };
}

function hanCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isHan(text[i])) n++;
  return n;
}

function assignSectionSpans(headings: Heading[], textLength: number, lines: LineIndex): void {
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    let end = textLength;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].level <= h.level) {
        end = lines.lineStarts[headings[j].line];
        break;
      }
    }
    h.sectionSpan = { start: lines.lineStarts[h.line], end };
  }
}

// Inline enumeration markers: 一是 (一要) … 二是, 第一，… 第二，, 首先 … 其次 … 再次 … 最后, and
// numbers inside a paragraph: 1、… 2、…, （1）… （2）…, ①… ②…. A marker counts only where a
// clause starts — at the start of a paragraph's words or after a clause-ending mark — so that
// 统一是, 第一次 or 1、2号机组 are never read as markers; `原因一是……；二是……` opens a list too,
// because the 二是 that follows at a clause start shows that 一是 was one.
const SHI_PATTERN = /([一二三四五六七八九十]{1,3})(是|要)/g;
const DI_PATTERN = /第([一二三四五六七八九十]{1,3})(?=[，,、：:．.])/g;
const ORDER_PATTERN = /(首先|其次|再次|最后)/g;
const ARABIC_PATTERN = /([0-9０-９]{1,2})([、.．])(?=[\u4e00-\u9fff“《])|[（(]([0-9０-９]{1,2})[）)](?=[\u4e00-\u9fff“《])/g;
const CIRCLED_PATTERN = new RegExp(`[${CIRCLED_CLASS}](?=[\\u4e00-\\u9fff“《])`, 'g');
const CLAUSE_BOUNDARY = /[。；;：:！？!?，,、\s\u3000*“]/;
const ORDER_VALUES: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };
/** After 一要 … these make a word (三要素, 二要点), not a marker. */
const YAO_WORD = /[素点件求务害领闻员]/;

interface Candidate extends EnumerationItem {
  /** Whether a clause starts at the marker. */
  atBoundary: boolean;
}

function findItems(text: string, paragraph: Paragraph): EnumerationItem[] {
  const from = paragraph.contentStart;
  const to = paragraph.span.end;
  if (from >= to || paragraph.tableRow) return [];
  const slice = text.slice(from, to);
  const leadingAt = slice.startsWith('**') ? 2 : 0;
  const candidates: Candidate[] = [];
  const add = (at: number, length: number, family: EnumerationFamily, value: number | undefined, form: string) => {
    if (value === undefined) return;
    const atBoundary = at === 0 || CLAUSE_BOUNDARY.test(slice[at - 1]);
    candidates.push({ span: { start: from + at, end: from + at + length }, value, family, form, paragraph: paragraph.index, leading: at === leadingAt, atBoundary });
  };
  let m: RegExpExecArray | null;
  for (SHI_PATTERN.lastIndex = 0; (m = SHI_PATTERN.exec(slice)); ) {
    // 一是一、二是二 is an idiom, not a list.
    if (m[2] === '是' && new RegExp(`^${m[1]}是${m[1]}(?:[，,、；;。]|$)`).test(slice.slice(m.index, m.index + 8))) continue;
    if (m[2] === '要' && YAO_WORD.test(slice[m.index + m[0].length] ?? '')) continue;
    add(m.index, m[0].length, 'shi', parseChineseNumeral(m[1]), m[2]);
  }
  for (DI_PATTERN.lastIndex = 0; (m = DI_PATTERN.exec(slice)); ) add(m.index, m[0].length, 'di', parseChineseNumeral(m[1]), '');
  for (ORDER_PATTERN.lastIndex = 0; (m = ORDER_PATTERN.exec(slice)); ) add(m.index, m[0].length, 'order', ORDER_VALUES[m[1]], '');
  // A number opening the paragraph is its heading marker, not an inline item.
  for (ARABIC_PATTERN.lastIndex = 0; (m = ARABIC_PATTERN.exec(slice)); ) if (m.index > leadingAt) add(m.index, m[0].length, 'arabic', parseArabic(m[1] ?? m[3]), m[2] ?? '（）');
  for (CIRCLED_PATTERN.lastIndex = 0; (m = CIRCLED_PATTERN.exec(slice)); ) if (m.index > leadingAt) add(m.index, 1, 'circled', parseCircled(m[0]), '');
  candidates.sort((a, b) => a.span.start - b.span.start);
  return candidates.filter((c, i) => {
    const next = candidates.slice(i + 1).find((n) => n.family === c.family && n.atBoundary);
    const previous = candidates.slice(0, i).reverse().find((n) => n.family === c.family && n.atBoundary);
    // 原因一是……；二是……: a first item joined to the word before it, followed by the second.
    if (!c.atBoundary) return c.family === 'shi' && c.form === '是' && c.value === 1 && next?.value === 2;
    // 一要……二要……: 要 makes a marker only beside another item of the list.
    if (c.family === 'shi' && c.form === '要') return next?.value === c.value + 1 || previous?.value === c.value - 1;
    return true;
  });
}

/**
 * Groups markers into lists. A paragraph-level list is a run of paragraphs in one section that
 * each open with a marker; an item's paragraph may continue the list inline (一是… 二是… in one
 * paragraph), or hold a list of its own that starts again at 一 (a nested list). Markers inside
 * an ordinary paragraph form a list scoped to that paragraph. Numbers inside a paragraph
 * (1、… 2、…, ①… ②…) form lists within it, counted only from one and with two items at least.
 */
function findEnumerations(text: string, paragraphs: Paragraph[]): Enumeration[] {
  const lists: Enumeration[] = [];
  /** Lists in the order they were built: `parent.enumeration` indexes this until the final numbering. */
  const builtOrder: Enumeration[] = [];
  const itemsOf = paragraphs.map((p) => findItems(text, p));
  for (const family of ['shi', 'di', 'order'] as const) {
    let leadingList: Enumeration | undefined;
    let openInline: Enumeration | undefined;
    let section: number | undefined = -1;
    for (const p of paragraphs) {
      if (p.section !== section || p.heading !== undefined) {
        section = p.section;
        leadingList = undefined;
        openInline = undefined;
      }
      const items = itemsOf[p.index].filter((it) => it.family === family);
      if (!items.length) continue;
      const newList = (first: EnumerationItem, leading: boolean, parent?: Enumeration['parent']): Enumeration => {
        const list: Enumeration = { index: lists.length, family, items: [first], leading, parent, scope: { start: first.span.start, end: p.span.end } };
        lists.push(list);
        builtOrder.push(list);
        return list;
      };
      const append = (list: Enumeration, item: EnumerationItem) => {
        list.items.push(item);
        list.scope.end = Math.max(list.scope.end, p.span.end);
      };
      let rest = items;
      if (items[0].leading) {
        const first = items[0];
        const continuesInline = !leadingList && openInline && first.value === openInline.items[openInline.items.length - 1].value + 1;
        if (leadingList && first.value !== 1) append(leadingList, first);
        else if (continuesInline && openInline) {
          // 主要表现在：一是……  ¶ 二是……: a list begun inside a paragraph goes on in paragraphs of its own.
          leadingList = openInline;
          leadingList.leading = true;
          append(leadingList, first);
        } else leadingList = newList(first, true);
        rest = items.slice(1);
        let inner: Enumeration | undefined;
        const outerItem = leadingList.items.length - 1;
        for (const item of rest) {
          if (item.value === 1) inner = newList(item, false, { enumeration: leadingList.index, item: outerItem });
          else if (inner) append(inner, item);
          else append(leadingList, item);
        }
        openInline = undefined;
        continue;
      }
      for (const item of rest) {
        const continues = openInline && item.value !== 1 && item.value === openInline.items[openInline.items.length - 1].value + 1;
        if (openInline && (continues || (openInline.items.length && lastParagraph(openInline) === p.index && item.value !== 1))) append(openInline, item);
        else openInline = newList(item, false);
      }
    }
  }
  for (const p of paragraphs) {
    for (const family of ['arabic', 'circled'] as const) {
      // 1、 and 1. make one list (the mixed form is a fault to report); （1） makes another.
      for (const bracketed of [false, true]) {
        let list: Enumeration | undefined;
        for (const item of itemsOf[p.index]) {
          if (item.family !== family || (item.form === '（）') !== bracketed) continue;
          if (item.value === 1 || !list) {
            list = item.value === 1 ? { index: 0, family, items: [item], leading: false, scope: { start: item.span.start, end: p.span.end } } : undefined;
            if (list) builtOrder.push(list);
          } else list.items.push(item);
        }
      }
    }
  }
  lists.push(...builtOrder.filter((l) => (l.family === 'arabic' || l.family === 'circled') && l.items.length >= 2));
  // Number the lists in document order, and point nested lists at their parents' new numbers.
  lists.sort((a, b) => a.scope.start - b.scope.start);
  const parents = lists.map((l) => (l.parent ? builtOrder[l.parent.enumeration] : undefined));
  lists.forEach((l, i) => (l.index = i));
  lists.forEach((l, i) => {
    const parent = parents[i];
    if (parent && l.parent) l.parent = { enumeration: parent.index, item: l.parent.item };
  });
  return lists;
}

function lastParagraph(list: Enumeration): number {
  return list.items[list.items.length - 1].paragraph;
}
