// The structure checks through the adapters: `gongwen check --fix` on copies of the seeds
// changes only what the findings named, and a template added in .gongwenrc.json is honoured by
// the CLI and by the language server alike.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { combineFixes, LineIndex, type Fix, type Range, type TextEdit } from '../../server/src/engine';
import { wordsOf } from '../helpers';
import { repoRoot, runCli } from '../cli/run-cli';
import { LspSession } from '../server/lspSession';

const seeds = resolve(repoRoot, '../shared/corpus/seeds');
const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-structure-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The changes, one line each: `L33:9 "(五)" → "（五）"`, for people to read (edits that change nothing left out). */
function describeEdits(before: string, edits: readonly TextEdit[]): string[] {
  const lines = new LineIndex(before);
  return edits.filter((e) => before.slice(e.span.start, e.span.end) !== e.newText).map((e) => {
    const at = lines.positionAt(e.span.start);
    return `L${at.line + 1}:${at.character + 1} ${JSON.stringify(before.slice(e.span.start, e.span.end))} → ${JSON.stringify(e.newText)}`;
  });
}

describe.skipIf(!existsSync(seeds))('gongwen check --fix on copies of the seeds', () => {
  const files = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : [];

  for (const file of files) {
    it(`${file}: changes punctuation and numbering only, leaves nothing fixable, and a second --fix changes nothing`, () => {
      const dir = tmp();
      copyFileSync(join(seeds, file), join(dir, file));
      const before = readFileSync(join(dir, file), 'utf8');
      // The fixes the CLI itself reports for the file, as edits of its text: the first pass.
      const lines = new LineIndex(before);
      const reported = JSON.parse(runCli(['check', '--no-config', '--format', 'json', file], dir).stdout)[0].diagnostics as ReportedDiagnostic[];
      const offered: Fix[] = reported.flatMap((d) => (d.fix ? [asFix(d.fix, lines)] : []));
      const r = runCli(['check', '--fix', '--no-config', '--format', 'json', file], dir);
      expect(r.stderr).toBe('');
      const after = readFileSync(join(dir, file), 'utf8');
      // The diff, shown with the test's output.
      console.log(`${file} --fix:\n  ${describeEdits(before, combineFixes(offered)).join('\n  ') || '(no change)'}`);
      expect(after === before).toBe(offered.length === 0);
      // No word of the writer's changed, and nothing was inserted: no 此处填写 prompt, no 特此报告.
      expect(wordsOf(after)).toBe(wordsOf(before));
      // Nothing fixable is left, so a second run has nothing to do.
      const remaining = JSON.parse(r.stdout)[0].diagnostics as ReportedDiagnostic[];
      expect(remaining.filter((d) => d.fix).map((d) => d.message)).toEqual([]);
      runCli(['check', '--fix', '--no-config', file], dir);
      expect(readFileSync(join(dir, file), 'utf8')).toBe(after);
      // What is left after the fix includes no new structure or numbering finding.
      const beforeRules = new Set(reported.map((d) => d.rule));
      for (const d of remaining.filter((x) => x.category === 'structure' || x.category === 'numbering')) expect(beforeRules.has(d.rule), d.message).toBe(true);
    });
  }

  it('--fix --fix-suggestions also inserts the missing section, numbered, and rewords what the suggestions reword', () => {
    const dir = tmp();
    const text = '关于2023年工作的总结\n一、主要做法\n　　正文内容。\n二、下一步打算\n　　正文内容，习主席指出要做好。\n';
    writeFileSync(join(dir, 'r.txt'), text);
    runCli(['check', '--fix', '--no-config', 'r.txt'], dir);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(text);
    runCli(['check', '--fix', '--fix-suggestions', '--no-config', 'r.txt'], dir);
    const fixed = readFileSync(join(dir, 'r.txt'), 'utf8');
    expect(fixed).toMatch(/\n二、[^\n]*\n[^\n]*此处填写[^\n]*\n三、下一步打算\n/);
    expect(fixed).toContain('习近平');
  });
});

interface ReportedDiagnostic {
  rule: string;
  category: string;
  message: string;
  fix?: { edits: { range: Range; newText: string }[] };
}

function asFix(fix: NonNullable<ReportedDiagnostic['fix']>, lines: LineIndex): Fix {
  return { title: { zh: '', en: '' }, edits: fix.edits.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText })) };
}

const TEMPLATE = {
  type: '专项报告',
  recognise: { titleWords: ['专项报告'] },
  sections: [
    { key: 'background', name: '工作背景', words: ['背景'] },
    { key: 'measures', name: '主要措施', words: ['措施'], skeleton: '（此处填写主要措施）' },
  ],
};
const REPORT = '关于安全生产的专项报告\n一、工作背景\n正文。\n二、其他事项\n正文。\n';
const EXPECTED = '缺少“主要措施”部分（一级标题中没有“措施”等词）；按“专项报告”检查（标题含“专项报告”）';

describe('a template added in .gongwenrc.json', () => {
  it('is honoured by the CLI, and by --fix --fix-suggestions (never by --fix alone)', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ templates: [TEMPLATE] }));
    writeFileSync(join(dir, 'r.txt'), REPORT);
    const out = JSON.parse(runCli(['check', '--format', 'json', 'r.txt'], dir).stdout);
    expect(out[0].diagnostics.filter((d: { rule: string }) => d.rule === 'required-section').map((d: { message: string }) => d.message)).toEqual([EXPECTED]);
    runCli(['check', '--fix', 'r.txt'], dir);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(REPORT);
    runCli(['check', '--fix', '--fix-suggestions', 'r.txt'], dir);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('关于安全生产的专项报告\n一、工作背景\n正文。\n二、其他事项\n正文。\n三、主要措施\n（此处填写主要措施）\n');
  });

  it('is honoured by the CLI for the type its reportTypeByPath gives a folder', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ templates: [TEMPLATE], reportTypeByPath: { '专报/**': '专项报告' } }));
    const untitled = '一、工作背景\n正文。\n二、其他事项\n正文。\n';
    writeFileSync(join(dir, 'a.txt'), untitled);
    mkdirSync(join(dir, '专报'));
    writeFileSync(join(dir, '专报', 'b.txt'), untitled);
    const out = JSON.parse(runCli(['check', '--format', 'json', 'a.txt', '专报/b.txt'], dir).stdout);
    const messages = (i: number) => out[i].diagnostics.filter((d: { rule: string }) => d.rule === 'required-section').map((d: { message: string }) => d.message);
    expect(messages(0)).toEqual([]);
    expect(messages(1)).toEqual(['缺少“主要措施”部分（一级标题中没有“措施”等词）；按“专项报告”检查（设置 reportTypeByPath 中“专报/**”与文件路径相符）']);
  });

  it('is honoured by the language server', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ templates: [TEMPLATE] }));
    const uri = pathToFileURL(join(dir, '专项报告.gongwen')).href;
    const session = new LspSession();
    try {
      await session.initialize();
      await session.open(uri, REPORT);
      const { diagnostics } = await session.settled(uri);
      expect(diagnostics.filter((d) => d.code === 'required-section').map((d) => d.message)).toEqual([EXPECTED]);
    } finally {
      await session.dispose();
    }
  });
});
