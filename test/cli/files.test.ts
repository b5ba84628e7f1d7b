// Reading, walking and writing files in-process (server/src/cli/files.ts): the encodings a
// report arrives in, a folder of 150,000 files, reads that stop at the size limit, writes that
// keep the file's mode and links. What the `gongwen` binary prints about them is in paths.test.ts.

import { execFileSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, expandPaths, readTextFile, writeFixedFile } from '../../server/src/cli/files';
import { encode, encodeGb18030, ENCODINGS } from '../fuzz/encodings';
import { repoRoot } from './run-cli';

const tmp = () => mkdtempSync(join(tmpdir(), 'gongwen-files-'));
const REPORT_PATH = join(repoRoot, 'test/corpus/real/summaries/docs/s01_xingzheng_shenpiju_zongjie_2022.txt');
const REPORT = readFileSync(REPORT_PATH, 'utf8');
const hasIconv = (() => {
  try {
    execFileSync('iconv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('decoding a real report in every encoding a writer may save it in', () => {
  it.each(ENCODINGS)('%o reads back exactly', ({ encoding, bom }) => {
    const result = decodeText(encode(REPORT, encoding, bom)!);
    expect(result).toEqual({ ok: true, text: REPORT, encoding, hadBom: bom });
  });

  it.runIf(hasIconv)('the tests encode GB18030 as iconv does', () => {
    expect(Buffer.from(encodeGb18030(REPORT)!)).toEqual(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: REPORT }));
  });

  it('tells UTF-16 without a BOM from GB18030 when a line of 汉字 is valid in both', () => {
    // No ASCII, so no NUL byte: the UTF-16LE bytes E5 5D 5C 4F … also decode as GB18030 (錧\O…).
    const line = REPORT.split('\n')
      .flatMap((l) => l.split(/[^\u4e00-\u9fff，。、；：“”（）]/))
      .find((l) => l.length >= 20 && [...l].every((c) => c.charCodeAt(0) % 256 !== 0))!;
    expect(line).toBeDefined();
    for (const encoding of ['utf-16le', 'utf-16be', 'gb18030'] as const) {
      const bytes = encode(line, encoding)!;
      expect(bytes.includes(0), encoding).toBe(false);
      expect(decodeText(bytes), encoding).toMatchObject({ ok: true, text: line, encoding });
    }
  });

  it('refuses a one-line title in UTF-16 without BOM rather than guess: no ASCII, no punctuation, and 8-bit text can look the same', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) expect(decodeText(encode('平潭综合实验区管委会工作报告', encoding)!)).toMatchObject({ ok: false, error: 'not text in UTF-8, UTF-16 or GB18030/GBK' });
    // Latin-1 text of even length: as UTF-16 its letter pairs are 汉字 (Ca → 慃), with no Chinese punctuation.
    expect(decodeText(Buffer.from('Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e, and more text.', 'latin1'))).toMatchObject({ ok: false });
  });

  it('reads UTF-16 text of ASCII words in the right byte order', () => {
    for (const text of ['Work summary\n', 'abcdefgh', '2024']) {
      expect(decodeText(encode(text, 'utf-16le')!)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
      expect(decodeText(encode(text, 'utf-16be')!)).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
    }
  });

  it('reads traditional characters in GBK, and refuses Latin-1 text that GB18030 would decode into garbage', () => {
    const traditional = '我們的工作報告：過去一年，本單位認真貫徹落實各項決策部署，紮實推進經濟發展與社會進步。\n';
    expect(decodeText(encode(traditional, 'gb18030')!)).toMatchObject({ ok: true, text: traditional, encoding: 'gb18030' });
    expect(decodeText(Buffer.from('Café, résumé, naïve, façade: ±5 °C.\n', 'latin1'))).toMatchObject({ ok: false, error: 'not text in UTF-8, UTF-16 or GB18030/GBK' });
  });

  it('refuses binary data with NUL bytes, random bytes and UTF-16 of another script instead of returning garbage', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
    expect(decodeText(png)).toMatchObject({ ok: false, error: 'binary file (contains NUL bytes), not text' });
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(decodeText(noise).ok).toBe(false);
    expect(decodeText(encode('안녕하세요. 업무 보고서입니다.\n', 'utf-16le')!).ok).toBe(false);
  });
});

