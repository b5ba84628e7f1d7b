// Files as a shell user meets them, through the built `gongwen` binary: pipes, devices, sockets,
// huge files, broken links, folders that cannot be read, files that cannot be written, files in
// UTF-16 without a BOM. Each such path gets one line on stderr, the others are still checked and
// reported, and the exit status says that something could not be checked.

import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode, ENCODINGS } from '../fuzz/encodings';
import { repoRoot, runCli, unprivileged } from './run-cli';

/** A folder the unprivileged user can enter (mkdtemp makes it 0700). */
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-paths-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Hands paths to the user the permission tests run as, so that their modes decide. */
function giveToUnprivileged(...paths: string[]): void {
  if (unprivileged) for (const p of paths) chownSync(p, unprivileged.uid, unprivileged.gid);
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
/** The files reported on stdout (nothing is printed when no file could be checked). */
const files = (stdout: string) => (stdout ? (JSON.parse(stdout) as { file: string }[]).map((r) => r.file) : []);
const lines = (stderr: string) => stderr.trim().split('\n').filter(Boolean);
const check = (args: string[], dir: string) => runCli(['check', '--locale', 'en', '--format', 'json', ...args], dir);

describe.skipIf(process.platform === 'win32')('paths that are not reports get one line and never stop the run', () => {
  it('refuses a FIFO named on the command line and one met in a folder, without waiting for a writer', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), 'XX局\n');
    mkfifo(join(dir, 'pipe.txt'));
    mkdirSync(join(dir, 'sub'));
    mkfifo(join(dir, 'sub', 'p.md'));
    const r = check(['pipe.txt', 'ok.txt', 'sub'], dir);
    expect(lines(r.stderr)).toEqual(['gongwen: pipe.txt: is a named pipe (FIFO), not a file: not read', `gongwen: ${join('sub', 'p.md')}: is a named pipe (FIFO), not a file: not read`]);
    expect(files(r.stdout)).toEqual(['ok.txt']);
    expect(r.code).toBe(2);
  });

  it('refuses /dev/zero, /dev/null and a socket without reading them', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), '正文。\n');
    const socket = createServer();
    await new Promise<void>((done) => socket.listen(join(dir, 'socket.txt'), done));
    try {
      const r = check(['/dev/zero', '/dev/null', '.'], dir);
      expect(lines(r.stderr)).toEqual([
        'gongwen: /dev/zero: is a character device, not a file: not read',
        'gongwen: /dev/null: is a character device, not a file: not read',
        'gongwen: socket.txt: is a socket, not a file: not read',
      ]);
      expect(files(r.stdout)).toEqual(['ok.txt']);
      expect(r.code).toBe(2);
    } finally {
      socket.close();
    }
  });

  const blockDevice = existsSync('/dev') ? readdirSync('/dev').map((f) => join('/dev', f)).find((f) => statSync(f, { throwIfNoEntry: false })?.isBlockDevice()) : undefined;
  it.runIf(blockDevice)('refuses a block device', () => {
    const r = check([blockDevice!, 'test/fixtures/clean-report.txt'], repoRoot);
    expect(lines(r.stderr)).toEqual([`gongwen: ${blockDevice}: is a block device, not a file: not read`]);
    expect(files(r.stdout)).toEqual(['test/fixtures/clean-report.txt']);
  });

  it('refuses a file over 50 MB from its size, without reading it', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), '正文。\n');
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 60 * 1024 * 1024);
    const r = check(['huge.txt', 'ok.txt'], dir);
    expect(lines(r.stderr)).toEqual(['gongwen: huge.txt: file is too large (60 MB; the limit is 50 MB): not checked']);
    expect(files(r.stdout)).toEqual(['ok.txt']);
    expect(r.code).toBe(2);
  });

  it('names a broken link, a link loop and a path through a file, and checks the rest', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), '正文。\n');
    mkdirSync(join(dir, 'sub'));
    symlinkSync('missing.txt', join(dir, 'sub', 'dangling.txt'));
    symlinkSync('loop.md', join(dir, 'sub', 'loop.md'));
    const r = check(['sub', 'ok.txt/x.txt', 'ok.txt'], dir);
    expect(lines(r.stderr)).toEqual([
      'gongwen: ok.txt/x.txt: a part of the path is not a folder',
      `gongwen: ${join('sub', 'dangling.txt')}: broken symbolic link: its target does not exist`,
      `gongwen: ${join('sub', 'loop.md')}: too many levels of symbolic links (a link loop)`,
    ]);
    expect(files(r.stdout)).toEqual(['ok.txt']);
    expect(r.code).toBe(2);
  });

  it('names a folder it cannot read and checks the others', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'reports', 'locked'), { recursive: true });
    mkdirSync(join(dir, 'reports', 'open'));
    writeFileSync(join(dir, 'reports', 'locked', 'a.txt'), 'XX局\n');
    writeFileSync(join(dir, 'reports', 'open', 'b.txt'), 'XX局\n');
    writeFileSync(join(dir, 'top.txt'), '正文。\n');
    chmodSync(join(dir, 'reports', 'locked'), 0o000);
    const run = (arg: string) => runCli(['check', '--locale', 'en', '--format', 'json', arg], dir, undefined, { asUnprivilegedUser: true });
    for (const arg of ['reports', 'reports/**/*.txt']) {
      const r = run(arg);
      expect(lines(r.stderr), arg).toEqual([`gongwen: ${join('reports', 'locked')}: cannot read the folder (permission denied)`]);
      expect(files(r.stdout)).toEqual([join('reports', 'open', 'b.txt')]);
      expect(r.code).toBe(2);
    }
    // A glob that cannot reach into the folder does not walk it, and has nothing to say about it.
    expect(run('*.txt')).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('exit status', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'clean.txt'), '正文。\n');
  writeFileSync(join(dir, 'faulty.txt'), 'XX局\n');
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'notes.pdf'), '');

  it.each([
    [['clean.txt'], 0, []],
    [['faulty.txt'], 1, []],
    [['clean.txt', 'typo.txt'], 2, ['gongwen: typo.txt: no such file or folder']],
    [['faulty.txt', 'typo.txt'], 2, ['gongwen: typo.txt: no such file or folder']],
    [['clean.txt', '*.md'], 2, ['gongwen: *.md: no file matches this pattern']],
    [['clean.txt', `${'a'.repeat(300)}*.txt`], 2, [`gongwen: ${'a'.repeat(300)}*.txt: the glob is too long (at most 256 characters)`]],
    [['clean.txt', 'empty'], 2, ['gongwen: empty: no .txt, .md or .docx files in this folder']],
    [['typo.txt'], 2, ['gongwen: typo.txt: no such file or folder']],
  ])('%j exits %i', (args, code, stderr) => {
    const r = check(args as string[], dir);
    expect(lines(r.stderr)).toEqual(stderr);
    expect(r.code).toBe(code);
    expect(files(r.stdout)).toEqual((args as string[]).filter((a) => a.endsWith('.txt') && a !== 'typo.txt' && !a.includes('*')));
  });

  it('says so in its help', () => {
    expect(runCli(['--help', '--locale', 'en']).stdout).toMatch(/2 +a path could not be checked or fixed/);
  });

  it('writes file problems in Chinese by default', () => {
    expect(lines(runCli(['check', 'clean.txt', 'typo.txt'], dir).stderr)).toEqual(['gongwen: typo.txt: 没有这个文件或文件夹']);
  });
});

