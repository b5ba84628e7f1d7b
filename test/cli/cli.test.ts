import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

const tmp = () => mkdtempSync(join(tmpdir(), 'gongwen-cli-'));

describe('gongwen check: output formats', () => {
  it('prints JSON in exactly the documented shape, with 0-based LSP positions', () => {
    const r = runCli(['check', '--format', 'json', 'samples/sample-report.txt']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]).sort()).toEqual(['diagnostics', 'file']);
    expect(out[0].file).toBe('samples/sample-report.txt');
    const first = out[0].diagnostics[0];
    expect(first).toEqual({
      rule: 'placeholder-letters',
      category: 'placeholder',
      severity: 'error',
      message: '未填写的占位符“XX”',
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } },
    });
    const withFix = out[0].diagnostics.find((d: { rule: string }) => d.rule === 'numbering-style');
    expect(withFix.fix.edits[0]).toEqual({ range: { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } }, newText: '（三）' });
  });

  it('prints stylish output with 1-based line:column, severity, message and rule id', () => {
    const r = runCli(['check', 'samples/sample-report.txt']);
    expect(r.stdout).toContain('samples/sample-report.txt');
    expect(r.stdout).toMatch(/ {2}1:3 +error +未填写的占位符“XX” +placeholder-letters/);
    expect(r.stdout).toMatch(/✖ 共 \d+ 个问题/);
  });

  it('writes English messages with --locale en', () => {
    const r = runCli(['check', '--locale', 'en', 'samples/sample-report.txt']);
    expect(r.stdout).toContain('Unfilled placeholder "XX"');
  });

  it('produces SARIF 2.1.0 with rules, results and 1-based regions', () => {
    const r = runCli(['check', '--format', 'sarif', 'samples/sample-report.txt']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('gongwen');
    expect(run.columnKind).toBe('utf16CodeUnits');
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    const first = run.results[0];
    expect(ruleIds[first.ruleIndex]).toBe(first.ruleId);
    expect(first.level).toBe('error');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'samples/sample-report.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 3, endLine: 1, endColumn: 5 },
    });
  });
});

