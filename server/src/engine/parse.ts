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
} from './model';
import { parseChineseNumeral } from './numerals';
import { isIndentChar, LineIndex, type Span } from './text';

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

  const markers = scanned.map((line) => (line.blank || line.masked ? undefined : readMarker(text.slice(line.contentStart, line.contentEnd), line.contentStart)));
  const listed = listItemLines(text, scanned, markers, format);
  for (const line of scanned) {
    if (line.blank || line.masked) {
      closeParagraph();
      continue;
    }
    const marker = listed.has(line.index) ? undefined : markers[line.index];
    if (marker || line.markdownDepth !== undefined) {
      closeParagraph();
      const heading = makeHeading(text, line, marker, headings.length);
      if (heading) {
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
    open = { start: line.start, contentStart: line.contentStart, firstLine: line.index, lastLine: line.index, end: line.contentEnd };
  }
  closeParagraph();

  assignSectionSpans(headings, text.length, lines);
  const enumerations = findEnumerations(text, paragraphs);
  const title = findTitle(text, paragraphs, headings, scanned, format);
  return { text, format, lines, title, paragraphs, headings, enumerations, masked: sortedMasked, frontMatter: frontMatter?.span };
}

/** Where a numbered list item ends as a clause does (①开题报告须经……审查；), not as a heading. */
const CLAUSE_END = /[；;，,]$/;
/** The 附件说明 line (附件：1.…); the numbered lines below it list the attachments. */
export const ANNEX_LABEL = /^附件[：:]/;

/**
 * Lines that start with a marker but are items of a list, not headings: the attachments under
 * 附件：1.…（2.… aligned below it, GB/T 9704 §7.3.4), runs of numbered clauses at levels 3-5
 * where an item ends with ；or ，, and Markdown ordered lists (`1. ` with a space).
 */
function listItemLines(text: string, lines: Line[], markers: (HeadingMarker | undefined)[], format: DocumentFormat): Set<number> {
  const listed = new Set<number>();
  const content = (line: Line) => text.slice(line.contentStart, line.contentEnd);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank || lines[i].masked) continue;
    if (ANNEX_LABEL.test(content(lines[i]))) {
      for (let j = i + 1; j < lines.length && markers[j]?.level === 3; j++) listed.add(j);
      continue;
    }
    const first = markers[i];
    if (!first || first.level < 3) continue;
    // A run of consecutive lines opening with markers of one style.
    let end = i + 1;
    while (end < lines.length && markers[end]?.style === first.style) end++;
    const run = lines.slice(i, end);
    const markdownList = format === 'markdown' && first.style === 'ar-dot' && /[ \t]/.test(text[first.span.end] ?? '');
    if (markdownList || run.some((line) => CLAUSE_END.test(content(line)))) for (const line of run) listed.add(line.index);
    i = end - 1;
  }
  return listed;
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
    const line: Line = { index: i, start, end, contentStart, contentEnd, blank: contentStart === contentEnd, masked: false };

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

const SENTENCE_END = /[。！？!?]/;

function makeHeading(
  text: string,
  line: Line,
  marker: ReturnType<typeof readMarker>,
  index: number,
): Heading | undefined {
  const afterMarker = marker ? marker.span.end : line.contentStart;
  let textStart = afterMarker;
  while (textStart < line.contentEnd && isIndentChar(text[textStart])) textStart++;
  const rest = text.slice(textStart, line.contentEnd);
  // The heading sentence ends at the first 。！？ (a second-level heading may carry body text after it).
  const endMatch = SENTENCE_END.exec(rest);
  let textEnd = endMatch ? textStart + endMatch.index : line.contentEnd;
  let terminator: Heading['terminator'];
  let bodySpan: Span | undefined;
  if (endMatch) {
    terminator = { char: endMatch[0], span: { start: textEnd, end: textEnd + 1 } };
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
  return {
    index,
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

// Inline enumeration markers: 一是 … 二是, 第一，… 第二，, 首先 … 其次 … 再次 … 最后.
// A marker counts only where a clause starts: at the start of a paragraph's words or after
// a clause-ending mark, so that 统一是 or 第一次 are never read as markers.
const ENUM_PATTERN =
  /([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,、：:．.])|(首先|其次|再次|最后)(?=[，,、：:]?)/g;
const CLAUSE_BOUNDARY = /[。；;：:！？!?，,、\s\u3000*“]/;
const ORDER_VALUES: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

function findItems(text: string, paragraph: Paragraph): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  const from = paragraph.contentStart;
  const to = paragraph.span.end;
  if (from >= to) return items;
  const slice = text.slice(from, to);
  ENUM_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENUM_PATTERN.exec(slice))) {
    const at = m.index;
    const prev = slice[at - 1];
    if (at > 0 && !CLAUSE_BOUNDARY.test(prev)) continue;
    let family: EnumerationFamily;
    let value: number | undefined;
    if (m[1]) {
      family = 'shi';
      value = parseChineseNumeral(m[1]);
      // 一是一、二是二 is an idiom, not a list.
      if (new RegExp(`^${m[1]}是${m[1]}(?:[，,、；;。]|$)`).test(slice.slice(at, at + 8))) continue;
    } else if (m[2]) {
      family = 'di';
      value = parseChineseNumeral(m[2]);
    } else {
      family = 'order';
      value = ORDER_VALUES[m[3]];
    }
    if (value === undefined) continue;
    const leading = at === 0 || (at === 2 && slice.startsWith('**'));
    items.push({ span: { start: from + at, end: from + at + m[0].length }, value, family, paragraph: paragraph.index, leading });
  }
  return items;
}

/**
 * Groups markers into lists. A paragraph-level list is a run of paragraphs in one section that
 * each open with a marker; an item's paragraph may continue the list inline (一是… 二是… in one
 * paragraph), or hold a list of its own that starts again at 一 (a nested list). Markers inside
 * an ordinary paragraph form a list scoped to that paragraph.
 */
function findEnumerations(text: string, paragraphs: Paragraph[]): Enumeration[] {
  const lists: Enumeration[] = [];
  /** Lists in the order they were built: `parent.enumeration` indexes this until the final numbering. */
  const builtOrder: Enumeration[] = [];
  const families: EnumerationFamily[] = ['shi', 'di', 'order'];
  for (const family of families) {
    let leadingList: Enumeration | undefined;
    let openInline: Enumeration | undefined;
    let section: number | undefined = -1;
    for (const p of paragraphs) {
      if (p.section !== section || p.heading !== undefined) {
        section = p.section;
        leadingList = undefined;
        openInline = undefined;
      }
      const items = findItems(text, p).filter((it) => it.family === family);
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

function findTitle(
  text: string,
  paragraphs: Paragraph[],
  headings: Heading[],
  lines: Line[],
  format: DocumentFormat,
): DocumentModel['title'] {
  if (format === 'markdown') {
    const h1 = headings.find((h) => h.markdownDepth === 1 && !h.marker);
    if (h1) return { span: h1.textSpan, text: h1.text };
  }
  const first = paragraphs[0];
  if (!first || first.heading !== undefined || paragraphs.length < 2) return undefined;
  if (first.firstLine !== first.lastLine) return undefined;
  const line = lines[first.firstLine];
  const words = text.slice(line.contentStart, line.contentEnd);
  if (words.length > 60 || /[。；;：:，,]$/.test(words) || /[。！？]/.test(words)) return undefined;
  return { span: { start: line.contentStart, end: line.contentEnd }, text: words };
}
