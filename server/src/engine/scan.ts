// Scanning the text for patterns, around the masked spans (code, URLs, comments).

import type { DocumentModel } from './model';
import type { Span } from './text';

/** Whether a span touches text no rule looks into (code, URLs, comments). Masks are sorted. */
export function isMasked(model: DocumentModel, span: Span): boolean {
  const masks = model.masked;
  let lo = 0;
  let hi = masks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = masks[mid];
    if (m.end <= span.start) lo = mid + 1;
    else if (m.start >= Math.max(span.end, span.start + 1)) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Every match of a global pattern, skipping masked text. */
export function* matches(model: DocumentModel, pattern: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(model.text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!isMasked(model, { start: m.index, end: m.index + m[0].length })) yield m;
  }
}

/** The character before `offset`, skipping ASCII spaces (as in `3 × 4`). */
export function charBefore(text: string, offset: number, skipSpaces = false): string | undefined {
  let i = offset - 1;
  if (skipSpaces) while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 ? text[i] : undefined;
}

/** The character at `offset`, skipping ASCII spaces. */
export function charAfter(text: string, offset: number, skipSpaces = false): string | undefined {
  let i = offset;
  if (skipSpaces) while (i < text.length && text[i] === ' ') i++;
  return i < text.length ? text[i] : undefined;
}
