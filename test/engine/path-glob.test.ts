// Path globs of the configuration (`ignore`, `reportTypeByPath`), matched in linear time.

import { describe, expect, it } from 'vitest';
import { ignoredBy, matchesPath } from '../../server/src/engine/path-glob';
import { scalingRatio } from '../fuzz/timing';

describe('matchesPath (report type by path)', () => {
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
    ['x/y.txt', 'C:\\work\\x\\y.txt', true],
  ])('%s against %s: %s', (glob, path, expected) => {
    expect(matchesPath(glob, path)).toBe(expected);
  });
});

describe('ignoredBy (.gitignore-like, relative to the configuration folder)', () => {
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
  ])('%s ignores %s: %s', (glob, path, expected) => {
    expect(ignoredBy(glob, path)).toBe(expected);
  });
});

describe('linear time', () => {
  it('stays linear on globs that make a RegExp translation backtrack', () => {
    // As a RegExp, (?:.*\/)? ten times over backtracks for tens of seconds on a 30-folder path.
    const glob = Array(10).fill('**').join('/') + '/z';
    const ratio = scalingRatio((n) => Array(n).fill('a').join('/') + '/y', (path) => matchesPath(glob, path), 200);
    expect(ratio).toBeLessThan(24);
  });
});
