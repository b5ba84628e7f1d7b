// The report's heading tree, as LSP document symbols (Outline, breadcrumbs, Go to Symbol),
// folding ranges per section, and the structure the "报告结构" view shows.

import { DocumentSymbol, SymbolKind, type FoldingRange } from 'vscode-languageserver';
import type { DocumentAnalysis, DocumentModel, Heading, Locale, Span } from '../engine';
import { localize } from '../engine';
import type { StructureHeading, StructureResult } from './protocol';

/** Marker and words as written: `（一）强化组织领导`. Never empty (VS Code refuses empty symbol names). */
export function headingName(model: DocumentModel, h: Heading): string {
  const name = model.text.slice(h.span.start, h.textSpan.end).trim();
  return name || model.text.slice(h.span.start, h.span.end).trim() || `#${h.index + 1}`;
}

/** The section without the blank lines and spaces that trail it. */
function trimmedSection(model: DocumentModel, h: Heading): Span {
  let end = h.sectionSpan.end;
  while (end > h.span.end && /\s/.test(model.text[end - 1])) end--;
  return { start: h.sectionSpan.start, end: Math.max(end, h.span.end) };
}

function buildTree<T>(model: DocumentModel, make: (h: Heading) => T, children: (node: T) => T[]): T[] {
  const nodes = model.headings.map(make);
  const roots: T[] = [];
  model.headings.forEach((h, i) => {
    if (h.parent === undefined) roots.push(nodes[i]);
    else children(nodes[h.parent]).push(nodes[i]);
  });
  return roots;
}

export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  const lines = model.lines;
  return buildTree(
    model,
    (h): DocumentSymbol => ({
      name: headingName(model, h),
      kind: SymbolKind.String,
      range: lines.rangeOf(trimmedSection(model, h)),
      selectionRange: lines.rangeOf(h.span),
      children: [],
    }),
    (s) => s.children!,
  );
}

export function structureHeadings(model: DocumentModel): StructureHeading[] {
  const lines = model.lines;
  return buildTree(
    model,
    (h): StructureHeading => ({
      name: headingName(model, h),
      level: h.level,
      range: lines.rangeOf(trimmedSection(model, h)),
      selectionRange: lines.rangeOf(h.span),
      children: [],
    }),
    (s) => s.children,
  );
}

export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of model.headings) {
    const section = trimmedSection(model, h);
    const endLine = model.lines.lineAt(section.end);
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