describe('gongwen check: exit status and options', () => {
  it('finds nothing and exits 0 on a clean report with Latin words, units, X射线, bold, dates and 3×4', () => {
    const files = ['test/fixtures/clean-report.txt', 'test/fixtures/clean-report.md'];
    const r = runCli(['check', '--format', 'json', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(files.map((file) => ({ file, diagnostics: [] })));
  });

  it('exits 0 when the only findings are warnings', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), '一、做法\n三、问题\n');
    expect(runCli(['check', 'r.txt'], dir).code).toBe(0);
  });

  it('changes severities with --rule and turns rules off', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), '一、做法\n三、问题\nXX局\n');
    expect(runCli(['check', '--rule', 'numbering-sequence=error', '--rule', 'placeholder-letters=off', 'r.txt'], dir).code).toBe(1);
    const rules = (args: string[]) =>
      JSON.parse(runCli(['check', '--format', 'json', ...args, 'r.txt'], dir).stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules([])).toContain('placeholder-letters');
    expect(rules(['--rule', 'placeholder-letters=off'])).not.toContain('placeholder-letters');
    expect(rules(['--rule', 'placeholder-letters=off'])).toContain('numbering-sequence');
  });

  it.each([
    [['check'], 'no files given'],
    [['check', '--format', 'xml', 'a.txt'], 'unknown format "xml"'],
    [['check', '--rule', 'nope=off', 'a.txt'], 'unknown rule or category "nope"'],
    [['check', '--rule', 'placeholder-letters=loud', 'a.txt'], '--rule expects NAME=off|error|warning|info'],
    [['lint', 'a.txt'], 'unknown command "lint"'],
    [['check', '--frobnicate', 'a.txt'], 'unknown option "--frobnicate"'],
  ])('exits 2 with a clear message on a usage error: %j', (args, message) => {
    const r = runCli([...(args as string[]), '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 when a path names nothing', () => {
    const r = runCli(['check', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('gongwen: no/such/file.txt: 没有这个文件或文件夹');
  });

  it('prints its version and help', () => {
    expect(runCli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
    expect(runCli(['--help']).stdout).toContain('gongwen check');
  });
});

describe('gongwen check: paths', () => {
  it('checks a folder recursively, taking .txt and .md files only', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'XX局\n');
    writeFileSync(join(dir, 'b.md'), '**局\n');
    writeFileSync(join(dir, 'c.docx'), 'XX');
    const json = JSON.parse(runCli(['check', '--format', 'json', '.'], dir).stdout);
    expect(json.map((f: { file: string }) => f.file)).toEqual(['a.txt', 'b.md']);
  });

  it('expands a quoted glob itself', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'XX局\n');
    writeFileSync(join(dir, 'b.txt'), '某某局\n');
    writeFileSync(join(dir, 'c.md'), '某某局\n');
    const json = JSON.parse(runCli(['check', '--format', 'json', '*.txt'], dir).stdout);
    expect(json.map((f: { file: string }) => f.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('expands ** across folders and {a,b} alternatives, and a glob of many ** matches nothing it should not', () => {
    const dir = tmp();
    mkdirSync(join(dir, '2025', '一季度'), { recursive: true });
    writeFileSync(join(dir, '2025', '一季度', 'a.txt'), 'XX局\n');
    writeFileSync(join(dir, '2025', 'b.md'), '某某局\n');
    writeFileSync(join(dir, 'c.txt'), '某某局\n');
    const files = (args: string[]) => JSON.parse(runCli(['check', '--format', 'json', ...args], dir).stdout).map((f: { file: string }) => f.file);
    expect(files(['2025/**/*.{txt,md}'])).toEqual(['2025/b.md', '2025/一季度/a.txt'].map((f) => f.split('/').join(sep)));
    expect(files([`${'**/'.repeat(30)}*.txt`])).toEqual(['2025/一季度/a.txt', 'c.txt'].map((f) => f.split('/').join(sep)));
  });
});

describe('gongwen check: bad input never ends in a stack trace', () => {
  it('reads GBK/GB18030 files correctly', () => {
    const json = JSON.parse(runCli(['check', '--format', 'json', 'test/fixtures/gbk-report.txt']).stdout);
    expect(json[0].diagnostics.map((d: { message: string }) => d.message)).toContain('二级标题序号应写作“（二）”，“(二)”用了半角括号');
  });

  it('reads UTF-8 with a BOM, with positions as the editor shows them', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bom.txt'), '\ufeffXX局\n');
    const json = JSON.parse(runCli(['check', '--format', 'json', 'bom.txt'], dir).stdout);
    expect(json[0].diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
  });

  it('checks an empty file and a file of only headings', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'headings.txt'), '一、做法\n（一）甲\n（二）乙\n二、成效\n三、问题\n四、打算\n');
    const r = runCli(['check', '--format', 'json', 'empty.txt', 'headings.txt'], dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['empty.txt', 'headings.txt']);
  });

  it('refuses a binary file in one line and still checks the others', () => {
    const dir = tmp();
    const bytes = Buffer.alloc(4096);
    let seed = 42;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    writeFileSync(join(dir, 'random.txt'), bytes);
    writeFileSync(join(dir, 'ok.txt'), 'XX局\n');
    const r = runCli(['check', '--locale', 'en', '--format', 'json', 'random.txt', 'ok.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gongwen: random\.txt: (binary file|not text)/)]);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['ok.txt']);
  });

  it('checks a 5 MB report', () => {
    const dir = tmp();
    const sample = readFileSync(join(repoRoot, 'samples/sample-report.txt'), 'utf8');
    const big = sample.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sample)));
    writeFileSync(join(dir, 'big.txt'), big);
    const r = runCli(['check', '--format', 'json', 'big.txt'], dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].diagnostics.length).toBeGreaterThan(1000);
  });
});
