// Regular expressions from users' configuration, run in time linear in the text.
//
// A pattern from a workspace file must not be able to hang the editor. JavaScript's RegExp
// backtracks, so `(a|a){0,40}b` or `(x+x+)+y` can take exponential time; instead, a user pattern
// is compiled here to a small program and run by a Pike VM (Thompson's construction simulated
// breadth-first, with thread priorities so that matches are the leftmost-first ones a
// backtracking engine would pick). Each step costs at most the program's size, so one search
// costs O(text × program).
//
// Two restrictions keep finding *every* match linear too, and keep the program small:
// - repeats are bounded (`{0,20}`, `?`); `*`, `+` and `{n,}` are refused, because a placeholder
//   is short and an unbounded repeat would let a search re-read a whole line per match;
// - a pattern may not match empty text, and its longest match is at most MAX_MATCH_LENGTH.
// Supported: literals, `.`, classes `[...]`/`[^...]` with ranges, escapes `\d \D \s \S \w \W`
// and escaped punctuation, `\uXXXX`, groups `(...)`/`(?:...)`, alternation, `?`, `{n}`, `{n,m}`
// (lazy forms too), and the anchors `^`/`$` (start and end of a line). No back-references or
// look-arounds: those are what make matching super-linear.

export const MAX_MATCH_LENGTH = 200;
const MAX_PROGRAM_SIZE = 2000;
const MAX_SOURCE_LENGTH = 500;

export interface PatternError {
  /** 0-based index into the pattern source where the problem is. */
  index: number;
  message: { zh: string; en: string };
}

export interface MatchSpan {
  start: number;
  end: number;
}

type CharTest = (code: number) => boolean;

type Node =
  | { kind: 'char'; test: CharTest }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number; greedy: boolean; at: number }
  | { kind: 'assert'; at: 'line-start' | 'line-end' };

type Instruction =
  | { op: 'char'; test: CharTest }
  | { op: 'split'; first: number; second: number }
  | { op: 'jump'; to: number }
  | { op: 'assert'; at: 'line-start' | 'line-end' }
  | { op: 'match' };

class PatternSyntaxError extends Error {
  constructor(
    readonly index: number,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isWordCode = (c: number) => isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const WHITESPACE = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpaceCode = (c: number) => WHITESPACE.has(c) || (c >= 0x2000 && c <= 0x200a);

/** Characters a pattern writes with a backslash to mean themselves. */
const ESCAPABLE = new Set('\\^$.|?*+()[]{}/-'.split(''));

class Parser {
  private pos = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.pos < this.source.length) throw this.error('多余的“)”', 'unmatched ")"');
    return node;
  }

  private error(zh: string, en: string, index = this.pos): PatternSyntaxError {
    return new PatternSyntaxError(index, zh, en);
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  private atom(): Node {
    const start = this.pos;
    const c = this.source[this.pos++];
    switch (c) {
      case '(': {
        if (this.source.startsWith('?:', this.pos)) this.pos += 2;
        else if (this.source[this.pos] === '?') throw this.error('不支持前瞻、后顾或命名分组', 'look-arounds and named groups are not supported', start);
        const inner = this.alternation();
        if (this.source[this.pos] !== ')') throw this.error('缺少“)”', 'missing ")"', start);
        this.pos++;
        return inner;
      }
      case '[':
        return { kind: 'char', test: this.charClass(start) };
      case '.':
        return { kind: 'char', test: (code) => !isLineBreak(code) };
      case '^':
        return { kind: 'assert', at: 'line-start' };
      case '$':
        return { kind: 'assert', at: 'line-end' };
      case '\\':
        return { kind: 'char', test: this.escape(start, false) };
      case '*':
      case '+':
      case '?':
      case '{':
        throw this.error('重复符号前面没有内容', 'nothing to repeat', start);
      default: {
        const code = c.charCodeAt(0);
        return { kind: 'char', test: (x) => x === code };
      }
    }
  }

  private quantified(node: Node): Node {
    const start = this.pos;
    const c = this.source[this.pos];
    let min: number;
    let max: number;
    if (c === '*' || c === '+') {
      throw this.error(
        `不允许无上限的重复“${c}”：占位符很短，请写成有上限的形式，如 {0,20}`,
        `unbounded repeat "${c}" is not allowed: a placeholder is short, write a bounded repeat such as {0,20}`,
        start,
      );
    } else if (c === '?') {
      this.pos++;
      [min, max] = [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d{1,4})(?:(,)(\d{0,4}))?\}/.exec(this.source.slice(this.pos));
      if (!m) throw this.error('重复次数应写成 {n} 或 {n,m}', 'a repeat count is written {n} or {n,m}', start);
      this.pos += m[0].length;
      min = Number(m[1]);
      if (m[2] && m[3] === '') {
        throw this.error('不允许无上限的重复“{n,}”，请写出上限，如 {1,20}', 'unbounded repeat "{n,}" is not allowed: give an upper bound such as {1,20}', start);
      }
      max = m[2] ? Number(m[3]) : min;
      if (max < min) throw this.error('重复次数的上限小于下限', 'the repeat count\'s upper bound is below its lower bound', start);
    } else return node;
    let greedy = true;
    if (this.source[this.pos] === '?') {
      this.pos++;
      greedy = false;
    }
    const next = this.source[this.pos];
    if (next === '*' || next === '+' || next === '?' || next === '{') throw this.error('重复符号不能连用', 'a repeat cannot itself be repeated', this.pos);
    return { kind: 'repeat', node, min, max, greedy, at: start };
  }

