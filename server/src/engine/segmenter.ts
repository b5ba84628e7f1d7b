// Word segmentation behind one small interface. The engine never loads a segmenter itself
// (that is I/O and native code); adapters pass one in, and rules that need word boundaries
// fall back to the built-in Intl.Segmenter when none is given.

export interface Segmenter {
  /** A short name for logs and benchmarks (`nodejieba`, `intl`). */
  readonly name: string;
  /** Splits text into words. The words concatenate back to exactly `text`. */
  cut(text: string): string[];
  /**
   * Words with their part of speech (jieba's tags: n noun, ns place, nt organisation, v verb, d
   * adverb …), where the segmenter knows them; the Intl fallback does not.
   */
  tag?(text: string): TaggedWord[];
}

export interface TaggedWord {
  word: string;
  tag: string;
}
