// cppjieba's segmentation in TypeScript: the fallback wherever nodejieba's native module is not
// there (no compiler at install, Windows, macOS, Linux arm64, the .vsix on any platform), so
// that every platform gets the same words, the same tags and so the same findings.
//
// This is a line-by-line port of what nodejieba 3.5.8 runs (cppjieba, MIT, Yanyi Wu), not another
// jieba: jieba-rs (jieba-wasm) and cppjieba differ in user-word weights, in the weight of a
// character the dictionary does not know, in how ties between routes are broken and in how text
// outside the dictionary is grouped, and jieba-wasm cannot drop its built-in 349k-word dictionary
// (docs/performance.md has the measurement). Each piece names the cppjieba function it follows:
//
// - cut(text) is `Jieba::Cut(text, words, false)` (nodejieba's `cut` passes no HMM flag, so
//   false): the text split at cppjieba's separators (PreFilter), each piece cut along the route
//   of greatest weight through the dictionary's DAG (MPSegment).
// - tag(text) is `Jieba::Tag`: MixSegment with HMM (runs of single characters the dictionary
//   does not join are re-cut by the Viterbi model), then each word's dictionary tag, or
//   PosTagger's rule for words without one.
//
// The engine stays pure: this module takes the dictionaries as text; the adapter reads the files.

import type { Segmenter, TaggedWord } from '../engine/segmenter';

/** cppjieba's MIN_DOUBLE: the weight of what cannot happen. */
const MIN_DOUBLE = -3.14e100;
/** cppjieba's MAX_WORD_LENGTH, in characters. */
const MAX_WORD_LENGTH = 512;
/** cppjieba's SPECIAL_SEPARATORS: space, tab, newline, ，and 。 always stand alone. */
const SEPARATORS = new Set([' ', '\t', '\n', '，', '。'].map((c) => c.codePointAt(0)!));

interface DictUnit {
  /** Length in code points (cppjieba's runes). */
  readonly runes: number;
  readonly weight: number;
  readonly tag: string;
}

/**
 * The dictionary trie, flattened: every prefix of every word maps to the word it spells, or to
 * null when it only begins longer words. A walk stops where cppjieba's trie walk stops.
 */
type Trie = Map<string, DictUnit | null>;

/** A text as cppjieba sees it: its code points, as strings and as numbers. */
interface Runes {
  chars: string[];
  codes: number[];
}

export interface JiebaDictionaries {
  /** Main dictionary: `word freq tag` per line (data/jieba-main.dict.utf8). */
  main: string;
  /** User dictionary: `word`, `word tag` or `word freq tag` per line (data/jieba-user.dict.utf8). */
  user: string;
  /** cppjieba's HMM model (data/jieba-hmm.model.utf8). */
  hmm: string;
}

/** HMM states: B 0, E 1, M 2, S 3 (cppjieba's HMMModel). */
const E = 1;
const S = 3;
const STATUS_SUM = 4;

interface HmmModel {
  start: number[];
  trans: number[][];
  /** Emission log-probabilities for B, E, M, S, by code point. */
  emit: Map<number, number>[];
}

