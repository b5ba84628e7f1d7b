// `gongwen check --annotate OUT.docx IN.docx`, run as a user would: the copy is written with a
// comment for each finding the report shows, the original is untouched, and each wrong use gets
// one message.

import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../server/src/docx';
import { runCli } from './run-cli';

const SEED = resolve(__dirname, '../docx/made/seeds/000_7bb5cf063f89b13b.docx');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-annotate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(SEED, join(dir, 'report.docx'));

const commentsIn = (path: string) => [...new TextDecoder().decode(unzipSync(readFileSync(path))['word/comments.xml']).matchAll(/<w:comment w:id="\d+" w:author="Gongwen"/g)].length;

describe('gongwen check --annotate', () => {
  it('writes the copy with one comment per finding, prints the report, leaves the original as it was', () => {
    const before = readFileSync(join(dir, 'report.docx'));
    const r = runCli(['check', '--format', 'json', '--annotate', 'report-annotated.docx', 'report.docx'], dir);
    const findings = JSON.parse(r.stdout)[0].diagnostics;
    expect(findings.length).toBeGreaterThan(0);
    expect(r.code).toBe(findings.some((d: { severity: string }) => d.severity === 'error') ? 1 : 0);
    expect(r.stderr).toBe(`gongwen: 已写入批注副本 report-annotated.docx（${findings.length} 条批注）\n`);
    expect(commentsIn(join(dir, 'report-annotated.docx'))).toBe(findings.length);
    expect(readFileSync(join(dir, 'report.docx'))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('checks the document as check does: its layout is commented on too, and each finding is placed in its paragraph', () => {
    copyFileSync(resolve(__dirname, '../docx/made/features.docx'), join(dir, 'features.docx'));
    const r = runCli(['check', '--format', 'json', '--annotate', 'features-annotated.docx', 'features.docx'], dir);
    const findings: { category: string; paragraph?: number }[] = JSON.parse(r.stdout)[0].diagnostics;
    expect(findings.filter((d) => d.category === 'layout').length).toBeGreaterThan(0);
    expect(findings.every((d) => typeof d.paragraph === 'number')).toBe(true);
    expect(commentsIn(join(dir, 'features-annotated.docx'))).toBe(findings.length);
  });

  it('applies --rule as check does: a rule turned off gives no comment', () => {
    const all = runCli(['check', '--format', 'json', 'report.docx', '--annotate', 'all.docx'], dir);
    const rule = JSON.parse(all.stdout)[0].diagnostics[0].rule as string;
    const r = runCli(['check', '--format', 'json', '--rule', `${rule}=off`, '--annotate', 'fewer.docx', 'report.docx'], dir);
    const shown = JSON.parse(r.stdout)[0].diagnostics;
    expect(shown.some((d: { rule: string }) => d.rule === rule)).toBe(false);
    expect(commentsIn(join(dir, 'fewer.docx'))).toBe(shown.length);
  });

  it('writes the comments in English with --locale en', () => {
    runCli(['check', '--locale', 'en', '--annotate', 'en.docx', 'report.docx'], dir);
    const xml = new TextDecoder().decode(unzipSync(readFileSync(join(dir, 'en.docx')))['word/comments.xml']);
    expect(xml).toMatch(/Gongwen · [a-z-]+ · (error|warning|info)</);
    expect(xml).not.toContain('错误');
  });

  it('refuses to write over the original, by its name or through a link', () => {
    symlinkSync(join(dir, 'report.docx'), join(dir, 'link.docx'));
    for (const out of ['report.docx', './report.docx', 'link.docx']) {
      const r = runCli(['check', '--annotate', out, 'report.docx'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`gongwen: ${out}: 批注副本不能写到原文档上：请为它另取一个文件名（原文档保持不变）。\n`);
      expect(r.stdout).toBe('');
    }
  });

  it('refuses a text file, several inputs and standard input, each with one message', () => {
    writeFileSync(join(dir, 'report.txt'), '关于2023年工作的总结\n');
    const text = runCli(['check', '--annotate', 'out.docx', 'report.txt'], dir);
    expect([text.code, text.stderr]).toEqual([2, 'gongwen: report.txt: --annotate 只能为 Word 文档（.docx）加批注，“report.txt”不是 .docx 文件。旧版 .doc、.wps 请先另存为 .docx。\n']);
    const two = runCli(['check', '--annotate', 'out.docx', 'report.docx', 'report.txt'], dir);
    expect([two.code, two.stderr]).toEqual([2, 'gongwen: --annotate 只能用于一个 .docx 文档：请只给出一个输入文件。\n']);
    const stdin = runCli(['check', '--annotate', 'out.docx', '-'], dir, '文字');
    expect(stdin.code).toBe(2);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('refuses an output that Word would not open as the same kind of document, and --fix', () => {
    const r = runCli(['check', '--annotate', 'out.txt', 'report.docx'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'gongwen: out.txt: 批注副本的文件名须以 .docx 结尾（与原文档相同），Word 才能打开它。\n']);
    const fix = runCli(['check', '--fix', '--annotate', 'out.docx', 'report.docx'], dir);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('--annotate 不能与 --fix 同时使用');
  });

  it('says why a .docx it cannot read is not annotated', () => {
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const r = runCli(['check', '--annotate', 'out.docx', 'broken.docx'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'gongwen: broken.docx: 文件不是有效的 .docx 文档（不是 ZIP 格式，可能已损坏或并非 Word 文档）。\n']);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('with --track-fixes, writes the fixes as tracked changes: accepted, the copy reads as the fixed text', () => {
    const seed = resolve(__dirname, '../docx/made/seeds/003_876dce043ba1a933.docx');
    copyFileSync(seed, join(dir, 'fixable.docx'));
    const r = runCli(['check', '--format', 'json', '--track-fixes', '--annotate', 'tracked.docx', 'fixable.docx'], dir);
    const fixes = JSON.parse(r.stdout)[0].diagnostics.filter((d: { fix?: unknown }) => d.fix).length;
    expect(fixes).toBeGreaterThan(0);
    const tracked = Number(/其中 (\d+) 处修改写为修订/.exec(r.stderr)?.[1]);
    expect(tracked).toBeGreaterThanOrEqual(fixes);
    const xml = new TextDecoder().decode(unzipSync(readFileSync(join(dir, 'tracked.docx')))['word/document.xml']);
    expect(xml.match(/<w:del w:id="\d+" w:author="Gongwen"/g)?.length).toBeGreaterThan(0);
    // Accepted in full, the copy has the changes in its text: checked again, the fixed findings are gone.
    const accepted = readDocx(readFileSync(join(dir, 'tracked.docx')));
    if (!accepted.ok) throw new Error(accepted.problem.message.en);
    writeFileSync(join(dir, 'accepted.txt'), accepted.text);
    const again = runCli(['check', '--format', 'json', 'accepted.txt'], dir);
    expect(JSON.parse(again.stdout)[0].diagnostics.filter((d: { fix?: unknown }) => d.fix)).toEqual([]);
  });

  it('refuses --track-fixes without --annotate', () => {
    const r = runCli(['check', '--track-fixes', 'report.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--track-fixes 只能与 --annotate 一起使用。');
  });

  it('is in check --help, in both languages', () => {
    expect(runCli(['check', '--help']).stdout).toContain('--annotate 输出.docx');
    expect(runCli(['check', '--help', '--locale', 'en']).stdout).toContain('--annotate OUT.docx');
  });

  it('says so when the copy cannot be written, and writes nothing', () => {
    const r = runCli(['check', '--annotate', 'no-such-folder/out.docx', 'report.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen: no-such-folder\/out\.docx: 无法写入批注副本：ENOENT/);
  });
});