  private charClass(start: number): CharTest {
    const negated = this.source[this.pos] === '^';
    if (negated) this.pos++;
    const tests: CharTest[] = [];
    let first = true;
    while (this.pos < this.source.length && (this.source[this.pos] !== ']' || first)) {
      first = false;
      const itemStart = this.pos;
      const low = this.classAtom(itemStart);
      if (this.source[this.pos] === '-' && this.source[this.pos + 1] !== undefined && this.source[this.pos + 1] !== ']') {
        this.pos++;
        const high = this.classAtom(this.pos);
        if (typeof low !== 'number' || typeof high !== 'number') throw this.error('字符范围的两端必须是单个字符', 'a range must go from one character to another', itemStart);
        if (high < low) throw this.error('字符范围顺序颠倒', 'range out of order', itemStart);
        tests.push((c) => c >= low && c <= high);
      } else tests.push(typeof low === 'number' ? (c) => c === low : low);
    }
    if (this.source[this.pos] !== ']') throw this.error('缺少“]”', 'missing "]"', start);
    this.pos++;
    return negated ? (c) => !tests.some((t) => t(c)) : (c) => tests.some((t) => t(c));
  }

  /** One member of a class: a character code, or a test for a class escape such as `\d`. */
  private classAtom(start: number): number | CharTest {
    const c = this.source[this.pos++];
    if (c !== '\\') return c.charCodeAt(0);
    const test = this.escape(start, true);
    return (test as CharTest & { code?: number }).code ?? test;
  }

  private escape(start: number, inClass: boolean): CharTest {
    const c = this.source[this.pos++];
    if (c === undefined) throw this.error('反斜杠位于末尾', 'trailing backslash', start);
    const single = (code: number): CharTest => Object.assign((x: number) => x === code, { code });
    switch (c) {
      case 'd':
        return isDigitCode;
      case 'D':
        return (x) => !isDigitCode(x);
      case 'w':
        return isWordCode;
      case 'W':
        return (x) => !isWordCode(x);
      case 's':
        return isSpaceCode;
      case 'S':
        return (x) => !isSpaceCode(x);
      case 't':
        return single(9);
      case 'n':
        return single(10);
      case 'r':
        return single(13);
      case 'u': {
        const hex = /^[0-9a-fA-F]{4}/.exec(this.source.slice(this.pos));
        if (!hex) throw this.error('\\u 后应有四位十六进制数', '\\u needs four hex digits', start);
        this.pos += 4;
        return single(parseInt(hex[0], 16));
      }
      default:
        if (ESCAPABLE.has(c) || (inClass && c === ']')) return single(c.charCodeAt(0));
        if (/[0-9]/.test(c)) throw this.error('不支持反向引用', 'back-references are not supported', start);
        if (c === 'b' || c === 'B') throw this.error('不支持 \\b 词边界', '\\b word boundaries are not supported', start);
        throw this.error(`未知的转义“\\${c}”`, `unknown escape "\\${c}"`, start);
    }
  }
}