/** A segmenter that cuts and tags as nodejieba does, with the same dictionaries. */
export function createJiebaJs(dictionaries: JiebaDictionaries): Segmenter & { tag(text: string): TaggedWord[] } {
  const trie: Trie = new Map();
  const userSingleChars = new Set<number>();
  const minWeight = loadDictionaries(dictionaries, trie, userSingleChars);
  const hmm = loadHmmModel(dictionaries.hmm);

  /** MPSegment::Cut over runes [begin, end): word boundaries as [start, end) rune indices. */
  const cutByWeight = ({ chars }: Runes, begin: number, end: number, out: number[]): void => {
    const n = end - begin;
    // Trie::Find: for each start, the words beginning there (the single character always, known or not).
    const nexts: { to: number; unit: DictUnit | null }[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      let key = chars[begin + i]!;
      let node = trie.get(key);
      const list: { to: number; unit: DictUnit | null }[] = [{ to: i, unit: node ?? null }];
      for (let j = i + 1; j < n && j - i + 1 <= MAX_WORD_LENGTH && node !== undefined; j++) {
        key += chars[begin + j]!;
        node = trie.get(key);
        if (node === undefined) break;
        if (node !== null) list.push({ to: j, unit: node });
      }
      nexts[i] = list;
    }
    // MPSegment::CalcDP: from the end, the best route on; the first of equal routes wins.
    const best: (DictUnit | null)[] = new Array(n);
    const weight = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      let bestUnit: DictUnit | null = null;
      let bestWeight = MIN_DOUBLE;
      for (const { to, unit } of nexts[i]!) {
        let value = 0.0;
        if (to + 1 < n) value += weight[to + 1]!;
        value += unit ? unit.weight : minWeight;
        if (value > bestWeight) {
          bestUnit = unit;
          bestWeight = value;
        }
      }
      best[i] = bestUnit;
      weight[i] = bestWeight;
    }
    // MPSegment::CutByDag
    for (let i = 0; i < n; ) {
      const unit = best[i];
      const length = unit ? unit.runes : 1;
      out.push(begin + i, begin + i + length);
      i += length;
    }
  };

  /** MixSegment::Cut with HMM over runes [begin, end). */
  const cutMixed = (text: Runes, begin: number, end: number, out: number[]): void => {
    const { codes: runes } = text;
    const words: number[] = [];
    cutByWeight(text, begin, end, words);
    for (let i = 0; i < words.length; i += 2) {
      const single = (k: number) => words[k + 1]! - words[k]! === 1 && !userSingleChars.has(runes[words[k]!]!);
      if (!single(i)) {
        out.push(words[i]!, words[i + 1]!);
        continue;
      }
      let j = i;
      while (j < words.length && single(j)) j += 2;
      cutHmm(runes, words[i]!, words[j - 2]! + 1, out);
      i = j - 2;
    }
  };

  /** HMMSegment::Cut: ASCII letters and numbers grouped by rule, the rest by the Viterbi model. */
  const cutHmm = (runes: number[], begin: number, end: number, out: number[]): void => {
    let left = begin;
    let right = begin;
    while (right !== end) {
      if (runes[right]! < 0x80) {
        if (left !== right) viterbiCut(runes, left, right, out);
        left = right;
        right = sequentialLetters(runes, left, end);
        if (right === left) right = numbers(runes, left, end);
        if (right === left) right++;
        out.push(left, right);
        left = right;
      } else {
        right++;
      }
    }
    if (left !== right) viterbiCut(runes, left, right, out);
  };

  /** HMMSegment::InternalCut and Viterbi. */
  const viterbiCut = (runes: number[], begin: number, end: number, out: number[]): void => {
    const X = end - begin;
    const weight = new Float64Array(X * STATUS_SUM);
    const path = new Int32Array(X * STATUS_SUM);
    const emitOf = (y: number, rune: number) => hmm.emit[y]!.get(rune) ?? MIN_DOUBLE;
    for (let y = 0; y < STATUS_SUM; y++) {
      weight[y * X] = hmm.start[y]! + emitOf(y, runes[begin]!);
      path[y * X] = -1;
    }
    for (let x = 1; x < X; x++) {
      for (let y = 0; y < STATUS_SUM; y++) {
        const now = x + y * X;
        weight[now] = MIN_DOUBLE;
        path[now] = E;
        const emit = emitOf(y, runes[begin + x]!);
        for (let preY = 0; preY < STATUS_SUM; preY++) {
          const value = weight[x - 1 + preY * X]! + hmm.trans[preY]![y]! + emit;
          if (value > weight[now]!) {
            weight[now] = value;
            path[now] = preY;
          }
        }
      }
    }
    let stat = weight[X - 1 + E * X]! >= weight[X - 1 + S * X]! ? E : S;
    const status = new Int32Array(X);
    for (let x = X - 1; x >= 0; x--) {
      status[x] = stat;
      stat = path[x + stat * X]!;
    }
    let left = begin;
    for (let i = 0; i < X; i++) {
      // E or S ends a word.
      if (status[i]! % 2) {
        out.push(left, begin + i + 1);
        left = begin + i + 1;
      }
    }
  };

  /** PreFilter, then `cutRange` on each piece; the words as strings of the original text. */
  const segment = (text: string, cutRange: (runes: Runes, begin: number, end: number, out: number[]) => void): string[] => {
    const chars = Array.from(text);
    const runes = chars.map((c) => c.codePointAt(0)!);
    const split: Runes = { chars, codes: runes };
    const bounds: number[] = [];
    let begin = 0;
    while (begin < runes.length) {
      let end = begin;
      while (end < runes.length && !SEPARATORS.has(runes[end]!)) end++;
      if (end === begin) end++;
      cutRange(split, begin, end, bounds);
      begin = end;
    }
    const words: string[] = new Array(bounds.length / 2);
    for (let k = 0; k < bounds.length; k += 2) words[k / 2] = chars.slice(bounds[k], bounds[k + 1]).join('');
    return words;
  };

  /** PosTagger::LookupTag: the dictionary's tag, else x, m or eng by the word's ASCII. */
  const lookupTag = (word: string): string => {
    const unit = trie.get(word);
    if (unit && unit.tag) return unit.tag;
    const runes = Array.from(word, (c) => c.codePointAt(0)!);
    let m = 0;
    let eng = 0;
    for (let i = 0; i < runes.length && eng < Math.floor(runes.length / 2); i++) {
      if (runes[i]! < 0x80) {
        eng++;
        if (runes[i]! >= 0x30 && runes[i]! <= 0x39) m++;
      }
    }
    if (eng === 0) return 'x';
    return m === eng ? 'm' : 'eng';
  };

  return {
    name: 'jieba-js',
    cut: (text) => segment(text, cutByWeight),
    tag: (text) => segment(text, cutMixed).map((word) => ({ word, tag: lookupTag(word) })),
  };
}

