// `gongwen check` on Word documents, through the built binary: a .docx is checked as its text,
// and its findings say where a writer finds them in Word (第N段, the heading, the words).

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abstractNum, buildDocx, num, np, p } from '../docx/build';
import { repoRoot, runCli } from './run-cli';

const MADE = resolve(repoRoot, 'test/docx/made');
const SEEDS = resolve(repoRoot, '../shared/corpus/seeds');
const REAL_TEXT = resolve(repoRoot, 'test/corpus/real');

const tmp = () => mkdtempSync(join(tmpdir(), 'gongwen-docx-'));

interface JsonDiagnostic {
  rule: string;
  category: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  paragraph?: number;
  heading?: string;
  excerpt?: string;
  inWordNumbering?: boolean;
  fix?: { title: string; edits: { range: unknown; newText: string }[] };
  suggestions?: unknown[];
}

function checkJson(args: string[], cwd = repoRoot): { code: number | null; files: { file: string; diagnostics: JsonDiagnostic[] }[]; stderr: string } {
  const r = runCli(['check', '--no-config', '--format', 'json', ...args], cwd);
  return { code: r.code, files: JSON.parse(r.stdout || '[]'), stderr: r.stderr };
}

/** What the text's own check says of a finding: everything but where it is in Word. */
function asOnText({ paragraph: _p, heading: _h, excerpt: _e, inWordNumbering: _n, ...rest }: JsonDiagnostic): JsonDiagnostic {
  return rest;
}

