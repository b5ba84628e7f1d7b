// Findings on a Word document, told the way its writer can find them: the paragraph (第N段), the
// heading it falls under and the flagged words, besides the line and character of the extracted
// text the engine checked. And the edits a .docx cannot take: Word generates its numbering labels,
// so a fix that would edit one is not offered.

import { paragraphAt, type DocxText } from './read';
import { firstStartingAfter, type DocumentModel, type Finding, type Fix, type Heading, type Span } from '../engine';

/** Where a finding is in the Word document. */
export interface DocxPlace {
  /** 0-based index of the paragraph or table row, as `readDocx` counts them: 第N段 is `paragraph + 1`. */
  paragraph: number;
  /** The heading whose section holds the finding, marker and words as written (`二、主要做法`); none above the first heading. */
  heading?: string;
  /** The flagged characters within their paragraph, shortened to `EXCERPT_CHARS` with `…`; empty for a point. */
  excerpt: string;
  /** The flagged characters are a numbering label Word generates: the writer changes it in Word's numbering, not in the text. */
  inWordNumbering?: boolean;
}

/** Enough characters to find a passage by eye, few enough to keep the output to a line. */
const EXCERPT_CHARS = 24;

export function placeOf(finding: Finding, docx: DocxText, model: DocumentModel): DocxPlace | undefined {
  const { start, end } = finding.span;
  const paragraph = paragraphAt(docx, start);
  if (!paragraph) return undefined;
  const heading = headingAbove(model, start);
  return {
    paragraph: paragraph.index,
    ...(heading ? { heading: shortened(model.text.slice(heading.span.start, heading.textSpan.end).trim()) } : {}),
    // A span past its paragraph (a whole section) is quoted from its start, to the paragraph's end.
    excerpt: shortened(docx.text.slice(start, Math.min(end, paragraph.end)), end > paragraph.end),
    ...(withinGenerated(finding.span, docx.generated) ? { inWordNumbering: true } : {}),
  };
}

/** `text` cut to EXCERPT_CHARS characters (never inside a surrogate pair), with `…` where it was cut or where `cut` says it was. */
function shortened(text: string, cut = false): string {
  // Tabs between cells and breaks inside a paragraph would split the output's line.
  const chars = Array.from(text.replace(/[\t\r\n]+/g, ' '));
  if (chars.length > EXCERPT_CHARS) return `${chars.slice(0, EXCERPT_CHARS).join('')}…`;
  return `${chars.join('')}${cut ? '…' : ''}`;
}

/**
 * The section heading a position falls under: the nearest heading above it (the parse gives each
 * paragraph its section), or, on a heading's own line, the heading that holds that one. A numbered
 * list item (`1.……。` said in full on its line) is not a heading: the search goes up past it.
 */
function headingAbove(model: DocumentModel, offset: number): Heading | undefined {
  const at = firstStartingAfter(model.paragraphs, offset) - 1;
  const paragraph = at >= 0 ? model.paragraphs[at] : undefined;
  if (!paragraph) return undefined;
  let index = paragraph.heading !== undefined ? model.headings[paragraph.heading].parent : paragraph.section;
  while (index !== undefined && model.headings[index].role !== 'heading') index = model.headings[index].parent;
  return index === undefined ? undefined : model.headings[index];
}

/** The finding with the fix and suggestions that would edit a numbering label Word generates left out. */
export function withoutGeneratedEdits(finding: Finding, docx: DocxText): Finding {
  if (!docx.generated.length) return finding;
  const editable = (fix: Fix) => !fix.edits.some((e) => touchesGenerated(e.span, docx.generated));
  const fix = finding.fix && editable(finding.fix) ? finding.fix : undefined;
  const suggestions = finding.suggestions?.filter(editable);
  const { fix: _fix, suggestions: _suggestions, ...rest } = finding;
  return { ...rest, ...(fix ? { fix } : {}), ...(suggestions?.length ? { suggestions } : {}) };
}

/** Whether a span lies in one generated span (a finding on a numbering label, not on the heading's words). */
function withinGenerated(span: Span, generated: readonly Span[]): boolean {
  const g = generated[firstEndingAfter(generated, span.start)];
  return g !== undefined && g.start <= span.start && span.end <= g.end;
}

/**
 * Whether an edit replaces characters of a generated span, or inserts inside one or before it
 * (text put before a label lands after it in Word). `generated` is sorted and disjoint.
 */
function touchesGenerated(edit: Span, generated: readonly Span[]): boolean {
  // The first generated span that ends after the edit starts: the only one that can touch it.
  const g = generated[firstEndingAfter(generated, edit.start)];
  if (!g) return false;
  return edit.start === edit.end ? g.start <= edit.start : g.start < edit.end;
}

/** In sorted, disjoint spans: the index of the first that ends after `offset` (binary search). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
