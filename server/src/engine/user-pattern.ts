// Regular expressions from users' configuration, run by re2js (the JavaScript port of RE2): its
// matching time is linear in the text, whatever the pattern, so a workspace file cannot hang the
// editor with a pattern JavaScript's own engine would backtrack on (`(a|a){0,40}b`).
//
// Linear is not yet cheap: one search costs up to (text length × the pattern's program size), so
// a pattern's program is capped, and so is the program size of all patterns together per
// character of text (USER_PATTERN_LIMITS.workPerCharacter). With that budget a configuration can
// make a check cost at most a fixed multiple of reading the text once, however long the text.

import { RE2JS, RE2JSSyntaxException } from 're2js';
import { msg, type Message } from './rule';

export const USER_PATTERN_LIMITS = {
  /** Characters in one pattern's source. */
  maxLength: 200,
  /** RE2 program size of one pattern (`[^）]{0,20}` is about 20, a literal word about its length). */
  maxProgram: 150,
  /** Entries (literal texts and patterns) one configuration may list. */
  maxPatterns: 50,
  /** Work units (text characters × program size) allowed per character of text, for all entries together. */
  workPerCharacter: 300,
  /** Matches reported in one check; a document full of one placeholder says so once. */
  maxMatches: 1000,
} as const;

export interface MatchSpan {
  start: number;
  end: number;
}

/** A compiled user pattern: `^` and `$` are the start and end of a line. */
export interface UserPattern {
  readonly source: string;
  /** Work units per character of text one search costs at most. */
  readonly cost: number;
  /** Every non-overlapping, non-empty match, left to right. */
  matchAll(text: string): Iterable<MatchSpan>;
}

export type CompiledPattern = { ok: true; pattern: UserPattern } | { ok: false; message: Message };

/** RE2's syntax errors, as writers should read them. */
const SYNTAX_MESSAGES: Record<string, [zh: string, en: string]> = {
  'missing closing )': ['缺少“)”', 'missing ")"'],
  'unexpected )': ['多余的“)”', 'unmatched ")"'],
  'missing closing ]': ['缺少“]”', 'missing "]"'],
  'invalid character class range': ['字符范围无效（如顺序颠倒）', 'invalid character range (out of order?)'],
  'invalid escape sequence': ['不支持的转义（如 \\1 反向引用）', 'unsupported escape (such as the back-reference \\1)'],
  'invalid or unsupported Perl syntax': ['不支持前后查找 (?=…) (?!…) (?<=…) 等写法', 'look-arounds such as (?=…) (?!…) (?<=…) are not supported'],
  'invalid nested repetition operator': ['重复符号不能连用（如 a**）', 'a repeat cannot itself be repeated (a**)'],
  'invalid repeat count': ['重复次数过大（上限 1000）', 'repeat count too large (at most 1000)'],
  'missing argument to repetition operator': ['重复符号前面缺少内容', 'nothing before a repeat operator'],
  'trailing backslash at end of expression': ['末尾多了一个反斜杠', 'trailing backslash'],
  'expression too large': ['表达式过于复杂', 'the pattern is too complex'],
  'expression nests too deeply': ['括号嵌套过深', 'nested too deeply'],
  'invalid named capture': ['命名分组写法无效', 'invalid named group'],
  'duplicate capture group name': ['命名分组重名', 'duplicate group name'],
};

/** An entry of `placeholders` (and of placeholder-custom's `patterns` option): literal text or a pattern. */
export type PlaceholderEntry = string | { text: string; message?: string } | { regex: string; message?: string };

/** An entry ready to run. */
export interface PlaceholderMatcher {
  /** Its index in the list it came from. */
  index: number;
  /** The office's own message, if the entry gives one. */
  message?: string;
  /** Work units per character of text: a literal's length, a pattern's program size. */
  cost: number;
  matchAll(text: string): Iterable<MatchSpan>;
}

export interface PlaceholderPlan {
  /** The entries that run, in order. */
  matchers: PlaceholderMatcher[];
  /** Entries that do not run, and why (the configuration layer shows these to the writer). */
  notRun: { index: number; message: Message }[];
  /** Work units per character of text the matchers cost together: at most `workPerCharacter`. */
  work: number;
}

/**
 * Which entries run: valid ones, the first `maxPatterns`, while their costs together stay within
 * `workPerCharacter`. Both the rule and the configuration layer use this, so what the writer is
 * told is exactly what runs.
 */
/**
 * Plans made once per list of entries, for one configuration's prepared settings: compiling up to
 * fifty RE2 programs again on every keystroke's check would be most of its time. A configuration
 * hands the rule the same list until it changes.
 */
export class PlaceholderPlans {
  readonly #plans = new WeakMap<readonly unknown[], PlaceholderPlan>();

  planFor(entries: readonly unknown[]): PlaceholderPlan {
    let plan = this.#plans.get(entries);
    if (!plan) this.#plans.set(entries, (plan = planPlaceholders(entries)));
    return plan;
  }
}