/** The text report a made .docx was converted from (test/docx/made/make.sh), where this checkout has it. */
function sourceOf(docx: string): string | undefined {
  const txt = basename(docx).replace(/\.docx$/, '.txt');
  if (docx.includes('/seeds/')) return existsSync(join(SEEDS, txt)) ? join(SEEDS, txt) : undefined;
  for (const set of readdirSync(REAL_TEXT)) {
    const candidate = join(REAL_TEXT, set, 'docs', txt);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const madeFromText = ['seeds', 'real'].flatMap((set) =>
  readdirSync(join(MADE, set))
    .filter((name) => name.endsWith('.docx'))
    .map((name) => join(MADE, set, name)),
);

describe('a .docx made from a text report is checked as that text', () => {
  it('has the seeds and real reports to compare', () => {
    expect(madeFromText.filter((f) => f.includes('/seeds/')).length).toBeGreaterThanOrEqual(5);
    expect(madeFromText.filter((f) => f.includes('/real/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(madeFromText.map((f) => [basename(f), f]))('%s: the same findings as its text, rule for rule, each placed in its paragraph', (_name, docx) => {
    const source = sourceOf(docx);
    if (!source) return; // the seeds live in ../shared, absent from some checkouts
    // Both under the one name in one folder, so that type detection by file name treats them alike.
    const dir = tmp();
    const name = basename(source, '.txt');
    copyFileSync(docx, join(dir, `${name}.docx`));
    copyFileSync(source, join(dir, `${name}.txt`));
    const { files } = checkJson([`${name}.docx`, `${name}.txt`], dir);
    const [onDocx, onText] = files;
    expect(onDocx.file).toBe(`${name}.docx`);
    // The seeds carry planted faults; a real report may have none.
    if (docx.includes('/seeds/')) expect(onText.diagnostics.length).toBeGreaterThan(0);
    // The .docx has a page layout as well, which the text has not: only the layout rules may say more.
    expect(onDocx.diagnostics.filter((d) => d.category !== 'layout').map(asOnText)).toEqual(onText.diagnostics);
    expect(onText.diagnostics.filter((d) => d.category === 'layout')).toEqual([]);
    // Made from text, a paragraph a line: the paragraph is the line, and the excerpt the flagged words.
    const lines = readFileSync(source, 'utf8').split('\n');
    for (const d of onDocx.diagnostics) {
      expect(d.paragraph, d.rule).toBe(d.range.start.line);
      const { start, end } = d.range;
      const flagged = lines[start.line].slice(start.character, end.line === start.line ? end.character : undefined);
      expect(d.excerpt!.replace(/…$/, ''), d.rule).toBe(Array.from(flagged.replace(/\t/g, ' ')).slice(0, 24).join(''));
    }
  });

  it('numbering Word generates for the headings is checked like numbering typed by hand (outline.docx, outline.txt)', () => {
    const dir = tmp();
    copyFileSync(join(MADE, 'outline.docx'), join(dir, 'outline.docx'));
    copyFileSync(join(MADE, 'outline.txt'), join(dir, 'outline.txt'));
    const { files } = checkJson(['outline.docx', 'outline.txt'], dir);
    expect(files[1].diagnostics.length).toBeGreaterThan(0);
    expect(files[0].diagnostics.map(asOnText)).toEqual(files[1].diagnostics);
  });
});

describe('where a finding is in the Word document', () => {
  it('stylish output names the paragraph, the heading it falls under and the flagged words', () => {
    const r = runCli(['check', '--no-config', 'test/docx/made/outline.docx']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('标题“2.加强督导”下没有内容'));
    expect(lines[at]).toMatch(/^ {2}9:1 +warning +标题“2\.加强督导”下没有内容 +empty-section$/);
    expect(lines[at + 1].trim()).toBe('第9段（在“（一）强化组织领导”下）：“2.加强督导”');
    // Before the first heading there is no heading to name.
    expect(lines).toContain(lines.find((l) => l.trim() === '第1段：“某某”'));
  });

  it('says it in English with --locale en', () => {
    const r = runCli(['check', '--no-config', '--locale', 'en', 'test/docx/made/outline.docx']);
    expect(r.stdout).toContain('paragraph 9 (under "（一）强化组织领导"): "2.加强督导"');
  });

  // A paragraph with a line break in it, and a table row: paragraphs and lines no longer agree.
  const body =
    p('关于2024年工作的总结') +
    p('一、总体情况') +
    '<w:p><w:r><w:t>今年以来，我们认真开展工作。</w:t></w:r><w:r><w:br/><w:t>全年完成XX项任务，取得了较好成效。</w:t></w:r></w:p>' +
    '<w:tbl><w:tr><w:tc>' + p('指标') + '</w:tc><w:tc>' + p('完成情况') + '</w:tc></w:tr></w:tbl>' +
    p('二、存在问题') +
    p('部分工作推进不够快，某某项目尚未完成，有待今后进一步加强和改进。');

  it('JSON carries the 0-based paragraph besides the line and character of the extracted text, with the heading and the words', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'summary.docx'), buildDocx({ body }));
    const { files } = checkJson(['summary.docx'], dir);
    const xx = files[0].diagnostics.find((d) => d.rule === 'placeholder-letters')!;
    expect(xx).toMatchObject({ range: { start: { line: 3, character: 4 } }, paragraph: 2, heading: '一、总体情况', excerpt: 'XX' });
    const someone = files[0].diagnostics.find((d) => d.rule === 'placeholder-words')!;
    expect(someone).toMatchObject({ range: { start: { line: 6 } }, paragraph: 5, heading: '二、存在问题', excerpt: '某某' });
  });

  it('SARIF carries them in the result\'s property bag, regions as for text', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'summary.docx'), buildDocx({ body }));
    const r = runCli(['check', '--no-config', '--format', 'sarif', 'summary.docx'], dir);
    const sarif = JSON.parse(r.stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'placeholder-letters');
    expect(result.properties).toEqual({ paragraph: 2, heading: '一、总体情况', excerpt: 'XX' });
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 5, endLine: 4, endColumn: 7 });
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('summary.docx');
  });

  it('a text file\'s findings carry no paragraph', () => {
    const { files } = checkJson(['test/docx/made/outline.txt']);
    expect(files[0].diagnostics.every((d) => d.paragraph === undefined && d.excerpt === undefined)).toBe(true);
  });
});

