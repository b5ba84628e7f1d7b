// The edits made to a document since the version its last analysis was made for, composed into
// disjoint changed regions. They tell whether a span of the analysed text is still there,
// untouched, and where it is now: the server answers hover and completion from the last finished
// analysis while a newer version is still being checked, and only with what no edit touched.

/** [oldStart, oldEnd) of the analysed text became [newStart, newEnd) of the current text. */
export interface ChangedRegion {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export class ChangeMap {
  /** Disjoint, in order (of the old text and the new alike), never touching one another. */
  private regions: ChangedRegion[] = [];

  get isEmpty(): boolean {
    return this.regions.length === 0;
  }

  /** What changed, in order. */
  get changed(): readonly ChangedRegion[] {
    return this.regions;
  }

  /** Records that [start, end) of the current text was replaced by `length` characters. */
  replace(start: number, end: number, length: number): void {
    const regions = this.regions;
    const delta = length - (end - start);
    // The regions this edit overlaps or touches merge with it into one.
    let first = 0;
    while (first < regions.length && regions[first].newEnd < start) first++;
    let last = first;
    while (last < regions.length && regions[last].newStart <= end) last++;
    let merged: ChangedRegion;
    if (first < last) {
      const a = regions[first];
      const b = regions[last - 1];
      merged = {
        oldStart: a.newStart <= start ? a.oldStart : a.oldStart - (a.newStart - start),
        oldEnd: b.newEnd >= end ? b.oldEnd : b.oldEnd + (end - b.newEnd),
        newStart: Math.min(start, a.newStart),
        newEnd: Math.max(end, b.newEnd) + delta,
      };
    } else {
      // Unchanged text after a region is shifted by what that region added.
      const shift = first > 0 ? regions[first - 1].newEnd - regions[first - 1].oldEnd : 0;
      merged = { oldStart: start - shift, oldEnd: end - shift, newStart: start, newEnd: end + delta };
    }
    for (let i = last; i < regions.length; i++) {
      regions[i].newStart += delta;
      regions[i].newEnd += delta;
    }
    // Typing a character and deleting it again leaves nothing changed there.
    const noop = merged.oldStart === merged.oldEnd && merged.newStart === merged.newEnd;
    regions.splice(first, last - first, ...(noop ? [] : [merged]));
  }

  /** Whether [start, end] of the analysed text is untouched; an edit right beside it touches it. */
  untouched(start: number, end: number): boolean {
    return this.regions.every((r) => end < r.oldStart || start > r.oldEnd);
  }

  /** Where an offset of the analysed text is now; undefined when it lay inside changed text. */
  toCurrent(offset: number): number | undefined {
    let shift = 0;
    for (const r of this.regions) {
      if (offset <= r.oldStart) break;
      if (offset < r.oldEnd) return undefined;
      shift = r.newEnd - r.oldEnd;
    }
    return offset + shift;
  }

  /** Where an offset of the current text was in the analysed text; undefined inside changed text. */
  toAnalysed(offset: number): number | undefined {
    let shift = 0;
    for (const r of this.regions) {
      if (offset <= r.newStart) break;
      if (offset < r.newEnd) return undefined;
      shift = r.newEnd - r.oldEnd;
    }
    return offset - shift;
  }
}
