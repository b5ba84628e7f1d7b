// Formatting facts of a Word document, as plain data: what the layout rules check against
// GB/T 9704-2012. The engine never reads a .docx; an adapter reads these facts
// (`readLayout` in server/src/docx/layout.ts) and passes them in `CheckOptions.layout`. A text
// report has none, and the layout rules then say nothing.

import type { DocumentAnalysis } from './analysis/analysis';
import type { Message } from './rule';
import { msg } from './rule';
import type { Span } from './text';

/** Millimetres. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Word's 装订线 (gutter), added to the binding side. */
  gutter: number;
  /** The gutter is at the top (`w:gutterAtTop`), not at the left. */
  gutterAtTop?: boolean;
}

/** `w:docGrid`, with Word's counts worked out from the page. */
export interface DocumentGrid {
  /** `lines`: a line grid; `linesAndChars`, `snapToChars`: lines and characters. */
  type: 'lines' | 'linesAndChars' | 'snapToChars';
  /** Lines a page: the text area's height over the line pitch. */
  linesPerPage: number;
  /** Characters a line (character grids only): the text area's width over the character pitch. */
  charsPerLine?: number;
}

/** A footer paragraph holding a PAGE field. */
export interface PageNumberFooter {
  /** `default`, `even`, `first`. */
  kind: string;
  /** The paragraph's text before and after the field. */
  before: string;
  after: string;
  /** The number format: the field's `\*` switch if it has one (`Arabic`, `ArabicDash`, `CHINESENUM3` …), else the section's `w:pgNumType` format (`decimal` by default). */
  format: string;
  /** The size (pt) of most of the paragraph's characters, where known. */
  sizePt?: number;
}

export interface SectionLayout {
  /** Paper size, mm. */
  pageWidth: number;
  pageHeight: number;
  landscape: boolean;
  margins?: PageMargins;
  grid?: DocumentGrid;
  pageNumbers: PageNumberFooter[];
}

/** A stretch of body text in one run, with its effective East Asian font and size. */
export interface RunFormat {
  /** [start, end) in the extracted text (UTF-16). */
  start: number;
  end: number;
  /** The East Asian font (`w:rFonts/@w:eastAsia`, theme fonts resolved), if any level sets one. */
  font?: string;
  /** Points. */
  sizePt?: number;
}

export interface ParagraphFormat {
  /** The reader's paragraph index (第N段 is index + 1). */
  index: number;
  start: number;
  end: number;
  /** The font and size of most of the paragraph's characters (whitespace-only runs ignored). */
  font?: string;
  sizePt?: number;
  runs: RunFormat[];
}

export interface LayoutFacts {
  /** The document's sections in order (the body's own `w:sectPr` last). */
  sections: SectionLayout[];
  paragraphs: ParagraphFormat[];
}

// ---- Fonts ----

/**
 * Font families as GB/T 9704 names them. A font outside these is unknown: the rules never call it
 * wrong, since the standard's faces come under many names (方正…, 华文…, STFangsong …).
 */
export type FontFamily = 'fangsong' | 'xiaobiaosong' | 'song' | 'hei' | 'kai' | 'yahei' | 'dengxian';

const FAMILY_PATTERNS: [FontFamily, RegExp][] = [
  ['fangsong', /仿宋|fangsong|fang song/i],
  ['xiaobiaosong', /小标宋|xiaobiaosong|xbs/i],
  ['kai', /楷|kaiti|kai ti|stkaiti/i],
  ['yahei', /雅黑|yahei/i],
  ['hei', /黑|simhei|heiti|hei ti/i],
  ['dengxian', /等线|dengxian/i],
  ['song', /宋|simsun|nsimsun|song/i],
];

export function fontFamily(font: string | undefined): FontFamily | undefined {
  if (!font) return undefined;
  return FAMILY_PATTERNS.find(([, pattern]) => pattern.test(font))?.[0];
}

export const FAMILY_NAMES: Record<FontFamily, Message> = {
  fangsong: msg('仿宋', 'FangSong'),
  xiaobiaosong: msg('小标宋', 'XiaoBiaoSong'),
  song: msg('宋体', 'SongTi'),
  hei: msg('黑体', 'HeiTi'),
  kai: msg('楷体', 'KaiTi'),
  yahei: msg('微软雅黑', 'Microsoft YaHei'),
  dengxian: msg('等线', 'DengXian'),
};

/** 号 of the sizes the standard uses. */
const SIZE_NAMES: Record<number, string> = { 22: '2号', 16: '3号', 15: '小3号', 14: '4号', 12: '小4号', 10.5: '5号' };

export function sizeName(pt: number): string {
  return SIZE_NAMES[pt] ? `${SIZE_NAMES[pt]}（${pt}pt）` : `${pt}pt`;
}

// ---- Aggregating runs over a span ----

export interface Majority<T> {
  value: T;
  /** Characters with this value, and characters with any known value. */
  count: number;
  total: number;
}

const WHITESPACE = /[\s\u3000]/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g;

/**
 * The font family (counted over Chinese characters and full-width marks, the text an East Asian
 * font sets) and size (over every non-blank character) of most of `span`'s text.
 */