function isAsciiLetter(rune: number): boolean {
  return (rune >= 0x61 && rune <= 0x7a) || (rune >= 0x41 && rune <= 0x5a);
}

function isAsciiDigit(rune: number): boolean {
  return rune >= 0x30 && rune <= 0x39;
}

/** HMMSegment::SequentialLetterRule: a letter, then letters and digits. */
function sequentialLetters(runes: number[], begin: number, end: number): number {
  if (!isAsciiLetter(runes[begin]!)) return begin;
  let i = begin + 1;
  while (i < end && (isAsciiLetter(runes[i]!) || isAsciiDigit(runes[i]!))) i++;
  return i;
}

/** HMMSegment::NumbersRule: a digit, then digits and points. */
function numbers(runes: number[], begin: number, end: number): number {
  if (!isAsciiDigit(runes[begin]!)) return begin;
  let i = begin + 1;
  while (i < end && (isAsciiDigit(runes[i]!) || runes[i] === 0x2e)) i++;
  return i;
}

/**
 * DictTrie::Init: main words weighted log(freq / sum of freqs); user words without a frequency
 * at the median weight of the main dictionary (cppjieba's default, WordWeightMedian) and without a
 * tag; a later entry replaces an earlier one. Returns the weight of a character no word covers
 * (the smallest main-dictionary weight).
 */
function loadDictionaries(dictionaries: JiebaDictionaries, trie: Trie, userSingleChars: Set<number>): number {
  const main: { word: string; freq: number; tag: string }[] = [];
  for (const line of dictionaries.main.split('\n')) {
    if (!line) continue;
    const fields = line.split(' ');
    if (fields.length !== 3) throw new Error(`main dictionary line is not "word freq tag": ${line}`);
    main.push({ word: fields[0]!, freq: Number.parseFloat(fields[1]!), tag: fields[2]! });
  }
  if (!main.length) throw new Error('the main dictionary is empty');
  let sum = 0.0;
  for (const entry of main) sum += entry.freq;
  const units = main.map((entry) => ({ word: entry.word, unit: { runes: Array.from(entry.word).length, weight: Math.log(entry.freq / sum), tag: entry.tag } }));
  const weights = units.map((u) => u.unit.weight).sort((a, b) => a - b);
  const minWeight = weights[0]!;
  const medianWeight = weights[Math.floor(weights.length / 2)]!;
  for (const line of dictionaries.user.split('\n')) {
    if (!line) continue;
    const fields = line.split(' ');
    const word = fields[0]!;
    let unit: DictUnit;
    if (fields.length === 3) unit = { runes: Array.from(word).length, weight: Math.log(Number.parseInt(fields[1]!, 10) / sum), tag: fields[2]! };
    else unit = { runes: Array.from(word).length, weight: medianWeight, tag: fields.length === 2 ? fields[1]! : '' };
    units.push({ word, unit });
    if (unit.runes === 1) userSingleChars.add(word.codePointAt(0)!);
  }
  for (const { word, unit } of units) {
    if (!word) continue;
    let prefix = '';
    for (const char of word) {
      prefix += char;
      if (!trie.has(prefix)) trie.set(prefix, null);
    }
    trie.set(word, unit);
  }
  return minWeight;
}

/** HMMModel::LoadModel: start, 4×4 transitions, then emissions for B, E, M, S. */
function loadHmmModel(text: string): HmmModel {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length < 9) throw new Error('the HMM model is incomplete');
  const row = (line: string) => {
    const values = line.split(' ').map(Number.parseFloat);
    if (values.length !== STATUS_SUM) throw new Error(`HMM model line has not ${STATUS_SUM} values: ${line.slice(0, 40)}`);
    return values;
  };
  const emit = lines.slice(5, 9).map((line) => {
    const map = new Map<number, number>();
    for (const pair of line.split(',')) {
      const [char, prob] = pair.split(':');
      if (!char || prob === undefined || Array.from(char).length !== 1) throw new Error(`HMM emission is not "char:prob": ${pair}`);
      map.set(char.codePointAt(0)!, Number.parseFloat(prob));
    }
    return map;
  });
  return { start: row(lines[0]!), trans: lines.slice(1, 5).map(row), emit };
}
