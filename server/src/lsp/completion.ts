// Completion of the next heading marker: after （二）…, typing （ at the start of a line offers
// （三）; the first child level （一） and the next markers of the enclosing levels come after it.

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { canonicalMarker, type DocumentModel, type Heading, type Locale } from '../engine';
import { headingName } from './outline';

export const MARKER_TRIGGER_CHARACTERS = ['（', '('];

const LEVEL_NAMES: Record<Locale, string[]> = {
  zh: ['', '一级标题', '二级标题', '三级标题', '四级标题'],
  en: ['', 'First-level heading', 'Second-level heading', 'Third-level heading', 'Fourth-level heading'],
};

interface Candidate {
  marker: string;
  level: number;
  /** The heading it follows (as next sibling) or opens under (as first child). */
  after?: Heading;
  relation: 'sibling' | 'child' | 'start';
}

function candidates(model: DocumentModel, beforeLine: number): Candidate[] {
  let previous: Heading | undefined;
  for (const h of model.headings) {
    if (h.line >= beforeLine) break;
    if (h.marker && h.level <= 4) previous = h;
  }
  if (!previous) return [{ marker: canonicalMarker(1, 1), level: 1, relation: 'start' }];
  const out: Candidate[] = [];
  const sibling = (h: Heading) => out.push({ marker: canonicalMarker(h.level, h.marker!.value + 1), level: h.level, after: h, relation: 'sibling' });
  sibling(previous);
  if (previous.level < 4) out.push({ marker: canonicalMarker(previous.level + 1, 1), level: previous.level + 1, after: previous, relation: 'child' });
  for (let p = previous.parent; p !== undefined; p = model.headings[p].parent) {
    const ancestor = model.headings[p];
    if (ancestor.marker && ancestor.level <= 4) sibling(ancestor);
  }
  return out;
}

/**
 * Items for a cursor at `position`: only where the line so far is indentation plus the start of
 * a marker (`（`, `(`, or nothing when completion is invoked by hand).
 */
export function markerCompletions(model: DocumentModel, position: Position, locale: Locale): CompletionItem[] {
  const lines = model.lines;
  if (position.line >= lines.lineCount) return [];
  const lineStart = lines.lineStarts[position.line];
  const cursor = lines.offsetAt(position);
  const before = model.text.slice(lineStart, cursor);
  const indent = /^[ \t\u3000\u00a0]*/.exec(before)![0];
  const typed = before.slice(indent.length);
  if (typed.length > 2) return [];
  const normalized = typed.replace('(', '（');
  const range = { start: lines.positionAt(lineStart + indent.length), end: position };
  return candidates(model, position.line)
    .filter((c) => c.marker.startsWith(normalized))
    .map((c, i): CompletionItem => {
      const following = c.after ? headingName(model, c.after) : undefined;
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
