// `-` reads the report from standard input, for editors and CI: `cat report.txt | gongwen check -`.
// `--stdin-filename` names it: where its configuration is found, its format, its name in the output.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode, ENCODINGS } from '../fuzz/encodings';
import { cliPath, runCli } from './run-cli';

const tmp = () => mkdtempSync(join(tmpdir(), 'gongwen-stdin-'));
const json = (stdout: string) => JSON.parse(stdout) as { file: string; diagnostics: { rule: string; message: string; range: unknown }[] }[];
const rules = (stdout: string) => json(stdout).flatMap((r) => r.diagnostics.map((d) => d.rule));

describe('gongwen check -', () => {
  it('checks the text on standard input, named <stdin>, as a file with the same text is checked', () => {
    const dir = tmp();
    const text = '一、做法\nXX局,好\n三、问题\n';
    writeFileSync(join(dir, 'r.txt'), text);
    const fromStdin = runCli(['check', '--format', 'json', '-'], dir, text);
    const fromFile = runCli(['check', '--format', 'json', 'r.txt'], dir);
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.code).toBe(1);
    expect(json(fromStdin.stdout)).toEqual([{ file: '<stdin>', diagnostics: json(fromFile.stdout)[0].diagnostics }]);
    expect(runCli(['check', '-'], dir, text).stdout).toMatch(/^<stdin>\n {2}2:1 +error +未填写的占位符“XX”/);
  });

  it('checks standard input beside files, in the order given', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), '正文。\n');
    const r = runCli(['check', '--format', 'json', 'a.txt', '-', '--stdin-filename', 'piped.txt'], dir, 'XX局\n');
    expect(json(r.stdout).map((f) => f.file)).toEqual(['a.txt', 'piped.txt']);
  });

  it('names the text with --stdin-filename in stylish, JSON and SARIF output', () => {
    const dir = tmp();
    const args = ['check', '-', '--stdin-filename', 'reports/r.txt'];
    expect(runCli(args, dir, 'XX局\n').stdout.split('\n')[0]).toBe('reports/r.txt');
    expect(json(runCli([...args, '--format', 'json'], dir, 'XX局\n').stdout)[0].file).toBe('reports/r.txt');
    const sarif = JSON.parse(runCli([...args, '--format', 'sarif'], dir, 'XX局\n').stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('reports/r.txt');
  });

  it('reads Markdown or plain text as --stdin-filename says', () => {
    const dir = tmp();
    // Code in Markdown is not report text; in plain text the backquotes are just characters.
    const text = '`XX`局\n';
    expect(rules(runCli(['check', '--format', 'json', '-', '--stdin-filename', 'r.md'], dir, text).stdout)).toEqual([]);
    expect(rules(runCli(['check', '--format', 'json', '-', '--stdin-filename', 'r.txt'], dir, text).stdout)).toContain('placeholder-letters');
  });

  it("uses the configuration of --stdin-filename's folder and its ignore globs", () => {
    const dir = tmp();
    mkdirSync(join(dir, 'quiet'));
    writeFileSync(join(dir, 'quiet', '.gongwenrc.json'), JSON.stringify({ rules: { 'placeholder-letters': 'off' }, ignore: ['drafts/'] }));
    const run = (name: string, extra: string[] = []) => runCli(['check', '--format', 'json', ...extra, '-', '--stdin-filename', name], dir, 'XX局\n');
    expect(rules(run('loud.txt').stdout)).toContain('placeholder-letters');
    expect(rules(run('quiet/r.txt').stdout)).not.toContain('placeholder-letters');
    const ignored = run('quiet/drafts/r.txt', ['--locale', 'en']);
    expect(ignored.stderr.trim()).toBe(`gongwen: quiet/drafts/r.txt: skipped: ignored by ${join('quiet', '.gongwenrc.json')}`);
    expect(json(ignored.stdout)).toEqual([]);
  });

  it('without --stdin-filename, uses the configuration of the working folder', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ rules: { 'placeholder-letters': 'off' } }));
    expect(rules(runCli(['check', '--format', 'json', '-'], dir, 'XX局\n').stdout)).not.toContain('placeholder-letters');
  });

  it('decodes standard input as it decodes files: BOM, UTF-16, GB18030; binary refused in one line', () => {
    const dir = tmp();
    const text = '一、做法\nXX局\n';
    const utf8 = json(runCli(['check', '--format', 'json', '-'], dir, text).stdout)[0].diagnostics;
    for (const { encoding, bom } of ENCODINGS) {
      const bytes = encode(text, encoding, bom)!;
      const r = spawnSync(process.execPath, [cliPath, 'check', '--format', 'json', '-'], { cwd: dir, input: bytes, encoding: 'utf8' });
      expect(r.stderr, `${encoding}${bom ? ' with BOM' : ''}`).toBe('');
      expect(json(r.stdout)[0].diagnostics, `${encoding}${bom ? ' with BOM' : ''}`).toEqual(utf8);
    }
    const binary = Buffer.alloc(2048, 0);
    const r = spawnSync(process.execPath, [cliPath, 'check', '--locale', 'en', '-'], { cwd: dir, input: binary, encoding: 'utf8' });
    expect(r.stderr.trim()).toBe('gongwen: <stdin>: binary file (contains NUL bytes), not text');
    expect(r.status).toBe(2);
  });

  it('checks an empty standard input, and a closed one, without waiting', () => {
    const dir = tmp();
    expect(runCli(['check', '--format', 'json', '-'], dir, '')).toMatchObject({ code: 0, stderr: '' });
    const closed = spawnSync(process.execPath, [cliPath, 'check', '--format', 'json', '-'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
    expect(closed.status).toBe(0);
    expect(json(closed.stdout)).toEqual([{ file: '<stdin>', diagnostics: [] }]);
  });

  it.skipIf(process.platform === 'win32' || spawnSync('script', ['--version']).status !== 0)('says so and exits 2 when standard input is a terminal, instead of waiting for it', () => {
    const dir = tmp();
    // `script` gives the command a terminal for its standard input; the timeout guards against a hang.
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${cliPath}" check --locale en -`, '/dev/null'], { cwd: dir, input: '', encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout).toContain('gongwen: <stdin>: standard input is a terminal');
    expect(r.status).toBe(2);
  });

  it('with --fix, writes the fixed text to standard output and the findings to standard error; never a file named -', () => {
    const dir = tmp();
    const r = runCli(['check', '--fix', '--format', 'json', '-', '--stdin-filename', 'r.txt'], dir, '一、主要做法\n工作扎实。。成效明显,群众满意。XX局\n');
    expect(r.stdout).toBe('一、主要做法\n工作扎实。成效明显，群众满意。XX局\n');
    expect(json(r.stderr).map((f) => f.file)).toEqual(['r.txt']);
    expect(rules(r.stderr)).toEqual(['placeholder-letters']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect(existsSync(join(dir, 'r.txt'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with --fix, passes text with nothing to fix, or ignored, through unchanged', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ ignore: ['drafts/'] }));
    const text = '一、主要做法\n工作扎实,成效明显。';
    expect(runCli(['check', '--fix', '-', '--stdin-filename', 'drafts/a.txt'], dir, text).stdout).toBe(text);
    expect(runCli(['check', '--fix', '-'], dir, '正文。').stdout).toBe('正文。');
  });

  it('with --fix, keeps the BOM the text came with', () => {
    const dir = tmp();
    expect(runCli(['check', '--fix', '-'], dir, '\ufeff工作扎实。。').stdout).toBe('\ufeff工作扎实。');
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ ignore: ['drafts/'] }));
    expect(runCli(['check', '--fix', '-', '--stdin-filename', 'drafts/a.txt'], dir, '\ufeff工作扎实。。').stdout).toBe('\ufeff工作扎实。。');
  });

  it('reads a file named - when it is written ./-', () => {
    const dir = tmp();
    writeFileSync(join(dir, '-'), 'XX局\n');
    expect(json(runCli(['check', '--format', 'json', './-'], dir).stdout)[0].file).toBe('./-');
  });

  it('refuses --stdin-filename without -', () => {
    const r = runCli(['check', '--locale', 'en', '--stdin-filename', 'a.txt', 'b.txt'], tmp());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stdin-filename goes with the path - (standard input)');
  });
});
