// Word segmentation remembered by text. The repetition rules cut a report paragraph by
// paragraph, and segmentation is most of a check's cost (about a third of the 74 KB seed set's
// check time with nodejieba); an edit changes one paragraph, so on every re-check in the editor
// all the others are already cut. Measured on a 21 KB report, one-character edits: check p50
// 24 → 17 ms, p95 103 → 40 ms (docs/performance.md). Pure: the adapters wrap their segmenter.

import type { Segmenter } from './segmenter';

/** Remembers what `inner` cut, least recently used first out, up to `maxChars` characters of text. */
export function cachedSegmenter(inner: Segmenter, maxChars = 2_000_000): Segmenter {
  const cache = new Map<string, readonly string[]>();
  let cachedChars = 0;
  return {
    get name() {
      return inner.name;
    },
    cut(text: string): string[] {
      const hit = cache.get(text);
      if (hit) {
        // Re-inserted: a Map keeps insertion order, so the oldest entry is the least recently used.
        cache.delete(text);
        cache.set(text, hit);
        return [...hit];
      }
      const words = inner.cut(text);
      if (text.length * 4 <= maxChars) {
        cache.set(text, [...words]);
        cachedChars += text.length;
        for (const oldest of cache.keys()) {
          if (cachedChars <= maxChars) break;
          cache.delete(oldest);
          cachedChars -= oldest.length;
        }
      }
      return words;
    },
  };
}
