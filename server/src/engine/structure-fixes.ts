// Edits that write the missing parts of a report: a section inserted at its template position
// (numbered for its level, later siblings renumbered in the same fix), a whole level renumbered,
// a skeleton body under an empty heading, lines such as a closing formula or a date. Each is a
// plain text edit: nothing outside the edited ranges changes, and no text is ever removed.

import type { DocumentAnalysis } from './analysis/analysis';
import type { SectionState } from './analysis/parts';
import { canonicalMarker, formatNumeral } from './markers';
import type { DocumentModel, Heading } from './model';
import { renumberRun, siblingRuns } from './numbering';
import { msg, type Fix, type TextEdit } from './rule';
import { isIndentChar, type Span } from './text';

export interface SectionInsertion {
  fix: Fix;
  /** Each inserted section's skeleton body (its placeholder) in the text after the fix, for the editor to select. */
  bodies: Span[];
}

/** The document's line break: the first one it uses, `\n` if it has none. */
function lineBreak(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/**
 * Inserts sections the document lacks, each before the first section that follows it in the
 * template (at the end of the body when none does), with the marker for its level and the
 * template's skeleton as its body, and renumbers every numbered top-level heading.
 */
export function insertSections(analysis: DocumentAnalysis, missing: readonly SectionState[]): SectionInsertion | undefined {
  const { model, structure } = analysis;
  if (!missing.length || !structure) return undefined;
  const text = model.text;
  const eol = lineBreak(text);
  const blank = model.format === 'markdown' ? eol : '';
  const top = structure.headings;
  const reference = top[0]?.heading;
  const level = structure.level ?? 1;
  // Numbered like the document's sections; a document with none gets the standard's markers.
  const numbered = !top.length || top.some((h) => h.heading.marker);
  const headingIndent = reference ? indentOf(model, reference.line) : '';
  const bodyIndent = bodyIndentation(model);
  const hashes = reference?.markdownDepth ? '#'.repeat(reference.markdownDepth) + ' ' : model.format === 'markdown' && !numbered ? '## ' : '';

  /** Template indices each top heading stands for (named or topical). */
  const standsFor = top.map((h) => {
    const named = h.matches.map((m) => structure.template.sections.indexOf(m.section));
    const topical = structure.sections.filter((s) => (s.status === 'topical' || s.status === 'merged') && s.headings.includes(h.heading)).map((s) => s.index);
    return [...named, ...topical];
  });
  // Each missing section goes before the first heading standing for a later section, or at the end.
  const anchors = new Map<number, SectionState[]>();
  for (const state of [...missing].sort((a, b) => a.index - b.index)) {
    const at = standsFor.findIndex((indices) => indices.some((i) => i > state.index));
    const key = at < 0 ? top.length : at;
    if (!anchors.has(key)) anchors.set(key, []);
    anchors.get(key)!.push(state);
  }

  // The final order of numbered headings: existing ones with the new ones at their anchors.
  const edits: { edit: TextEdit; bodies: Span[] }[] = [];
  let counter = 0;
  /** A section's lines, and where its skeleton body lies in them. */
  const block = (state: SectionState): { text: string; body: Span } => {
    const marker = numbered ? canonicalMarker(level, ++counter) : '';
    const heading = `${headingIndent}${hashes}${marker}${state.section.name}`;
    const start = heading.length + eol.length + blank.length + bodyIndent.length;
    return { text: `${heading}${eol}${blank}${bodyIndent}${state.section.skeleton}`, body: { start, end: start + state.section.skeleton.length } };
  };
  const shifted = (body: Span, by: number): Span => ({ start: body.start + by, end: body.end + by });
  const insertAt = (index: number) => {
    const states = anchors.get(index);
    if (!states) return;
    const blocks = states.map(block);
    if (index < top.length) {
      // Before the anchor heading's line: each block followed by a line break.
      let offset = 0;
      const bodies: Span[] = [];
      let newText = '';
      for (const b of blocks) {
        bodies.push(shifted(b.body, offset));
        newText += b.text + eol + blank;
        offset = newText.length;
      }
      const start = model.lines.lineStarts[top[index].heading.line];
      edits.push({ edit: { span: { start, end: start }, newText }, bodies });
    } else {
      // After the last line of body text: each block preceded by a line break.
      const at = endOfBody(analysis);
      let newText = '';
      const bodies: Span[] = [];
      for (const b of blocks) {
        // Each block starts on a new line, except the first at the very start of an empty document.
        if (at > 0 || newText) newText += eol + blank;
        bodies.push(shifted(b.body, newText.length));
        newText += b.text;
      }
      edits.push({ edit: { span: { start: at, end: at }, newText }, bodies });
    }
  };
  top.forEach((h, i) => {
    insertAt(i);
    const marker = h.heading.marker;
    if (!marker || !numbered) return;
    counter++;
    // Every numbered heading of the run is claimed, changed or not, so that no other renumbering
    // of this run (numbering-sequence's) is ever combined with this one.
    edits.push({ edit: { span: marker.numberSpan, newText: formatNumeral(marker.numeral, counter) }, bodies: [] });
  });
  insertAt(top.length);

  edits.sort((a, b) => a.edit.span.start - b.edit.span.start);
  const inserted: Span[] = [];
  let delta = 0;
  for (const { edit, bodies } of edits) {
    for (const b of bodies) inserted.push(shifted(b, edit.span.start + delta));
    delta += edit.newText.length - (edit.span.end - edit.span.start);
  }
  const names = missing.map((s) => `“${s.section.name}”`).join('');
  const title =
    missing.length === 1
      ? msg(`补上${names}部分`, `Insert the ${names} section`)
      : msg(`补上所有缺少的部分：${names}`, `Insert every missing section: ${names}`);
  return { fix: { title, edits: edits.map((e) => e.edit), select: inserted[0] }, bodies: inserted };
}

/** Renumbers every run of headings at `level` in sequence, each under its own parent, keeping each marker's style. */
export function renumberLevel(model: DocumentModel, level: number): Fix | undefined {
  const edits = siblingRuns(model)
    .filter((run) => run[0].level === level)
    .flatMap((run) => renumberRun(run)?.edits ?? []);
  if (!edits.length) return undefined;
  const example = canonicalMarker(level, 1);
  return { title: msg(`将全文${example}级标题依次重新编号`, `Renumber every "${example}" heading in sequence`), edits };
}

/** A skeleton body on a new line under a heading that has none. */
export function insertBodyUnder(model: DocumentModel, heading: Heading, skeleton: string): TextEdit {
  const eol = lineBreak(model.text);
  const blank = model.format === 'markdown' ? eol : '';
  const at = model.lines.lineEnds[heading.line];
  return { span: { start: at, end: at }, newText: `${eol}${blank}${bodyIndentation(model)}${skeleton}` };
}

/** New lines after `line` (at its end), indented like it. */
export function insertLinesAfter(model: DocumentModel, line: number, texts: readonly string[]): TextEdit {
  const eol = lineBreak(model.text);
  const blank = model.format === 'markdown' ? eol : '';
  const indent = indentOf(model, line);
  const at = model.lines.lineEnds[line];
  return { span: { start: at, end: at }, newText: texts.map((t) => `${eol}${blank}${indent}${t}`).join('') };
}

/**
 * New lines at the very end of the document. After a final line break they start past the end
 * of the last line, so an edit there (a closing formula added after the last paragraph) still
 * combines with this one, and comes before it.
 */
export function appendLines(model: DocumentModel, texts: readonly string[]): TextEdit {
  const text = model.text;
  const eol = lineBreak(text);
  const blank = model.format === 'markdown' ? eol : '';
  const end = text.length;
  if (/[\r\n]$/.test(text)) return { span: { start: end, end }, newText: texts.map((t) => `${blank}${t}${eol}`).join('') };
  return { span: { start: end, end }, newText: texts.map((t) => `${eol}${blank}${t}`).join('') };
}

/** New lines before `line` (at its start), indented like it. */
export function insertLinesBefore(model: DocumentModel, line: number, texts: readonly string[]): TextEdit {
  const eol = lineBreak(model.text);
  const blank = model.format === 'markdown' ? eol : '';
  const indent = indentOf(model, line);
  const at = model.lines.lineStarts[line];
  return { span: { start: at, end: at }, newText: texts.map((t) => `${indent}${t}${eol}${blank}`).join('') };
}

/** Where text added at the end of the body goes: after its last line, before the closing formula, signer and date. */
function endOfBody(analysis: DocumentAnalysis): number {
  const { model, frame } = analysis;
  if (frame.lastBodyLine !== undefined) return model.lines.lineEnds[frame.lastBodyLine];
  const firstEnding = frame.ending[0]?.line;
  for (let line = (firstEnding ?? model.lines.lineCount) - 1; line >= 0; line--) {
    if (model.lines.lineText(line).trim()) return model.lines.lineEnds[line];
  }
  return 0;
}

function indentOf(model: DocumentModel, line: number): string {
  const raw = model.lines.lineText(line);
  let i = 0;
  while (i < raw.length && isIndentChar(raw[i])) i++;
  return raw.slice(0, i);
}

/** The indentation of the report's first body paragraph under a heading (full-width spaces, often). */
function bodyIndentation(model: DocumentModel): string {
  const body = model.paragraphs.find((p) => p.heading === undefined && p.section !== undefined);
  return body ? indentOf(model, body.firstLine) : '';
}
