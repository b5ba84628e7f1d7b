// Offsets and LSP positions.
//
// The engine works on UTF-16 offsets into the text exactly as the editor holds it (no BOM,
// line endings untouched), so that every range it reports maps back onto the writer's text
// and every fix is an edit of that text. LSP positions are (0-based line, UTF-16 character).

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span [start, end) of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];
  /** Offset at which each line's content ends (before its \r\n, \n or \r). */
  readonly lineEnds: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */ || c === 10 /* \n */) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.lineStarts = starts;
    this.lineEnds = ends;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnds[line]);
  }

  /** The line that holds `offset`; an offset inside a line break belongs to the line it ends. */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const character = Math.min(clamped, this.lineEnds[line]) - this.lineStarts[line];
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnds[position.line]);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** Removes a leading byte-order mark, which editors never show as text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Indentation seen in reports: ASCII spaces and tabs, ideographic space U+3000, NBSP U+00A0,
 * and a stray byte-order mark U+FEFF (text pasted from files that kept it).
 */
export function isIndentChar(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\ufeff';
}

/**
 * A table of UTF-16 code units, 1 for each character of `chars` (all in the BMP): a test per
 * character of a document that costs one array read, for the scans that look at every one.
 */
export function codeUnitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * The marks that end a sentence (GB/T 15834 句末点号), full- and half-width: the one definition
 * every part of the engine uses.
 */
export const SENTENCE_END = '。！？!?';
/** The marks that end a clause of a list or a sentence: a sentence end, or a semicolon. */
export const CLAUSE_END = `${SENTENCE_END}；;`;

const SENTENCE_END_TABLE = codeUnitTable(SENTENCE_END);

export function isSentenceEnd(ch: string | undefined): boolean {
  return ch !== undefined && SENTENCE_END_TABLE[ch.charCodeAt(0)] === 1;
}

/** Full-width punctuation of Chinese text (closing and opening marks included). */
export function isChinesePunctuation(ch: string | undefined): boolean {
  return ch !== undefined && '，。、；：？！“”‘’《》（）〔〕【】「」『』…—·'.includes(ch);
}

/** CJK unified ideographs (BMP blocks that report text uses). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isAsciiLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Full-width digits ０-９ count as digits for a writer. */
export function isDigit(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** In items sorted by span start: the index of the first that starts after `offset` (binary search). */
export function firstStartingAfter(sorted: readonly { span: Span }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
