// Applying text edits. A fix never loses text: edits that overlap an edit already accepted are
// left out (a later pass picks them up). Everything here is O(n log n) in the number of edits and
// linear in the text, so that a file with tens of thousands of fixes is fixed in well under a second.

import type { Fix, TextEdit } from './rule';
import { firstStartingAfter } from './text';

/**
 * Two edits of different fixes that cannot both apply: their spans overlap, or one inserts where
 * the other starts (which text would come first is a guess).
 */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start < b.span.end && b.span.start < a.span.end) return true;
  return a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end);
}

const byPosition = (a: TextEdit, b: TextEdit) => a.span.start - b.span.start || a.span.end - b.span.end;

/**
 * Whether `next` (at or after `kept` in position order) cannot apply after `kept`. Within one fix,
 * an insertion before a replacement at the same point is meant: a section inserted where the
 * next heading's marker is renumbered.
 */
function overlapsKept(kept: TextEdit, next: TextEdit): boolean {
  return next.span.start < kept.span.end || (next.span.start === kept.span.start && next.span.start === next.span.end);
}

/** Applies non-overlapping edits; returns the new text and the edits actually applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const accepted = selectNonOverlapping(edits.filter((e) => e.span.end <= text.length));
  const parts: string[] = [];
  let at = 0;
  for (const e of accepted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied: accepted };
}

/** Edits sorted by position, dropping any that conflicts with one kept before it (or falls outside the text). */
function selectNonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = edits.filter((e) => e.span.start >= 0 && e.span.end >= e.span.start).sort(byPosition);
  const kept: TextEdit[] = [];
  for (const e of sorted) {
    // Sorted by start, so only the last kept edit can reach this one.
    if (kept.length && overlapsKept(kept[kept.length - 1], e)) continue;
    kept.push(e);
  }
  return kept;
}

/**
 * All fixes at once: each fix is taken whole or not at all, so a renumbering is never half done.
 * A fix whose edits conflict with an already chosen fix, or with each other, is skipped; earlier
 * fixes win.
 */
/**
 * Whether a fix can apply as one change: its own edits inside [0, textLength] and not overlapping
 * each other (an insertion before a replacement at the same point is fine).
 */
export function isWholeFix(fix: Fix, textLength = Number.POSITIVE_INFINITY): boolean {
  const own = [...fix.edits].sort(byPosition);
  return own.length > 0 && own.every((e, i) => e.span.start >= 0 && e.span.end >= e.span.start && e.span.end <= textLength && (i === 0 || !overlapsKept(own[i - 1], e)));
}

export function combineFixes(fixes: readonly Fix[]): TextEdit[] {
  // One fix object is often shared by every finding of a run (a renumbering). An equal copy of a
  // chosen fix is left out below anyway: its edits conflict with the chosen ones.
  const unique = [...new Set(fixes)];
  const chosen = new ChosenEdits(unique.flatMap((fix) => fix.edits));
  for (const fix of unique) {
    if (!isWholeFix(fix) || fix.edits.some((e) => chosen.conflictsWith(e))) continue;
    for (const e of fix.edits) chosen.add(e);
  }
  return chosen.inOrder();
}

/**
 * The edits chosen so far, among a known set of candidates. Chosen edits never overlap (at most a
 * fix's own insertion sits where its replacement starts), so in start order their ends are in
 * order too: an edit conflicts with the chosen set exactly when it
 * conflicts with its nearest chosen neighbour on either side. The neighbours are found in a
 * segment tree over the candidates' start order, in O(log n).
 */
class ChosenEdits {
  private readonly order: TextEdit[];
  private readonly rankOf = new Map<TextEdit, number>();
  private readonly size: number;
  /** tree[node] = some leaf below is chosen; leaves at size … 2·size − 1. */
  private readonly tree: Uint8Array;

  constructor(candidates: readonly TextEdit[]) {
    this.order = [...candidates].sort(byPosition);
    this.order.forEach((e, i) => this.rankOf.set(e, i));
    let size = 1;
    while (size < this.order.length) size *= 2;
    this.size = size;
    this.tree = new Uint8Array(2 * size);
  }

  add(edit: TextEdit): void {
    for (let node = this.size + this.rankOf.get(edit)!; node >= 1 && !this.tree[node]; node >>= 1) this.tree[node] = 1;
  }

