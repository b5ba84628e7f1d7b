// Completion of the next heading marker: after （二）…, typing （ at the start of a line offers
// （三）; the first child level （一） and the next markers of the enclosing levels come after it.

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { canonicalMarker, type Locale } from '../engine';
import type { OutlineHeading } from './outline';

export const MARKER_TRIGGER_CHARACTERS = ['（', '('];

const LEVEL_NAMES: Record<Locale, string[]> = {
  zh: ['', '一级标题', '二级标题', '三级标题', '四级标题'],
  en: ['', 'First-level heading', 'Second-level heading', 'Third-level heading', 'Fourth-level heading'],
};

interface Candidate {
  marker: string;
  level: number;
  /** The heading it follows (as next sibling) or opens under (as first child). */
  after?: OutlineHeading;
  relation: 'sibling' | 'child' | 'start';
}

/** `above`: the headings above the cursor's line, a prefix of `headings`. */
function candidates(headings: readonly OutlineHeading[], above: number): Candidate[] {
  let previous: OutlineHeading | undefined;
  for (let i = 0; i < above; i++) if (headings[i].value !== undefined) previous = headings[i];
  if (!previous) return [{ marker: canonicalMarker(1, 1), level: 1, relation: 'start' }];
  const out: Candidate[] = [];
  const sibling = (h: OutlineHeading) => out.push({ marker: canonicalMarker(h.level, h.value! + 1), level: h.level, after: h, relation: 'sibling' });
  sibling(previous);
  if (previous.level < 4) out.push({ marker: canonicalMarker(previous.level + 1, 1), level: previous.level + 1, after: previous, relation: 'child' });
  for (let p = previous.parent; p !== undefined; p = headings[p].parent) {
    const ancestor = headings[p];
    if (ancestor.value !== undefined) sibling(ancestor);
  }
  return out;
}

/**
 * Items for a cursor at `position`, whose line reads `lineSoFar` up to the cursor: only where
 * that is indentation plus the start of a marker (`（`, `(`, or nothing when completion is
 * invoked by hand). `above` headings of `headings` lie above the cursor's line.
 */
export function markerCompletions(headings: readonly OutlineHeading[], above: number, lineSoFar: string, position: Position, locale: Locale): CompletionItem[] {
  const indent = /^[ \t\u3000\u00a0]*/.exec(lineSoFar)![0];
  const typed = lineSoFar.slice(indent.length);
  if (typed.length > 2) return [];
  const normalized = typed.replace('(', '（');
  const range = { start: { line: position.line, character: indent.length }, end: position };
  return candidates(headings, above)
    .filter((c) => c.marker.startsWith(normalized))
    .map((c, i): CompletionItem => {
      const following = c.after?.name;
      const detail =
        locale === 'zh'
          ? `${LEVEL_NAMES.zh[c.level]}${following ? (c.relation === 'child' ? `，“${following}”下的第一个` : `，接“${following}”`) : ''}`
          : `${LEVEL_NAMES.en[c.level]}${following ? (c.relation === 'child' ? `, first under "${following}"` : `, after "${following}"`) : ''}`;
      return {
        label: c.marker,
        kind: CompletionItemKind.EnumMember,
        detail,
        sortText: String(i).padStart(2, '0'),
        filterText: typed + c.marker.slice(normalized.length),
        preselect: i === 0,
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range, newText: c.marker },
      };
    });
}
