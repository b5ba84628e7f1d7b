// Everything the CLI says is in the writer's language: Chinese by default, English with
// `--locale en`, wherever --locale stands on the command line.

import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from './run-cli';

const tmp = () => mkdtempSync(join(tmpdir(), 'gongwen-locale-'));
/** Han characters in a text: none means the text is not in Chinese. */
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

describe('the language of the CLI', () => {
  it('prints its help in Chinese by default and in English with --locale en', () => {
    const zh = runCli(['--help']).stdout;
    expect(zh).toContain('用法：');
    expect(zh).toMatch(/2 +有路径无法检查或修复/);
    const en = runCli(['--help', '--locale', 'en']).stdout;
    expect(en).toContain('Usage:');
    expect(en).toMatch(/2 +a path could not be checked or fixed/);
  });

  it.each([
    [['check'], '没有给出要检查的文件', 'no files given'],
    [['check', '--format', 'xml', 'a.txt'], '未知输出格式“xml”', 'unknown format "xml"'],
    [['check', '--rule', 'placeholder-letters=loud', 'a.txt'], '--rule 的写法是', '--rule expects NAME=off|error|warning|info'],
    [['lint', 'a.txt'], '未知命令“lint”', 'unknown command "lint"'],
    [['check', '--frobnicate', 'a.txt'], '未知选项“--frobnicate”', 'unknown option "--frobnicate"'],
    [['rules', 'extra'], '多余的参数“extra”', 'unexpected argument "extra"'],
  ])('writes the usage error of %j in Chinese, or in English with --locale en after the paths', (args, zh, en) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(zh);
    expect(r.stderr).toContain('运行“gongwen --help”查看用法。');
    const english = runCli([...args, '--locale', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
    expect(english.stderr).toContain('Run "gongwen --help" for usage.');
  });

  it('writes that an option lacks its value in the language given before it', () => {
    expect(runCli(['check', 'a.txt', '--format']).stderr).toContain('--format 需要一个值');
    expect(runCli(['check', '--locale', 'en', 'a.txt', '--format']).stderr).toContain('--format needs a value');
  });

  it('writes an error about --locale itself in Chinese', () => {
    const r = runCli(['check', '--locale', 'fr', 'a.txt']);
    expect(r.stderr).toContain('未知语言“fr”（可用 zh 或 en）');
  });

  it('honours --locale after the paths for findings, file problems and the summary line', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), 'XX局,好\n');
    const r = runCli(['check', 'r.txt', 'missing.txt', '--locale', 'en'], dir);
    expect(r.stdout).toContain('Unfilled placeholder "XX"');
    expect(r.stdout).toContain('✖ 2 problems (1 error, 1 warning, 0 info)');
    expect(r.stdout).toContain('1 of them can be fixed with the --fix option.');
    expect(r.stderr.trim()).toBe('gongwen: missing.txt: no such file or folder');
    const zh = runCli(['check', 'r.txt', 'missing.txt'], dir);
    expect(zh.stdout).toContain('✖ 共 2 个问题（错误 1，警告 1，提示 0）');
    expect(zh.stdout).toContain('其中 1 个可用 --fix 选项自动修复。');
    expect(zh.stderr.trim()).toBe('gongwen: missing.txt: 没有这个文件或文件夹');
  });

  it('names a missing --config file in the chosen language', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), '正文。\n');
    expect(runCli(['check', '--config', 'nope.json', 'r.txt'], dir).stderr.trim()).toBe('gongwen: nope.json: 没有这个配置文件');
    expect(runCli(['check', '--config', 'nope.json', 'r.txt', '--locale', 'en'], dir).stderr.trim()).toBe('gongwen: nope.json: no such configuration file');
  });

  it('writes configuration problems and skipped files in the chosen language', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' }, ignore: ['skip.txt'] }));
    writeFileSync(join(dir, 'skip.txt'), '正文。\n');
    const zh = runCli(['check', 'skip.txt'], dir).stderr.trim().split('\n');
    expect(zh).toEqual([expect.stringContaining('未知规则“no-such-rule”'), 'gongwen: skip.txt: 已跳过：.gongwenrc.json 设定忽略此文件']);
    const en = runCli(['check', 'skip.txt', '--locale', 'en'], dir).stderr.trim().split('\n');
    expect(en).toEqual([expect.stringContaining('unknown rule "no-such-rule"'), 'gongwen: skip.txt: skipped: ignored by .gongwenrc.json']);
    expect(en.some(hasHan)).toBe(false);
  });

  it('warns that word segmentation fell back to Intl.Segmenter in the chosen language', () => {
    // The bundle alone, away from node_modules and data/, can load neither nodejieba nor jieba-js.
    const dir = tmp();
    const alone = join(dir, 'cli.js');
    copyFileSync(cliPath, alone);
    // A doubled word: the rule asks the segmenter whether each copy is a word.
    const text = '产业园新增新增台资农业企业7家。\n';
    const run = (...extra: string[]) => spawnSync(process.execPath, [alone, 'check', '--format', 'json', ...extra, '-'], { cwd: dir, input: text, encoding: 'utf8' });
    const zh = run().stderr.trim();
    expect(zh).toMatch(/^gongwen: 无法加载分词词典（.+），改用 Intl\.Segmenter 切分词语，重复类检查的结果可能与其他电脑不同。$/);
    const en = run('--locale', 'en').stderr.trim();
    expect(en).toMatch(/^gongwen: word segmentation could not be loaded \(.+\); using Intl\.Segmenter for word boundaries instead\.$/);
  });

  it.skipIf(!existsSync('/dev/full'))('says in the chosen language that the output could not be written', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = (...extra: string[]) =>
        spawnSync(process.execPath, [cliPath, 'check', ...extra, '-'], { input: 'XX局\n', stdio: ['pipe', full, 'pipe'], encoding: 'utf8' });
      expect(run().stderr.trim()).toBe('gongwen: 无法写出结果：ENOSPC');
      const en = run('--locale', 'en');
      expect(en.stderr.trim()).toBe('gongwen: cannot write the output: ENOSPC');
      expect(en.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