export function planPlaceholders(entries: readonly unknown[]): PlaceholderPlan {
  const { maxLength, maxPatterns, workPerCharacter } = USER_PATTERN_LIMITS;
  const plan: PlaceholderPlan = { matchers: [], notRun: [], work: 0 };
  const skip = (index: number, zh: string, en: string) => plan.notRun.push({ index, message: msg(zh, en) });
  entries.forEach((entry, index) => {
    const matcher = toMatcher(entry, index);
    if (!matcher.ok) skip(index, matcher.message.zh, matcher.message.en);
    else if (plan.matchers.length >= maxPatterns) skip(index, `占位符超过 ${maxPatterns} 条，此条未使用`, `more than ${maxPatterns} placeholders: this one is not used`);
    else if (plan.work + matcher.matcher.cost > workPerCharacter) {
      skip(index, `各条占位符合计过于复杂（规模合计上限 ${workPerCharacter}），此条未使用`, `the placeholders together are too complex (total size at most ${workPerCharacter}): this one is not used`);
    } else {
      plan.work += matcher.matcher.cost;
      plan.matchers.push(matcher.matcher);
    }
  });
  return plan;

  function toMatcher(entry: unknown, index: number): { ok: true; matcher: PlaceholderMatcher } | { ok: false; message: Message } {
    const message = isObject(entry) && typeof entry.message === 'string' && entry.message ? entry.message : undefined;
    const literal = typeof entry === 'string' ? entry : isObject(entry) && 'text' in entry ? entry.text : undefined;
    if (literal !== undefined) {
      if (typeof literal !== 'string' || !literal) return { ok: false, message: msg('占位文字为空', 'the placeholder text is empty') };
      if (literal.length > maxLength) return { ok: false, message: msg(`占位文字过长（上限 ${maxLength} 个字符）`, `the placeholder text is too long (at most ${maxLength} characters)`) };
      return { ok: true, matcher: { index, message, cost: literal.length, matchAll: (text) => literalMatches(text, literal) } };
    }
    if (isObject(entry) && 'regex' in entry) {
      const compiled = compileUserPattern(entry.regex);
      if (!compiled.ok) return compiled;
      return { ok: true, matcher: { index, message, cost: compiled.pattern.cost, matchAll: (text) => compiled.pattern.matchAll(text) } };
    }
    return { ok: false, message: msg('应为占位文字，或 { "regex": "…" }', 'must be placeholder text, or { "regex": "…" }') };
  }
}

function* literalMatches(text: string, needle: string): Generator<MatchSpan> {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) yield { start: at, end: at + needle.length };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Compiles a user's pattern, or says in one sentence why it cannot be used. Never throws. */
export function compileUserPattern(source: unknown): CompiledPattern {
  const fail = (zh: string, en: string): CompiledPattern => ({ ok: false, message: msg(zh, en) });
  if (typeof source !== 'string' || source.length === 0) return fail('表达式为空', 'the pattern is empty');
  const { maxLength, maxProgram } = USER_PATTERN_LIMITS;
  if (source.length > maxLength) return fail(`表达式过长（上限 ${maxLength} 个字符）`, `the pattern is too long (at most ${maxLength} characters)`);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(withRe2Escapes(source), RE2JS.MULTILINE);
  } catch (e) {
    if (!(e instanceof RE2JSSyntaxException)) return fail('无法解析的表达式', 'the pattern cannot be parsed');
    // The part of the pattern at fault, without the flag re2js puts in front for MULTILINE.
    const part = (e.input ?? '').replace(/^\(\?m\)/, '');
    // RE2 reads a look-behind `(?<=` `(?<!` as a named group gone wrong.
    const error = /^\(\?<[=!]/.test(part) ? 'invalid or unsupported Perl syntax' : e.error;
    const [zh, en] = SYNTAX_MESSAGES[error] ?? ['无法解析的表达式', `the pattern cannot be parsed (${e.error})`];
    return fail(`${zh}${part ? `：“${part}”` : ''}`, `${en}${part ? `: "${part}"` : ''}`);
  }
  const cost = compiled.programSize();
  if (cost > maxProgram) return fail(`表达式过于复杂（规模 ${cost}，上限 ${maxProgram}）；请缩小重复次数或字符类`, `the pattern is too complex (size ${cost}, at most ${maxProgram}); use smaller repeats or classes`);
  // A pattern that matches empty text would report nothing and search every position: a mistake.
  if (compiled.testExact('')) return fail('表达式可以匹配空文本', 'the pattern can match empty text');
  return {
    ok: true,
    pattern: {
      source,
      cost,
      *matchAll(text: string) {
        for (const m of compiled.matchAll(text)) {
          const start = m.index ?? 0;
          if (m[0].length > 0) yield { start, end: start + m[0].length };
        }
      },
    },
  };
}

/**
 * JavaScript's `\uXXXX` written as RE2's `\x{XXXX}`, so that patterns written for JavaScript keep
 * working; every other escape is RE2's own.
 */
function withRe2Escapes(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') {
      out += source[i];
      continue;
    }
    const hex = /^u([0-9a-fA-F]{4})/.exec(source.slice(i + 1, i + 6));
    if (hex) {
      out += `\\x{${hex[1]}}`;
      i += 5;
    } else {
      out += source.slice(i, i + 2);
      i++;
    }
  }
  return out;
}
