// The report's heading tree, as LSP document symbols (Outline, breadcrumbs, Go to Symbol),
// folding ranges per section, and the structure the "报告结构" view shows.

import { DocumentSymbol, SymbolKind, type FoldingRange } from 'vscode-languageserver';
import type { DocumentAnalysis, DocumentFormat, DocumentModel, Heading, LineIndex, Locale, Span } from '../engine';
import { localize } from '../engine';
import type { StructureHeading, StructureResult } from './protocol';

/** What the outline, folding and completion need of a heading: sent from the worker with each check. */
export interface OutlineHeading {
  /** 0-based line of the heading. */
  line: number;
  /** Where the heading's line starts and its content ends. */
  lineStart: number;
  lineEnd: number;
  /** The heading line's content (the selection in the outline). */
  span: Span;
  /** The section, without the blank lines and spaces that trail it. */
  section: Span;
  level: number;
  /** The marker's number (（二） → 2), for a heading numbered at levels 1–4. */
  value?: number;
  /** Index of the enclosing heading. */
  parent?: number;
  /** Marker and words as written: `（一）强化组织领导`. */
  name: string;
  /** A Markdown `#` heading. */
  markdown: boolean;
}

/** Marker and words as written: `（一）强化组织领导`. Never empty (VS Code refuses empty symbol names). */
function headingName(model: DocumentModel, h: Heading): string {
  const name = model.text.slice(h.span.start, h.textSpan.end).trim();
  return name || model.text.slice(h.span.start, h.span.end).trim() || `#${h.index + 1}`;
}

/** The section without the blank lines and spaces that trail it. */
function trimmedSection(model: DocumentModel, h: Heading): Span {
  let end = h.sectionSpan.end;
  while (end > h.span.end && /\s/.test(model.text[end - 1])) end--;
  return { start: h.sectionSpan.start, end: Math.max(end, h.span.end) };
}

export function outlineHeadings(model: DocumentModel): OutlineHeading[] {
  return model.headings.map((h) => ({
    line: h.line,
    lineStart: model.lines.lineStarts[h.line],
    lineEnd: model.lines.lineEnds[h.line],
    span: h.span,
    section: trimmedSection(model, h),
    level: h.level,
    value: h.marker && h.level <= 4 ? h.marker.value : undefined,
    parent: h.parent,
    name: headingName(model, h),
    markdown: h.markdownDepth !== undefined,
  }));
}

function buildTree<T>(headings: readonly OutlineHeading[], make: (h: OutlineHeading) => T, children: (node: T) => T[]): T[] {
  const nodes = headings.map(make);
  const roots: T[] = [];
  headings.forEach((h, i) => {
    if (h.parent === undefined) roots.push(nodes[i]);
    else children(nodes[h.parent]).push(nodes[i]);
  });
  return roots;
}

/**
 * The heading tree as document symbols. A Markdown document with `#` headings gets none: VS Code's
 * Markdown support lists those already, and two trees of the same headings in the Outline (and
 * breadcrumbs, Go to Symbol) are one too many. A Markdown report whose headings are 一、 lines
 * gets Gongwen's, since Markdown's would be empty.
 */
export function documentSymbols(headings: readonly OutlineHeading[], lines: LineIndex, format: DocumentFormat): DocumentSymbol[] {
  if (format === 'markdown' && headings.some((h) => h.markdown)) return [];
  return buildTree(
    headings,
    (h): DocumentSymbol => ({ name: h.name, kind: SymbolKind.String, range: lines.rangeOf(h.section), selectionRange: lines.rangeOf(h.span), children: [] }),
    (s) => s.children!,
  );
}

export function structureHeadings(headings: readonly OutlineHeading[], lines: LineIndex): StructureHeading[] {
  return buildTree(
    headings,
    (h): StructureHeading => ({ name: h.name, level: h.level, range: lines.rangeOf(h.section), selectionRange: lines.rangeOf(h.span), children: [] }),
    (s) => s.children,
  );
}

export function foldingRanges(headings: readonly OutlineHeading[], lines: LineIndex): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of headings) {
    const endLine = lines.lineAt(h.section.end);
    if (endLine > h.line) out.push({ startLine: h.line, endLine });
  }
  return out;
}

/** Characters of body text (字数): no whitespace, no title, no heading markers or heading words. */
export function bodyCharacters(document: DocumentAnalysis): number {
  const model = document.model;
  const title = new Set(document.frame.head.filter((h) => h.kind === 'title').map((h) => h.line));
  let count = 0;
  const countIn = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const c = model.text.charCodeAt(i);
      // A surrogate pair is one character to a writer.
      if (c >= 0xdc00 && c <= 0xdfff) continue;
      if (!/\s/.test(model.text[i])) count++;
    }
  };
  for (const p of model.paragraphs) {
    if (p.heading !== undefined) {
      const body = model.headings[p.heading].bodySpan;
      if (body) countIn(body.start, body.end);
      continue;
    }
    if (title.has(p.firstLine)) continue;
    countIn(p.contentStart, p.span.end);
  }
  return count;
}

/**
 * The report type assumed for the document (as the structure rules decide it) and whether each
 * section that type requires is there. A section told under topic headings, or under a second-level heading, counts as there.
 */
export function requiredSections(document: DocumentAnalysis, locale: Locale): Pick<StructureResult, 'reportType' | 'typeDescription' | 'required'> {
  const decision = document.type;
  const structure = document.structure;
  const typeDescription = localize(document.assumedType, locale);
  if (!decision.template || !structure) return { typeDescription };
  return {
    reportType: decision.template.type,
    typeDescription,
    required: structure.sections
      .filter((s) => s.required)
      .map((s) => ({ name: s.section.name, present: s.status !== 'missing' && s.status !== 'absent' })),
  };
}