describe('encodings', () => {
  it('reports the same findings in a real report saved in UTF-16 (either byte order, with or without BOM) or GB18030 as in UTF-8', () => {
    const dir = tmp();
    const report = readFileSync(join(repoRoot, 'test/fixtures/reports/faulty/self-evaluation.txt'), 'utf8');
    for (const { encoding, bom } of ENCODINGS) {
      mkdirSync(join(dir, `${encoding}${bom ? '-bom' : ''}`));
      writeFileSync(join(dir, `${encoding}${bom ? '-bom' : ''}`, 'self-evaluation.txt'), encode(report, encoding, bom)!);
    }
    const r = check(['.'], dir);
    expect(r.stderr).toBe('');
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: unknown[] }[];
    expect(reports).toHaveLength(ENCODINGS.length);
    const utf8 = reports.find((x) => x.file.startsWith('utf-8'))!;
    expect(utf8.diagnostics.length).toBeGreaterThan(3);
    for (const other of reports) expect(other.diagnostics, other.file).toEqual(utf8.diagnostics);
  });
});

describe.skipIf(process.platform === 'win32')('--fix', () => {
  const FAULTY = '一、主要做法\n工作扎实。。成效明显,群众满意。\n';
  const FIXED = '一、主要做法\n工作扎实。成效明显，群众满意。\n';

  it('names a file it cannot fix because of its encoding, and exits 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), FAULTY);
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FAULTY, 'utf16le')]));
    const r = runCli(['check', '--fix', '--locale', 'en', '--format', 'json', '.'], dir);
    expect(lines(r.stderr)).toEqual(['gongwen: utf16.txt: not fixed: the file is utf-16le, and --fix writes UTF-8 files only']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(r.code).toBe(2);
  });

  it('reports a file it may not write in one line, leaves it as it was, and fixes the others', () => {
    const dir = tmp();
    for (const name of ['a.txt', 'read-only.txt', 'z.txt']) writeFileSync(join(dir, name), FAULTY);
    chmodSync(join(dir, 'read-only.txt'), 0o444);
    giveToUnprivileged(dir, ...['a.txt', 'read-only.txt', 'z.txt'].map((f) => join(dir, f)));
    const r = runCli(['check', '--fix', '--locale', 'en', '--format', 'json', '.'], dir, undefined, { asUnprivilegedUser: true });
    expect(lines(r.stderr)).toEqual(['gongwen: read-only.txt: not fixed: cannot write the file (permission denied)']);
    expect(r.stderr).not.toContain('internal error');
    expect(readFileSync(join(dir, 'read-only.txt'), 'utf8')).toBe(FAULTY);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'z.txt'), 'utf8')).toBe(FIXED);
    expect(files(r.stdout)).toEqual(['a.txt', 'read-only.txt', 'z.txt']);
    expect(r.code).toBe(2);
  });

  it('leaves the original whole when a write fails half way (a file size limit), and fixes the others', () => {
    const dir = tmp();
    // Larger than the limit once fixed: the write stops after 8 KiB with EFBIG.
    const large = FAULTY.repeat(400);
    writeFileSync(join(dir, 'large.txt'), large);
    writeFileSync(join(dir, 'small.txt'), FAULTY);
    const r = runCli(['check', '--fix', '--locale', 'en', '--format', 'json', '.'], dir, undefined, { fileSizeLimitKiB: 8 });
    expect(lines(r.stderr)).toEqual(['gongwen: large.txt: not fixed: cannot write the file (file too large for this system or limit)']);
    expect(readFileSync(join(dir, 'large.txt'), 'utf8')).toBe(large);
    expect(readFileSync(join(dir, 'small.txt'), 'utf8')).toBe(FIXED);
    expect(readdirSync(dir).sort()).toEqual(['large.txt', 'small.txt']);
    expect(r.code).toBe(2);
  });
});
