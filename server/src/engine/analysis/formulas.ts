// Where the known formula phrases (套话) occur: one pass over the paragraphs with the characters
// formula matching ignores (quotation marks, list commas, spaces) left out, so that 增强"四个意识"
// and 增强“四个意识” are one formula. repeated-formula counts them; repeated-phrase leaves them out.

import type { DocumentModel } from '../model';
import { isIgnoredInFormula, type Formula } from '../lexicons/repetition';
import type { Span } from '../text';

/** Stands in for masked text and paragraph breaks in the normalized text, so that no formula matches across them. */
const MASK = 0;
const UTF16 = new TextDecoder('utf-16le');

/** Where each formula occurs, in order, one occurrence per place even when two wordings match there. */
export function findFormulas(model: DocumentModel, formulas: readonly Formula[]): Map<Formula, Span[]> {
  const occurrences = new Map<Formula, Span[]>();
  if (!formulas.length) return occurrences;
  const { normalized, offsets } = normalizeParagraphs(model);
  for (const formula of formulas) {
    for (const form of formula.forms) {
      for (let at = normalized.indexOf(form); at >= 0; at = normalized.indexOf(form, at + form.length)) {
        const span = withEdgeMarks(model.text, formula.text, { start: offsets[at], end: offsets[at + form.length - 1] + 1 });
        let list = occurrences.get(formula);
        if (!list) occurrences.set(formula, (list = []));
        list.push(span);
      }
    }
  }
  for (const [formula, spans] of occurrences) occurrences.set(formula, withoutOverlaps(spans));
  return occurrences;
}

/**
 * Matching skips quotation marks, so a match stops short of the formula's closing ” (做到“两个维护”)
 * or opening “: the span takes them in where the formula has them and the text does too.
 */
function withEdgeMarks(text: string, formula: string, span: Span): Span {
  const first = formula[0];
  const last = formula[formula.length - 1];
  return {
    start: isIgnoredInFormula(first.charCodeAt(0)) && text[span.start - 1] === first ? span.start - 1 : span.start,
    end: isIgnoredInFormula(last.charCodeAt(0)) && text[span.end] === last ? span.end + 1 : span.end,
  };
}

/**
 * The paragraphs without the characters formula matching ignores, one after another with a MASK
 * between them (no formula spans two paragraphs), and where each character came from.
 */
function normalizeParagraphs(model: DocumentModel): { normalized: string; offsets: Int32Array } {
  const text = model.text;
  const codes = new Uint16Array(text.length + model.paragraphs.length);
  const offsets = new Int32Array(codes.length);
  let n = 0;
  // The masks are sorted, and so are the paragraphs: walk the masks alongside.
  let mask = 0;
  for (const { span } of model.paragraphs) {
    for (let i = span.start; i < span.end; i++) {
      const code = text.charCodeAt(i);
      if (isIgnoredInFormula(code)) continue;
      while (mask < model.masked.length && model.masked[mask].end <= i) mask++;
      codes[n] = mask < model.masked.length && model.masked[mask].start <= i ? MASK : code;
      offsets[n++] = i;
    }
    codes[n] = MASK;
    offsets[n++] = span.end;
  }
  // A lone surrogate decodes to U+FFFD, one code unit too, so offsets still line up.
  return { normalized: UTF16.decode(codes.subarray(0, n)), offsets };
}

/** Occurrences sorted by position, each overlapping an earlier one dropped (two wordings matching one place). */
function withoutOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
