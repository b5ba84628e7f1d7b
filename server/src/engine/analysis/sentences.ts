// Sentences: each paragraph cut after every sentence end (。！？!?), the one definition the
// rules share. A heading line's words and the body after them are one paragraph, as written.

import type { DocumentModel } from '../model';
import { isIndentChar, isSentenceEnd, type Span } from '../text';

export interface Sentence extends Span {
  paragraph: number;
}

/** The sentences of every paragraph but a standalone heading and a table row, in document order. */
export function sentencesOf(model: DocumentModel): Sentence[] {
  const sentences: Sentence[] = [];
  const text = model.text;
  for (const paragraph of model.paragraphs) {
    if (paragraph.tableRow) continue;
    if (paragraph.heading !== undefined && !model.headings[paragraph.heading]?.bodySpan) continue;
    let start = paragraph.span.start;
    for (let i = start; i < paragraph.span.end; i++) {
      if (!isSentenceEnd(text[i])) continue;
      sentences.push({ start, end: i + 1, paragraph: paragraph.index });
      start = i + 1;
    }
    if (start < paragraph.span.end) sentences.push({ start, end: paragraph.span.end, paragraph: paragraph.index });
  }
  return sentences;
}

/** The last sentence of text[start, end): after the previous sentence end (and any indentation) up to the end. */
export function lastSentence(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && isIndentChar(text[e - 1])) e--;
  let s = e - 1;
  while (s > start && !isSentenceEnd(text[s - 1])) s--;
  s = Math.max(start, s);
  while (s < e && isIndentChar(text[s])) s++;
  return { start: s, end: e };
}
