// Numbered headings as the numbering rules and the fixes see them: runs of siblings, how a
// marker is shown, renumbering a run in place, and the names of the levels.

import { canonicalMarker, formatNumeral } from './markers';
import type { DocumentModel, Heading, HeadingMarker } from './model';
import type { Fix, TextEdit } from './rule';
import { msg } from './rule';

export type NumberedHeading = Heading & { marker: HeadingMarker };

/** Headings with markers grouped into runs of siblings: the same level under the same parent. */
export function siblingRuns(model: DocumentModel): NumberedHeading[][] {
  const runs = new Map<string, NumberedHeading[]>();
  for (const h of model.headings) {
    if (!h.marker) continue;
    const key = `${h.attachment ?? -1}:${h.parent ?? -1}:${h.level}`;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = []));
    run.push(h as NumberedHeading);
  }
  return [...runs.values()];
}

/** How a marker is shown to a writer: its own text. */
export function markerText(model: DocumentModel, marker: HeadingMarker): string {
  return model.text.slice(marker.span.start, marker.span.end);
}

/** Renumbers a run 1, 2, 3 … (or from `first`, for a run that goes on from the one before) in place, keeping each marker's own style. */
export function renumberRun(run: NumberedHeading[], first = 1): Fix | undefined {
  const edits: TextEdit[] = [];
  run.forEach((h, i) => {
    if (h.marker.value !== first + i) edits.push({ span: h.marker.numberSpan, newText: formatNumeral(h.marker.numeral, first + i) });
  });
  if (!edits.length) return undefined;
  const example = canonicalMarker(run[0].level, first);
  return { title: msg(`将本级标题依次重新编号（从“${example}”起）`, `Renumber these headings in sequence (from "${example}")`), edits };
}

export const LEVEL_NAMES_ZH = ['', '一级', '二级', '三级', '四级', '五级'];
export const LEVEL_NAMES_EN = ['', 'first-level', 'second-level', 'third-level', 'fourth-level', 'fifth-level'];
