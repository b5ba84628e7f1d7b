// Path globs of the configuration (`ignore`, `reportTypeByPath`, `fileNamePatterns`) and the
// CLI's glob arguments: picomatch's syntax, run by re2js, so that no glob can backtrack.

import { describe, expect, it } from 'vitest';
import { compileGlob, compileIgnoreGlob, compilePathGlob, GLOB_LIMITS } from '../../server/src/engine/globs';

const matches = (compiled: ReturnType<typeof compileGlob>, path: string) => {
  if (!compiled.ok) throw new Error(compiled.message.en);
  return compiled.glob.matches(path);
};

describe('compilePathGlob (report type by path, file-name patterns)', () => {
  it.each([
    ['*述职*', '/a/b/2021年述职报告.txt', true],
    ['*述职*', '/a/述职/总结.txt', false],
    ['reports/*.txt', '/home/a/reports/x.txt', true],
    ['reports/*.txt', '/home/a/reports/b/x.txt', false],
    ['reports/**/*.txt', '/home/a/reports/b/c/x.txt', true],
    ['reports/**/*.txt', '/home/a/reports/x.txt', true],
    ['{请示,报告}*.md', '/x/请示一.md', true],
    ['{请示,报告}*.md', '/x/方案.md', false],
    ['?.txt', '/x/a.txt', true],
    ['?.txt', '/x/ab.txt', false],
    ['[0-9][0-9].txt', '/x/07.txt', true],
    ['x/y.txt', 'C:\\work\\x\\y.txt', true],
    ['.gongwen/*.txt', '/r/.gongwen/a.txt', true],
  ])('%s against %s: %s', (glob, path, expected) => {
    expect(matches(compilePathGlob(glob), path)).toBe(expected);
  });
});

describe('compileIgnoreGlob (.gitignore-like, relative to the configuration folder)', () => {
  it.each([
    ['drafts', 'a/drafts/x.txt', true],
    ['drafts/', 'drafts/x.txt', true],
    ['old/*', 'old/a.txt', true],
    ['old/*', 'x/old/a.txt', false],
    ['*.bak.txt', 'a/b.bak.txt', true],
    ['a/**', 'a/b/c.txt', true],
    ['/a', 'a/b.txt', true],
    ['./a/b.txt', 'a/b.txt', true],
    ['a', 'ab/c.txt', false],
    ['archive/2020', 'archive/2020/q1/a.txt', true],
  ])('%s ignores %s: %s', (glob, path, expected) => {
    expect(matches(compileIgnoreGlob(glob), path)).toBe(expected);
  });
});

describe('globs that cannot be used get one clear reason', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['{'.repeat(GLOB_LIMITS.maxLength + 1), 'too long'],
    ['!(draft)*.txt', 'cannot be used'],
  ])('%j', (glob, reason) => {
    for (const compile of [compileGlob, compilePathGlob, compileIgnoreGlob]) {
      const compiled = compile(glob);
      expect(compiled.ok).toBe(false);
      if (!compiled.ok) expect(compiled.message.en).toContain(reason);
    }
  });

  it('reads a leading ! as a character, not as a negation', () => {
    expect(matches(compileGlob('!x.txt'), '!x.txt')).toBe(true);
    expect(matches(compileGlob('!x.txt'), 'y.txt')).toBe(false);
  });
});

describe('globs a backtracking matcher would hang on', () => {
  it('matches to the end: twenty stars against a long name, twenty ** against a deep path', () => {
    // As picomatch's own RegExp, the first takes minutes on a 60-character name.
    expect(matches(compileGlob('*a'.repeat(20) + 'b'), 'a'.repeat(5000))).toBe(false);
    expect(matches(compilePathGlob('**/'.repeat(20) + 'z'), Array(3000).fill('a').join('/') + '/y')).toBe(false);
    expect(matches(compilePathGlob('**/'.repeat(20) + 'z'), Array(3000).fill('a').join('/') + '/z')).toBe(true);
  });

  it('refuses huge brace globs before reading them', () => {
    // path-glob.ts spent 28 s on 200,000 "{", and overflowed the stack on 150,000 alternatives.
    const braces = '{'.repeat(200_000);
    const alternatives = `{${Array.from({ length: 150_000 }, (_, i) => `a${i}`).join(',')}}`;
    for (const glob of [braces, alternatives]) {
      const compiled = compileIgnoreGlob(glob);
      expect(compiled.ok ? '' : compiled.message.en).toContain('too long (at most 256 characters)');
    }
  });
});
