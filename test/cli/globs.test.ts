// Globs the CLI expands itself (quoted, or from a shell that passes them on): bash syntax read by
// picomatch, run in linear time. A path that exists is taken literally first.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-globs-'));
mkdirSync(join(dir, 'sub', 'deep'), { recursive: true });
for (const name of ['001.txt', '002.txt', '003.txt', '010.md', 'a1.txt', 'a[1].txt', 'b.txt', 'sub/004.txt', 'sub/deep/005.txt']) writeFileSync(join(dir, name), '正文。\n');

const native = (path: string) => path.split('/').join(sep);
const expand = (pattern: string) => {
  const r = runCli(['check', '--locale', 'en', '--format', 'json', pattern], dir);
  return { files: r.stdout ? (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file) : [], stderr: r.stderr.trim(), code: r.code };
};

describe('glob arguments', () => {
  it.each([
    ['00[12]*.txt', ['001.txt', '002.txt']],
    ['00[1-2].txt', ['001.txt', '002.txt']],
    ['00[!1].txt', ['002.txt', '003.txt']],
    ['00[^1].txt', ['002.txt', '003.txt']],
    ['00[[:digit:]].txt', ['001.txt', '002.txt', '003.txt']],
    ['00?.txt', ['001.txt', '002.txt', '003.txt']],
    ['0{01,10}.{txt,md}', ['001.txt', '010.md']],
    ['00{1..2}.txt', ['001.txt', '002.txt']],
    ['@(001|b).txt', ['001.txt', 'b.txt']],
    ['**/00[45].txt', ['sub/004.txt', 'sub/deep/005.txt']],
    ['sub/**', ['sub/004.txt', 'sub/deep/005.txt']],
    ['./sub/*.txt', ['sub/004.txt']],
  ])('%s matches %j', (pattern, files) => {
    expect(expand(pattern)).toEqual({ files: files.map(native), stderr: '', code: 0 });
  });

  it('takes a path that exists literally, even with glob characters in it', () => {
    // As a glob, a[1].txt would match a1.txt too.
    expect(expand('a[1].txt').files).toEqual(['a[1].txt']);
  });

  it('refuses a negated extglob, saying why, in one line', () => {
    expect(expand('!(001).txt')).toEqual({ files: [], stderr: 'gongwen: !(001).txt: the glob cannot be used (negations such as !(…) are not supported)', code: 2 });
  });

  it('says when a glob matches nothing', () => {
    expect(expand('00[7-9].txt')).toEqual({ files: [], stderr: 'gongwen: 00[7-9].txt: no file matches this pattern', code: 2 });
  });
});
