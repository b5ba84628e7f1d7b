// Applying text edits. A fix never loses text: edits are applied back to front, and edits that
// overlap an edit already accepted are left out (a later run picks them up).

import type { Fix, TextEdit } from './rule';

/** Applies non-overlapping edits; returns the new text and the edits actually applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const accepted = selectNonOverlapping(edits);
  let out = text;
  for (let i = accepted.length - 1; i >= 0; i--) {
    const e = accepted[i];
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return { text: out, applied: accepted };
}

/** Edits sorted by position, dropping any that overlap one kept before it (or fall outside the text). */
export function selectNonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = edits
    .filter((e) => e.span.start >= 0 && e.span.end >= e.span.start)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.span.start - b.e.span.start || a.e.span.end - b.e.span.end || a.i - b.i);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const { e } of sorted) {
    // Two insertions at one point, or an edit starting inside the previous one, would interleave.
    if (e.span.start < lastEnd || (e.span.start === lastStart && e.span.start === e.span.end)) continue;
    kept.push(e);
    lastEnd = e.span.end;
    lastStart = e.span.start;
  }
  return kept;
}

/**
 * All fixes at once: each fix is taken whole or not at all, so a renumbering is never half done.
 * A fix whose edits overlap an already chosen fix is skipped.
 */
export function combineFixes(fixes: readonly Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    const overlaps = fix.edits.some((e) =>
      chosen.some((c) => e.span.start < c.span.end && c.span.start < e.span.end || (e.span.start === c.span.start && (e.span.start === e.span.end || c.span.start === c.span.end))),
    );
    if (overlaps) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.span.start - b.span.start);
}