describe('fixes on a Word document', () => {
  // Headings numbered by Word as 一. 二. (the standard wants 一、), and the same marker typed by hand.
  const numbering = abstractNum(1, [{ format: 'chineseCounting', text: '%1.', suffix: 'nothing' }]) + num(1, 1);
  const generatedBody = p('关于2024年工作的总结') + np(1, 0, '总体情况') + p('今年以来，我们认真开展工作，取得了成效。') + np(1, 0, '存在问题') + p('有的工作还不够深入。');
  const typedBody = p('关于2024年工作的总结') + p('一.总体情况') + p('今年以来，我们认真开展工作，取得了成效。') + p('二.存在问题') + p('有的工作还不够深入。');

  it('a fix that would edit a numbering label Word generates is never offered; one on typed text is', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'generated.docx'), buildDocx({ body: generatedBody, numbering }));
    writeFileSync(join(dir, 'typed.docx'), buildDocx({ body: typedBody }));
    const { files } = checkJson(['generated.docx', 'typed.docx'], dir);
    const styleFindings = (i: number) => files[i].diagnostics.filter((d) => d.rule === 'numbering-style');
    expect(styleFindings(0).map((d) => d.range.start.line)).toEqual([1, 3]);
    expect(styleFindings(0).every((d) => d.fix === undefined && d.suggestions === undefined && d.inWordNumbering === true)).toBe(true);
    expect(styleFindings(1).map((d) => d.fix?.edits[0].newText)).toEqual(['一、', '二、']);
    expect(styleFindings(1).every((d) => d.inWordNumbering === undefined)).toBe(true);
    const stylish = runCli(['check', '--no-config', 'generated.docx', 'typed.docx'], dir).stdout;
    expect(stylish).toContain('第2段：“一.”（此编号由 Word 自动生成，请在 Word 的编号设置中修改）\n');
    expect(stylish).toContain('其中 2 个在 Word 文档中，有机械性修改，请在 Word 中修改（--fix 不写 .docx 文件）。');
    expect(stylish).not.toContain('可用 --fix 选项自动修复');
    // SARIF's fixes are edits of the artifact's text, which a .docx has not: none are given for one.
    const sarif = JSON.parse(runCli(['check', '--no-config', '--format', 'sarif', 'typed.docx'], dir).stdout);
    const results = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'numbering-style');
    expect(results).toHaveLength(2);
    expect(results.every((x: { fixes?: unknown }) => x.fixes === undefined)).toBe(true);
  });

  it('--fix never writes a .docx: one notice for it, exit 2, and the other files are fixed', () => {
    const dir = tmp();
    const docx = buildDocx({ body: typedBody });
    writeFileSync(join(dir, 'typed.docx'), docx);
    writeFileSync(join(dir, 'typed.txt'), '关于2024年工作的总结\n一.总体情况\n今年以来，我们认真开展工作，取得了成效。\n');
    const r = runCli(['check', '--no-config', '--fix', 'typed.docx', 'typed.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['gongwen: typed.docx: 未修复：--fix 暂不支持写入 Word 文档，请按检查结果在 Word 中修改（其余文件照常修复）']);
    expect(readFileSync(join(dir, 'typed.docx'))).toEqual(Buffer.from(docx));
    expect(readFileSync(join(dir, 'typed.txt'), 'utf8')).toContain('一、总体情况');
    // Its findings are still reported, the marker among them.
    expect(r.stdout).toMatch(/ {2}2:1 +warning +一级标题序号应写作“一、”.*\n +第2段：“一\.”\n/);
  });

  it('a .docx on standard input (named by --stdin-filename) is checked as one; with --fix nothing comes out on standard output', () => {
    const docx = Buffer.from(buildDocx({ body: typedBody }));
    const checked = runCli(['check', '--no-config', '--format', 'json', '-', '--stdin-filename', 'typed.docx'], repoRoot, docx);
    expect(checked.stderr).toBe('');
    expect(JSON.parse(checked.stdout)[0].diagnostics.find((d: JsonDiagnostic) => d.rule === 'numbering-style')).toMatchObject({ paragraph: 1, excerpt: '一.' });
    const fixed = runCli(['check', '--no-config', '--fix', '-', '--stdin-filename', 'typed.docx'], repoRoot, docx);
    expect(fixed.code).toBe(2);
    expect(fixed.stdout).toBe('');
    expect(fixed.stderr).toContain('gongwen: typed.docx: 未修复：--fix 暂不支持写入 Word 文档');
    expect(fixed.stderr).toContain('第2段：“一.”');
  });
});

