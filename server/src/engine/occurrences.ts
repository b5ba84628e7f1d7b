// Reporting a group of occurrences of one phrase: each with the others as related places, and
// the message listing every line.

import type { DocumentModel } from './model';
import { msg, type Message, type RuleFinding } from './rule';
import type { Span } from './text';

/**
 * How many other occurrences a finding lists: a phrase pasted hundreds of times in a huge file
 * would otherwise make the findings grow with the square of its count.
 */
export const MAX_LISTED = 20;

/** 1-based line numbers of the spans, in order, each once: "18、20、23" (the first MAX_LISTED, then "…"). */
export function lineList(model: DocumentModel, spans: readonly Span[], separator: string): string {
  const lines = [...new Set(spans.map((s) => model.lines.lineAt(s.start) + 1))];
  return lines.slice(0, MAX_LISTED).join(separator) + (lines.length > MAX_LISTED ? '…' : '');
}

/** One finding per occurrence, each pointing at the others (the first MAX_LISTED of them). */
export function occurrenceFindings(model: DocumentModel, spans: readonly Span[], message: Message): RuleFinding[] {
  const related = spans.slice(0, MAX_LISTED + 1).map((span) => {
    const line = model.lines.lineAt(span.start) + 1;
    return { span, message: msg(`另一处：第${line}行`, `Another occurrence: line ${line}`) };
  });
  return spans.map((span) => ({
    span,
    message,
    related: related.filter((r) => r.span !== span).slice(0, MAX_LISTED),
  }));
}

/** A phrase for a message inside “…”: its own double quotes become single ones. */
export function quoted(text: string): { zh: string; en: string } {
  return { zh: `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`, en: `"${text}"` };
}
