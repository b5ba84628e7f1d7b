// Quoted text: “……” and 《……》 pairs that close within their paragraph. A name inside 《》 is
// another document's title, and a phrase in quotation marks is someone else's wording: rules
// that judge the writer's own words (repeated phrases, formulas) leave them out.

import type { DocumentModel } from '../model';
import type { Span } from '../text';

export interface Quoted {
  kind: 'quote' | 'title';
  /** The marks and what they hold. */
  span: Span;
}

const OPEN: Record<string, Quoted['kind']> = { '“': 'quote', '《': 'title' };
const CLOSE: Record<string, string> = { '“': '”', '《': '》' };

/** Balanced quotation and title marks, outermost first at each position, sorted by start. */
export function quotedSpans(model: DocumentModel): Quoted[] {
  const text = model.text;
  const found: Quoted[] = [];
  for (const p of model.paragraphs) {
    const stack: { ch: string; at: number }[] = [];
    for (let i = p.span.start; i < p.span.end; i++) {
      const ch = text[i];
      if (ch in OPEN) stack.push({ ch, at: i });
      else if (ch === '”' || ch === '》') {
        // Close the nearest open mark of this kind; marks opened inside it and left open are dropped.
        let k = stack.length - 1;
        while (k >= 0 && CLOSE[stack[k].ch] !== ch) k--;
        if (k < 0) continue;
        const open = stack[k];
        stack.length = k;
        found.push({ kind: OPEN[open.ch], span: { start: open.at, end: i + 1 } });
      }
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** The outermost spans of one kind: disjoint and sorted, since marks that pair up nest properly. */
export function outermost(quoted: readonly Quoted[], kind: Quoted['kind']): Span[] {
  const out: Span[] = [];
  for (const q of quoted) {
    if (q.kind !== kind) continue;
    const last = out[out.length - 1];
    if (last && q.span.start < last.end) continue;
    out.push(q.span);
  }
  return out;
}

/** Whether a span lies inside one of the disjoint, sorted spans. */
export function isInside(spans: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && span.end <= spans[hi].end;
}
