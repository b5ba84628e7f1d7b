// Path globs from users' configuration (`ignore`, `reportTypeByPath`, a template's
// `fileNamePatterns`) and the CLI's glob arguments.
//
// picomatch reads the glob (bash syntax: `*`, `?`, `**`, `[…]`, `{a,b}`, `{1..3}`) and writes it
// as a regular expression; re2js runs that expression, in time linear in the path. picomatch's
// own JavaScript RegExp would backtrack: `*a*a*a…b` with twenty stars takes minutes on a 60-character
// file name. picomatch guards `.` and `..` segments and empty names with look-arounds, which RE2
// cannot run and which these paths do not need (they are normalised: no such segments, no empty
// names); those pieces, exactly as picomatch writes them, are taken out. A glob that still needs
// a look-around (`!(…)`) is refused with a message.
//
// `picomatch/posix` is the build without Node's `process`: the engine stays free of Node.

import picomatch from 'picomatch/posix';
import { RE2JS } from 're2js';
import { msg, type Message } from './rule';

export const GLOB_LIMITS = {
  /** Characters in one glob: picomatch refuses longer ones before reading them. */
  maxLength: 256,
} as const;

export interface CompiledGlob {
  readonly source: string;
  /** Whether the whole of `path` (with `/` separators) matches. */
  matches(path: string): boolean;
}

export type CompiledGlobResult = { ok: true; glob: CompiledGlob } | { ok: false; message: Message };

const CHARS = picomatch.constants.globChars(false);
/** picomatch's guards against `.`/`..` segments and empty names, longest first. */
const DOT_GUARDS = [CHARS.NO_DOTS, CHARS.NO_DOTS_SLASH, CHARS.NO_DOT_SLASH, CHARS.NO_DOT, CHARS.ONE_CHAR].sort((a, b) => b.length - a.length);

/**
 * A path split where its glob starts (`reports/2025/*.txt`: `reports/2025` and `*.txt`), or
 * undefined for a path with no glob syntax in it (`*`, `?`, `[…]`, `{…}`, `@(…)` and the like).
 */
export function splitGlob(path: string): { base: string; glob: string } | undefined {
  const scanned = picomatch.scan(path);
  return scanned.isGlob ? { base: scanned.base, glob: scanned.glob } : undefined;
}

/** Compiles a glob matched against a whole path, or says why it cannot be used. Never throws. */
export function compileGlob(glob: unknown): CompiledGlobResult {
  return checked(glob, toMatcher);
}

const toSlashes = (path: string) => path.replace(/\\/g, '/');

/**
 * A glob tested against a file's path (`reportTypeByPath`, `fileNamePatterns`): one without `/` is
 * tested against the base name, one with `/` against the path's trailing folders
 * (`reports/*.txt` matches `/home/a/reports/x.txt`).
 */
export function compilePathGlob(glob: unknown): CompiledGlobResult {
  return checked(glob, (given) => {
    const pattern = given.replace(/^\.\//, '');
    if (!pattern.includes('/')) {
      const matcher = toMatcher(pattern);
      return matcher && ((path) => matcher(baseName(toSlashes(path))));
    }
    // `**/` in front: any leading folders, so the glob is tried against every tail in one pass.
    const matcher = toMatcher(`**/${pattern}`);
    return matcher && ((path) => matcher(toSlashes(path)));
  });
}

/**
 * A glob of files not to check, as in .gitignore, tested against a path relative to the
 * configuration's folder: one without `/` matches any file or folder name on the path; one with
 * `/` is anchored at the configuration's folder and matches the file or a folder it is in.
 */
export function compileIgnoreGlob(glob: unknown): CompiledGlobResult {
  return checked(glob, (given) => {
    let pattern = given.trim().replace(/^\.\//, '').replace(/^\//, '');
    if (pattern.endsWith('/')) pattern = pattern.slice(0, -1);
    if (!pattern) return undefined;
    if (!pattern.includes('/')) {
      const matcher = toMatcher(pattern);
      return matcher && ((path) => toSlashes(path).split('/').some(matcher));
    }
    const itself = toMatcher(pattern);
    const inside = toMatcher(`${pattern}/**`);
    return itself && inside && ((path) => itself(toSlashes(path)) || inside(toSlashes(path)));
  });
}

type Matcher = (path: string) => boolean;

/** The user's glob within the limits, turned into a matcher by `build` (undefined: not usable). */
function checked(glob: unknown, build: (glob: string) => Matcher | undefined): CompiledGlobResult {
  if (typeof glob !== 'string' || !glob.trim()) return { ok: false, message: msg('路径模式为空', 'the glob is empty') };
  const { maxLength } = GLOB_LIMITS;
  if (glob.length > maxLength) return { ok: false, message: msg(`路径模式过长（上限 ${maxLength} 个字符）`, `the glob is too long (at most ${maxLength} characters)`) };
  const matcher = build(glob);
  if (!matcher) return { ok: false, message: msg('无法使用的路径模式（不支持取反的 !(…) 等写法）', 'the glob cannot be used (negations such as !(…) are not supported)') };
  return { ok: true, glob: { source: glob, matches: matcher } };
}

/** picomatch's reading of the glob, run by re2js; undefined when either refuses it. */
function toMatcher(glob: string): Matcher | undefined {
  try {
    // `nonegate`: a leading `!` is a character, as it always was here (no negated globs).
    // `posix`: `[!a]` is a negated class and `[[:digit:]]` a POSIX class, as in bash and
    // .gitignore (without it picomatch reads `[!a]` as the characters `!` and `a`). The limit
    // leaves room for the `**/` and `/**` added above.
    let source = picomatch.makeRe(glob, { dot: true, nonegate: true, posix: true, maxLength: GLOB_LIMITS.maxLength + 8 }).source;
    for (const guard of DOT_GUARDS) source = source.split(guard).join('');
    const compiled = RE2JS.compile(source);
    return (path) => compiled.testExact(path);
  } catch {
    return undefined;
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Path globs of one prepared configuration, each compiled on first use (re2js takes about 0.2 ms
 * to compile one: too slow to repeat on every keystroke). A glob that cannot be compiled matches
 * nothing; the configuration layer has told the writer why.
 */
export class PathGlobs {
  readonly #compiled = new Map<string, CompiledGlob | undefined>();

  matches(glob: string, filePath: string): boolean {
    if (!this.#compiled.has(glob)) {
      const compiled = compilePathGlob(glob);
      this.#compiled.set(glob, compiled.ok ? compiled.glob : undefined);
    }
    return this.#compiled.get(glob)?.matches(filePath) ?? false;
  }
}