/**
 * Refuses an optional repeat of something that can match empty text (`(a?)?`, `(a{0,2}){0,3}`):
 * it means nothing, and JavaScript gives it special rules (an empty iteration fails) that the
 * matcher would otherwise have to copy.
 */
function checkRepeats(node: Node): void {
  switch (node.kind) {
    case 'seq':
      node.items.forEach(checkRepeats);
      return;
    case 'alt':
      node.options.forEach(checkRepeats);
      return;
    case 'repeat':
      if (node.max > node.min && lengthRange(node.node)[0] === 0) {
        throw new PatternSyntaxError(node.at, '被重复的部分可以匹配空文本', 'the repeated part can match empty text');
      }
      checkRepeats(node.node);
      return;
    default:
      return;
  }
}

/** The shortest and longest text a node can match (Infinity never occurs: repeats are bounded). */
function lengthRange(node: Node): [number, number] {
  switch (node.kind) {
    case 'char':
      return [1, 1];
    case 'assert':
      return [0, 0];
    case 'seq':
      return node.items.map(lengthRange).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    case 'alt': {
      const ranges = node.options.map(lengthRange);
      return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
    }
    case 'repeat': {
      const [lo, hi] = lengthRange(node.node);
      return [lo * node.min, hi * node.max];
    }
  }
}

class Compiler {
  readonly program: Instruction[] = [];

  emit(node: Node): void {
    if (this.program.length > MAX_PROGRAM_SIZE) throw new PatternSyntaxError(0, '表达式过于复杂', 'the pattern is too complex');
    switch (node.kind) {
      case 'char':
        this.program.push({ op: 'char', test: node.test });
        return;
      case 'assert':
        this.program.push({ op: 'assert', at: node.at });
        return;
      case 'seq':
        for (const item of node.items) this.emit(item);
        return;
      case 'alt': {
        // split L1, next; L1: option; jump end; next: split ... — earlier options take priority.
        const jumps: Instruction[] = [];
        node.options.forEach((option, i) => {
          const last = i === node.options.length - 1;
          const split: Instruction = { op: 'split', first: 0, second: 0 };
          if (!last) {
            this.program.push(split);
            split.first = this.program.length;
          }
          this.emit(option);
          if (!last) {
            const jump: Instruction = { op: 'jump', to: 0 };
            this.program.push(jump);
            jumps.push(jump);
            if (split.op === 'split') split.second = this.program.length;
          }
        });
        for (const j of jumps) if (j.op === 'jump') j.to = this.program.length;
        return;
      }
      case 'repeat': {
        for (let i = 0; i < node.min; i++) this.emit(node.node);
        // Each optional copy: split (take it, or skip every remaining copy).
        const skips: Instruction[] = [];
        for (let i = node.min; i < node.max; i++) {
          const split: Instruction = { op: 'split', first: 0, second: 0 };
          this.program.push(split);
          skips.push(split);
          const body = this.program.length;
          this.emit(node.node);
          if (split.op === 'split') {
            if (node.greedy) split.first = body;
            else split.second = body;
          }
        }
        const end = this.program.length;
        for (const s of skips) {
          if (s.op !== 'split') continue;
          if (node.greedy) s.second = end;
          else s.first = end;
        }
        return;
      }
    }
  }
}

/** A compiled user pattern. Matching never takes more than O(text length × program size). */
export class LinearPattern {
  /** Tests for the characters a match can start with (anchors are looked through). */
  private readonly firstChars: CharTest[];