  conflictsWith(edit: TextEdit): boolean {
    // Candidates at or before this edit's start, then those after it.
    const split = firstStartingAfter(this.order, edit.span.start);
    const before = this.lastChosenAtOrBefore(split - 1);
    if (before !== undefined && conflicts(this.order[before], edit)) return true;
    const after = this.firstChosenAtOrAfter(split);
    return after !== undefined && conflicts(this.order[after], edit);
  }

  inOrder(): TextEdit[] {
    const out: TextEdit[] = [];
    for (let i = 0; i < this.order.length; i++) if (this.tree[this.size + i]) out.push(this.order[i]);
    return out;
  }

  private lastChosenAtOrBefore(rank: number): number | undefined {
    if (rank < 0) return undefined;
    let node = this.size + rank;
    if (this.tree[node]) return rank;
    // Climb until a left sibling holds a chosen leaf, then descend to its rightmost one.
    while (node > 1) {
      if (node & 1 && this.tree[node - 1]) return this.descend(node - 1, true);
      node >>= 1;
    }
    return undefined;
  }

  private firstChosenAtOrAfter(rank: number): number | undefined {
    if (rank >= this.order.length) return undefined;
    let node = this.size + rank;
    if (this.tree[node]) return rank;
    while (node > 1) {
      if (!(node & 1) && this.tree[node + 1]) return this.descend(node + 1, false);
      node >>= 1;
    }
    return undefined;
  }

  private descend(node: number, rightmost: boolean): number {
    while (node < this.size) {
      const [first, second] = rightmost ? [2 * node + 1, 2 * node] : [2 * node, 2 * node + 1];
      node = this.tree[first] ? first : second;
    }
    return node - this.size;
  }
}

/**
 * Edits against the original text that produce what `passes` of edits produced, each pass applied
 * to the previous pass's result. Untouched text keeps its place, so an editor keeps the cursor,
 * and the edits are as small as the passes' own.
 */
export function composeEdits(original: string, passes: readonly (readonly TextEdit[])[]): TextEdit[] {
  let pieces: Piece[] = [{ from: 0, to: original.length }];
  for (const edits of passes) {
    const cursor = new PieceCursor(pieces);
    for (const edit of selectNonOverlapping(edits)) {
      cursor.copyTo(edit.span.start);
      if (edit.newText) cursor.out.push({ text: edit.newText });
      cursor.skipTo(edit.span.end);
    }
    cursor.copyTo(Number.POSITIVE_INFINITY);
    pieces = cursor.out;
  }
  // Between consecutive surviving stretches of the original lies one edit.
  const out: TextEdit[] = [];
  let at = 0;
  let inserted = '';
  const flush = (to: number) => {
    if (to > at || inserted) out.push({ span: { start: at, end: to }, newText: inserted });
    inserted = '';
  };
  for (const p of pieces) {
    if ('text' in p) {
      inserted += p.text;
      continue;
    }
    flush(p.from);
    at = p.to;
  }
  flush(original.length);
  return out;
}

/** A stretch of the original text, or text the edits wrote. */
type Piece = { from: number; to: number } | { text: string };

/** Walks a text made of pieces, copying or skipping up to an offset in it. */
class PieceCursor {
  readonly out: Piece[] = [];
  private index = 0;
  /** How far into `pieces[index]` the cursor is. */
  private within = 0;
  private offset = 0;

  constructor(private readonly pieces: readonly Piece[]) {}

  copyTo(offset: number): void {
    this.advance(offset, true);
  }

  skipTo(offset: number): void {
    this.advance(offset, false);
  }

  private advance(offset: number, copy: boolean): void {
    while (this.offset < offset && this.index < this.pieces.length) {
      const piece = this.pieces[this.index];
      const length = 'text' in piece ? piece.text.length : piece.to - piece.from;
      const n = Math.min(length - this.within, offset - this.offset);
      if (copy && n > 0) {
        const [a, b] = [this.within, this.within + n];
        this.out.push('text' in piece ? { text: piece.text.slice(a, b) } : { from: piece.from + a, to: piece.from + b });
      }
      this.within += n;
      this.offset += n;
      if (this.within >= length) {
        this.index++;
        this.within = 0;
      }
    }
  }
}