describe('reading files', () => {
  it('stops at the limit when a file holds more than its size says (a /proc file says 0 bytes)', () => {
    const path = '/proc/self/status';
    if (!readdirSync('/proc').includes('self')) return; // not Linux
    expect(statSync(path).size).toBe(0);
    expect(readTextFile(path, 100)).toMatchObject({ ok: false, error: expect.stringMatching(/^file is too large \(> 0 MB/) });
    expect(readTextFile(path)).toMatchObject({ ok: true, text: expect.stringContaining('Name:') });
  });

  it('names a broken link, a link loop and a path through a file in one message each', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), 'text');
    symlinkSync('missing.txt', join(dir, 'dangling.txt'));
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    expect(readTextFile(join(dir, 'dangling.txt'))).toMatchObject({ ok: false, error: 'broken symbolic link: its target does not exist' });
    expect(readTextFile(join(dir, 'loop.txt'))).toMatchObject({ ok: false, error: 'too many levels of symbolic links (a link loop)' });
    expect(readTextFile(join(dir, 'ok.txt', 'x.txt'))).toMatchObject({ ok: false, error: 'a part of the path is not a folder' });
    expect(readTextFile(dir)).toMatchObject({ ok: false, error: 'is a folder, not a file' });
  });
});

describe('walking folders', () => {
  it('lists 150,000 files under one folder (recursion overflowed the stack past about 130,000)', () => {
    const dir = tmp();
    // 150 folders of 1,000 empty reports each, under one folder: the whole list passes through one level.
    for (let d = 0; d < 150; d++) {
      const folder = join(dir, 'reports', 'all', `d${d}`);
      mkdirSync(folder, { recursive: true });
      for (let f = 0; f < 1000; f++) closeSync(openSync(join(folder, `r${f}.txt`), 'w'));
    }
    try {
      const { files, problems } = expandPaths(['reports'], dir);
      expect(problems).toEqual([]);
      expect(files.length).toBe(150_000);
      expect(new Set(files).size).toBe(150_000);
      expect(files.slice(0, 3)).toEqual(['r0.txt', 'r1.txt', 'r10.txt'].map((f) => join('reports', 'all', 'd0', f)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('reads a folder through a link named on the command line, but follows no link to a folder inside it', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'reports', 'q1'), { recursive: true });
    writeFileSync(join(dir, 'reports', 'q1', 'a.txt'), 'text');
    writeFileSync(join(dir, 'elsewhere.txt'), 'text');
    symlinkSync(join(dir, 'reports', 'q1'), join(dir, 'reports', 'latest'));
    symlinkSync(join(dir, 'reports'), join(dir, 'reports', 'q1', 'up'));
    symlinkSync(join(dir, 'elsewhere.txt'), join(dir, 'reports', 'linked.txt'));
    symlinkSync(join(dir, 'reports'), join(dir, 'shortcut'));
    expect(expandPaths(['reports'], dir)).toEqual({ files: [join('reports', 'linked.txt'), join('reports', 'q1', 'a.txt')], problems: [] });
    expect(expandPaths(['shortcut'], dir).files).toEqual([join('shortcut', 'linked.txt'), join('shortcut', 'q1', 'a.txt')]);
  });
});

describe('writing a fixed file', () => {
  it('replaces the text, keeps the mode, the BOM it is asked for and the link, and leaves no temporary file', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'r.txt'), 'old text', { mode: 0o640 });
    symlinkSync(join('real', 'r.txt'), join(dir, 'link.txt'));
    expect(writeFixedFile(join(dir, 'link.txt'), '新的内容', true)).toBeUndefined();
    expect(readFileSync(join(dir, 'real', 'r.txt'), 'utf8')).toBe('\ufeff新的内容');
    expect(statSync(join(dir, 'real', 'r.txt')).mode & 0o7777).toBe(0o640);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe(join('real', 'r.txt'));
    expect(readdirSync(join(dir, 'real'))).toEqual(['r.txt']);
  });

  it('says why when the path is no longer a file, and leaves it alone', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'was-a-file.txt'));
    expect(writeFixedFile(join(dir, 'was-a-file.txt'), 'x', false)).toEqual({ zh: '未修复：无法写入（是文件夹，不是文件）', en: 'not fixed: cannot write the file (is a folder, not a file)' });
    expect(writeFixedFile(join(dir, 'gone.txt'), 'x', false)?.en).toBe('not fixed: cannot write the file (no such file or folder)');
    expect(readdirSync(dir)).toEqual(['was-a-file.txt']);
  });
});