  private constructor(
    readonly source: string,
    private readonly program: Instruction[],
  ) {
    const tests: CharTest[] = [];
    const seen = new Set<number>();
    const stack = [0];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const ins = program[p];
      if (ins.op === 'jump') stack.push(ins.to);
      else if (ins.op === 'split') stack.push(ins.second, ins.first);
      else if (ins.op === 'assert') stack.push(p + 1);
      else if (ins.op === 'char') tests.push(ins.test);
    }
    this.firstChars = tests;
  }

  /** Compiles `source`, or says what is wrong with it and where. Never throws. */
  static compile(source: string): { ok: true; pattern: LinearPattern } | { ok: false; error: PatternError } {
    const fail = (index: number, zh: string, en: string) => ({ ok: false as const, error: { index, message: { zh, en } } });
    if (typeof source !== 'string' || source.length === 0) return fail(0, '表达式为空', 'the pattern is empty');
    if (source.length > MAX_SOURCE_LENGTH) return fail(0, `表达式过长（上限 ${MAX_SOURCE_LENGTH} 个字符）`, `the pattern is too long (at most ${MAX_SOURCE_LENGTH} characters)`);
    try {
      const ast = new Parser(source).parse();
      checkRepeats(ast);
      const [shortest, longest] = lengthRange(ast);
      if (shortest === 0) return fail(0, '表达式可以匹配空文本', 'the pattern can match empty text');
      if (longest > MAX_MATCH_LENGTH) return fail(0, `表达式最长可匹配 ${longest} 个字符，上限是 ${MAX_MATCH_LENGTH}`, `the pattern can match up to ${longest} characters; the limit is ${MAX_MATCH_LENGTH}`);
      const compiler = new Compiler();
      compiler.emit(ast);
      compiler.program.push({ op: 'match' });
      if (compiler.program.length > MAX_PROGRAM_SIZE) return fail(0, '表达式过于复杂', 'the pattern is too complex');
      return { ok: true, pattern: new LinearPattern(source, compiler.program) };
    } catch (e) {
      if (e instanceof PatternSyntaxError) return fail(e.index, e.zh, e.en);
      return fail(0, '无法解析的表达式', 'the pattern cannot be parsed');
    }
  }

  /** The leftmost-first match at or after `from`, as JavaScript's RegExp (with the m flag) would find it. */
  exec(text: string, from = 0): MatchSpan | undefined {
    const program = this.program;
    const size = program.length;
    // Threads are program counters in priority order, each with the offset its match started at.
    let current: { pc: number[]; start: number[] } = { pc: [], start: [] };
    let next: { pc: number[]; start: number[] } = { pc: [], start: [] };
    const seen = new Int32Array(size).fill(-1);
    let generation = 0;
    let best: MatchSpan | undefined;

    const add = (list: typeof current, pc: number, start: number, at: number) => {
      // Follow jumps, splits and anchors now; only `char` and `match` wait in the list.
      const stack = [pc];
      while (stack.length) {
        const p = stack.pop()!;
        if (seen[p] === generation) continue;
        seen[p] = generation;
        const ins = program[p];
        if (ins.op === 'jump') stack.push(ins.to);
        else if (ins.op === 'split') stack.push(ins.second, ins.first);
        else if (ins.op === 'assert') {
          const ok = ins.at === 'line-start' ? at === 0 || isLineBreak(text.charCodeAt(at - 1)) : at === text.length || isLineBreak(text.charCodeAt(at));
          if (ok) stack.push(p + 1);
        } else {
          list.pc.push(p);
          list.start.push(start);
        }
      }
    };

    for (let at = from; at <= text.length; at++) {
      if (current.pc.length === 0) {
        if (best) break;
        // Marks from building the (empty) list were made at another position: start afresh.
        generation++;
        // Nothing in flight: skip to where the pattern's first character can occur.
        while (at < text.length && !this.firstChars.some((t) => t(text.charCodeAt(at)))) at++;
        // A pattern never matches empty text, so nothing can start at the very end.
        if (at === text.length) break;
      }
      // `current` was deduplicated under this generation; the new thread joins it last (lowest priority).
      if (!best) add(current, 0, at, at);
      generation++;
      const code = at < text.length ? text.charCodeAt(at) : -1;
      for (let i = 0; i < current.pc.length; i++) {
        const ins = program[current.pc[i]];
        if (ins.op === 'match') {
          best = { start: current.start[i], end: at };
          // Lower-priority threads lose to this match.
          break;
        }
        if (ins.op === 'char' && code >= 0 && ins.test(code)) add(next, current.pc[i] + 1, current.start[i], at + 1);
      }
      [current, next] = [next, current];
      next.pc.length = 0;
      next.start.length = 0;
      if (best && current.pc.length === 0) break;
    }
    return best;
  }

  /** Every non-overlapping match, left to right. */
  *matchAll(text: string): Generator<MatchSpan> {
    let from = 0;
    while (from < text.length) {
      const m = this.exec(text, from);
      if (!m) return;
      yield m;
      from = m.end;
    }
  }
}
