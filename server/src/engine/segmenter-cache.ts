// Word segmentation remembered by text. repeated-phrase cuts the clauses of a report in which
// some text recurs; an edit changes one clause, so on every re-check in the editor the others
// are already cut. The language server wraps its segmenter in this; the CLI checks each text
// once and gains nothing from it. Measured re-check times are in docs/performance.md. Pure.

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