describe('gongwen check with .docx, .txt and folders together', () => {
  /** a.docx and b.txt named, and a folder with a .docx, an old .doc, a WPS file and Word's lock file. */
  function mixed(withOldFormats: boolean): string {
    const dir = tmp();
    copyFileSync(join(MADE, 'outline.docx'), join(dir, 'a.docx'));
    copyFileSync(join(MADE, 'outline.txt'), join(dir, 'b.txt'));
    mkdirSync(join(dir, 'folder'));
    copyFileSync(join(MADE, 'outline.docx'), join(dir, 'folder', 'c.docx'));
    writeFileSync(join(dir, 'folder', '~$c.docx'), Buffer.from([0x05, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
    if (withOldFormats) {
      copyFileSync(join(MADE, 'features.doc'), join(dir, 'folder', 'old.doc'));
      copyFileSync(join(MADE, 'features.doc'), join(dir, 'folder', 'old.wps'));
    }
    return dir;
  }

  it('checks each kind, skips the lock file without a word, and exits 1 for the errors found', () => {
    const r = runCli(['check', '--no-config', 'a.docx', 'b.txt', 'folder'], mixed(false));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const files = r.stdout.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('✖'));
    expect(files).toEqual(['a.docx', 'b.txt', join('folder', 'c.docx')]);
  });

  it('names each old .doc and .wps in a folder once, saying to save it as .docx, checks the rest, and exits 2', () => {
    const r = runCli(['check', '--no-config', '--format', 'json', 'a.docx', 'b.txt', 'folder'], mixed(true));
    expect(r.code).toBe(2);
    const problems = r.stderr.trim().split('\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^gongwen: folder\/old\.doc: 这是旧版 Word（\.doc）或 WPS（\.wps）格式的文件，无法直接检查。请在 Word\/WPS 中“另存为” \.docx 格式后再检查。$/);
    expect(problems[1]).toMatch(/^gongwen: folder\/old\.wps: 这是旧版/);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['a.docx', 'b.txt', join('folder', 'c.docx')]);
  });

  it('a .doc named on the command line is refused the same way (in English with --locale en)', () => {
    const r = runCli(['check', '--no-config', '--locale', 'en', 'test/docx/made/features.doc']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('gongwen: test/docx/made/features.doc: This is an old-format Word (.doc) or WPS (.wps) file, which cannot be checked directly. Save it as .docx in Word or WPS ("Save As"), then check the .docx.');
  });

  it('a globbed folder takes .docx too, and no lock file', () => {
    const r = runCli(['check', '--no-config', '--format', 'json', 'folder/*'], mixed(false));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([join('folder', 'c.docx')]);
  });

  it('a damaged or fake .docx gets the reader\'s one message and the run goes on', () => {
    const dir = mixed(false);
    writeFileSync(join(dir, 'fake.docx'), '这不是 Word 文档\n');
    writeFileSync(join(dir, 'cut.docx'), readFileSync(join(MADE, 'outline.docx')).subarray(0, 4000));
    const r = runCli(['check', '--no-config', '--format', 'json', 'fake.docx', 'cut.docx', 'a.docx'], dir);
    expect(r.code).toBe(2);
    const problems = r.stderr.trim().split('\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('gongwen: fake.docx: 文件不是有效的 .docx 文档（不是 ZIP 格式，可能已损坏或并非 Word 文档）。');
    expect(problems[1]).toMatch(/^gongwen: cut\.docx: /);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual(['a.docx']);
  });

  it('a folder with nothing to check says which files it looks for', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'empty'));
    const r = runCli(['check', 'empty'], dir);
    expect(r.stderr.trim()).toBe('gongwen: empty: 文件夹中没有 .txt、.md、.docx 文件');
  });
});

describe('the layout of a .docx', () => {
  it('is checked against GB/T 9704 by the CLI: the planted margins and fonts of features.docx, nothing on outline.docx', () => {
    const { files } = checkJson([join(MADE, 'features.docx'), join(MADE, 'outline.docx')]);
    const layoutRules = (i: number) => [...new Set(files[i].diagnostics.filter((d) => d.category === 'layout').map((d) => d.rule))].sort();
    expect(layoutRules(0)).toEqual(['layout-body-font', 'layout-heading-font', 'layout-margins', 'layout-title-font']);
    expect(layoutRules(1)).toEqual([]);
  });

  it('is not checked with --rule layout=off', () => {
    const { files } = checkJson(['--rule', 'layout=off', join(MADE, 'features.docx')]);
    expect(files[0].diagnostics.filter((d) => d.category === 'layout')).toEqual([]);
  });
});
