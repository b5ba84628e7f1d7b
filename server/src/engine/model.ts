// The document model: what the parser finds in a report, in terms of spans of its text.

import type { LineIndex, Span } from './text';

export type DocumentFormat = 'plaintext' | 'markdown';

/**
 * Marker styles. The four canonical ones are GB/T 9704-2012 §7.3.3's levels; the others are
 * the variants writers type, each mapped to the level it was meant for.
 */
export type MarkerStyle =
  | 'cn-dun' // 一、 (level 1, canonical)
  | 'cn-dot' // 一. 一．
  | 'cn-comma' // 一， 一,
  | 'cn-space' // 一 标题
  | 'cn-paren' // （一） (level 2, canonical)
  | 'cn-paren-half' // (一) or mixed （一) (一）
  | 'cn-paren-dun' // （一）、 (一)、
  | 'ar-dot' // 1. (level 3, canonical; 1． is accepted too)
  | 'ar-dun' // 1、
  | 'ar-paren' // （1） (level 4, canonical)
  | 'ar-paren-half' // (1) or mixed
  | 'ar-paren-dun' // （1）、
  | 'ar-dot-small' // 1﹒ (U+FE52, the small full stop)
  | 'cn-angle' // 〈一〉 or <一>
  | 'circled'; // ① (used below level 4 in practice)

export type Numeral = 'chinese' | 'arabic' | 'circled';

export interface HeadingMarker {
  /** The whole marker: brackets, numeral and separator, e.g. `（一）` or `1、`. */
  span: Span;
  /** The numeral alone, e.g. `一` in `（一）`. */
  numberSpan: Span;
  value: number;
  numeral: Numeral;
  style: MarkerStyle;
  /** The level the style stands for (1-4 per GB/T 9704; 5 for circled numbers). */
  level: number;
  /** Whether the marker is written in the standard's own form (1． counts as canonical; spaces inside brackets do not). */
  canonical: boolean;
  /** Spaces inside the brackets: （ 一）. */
  spaced?: boolean;
  /** The same marker typed again right after it (二、二、): the second copy. */
  doubled?: Span;
}

/**
 * What a numbered line is: a heading that names a section (一、主要做法, （一）强化组织领导。……),
 * or an item of a list that says its piece in full on its line (1.公司党委被授予“红旗党委”荣誉称号，……。)
 * and needs no body of its own.
 */
export type HeadingRole = 'heading' | 'item';

export interface Heading {
  index: number;
  role: HeadingRole;
  /** 1-4 per GB/T 9704 (5 for circled numbers); for Markdown headings without a marker, from the # depth. */
  level: number;
  marker?: HeadingMarker;
  /** `#` count when the line is a Markdown ATX heading. */
  markdownDepth?: number;
  /** 0-based line of the heading. */
  line: number;
  /** The heading line's content, without indentation and Markdown decoration. */
  span: Span;
  /** The heading's own words, after the marker, without the sentence-ending mark. */
  textSpan: Span;
  text: string;
  /** The mark that ends the heading sentence (`。`, `：` …) if any. */
  terminator?: { char: string; span: Span };
  /** Body text following the heading on the same line, if any. */
  bodySpan?: Span;
  /** No body text on the heading's line. */
  standalone: boolean;
  /** Index of the enclosing heading (a lower level), if any. */
  parent?: number;
  /** Which attachment the heading is in (0 for the first), if it is not in the document itself. */
  attachment?: number;
  /** The section: from the heading line's start to the start of the next heading of the same or a higher level. */
  sectionSpan: Span;
}

export interface Paragraph {
  index: number;
  span: Span;
  /** Where the words start: after indentation (and Markdown `**`, list or quote marks). */
  contentStart: number;
  firstLine: number;
  lastLine: number;
  /** Index of the heading this paragraph is the line of, if it is a heading line. */
  heading?: number;
  /** Index of the nearest heading above, if any. */
  section?: number;
  /** A row of a table (cells separated by TAB, or a Markdown `|` row): never a heading. */
  tableRow?: boolean;
}

/** Consecutive table rows: a statistics table, one row a line. */
export interface Table {
  /** Indices of its rows' paragraphs. */
  rows: number[];
  span: Span;
}

/**
 * 一是/一要 …, 第一，…, 首先/其次 …, and Arabic (1、 1.) or circled (①) numbers inside a paragraph.
 */
export type EnumerationFamily = 'shi' | 'di' | 'order' | 'arabic' | 'circled';

export interface EnumerationItem {
  /** The marker itself: `一是`, `第一`, `首先`, `1、`, `①`. */
  span: Span;
  value: number;
  family: EnumerationFamily;
  /** How the marker is written past its number: `是` or `要` (一是, 二要), `、` or `.` (1、 1.). */
  form: string;
  paragraph: number;
  /** The marker opens its paragraph (used like a heading). */
  leading: boolean;
}

export interface Enumeration {
  index: number;
  family: EnumerationFamily;
  items: EnumerationItem[];
  /** Items open paragraphs (a paragraph-level list) rather than sitting inside one paragraph. */
  leading: boolean;
  /** For a list nested inside an item of an outer list: that list and item. */
  parent?: { enumeration: number; item: number };
  /** From the first marker to the end of the last item's paragraph. */
  scope: Span;
}

/**
 * The parse: what the text is made of, line by line — paragraphs, numbered headings and list
 * items, tables, inline enumerations and masked text. What the document is (its title, its
 * addressee, its ending, its type and parts) is the analysis's business (`analysis/`).
 */
export interface DocumentModel {
  text: string;
  format: DocumentFormat;
  lines: LineIndex;
  paragraphs: Paragraph[];
  headings: Heading[];
  tables: Table[];
  enumerations: Enumeration[];
  /** Lines where an attachment's own text begins (`附件` alone, or run into its title under the date). */
  attachments: number[];
  /** Spans no rule looks into: code, URLs, HTML comments, Markdown link targets. Sorted, disjoint. */
  masked: Span[];
  /** A Markdown YAML front matter block (`---` … `---`) at the top, fences included; masked. */
  frontMatter?: Span;
}