export function formatOf(
  facts: LayoutFacts,
  span: Span,
  text: string,
): { family?: Majority<FontFamily | 'unknown'>; font?: string; size?: Majority<number> } {
  const families = new Map<FontFamily | 'unknown', number>();
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const run of runsIn(facts, span)) {
    const piece = text.slice(Math.max(run.start, span.start), Math.min(run.end, span.end));
    const visible = piece.replace(WHITESPACE, '').length;
    if (!visible) continue;
    if (run.sizePt !== undefined) sizes.set(run.sizePt, (sizes.get(run.sizePt) ?? 0) + visible);
    const chinese = piece.match(CJK)?.length ?? 0;
    if (chinese && run.font) {
      const family = fontFamily(run.font) ?? 'unknown';
      families.set(family, (families.get(family) ?? 0) + chinese);
      fonts.set(run.font, (fonts.get(run.font) ?? 0) + chinese);
    }
  }
  return { family: majority(families), font: majority(fonts)?.value, size: majority(sizes) };
}

function majority<T>(counts: Map<T, number>): Majority<T> | undefined {
  let best: Majority<T> | undefined;
  let total = 0;
  for (const [value, count] of counts) {
    total += count;
    if (!best || count > best.count) best = { value, count, total: 0 };
  }
  return best && { ...best, total };
}

/** Runs overlapping `span`; the paragraphs are in text order, so the first is found by binary search. */
function runsIn(facts: LayoutFacts, span: Span): RunFormat[] {
  const paragraphs = facts.paragraphs;
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const runs: RunFormat[] = [];
  for (let i = lo; i < paragraphs.length && paragraphs[i].start < span.end; i++) {
    for (const r of paragraphs[i].runs) if (r.end > span.start && r.start < span.end) runs.push(r);
  }
  return runs;
}

// ---- When the layout rules run, and where they report ----

/** The option every layout rule takes: `gongwen` (default) checks only 公文, `all` every Word document. */
export const LAYOUT_SCOPE_OPTION = { documents: 'gongwen' } as const;

/**
 * The facts to check, or undefined when the layout rules stay silent: a text report (no facts),
 * or a Word document that is not a 公文 — no report type recognised (or configured), or a speech
 * (讲话, 致辞, 政府工作报告: delivered, not sent, and not laid out by GB/T 9704) — unless the
 * rule's `documents` option is `all`.
 */
export function layoutInScope(context: { layout?: LayoutFacts; analysis: DocumentAnalysis; options: Record<string, unknown> }): LayoutFacts | undefined {
  const { layout, analysis, options } = context;
  if (!layout) return undefined;
  if (options.documents === 'all') return layout;
  if (!analysis.type.template || analysis.frame.delivery === 'speech') return undefined;
  return layout;
}

/** Where a finding about the whole document goes: the title, else the first paragraph with text. */
export function documentAnchor(analysis: DocumentAnalysis): Span {
  const title = analysis.frame.title;
  if (title) return title.span;
  const first = analysis.model.paragraphs.find((p) => p.span.end > p.contentStart);
  return first ? { start: first.contentStart, end: first.span.end } : { start: 0, end: 0 };
}

/** Sizes within half a point of what the standard asks count as right. */
export const SIZE_TOLERANCE_PT = 0.5;

/** A lengths in mm as written in messages: 25, 27.9. */
export const mmText = (n: number) => String(Math.round(n * 10) / 10);

// ---- Judging the font and size of a stretch of text ----

export interface FormatFault {
  span: Span;
  /** The font used, when its family is known and not one the standard allows here. */
  font?: string;
  /** The size used, when it is off by more than the tolerance. */
  sizePt?: number;
}

/**
 * Checks the font and size of most of `span` against the families allowed and the size asked:
 * undefined when the facts say nothing about its text (not checked), `ok` or the fault. A font
 * whose family is not known is never a fault.
 */
export function judgeFormat(facts: LayoutFacts, span: Span, text: string, allowed: readonly FontFamily[], wantPt: number): 'ok' | FormatFault | undefined {
  const { family, font, size } = formatOf(facts, span, text);
  if (!family && !size) return undefined;
  const fault: FormatFault = { span };
  if (family && family.value !== 'unknown' && !allowed.includes(family.value) && font) fault.font = font;
  if (size && Math.abs(size.value - wantPt) > SIZE_TOLERANCE_PT) fault.sizePt = size.value;
  return fault.font !== undefined || fault.sizePt !== undefined ? fault : 'ok';
}

/** 宋体 12pt, 宋体, 12pt: what a fault shows. */
export function describeFault(fault: FormatFault): string {
  return [fault.font, fault.sizePt !== undefined ? `${fault.sizePt}pt` : undefined].filter(Boolean).join(' ');
}

/** The description most faults share, and how many share it. */
export function commonFault(faults: FormatFault[]): { text: string; count: number } {
  const counts = new Map<string, number>();
  for (const f of faults) counts.set(describeFault(f), (counts.get(describeFault(f)) ?? 0) + 1);
  const [text, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { text, count };
}
