// Suggestions for a mistyped name (a rule id, a category): the known names within a few edits.

/** Names within three edits of `name`, nearest first (ties in the order given), at most `max`. */
export function nearestNames(name: string, candidates: readonly string[], max = 3): string[] {
  const cap = 4;
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(name, candidate, cap) }))
    .filter((c) => c.distance < cap)
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, max)
    .map((c) => c.candidate);
}

/** Levenshtein distance, or `cap` when the lengths alone already differ by that much. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
