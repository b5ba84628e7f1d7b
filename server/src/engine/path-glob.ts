// Path globs from users' configuration (`ignore`, `reportTypeByPath`), matched in linear time.
//
// Translating a glob to a JavaScript RegExp (`**` → `(?:.*/)?`, `*` → `[^/]*`) lets a glob such
// as `**/**/**/**/**/**/**/**/**/**/z` backtrack for tens of seconds on a 30-folder path. Here a
// glob is compiled to a Thompson NFA and run as a set of states: O(path × glob) always.
//
// Syntax: `*` (any run within a folder name), `?` (one character within a folder name), `**`
// (any run across folders; `**/` also matches nothing), `{a,b}` (alternatives, not nested), and a
// backslash before a character that means itself. Case-sensitive; `/` separates folders.

type State =
  | { kind: 'char'; test: (c: string) => boolean; next: number }
  | { kind: 'split'; next: number[] }
  | { kind: 'match' };

export class PathGlob {
  private constructor(
    readonly source: string,
    private readonly states: State[],
  ) {}

  static compile(glob: string): PathGlob {
    const states: State[] = [];
    const add = (s: State) => states.push(s) - 1;
    // Built back to front: each piece is compiled knowing the state that follows it.
    const pieces = tokenize(glob);
    let next = add({ kind: 'match' });
    for (let i = pieces.length - 1; i >= 0; i--) next = compilePiece(pieces[i], next, states, add);
    // The start state must be index 0 for `matches`: put a split in front pointing at it.
    states.unshift({ kind: 'split', next: [next + 1] });
    for (let i = 1; i < states.length; i++) {
      const s = states[i];
      if (s.kind === 'char') s.next++;
      else if (s.kind === 'split') s.next = s.next.map((n) => n + 1);
    }
    return new PathGlob(glob, states);
  }

  /** Whether the whole of `path` (with `/` separators) matches. */
  matches(path: string): boolean {
    const states = this.states;
    let current = new Set<number>();
    const close = (set: Set<number>, start: number) => {
      const stack = [start];
      while (stack.length) {
        const i = stack.pop()!;
        if (set.has(i)) continue;
        set.add(i);
        const s = states[i];
        if (s.kind === 'split') stack.push(...s.next);
      }
    };
    close(current, 0);
    for (const c of path) {
      const next = new Set<number>();
      for (const i of current) {
        const s = states[i];
        if (s.kind === 'char' && s.test(c)) close(next, s.next);
      }
      if (!next.size) return false;
      current = next;
    }
    for (const i of current) if (states[i].kind === 'match') return true;
    return false;
  }
}

type Piece = { kind: 'literal'; char: string } | { kind: 'one' } | { kind: 'star' } | { kind: 'globstar' } | { kind: 'globstar-slash' } | { kind: 'alternatives'; options: string[] };

function tokenize(glob: string): Piece[] {
  const pieces: Piece[] = [];
  const chars = [...glob];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\' && i + 1 < chars.length) pieces.push({ kind: 'literal', char: chars[++i] });
    else if (c === '*' && chars[i + 1] === '*') {
      i++;
      // `***` and longer mean the same as `**`.
      while (chars[i + 1] === '*') i++;
      if (chars[i + 1] === '/') {
        i++;
        pieces.push({ kind: 'globstar-slash' });
      } else pieces.push({ kind: 'globstar' });
    } else if (c === '*') pieces.push({ kind: 'star' });
    else if (c === '?') pieces.push({ kind: 'one' });
    else if (c === '{' && chars.indexOf('}', i) > i) {
      const close = chars.indexOf('}', i);
      pieces.push({ kind: 'alternatives', options: chars.slice(i + 1, close).join('').split(',') });
      i = close;
    } else pieces.push({ kind: 'literal', char: c });
  }
  return pieces;
}

function compilePiece(piece: Piece, next: number, states: State[], add: (s: State) => number): number {
  const notSlash = (c: string) => c !== '/';
  switch (piece.kind) {
    case 'literal':
      return add({ kind: 'char', test: (c) => c === piece.char, next });
    case 'one':
      return add({ kind: 'char', test: notSlash, next });
    case 'star':
    case 'globstar': {
      // loop: split(take a character and come back, or go on)
      const loop = add({ kind: 'split', next: [] });
      const body = add({ kind: 'char', test: piece.kind === 'star' ? notSlash : () => true, next: loop });
      (states[loop] as { next: number[] }).next = [body, next];
      return loop;
    }
    case 'globstar-slash': {
      // (.*/)? : skip it all, or any characters then a slash.
      const slash = add({ kind: 'char', test: (c) => c === '/', next });
      const loop = add({ kind: 'split', next: [] });
      const body = add({ kind: 'char', test: () => true, next: loop });
      (states[loop] as { next: number[] }).next = [body, slash];
      return add({ kind: 'split', next: [next, loop] });
    }
    case 'alternatives': {
      const starts = piece.options.map((option) => {
        let start = next;
        const chars = [...option];
        for (let i = chars.length - 1; i >= 0; i--) start = add({ kind: 'char', test: ((ch) => (c: string) => c === ch)(chars[i]), next: start });
        return start;
      });
      return add({ kind: 'split', next: starts });
    }
  }
}


/**
 * Whether a file path matches a glob: a glob without `/` is tested against the base name, one
 * with `/` against the path's trailing folders (`reports/*.txt` matches `/home/a/reports/x.txt`).
 */
export function matchesPath(glob: string, filePath: string): boolean {
  const path = filePath.replace(/\\/g, '/');
  const pattern = glob.replace(/^\.\//, '');
  if (!pattern.includes('/')) return PathGlob.compile(pattern).matches(path.slice(path.lastIndexOf('/') + 1));
  // `**/` in front: any leading folders, so the glob is tried against every tail in one pass.
  return PathGlob.compile(`**/${pattern}`).matches(path);
}

/**
 * Whether a path relative to a configuration file's folder is ignored by a glob, as in
 * .gitignore: a glob without `/` matches any file or folder name on the path; one with `/` is
 * anchored at the configuration's folder and matches the file or a folder it is in.
 */
export function ignoredBy(glob: string, relativePath: string): boolean {
  const path = relativePath.replace(/\\/g, '/');
  let pattern = glob.trim().replace(/^\.\//, '').replace(/^\//, '');
  if (pattern.endsWith('/')) pattern = pattern.slice(0, -1);
  if (!pattern) return false;
  if (!pattern.includes('/')) return path.split('/').some((segment) => PathGlob.compile(pattern).matches(segment));
  return PathGlob.compile(pattern).matches(path) || PathGlob.compile(`${pattern}/**`).matches(path);
}
