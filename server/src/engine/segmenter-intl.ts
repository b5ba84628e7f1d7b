// Word segmentation with the built-in Intl.Segmenter: the fallback when nodejieba cannot load,
// and what rules use when no segmenter is passed in. Pure: no I/O, no native code.
//
// Intl.Segmenter has no user dictionary, so the political and administrative terms nodejieba
// learns from data/jieba-user.dict.utf8 (四个意识, 我为群众办实事 …) are kept whole here by
// re-cutting its output around known terms. It is also quadratic on long text in Node 20, so it
// only ever sees short chunks (a line, or a piece of a long line cut after a punctuation mark).

import termsData from '../../../data/lexicons/terms.json';
import type { Segmenter } from './segmenter';
import type { Span } from './text';

/** The longest text handed to Intl.Segmenter in one call. */
const MAX_CHUNK = 400;
/** Marks after which a long line may be cut into chunks without cutting a word. */
const CHUNK_BREAK = /[。！？；，、：\s]/;

interface TrieNode {
  /** Children by UTF-16 code unit (a character outside the BMP takes two steps). */
  next: Map<number, TrieNode>;
  /** A term ends here. */
  term: boolean;
}

/** A set of terms that can be found in text, longest first, in linear time per character. */
export class KnownTerms {
  private readonly root: TrieNode = { next: new Map(), term: false };
  /** 1 for each code unit a term starts with: most characters of a text start none, and are passed at once. */
  private readonly starts = new Uint8Array(0x10000);
  readonly size: number;

  constructor(terms: Iterable<string>) {
    let size = 0;
    for (const term of terms) {
      if (typeof term !== 'string' || term.length < 2) continue;
      this.starts[term.charCodeAt(0)] = 1;
      let node = this.root;
      for (let i = 0; i < term.length; i++) {
        const code = term.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), term: false };
          node.next.set(code, child);
        }
        node = child;
      }
      if (!node.term) size++;
      node.term = true;
    }
    this.size = size;
  }

  /** The longest term starting at `offset`, as its end offset, or -1. */
  longestAt(text: string, offset: number, limit = text.length): number {
    if (offset >= limit || !this.starts[text.charCodeAt(offset)]) return -1;
    let node: TrieNode | undefined = this.root;
    let end = -1;
    for (let i = offset; node && i < limit; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.term) end = i + 1;
    }
    return end;
  }

  /** Non-overlapping occurrences in [from, to), leftmost first and longest at each start. */
  find(text: string, from = 0, to = text.length): Span[] {
    const out: Span[] = [];
    if (!this.size) return out;
    let i = from;
    while (i < to) {
      const end = this.longestAt(text, i, to);
      if (end > 0) {
        out.push({ start: i, end });
        i = end;
      } else i++;
    }
    return out;
  }
}

/** The terms shipped in data/lexicons/terms.json, the same words as data/jieba-user.dict.utf8. */
export const SHIPPED_TERMS: readonly string[] = termsData.terms;

/** The shipped terms, indexed once when the engine loads: data, the same for every check. */
const SHIPPED_KNOWN_TERMS = new KnownTerms(SHIPPED_TERMS);

export function shippedTerms(): KnownTerms {
  return SHIPPED_KNOWN_TERMS;
}

/**
 * Re-cuts a segmentation so that every known term is one word: cuts inside a term are dropped
 * and cuts are added at its edges. `words` concatenate to `text`; so do the words returned.
 */
export function keepTermsWhole(text: string, words: readonly string[], terms: KnownTerms): string[] {
  const found = terms.find(text);
  if (!found.length) return [...words];
  // The segmenter's cuts, minus those strictly inside a term.
  const kept: number[] = [];
  let offset = 0;
  let t = 0;
  for (const word of words) {
    offset += word.length;
    while (t < found.length && found[t].end <= offset) t++;
    if (!(t < found.length && found[t].start < offset && offset < found[t].end)) kept.push(offset);
  }
  // Merged with the terms' edges, both sorted.
  const edges = found.flatMap((f) => [f.start, f.end]);
  const out: string[] = [];
  let last = 0;
  let i = 0;
  let j = 0;
  while (i < kept.length || j < edges.length) {
    const cut = j >= edges.length || (i < kept.length && kept[i] <= edges[j]) ? kept[i++] : edges[j++];
    if (cut > last) {
      out.push(text.slice(last, cut));
      last = cut;
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Splits text into the chunks Intl.Segmenter sees: lines, and long lines after a punctuation mark. */
function* chunks(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    const newline = indexOfLineBreak(text, start, end);
    if (newline >= 0) end = newline + 1;
    else if (end < text.length) {
      let cut = end;
      while (cut > start + MAX_CHUNK / 2 && !CHUNK_BREAK.test(text[cut - 1])) cut--;
      end = cut > start + MAX_CHUNK / 2 ? cut : end;
      // Never split a surrogate pair.
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end++;
    }
    yield text.slice(start, end);
    start = end;
  }
}

function indexOfLineBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/** An Intl.Segmenter-based segmenter that keeps `terms` whole (the shipped terms by default). */
export function createIntlSegmenter(terms: KnownTerms = shippedTerms()): Segmenter {
  let segmenter: Intl.Segmenter | undefined;
  return {
    name: 'intl',
    cut(text: string): string[] {
      if (typeof text !== 'string' || !text) return [];
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      const words: string[] = [];
      for (const chunk of chunks(text)) for (const s of segmenter.segment(chunk)) words.push(s.segment);
      return keepTermsWhole(text, words, terms);
    },
  };
}

/** The fallback segmenter, with the shipped terms. */
export const intlSegmenter: Segmenter = createIntlSegmenter();

/**
 * Word spans of `text` (offsets relative to it) from `segmenter`, or from the Intl fallback when
 * none is given or its words do not rebuild the text, with `terms` kept whole on top of what the
 * segmenter knows. An exception from the segmenter propagates: the checker reports the rule as
 * failed for this pass (the language server uses that to hold rules back while nodejieba loads).
 */
export function wordSpans(text: string, segmenter: Segmenter | undefined, terms?: KnownTerms): Span[] {
  let words: string[] | undefined;
  if (segmenter && segmenter !== intlSegmenter) {
    const cut = segmenter.cut(text);
    if (Array.isArray(cut) && cut.join('') === text) words = cut;
  }
  words ??= intlSegmenter.cut(text);
  if (terms?.size) words = keepTermsWhole(text, words, terms);
  const spans: Span[] = [];
  let offset = 0;
  for (const word of words) {
    spans.push({ start: offset, end: offset + word.length });
    offset += word.length;
  }
  return spans;
}
