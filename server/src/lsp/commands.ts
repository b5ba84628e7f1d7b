// Server commands, run in the analysis worker on its last check of a document: renumbering the
// headings around the cursor, inserting a section, fixing everything mechanical (fix-all on save).

import type { Position, Range } from 'vscode-languageserver';
import type { DocumentAnalysis, DocumentModel, Segmenter, TextEdit } from '../engine';
import { applyEdits, fixText, insertSections, LineIndex, renumberRun, siblingRuns } from '../engine';
import { budgeted, type CheckedDocument } from './analysis';

/**
 * The edits that renumber the run of sibling headings the cursor is in (the nearest numbered
 * heading at or above the cursor, and its siblings under the same parent), keeping each marker's
 * own style. Empty when the run is already in sequence or there is no numbered heading above.
 */
export function renumberEdits(model: DocumentModel, position: Position): TextEdit[] {
  let at: number | undefined;
  for (const h of model.headings) {
    if (h.line > position.line) break;
    if (h.marker) at = h.index;
  }
  if (at === undefined) return [];
  const run = siblingRuns(model).find((r) => r.some((h) => h.index === at));
  return run ? (renumberRun(run)?.edits ?? []) : [];
}

/**
 * The edits that insert the required section named `name` where the report type puts it (numbered,
 * later sections renumbered), and its placeholder body afterwards, for the editor to select.
 * Undefined when the document's type has no such section or it is already there.
 */
export function insertSectionEdits(document: DocumentAnalysis | undefined, name: string): { edits: TextEdit[]; selection: Range } | undefined {
  const structure = document?.structure;
  if (!document || !structure) return undefined;
  const missing = structure.sections.filter((s) => s.section.name === name && s.status === 'missing');
  const insertion = missing.length ? insertSections(document, missing) : undefined;
  if (!insertion) return undefined;
  const after = applyEdits(document.text, insertion.fix.edits).text;
  return { edits: insertion.fix.edits, selection: new LineIndex(after).rangeOf(insertion.bodies[0]) };
}

/**
 * Every mechanical fix in the document, applied in passes until none is left (as `--fix` does), as
 * edits of the version that was checked. Suggestions are never part of it: saving must not
 * change the writer's words.
 */
export function fixAllEdits(checked: CheckedDocument, segmenter: Segmenter): TextEdit[] {
  const { document, options, model, findings, failures } = checked;
  if (!checked.checked || !document || !options || !findings.some((f) => f.fix)) return [];
  // The passes check again: with a segmentation budget of their own, not what the check left.
  return fixText(checked.text, { ...options, segmenter: budgeted(segmenter) }, { checked: { analysis: document, model, findings, failures } }).edits;
}

/** The language a file on disk is checked as, from its extension (as the client would open it). */
export function languageOfPath(path: string): string {
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.gongwen$/i.test(path)) return 'gongwen';
  return 'plaintext';
}
