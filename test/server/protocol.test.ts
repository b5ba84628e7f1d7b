// The server as an editor sees it: spawned over stdio, spoken to in LSP.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';
import type { StructureResult } from '../../server/src/lsp/protocol';
import { SAMPLE_PATH, SAMPLE_TEXT, SAMPLE_URI, SEEDS } from './fixtures';
import { codes, LspSession, ROOT } from './lspSession';
import { expectedBackend } from '../segmentation/native';

const at = (line: number, character: number) => ({ line, character });
const lineOf = (text: string, needle: string) => text.split(/\r?\n/).findIndex((l) => l.includes(needle));

async function codeActionsAt(session: LspSession, uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
  const diagnostics = (session.published.get(uri)?.at(-1)?.diagnostics ?? []).filter(
    (d) => d.range.start.line <= range.end.line && range.start.line <= d.range.end.line,
  );
  return (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } })) as CodeAction[];
}

describe('language server over stdio', () => {
  let session: LspSession;

  beforeAll(async () => {
    session = new LspSession();
    await session.initialize();
  });
  afterAll(() => session.dispose());

  it('announces incremental sync and the features an editor needs', () => {
    const caps = session.initializeResult!.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.foldingRangeProvider).toBe(true);
    expect(caps.hoverProvider).toBe(true);
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.gongwen'] });
    expect(caps.completionProvider?.triggerCharacters).toContain('（');
    expect(session.initializeResult!.serverInfo?.name).toBe('gongwen');
  });

  it('publishes diagnostics on open, with rule ids, doc links and Chinese messages', async () => {
    await session.open(SAMPLE_URI, SAMPLE_TEXT);
    const { diagnostics, version } = await session.current(SAMPLE_URI);
    expect(version).toBe(1);
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['placeholder-letters', 'placeholder-symbols', 'placeholder-date', 'numbering-style', 'numbering-sequence', 'heading-punctuation']));
    for (const d of diagnostics) {
      expect(d.source).toBe('gongwen');
      expect(d.codeDescription?.href).toMatch(new RegExp(`^file:.*/docs/rules/${d.code}\\.md$`));
    }
    const halfWidth = diagnostics.find((d) => d.code === 'numbering-style')!;
    expect(halfWidth.range).toEqual({ start: at(lineOf(SAMPLE_TEXT, '(三)'), 0), end: at(lineOf(SAMPLE_TEXT, '(三)'), 3) });
    expect(halfWidth.message).toContain('（三）');
  });

  it('gives the same findings as the CLI', async () => {
    // The CLI exits 1 when it finds errors: read its output either way.
    const cli = JSON.parse(spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', SAMPLE_PATH], { encoding: 'utf8' }).stdout);
    const expected = cli[0].diagnostics.map((d: { rule: string; range: Range; message: string }) => [d.rule, d.range, d.message]);
    const published = (await session.settled(SAMPLE_URI)).diagnostics.map((d) => [d.code, d.range, d.message]);
    expect(published).toEqual(expected);
  });

  it('relates a numbering fault to the heading its run started at', async () => {
    const { diagnostics } = await session.current(SAMPLE_URI);
    const gap = diagnostics.find((d) => d.code === 'numbering-sequence')!;
    expect(gap.range.start.line).toBe(lineOf(SAMPLE_TEXT, '四、存在的问题'));
    expect(gap.relatedInformation).toEqual([
      { location: { uri: SAMPLE_URI, range: { start: at(lineOf(SAMPLE_TEXT, '一、主要做法'), 0), end: at(lineOf(SAMPLE_TEXT, '一、主要做法'), 2) } }, message: '本级编号从这里开始' },
    ]);
  });

  it('re-checks after an incremental change and publishes for the new version', async () => {
    const line = lineOf(SAMPLE_TEXT, '(三)');
    const doc = await session.change(SAMPLE_URI, [{ range: { start: at(line, 0), end: at(line, 3) }, newText: '（三）' }]);
    const { diagnostics, version } = await session.current(SAMPLE_URI);
    expect(version).toBe(doc.version);
    expect(codes(diagnostics)).not.toContain('numbering-style');
    // Put the fault back for the tests that follow.
    await session.change(SAMPLE_URI, [{ range: { start: at(line, 0), end: at(line, 3) }, newText: '(三)' }]);
    expect(codes((await session.current(SAMPLE_URI)).diagnostics)).toContain('numbering-style');
  });

  it('returns the heading tree as document symbols, each section covering its sub-sections', async () => {
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SAMPLE_URI } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['一、主要做法', '二、工作成效', '四、存在的问题', '五、下一步工作打算']);
    expect(symbols[0].children!.map((s) => s.name)).toEqual(['（一）强化组织领导', '（二）深化“放管服”改革', '(三)提升政务服务效能']);
    const contains = (outer: Range, inner: Range) =>
      (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
      (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
    for (const s of symbols) {
      expect(contains(s.range, s.selectionRange)).toBe(true);
      for (const c of s.children ?? []) expect(contains(s.range, c.range)).toBe(true);
    }
    // 一、 runs up to the line before 二、.
    expect(symbols[0].range.end.line).toBe(lineOf(SAMPLE_TEXT, '二、工作成效') - 1);
  });

  it('folds each section', async () => {
    const ranges = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: SAMPLE_URI } });
    expect(ranges).toContainEqual({ startLine: lineOf(SAMPLE_TEXT, '一、主要做法'), endLine: lineOf(SAMPLE_TEXT, '二、工作成效') - 1 });
  });

  it('offers a quick fix that changes only the marker, and disable actions', async () => {
    const line = lineOf(SAMPLE_TEXT, '(三)');
    const actions = await codeActionsAt(session, SAMPLE_URI, { start: at(line, 1), end: at(line, 1) });
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['改为“（三）”', '在本行停用“numbering-style”检查', '在本文件停用“numbering-style”检查']));
    const fix = actions.find((a) => a.title === '改为“（三）”')!;
    expect(fix.kind).toBe('quickfix');
    expect(fix.isPreferred).toBe(true);
    expect(fix.diagnostics?.[0].code).toBe('numbering-style');
    const before = session.doc(SAMPLE_URI).getText();
    await session.applyWorkspaceEdit(fix.edit!);
    const after = session.doc(SAMPLE_URI).getText();
    expect(after).toBe(before.replace('(三)', '（三）'));
    expect(codes((await session.current(SAMPLE_URI)).diagnostics)).not.toContain('numbering-style');
  });

  it('turns a rule off for one line with the plain-text directive the checker then honours', async () => {
    const line = lineOf(session.doc(SAMPLE_URI).getText(), '一、主要做法');
    const actions = await codeActionsAt(session, SAMPLE_URI, { start: at(line, 6), end: at(line, 6) });
    const disable = actions.find((a) => a.title === '在本行停用“heading-punctuation”检查')!;
    await session.applyWorkspaceEdit(disable.edit!);
    const text = session.doc(SAMPLE_URI).getText();
    // A .gongwen report is plain text: the 〔〕 line above, not an HTML comment a reader cannot place.
    expect(text.split('\n').slice(line, line + 2)).toEqual(['〔gongwen-disable-next-line heading-punctuation〕', '一、主要做法：']);
    const { diagnostics } = await session.current(SAMPLE_URI);
    expect(diagnostics.filter((d) => d.range.start.line === line + 1 && d.code === 'heading-punctuation')).toEqual([]);
    // The outline does not see the comment.
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SAMPLE_URI } })) as DocumentSymbol[];
    expect(symbols[0].name).toBe('一、主要做法');
  });

  it('source.fixAll.gongwen applies every fix at once and leaves other text alone', async () => {
    const before = session.doc(SAMPLE_URI).getText();
    const actions = await codeActionsAt(session, SAMPLE_URI, { start: at(0, 0), end: at(0, 0) }, ['source.fixAll.gongwen']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.gongwen']);
    await session.applyWorkspaceEdit(actions[0].edit!);
    const after = session.doc(SAMPLE_URI).getText();
    // Numbering renumbered in sequence: 四、 → 三、, 五、 → 四、.
    expect(after).toContain('三、存在的问题');
    expect(after).toContain('四、下一步工作打算');
    expect(after.replace('三、存在的问题', '四、存在的问题').replace('四、下一步工作打算', '五、下一步工作打算')).toBe(before);
    expect(codes((await session.current(SAMPLE_URI)).diagnostics)).not.toContain('numbering-sequence');
  });

  it('explains the rule and its basis on hover', async () => {
    const { diagnostics } = await session.current(SAMPLE_URI);
    const placeholder = diagnostics.find((d) => d.code === 'placeholder-symbols')!;
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SAMPLE_URI }, position: placeholder.range.start });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('`placeholder-symbols`');
    expect(value).toContain('依据：');
    expect(value).toMatch(/\]\(file:.*placeholder-symbols\.md\)/);
    const nothing = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SAMPLE_URI }, position: at(2, 0) });
    expect(nothing).toBeNull();
  });

  it('answers the structure request with the section tree and the body character count', async () => {
    const structure = await session.connection.sendRequest('gongwen/structure', { textDocument: { uri: SAMPLE_URI } });
    expect(structure).toMatchObject({ uri: SAMPLE_URI, checked: true });
    const result = structure as StructureResult;
    expect(result.headings[0].children).toHaveLength(3);
    expect(result.bodyCharacters).toBeGreaterThan(400);
    expect(result.reportType).toBe('工作总结');
    expect(result.typeDescription).toMatch(/^按“工作总结”检查（/);
    expect(result.required).toEqual([
      { name: '主要做法', present: true },
      { name: '取得成效', present: true },
      { name: '存在问题', present: true },
      { name: '下一步打算', present: true },
    ]);
  });

  it('offers a missing section as a quick fix to pick, never as part of fix-all on save', async () => {
    const uri = 'file:///tmp/suggestions.gongwen';
    const text = '关于2023年工作的总结\n一、主要做法\n　　做了许多工作，习主席的讲话(全文)已学习。\n二、下一步打算\n　　继续努力。\n';
    await session.open(uri, text);
    const { diagnostics } = await session.current(uri);
    const missing = diagnostics.find((d) => d.code === 'required-section')!;
    const actions = await codeActionsAt(session, uri, missing.range);
    const insert = actions.find((a) => a.title === '补上“存在问题”部分')!;
    expect(insert.kind).toBe('quickfix');
    expect(insert.isPreferred).toBe(false);
    const fixAll = await codeActionsAt(session, uri, { start: at(0, 0), end: at(0, 0) }, ['source.fixAll.gongwen']);
    await session.applyWorkspaceEdit(fixAll[0].edit!);
    // The half-width brackets become full-width; 习主席 and the sections stay as the writer left them.
    expect(session.doc(uri).getText()).toBe(text.replace('(全文)', '（全文）'));
    await session.close(uri);
  });

  it('writes "turn off" directives as the format documents them: 〔〕 lines in plain text, comments in Markdown', async () => {
    const text = '一、主要做法：\n做了许多工作。\n二、下一步打算\n继续努力。\n';
    const disable = async (uri: string, languageId: string) => {
      await session.open(uri, text, languageId);
      const flagged = (await session.current(uri)).diagnostics.find((d) => d.code === 'heading-punctuation')!.range;
      const actions = await codeActionsAt(session, uri, flagged);
      const titles = ['在本行停用“heading-punctuation”检查', '在本文件停用“heading-punctuation”检查'];
      await session.applyWorkspaceEdit(actions.find((a) => a.title === titles[0])!.edit!);
      const afterLine = session.doc(uri).getText();
      await session.close(uri);
      await session.open(uri, text, languageId);
      await session.current(uri);
      const [fileAction] = (await codeActionsAt(session, uri, flagged)).filter((a) => a.title === titles[1]);
      await session.applyWorkspaceEdit(fileAction.edit!);
      const afterFile = session.doc(uri).getText();
      const { diagnostics } = await session.current(uri);
      await session.close(uri);
      return { afterLine, afterFile, left: diagnostics.filter((d) => d.code === 'heading-punctuation') };
    };
    const plain = await disable('file:///tmp/directive.txt', 'plaintext');
    expect(plain.afterLine).toBe('〔gongwen-disable-next-line heading-punctuation〕\n' + text);
    expect(plain.afterFile).toBe('〔gongwen-disable-file heading-punctuation〕\n' + text);
    expect(plain.left).toEqual([]);
    const markdown = await disable('file:///tmp/directive.md', 'markdown');
    expect(markdown.afterLine).toBe(text.replace('一、主要做法：', '一、主要做法： <!-- gongwen-disable-line heading-punctuation -->'));
    expect(markdown.afterFile).toBe('<!-- gongwen-disable-file heading-punctuation -->\n' + text);
    expect(markdown.left).toEqual([]);
  });

  it('explains a finding on hover with the cursor just after it, where the editor shows its diagnostic too', async () => {
    const uri = 'file:///tmp/hover-end.gongwen';
    await session.open(uri, '一、主要做法\n今年完成XX项任务。\n');
    const { diagnostics } = await session.current(uri);
    const placeholder = diagnostics.find((d) => d.code === 'placeholder-letters')!;
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: placeholder.range.end });
    expect((hover!.contents as MarkupContent).value).toContain('依据：');
    await session.close(uri);
  });

  it('gives Markdown documents an outline only when Markdown has none: no # headings', async () => {
    const symbolsOf = async (uri: string, text: string) => {
      await session.open(uri, text, 'markdown');
      const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      await session.close(uri);
      return symbols.map((s) => s.name);
    };
    const body = '关于2023年工作的总结\n\n一、主要做法\n\n今年完成了各项任务。\n\n二、下一步打算\n\n继续努力。\n';
    expect(await symbolsOf('file:///tmp/plain-headings.md', body)).toEqual(['一、主要做法', '二、下一步打算']);
    expect(await symbolsOf('file:///tmp/atx-headings.md', body.replace('一、', '## 一、').replace('二、', '## 二、'))).toEqual([]);
  });

  it('marks the required sections a report lacks', async () => {
    const uri = 'file:///tmp/missing-sections.gongwen';
    await session.open(uri, '关于2023年工作的总结\n\n一、主要做法\n做了许多工作。\n');
    const result = (await session.connection.sendRequest('gongwen/structure', { textDocument: { uri } })) as StructureResult;
    expect(result.required?.filter((r) => !r.present).map((r) => r.name)).toEqual(['存在问题', '下一步打算']);
    await session.close(uri);
  });

  it('says when no type was recognised, and lists no required sections', async () => {
    const uri = 'file:///tmp/untyped.gongwen';
    await session.open(uri, '一、主要做法\n做了许多工作。\n二、存在的问题\n还有不足。\n');
    const result = (await session.connection.sendRequest('gongwen/structure', { textDocument: { uri } })) as StructureResult;
    expect([result.reportType, result.required, result.typeDescription]).toEqual([undefined, undefined, '未按任何文种检查（未识别出文种，不检查文种要求的部分和格式）']);
    await session.close(uri);
  });
});

describe('completion of the next heading marker', () => {
  let session: LspSession;
  const uri = 'file:///tmp/completion.gongwen';

  beforeAll(async () => {
    session = new LspSession();
    await session.initialize();
  });
  afterAll(() => session.dispose());

  async function complete(text: string): Promise<CompletionItem[]> {
    await session.open(uri, text);
    const lines = text.split('\n');
    const position = at(lines.length - 1, lines[lines.length - 1].length);
    const items = (await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionItem[];
    await session.close(uri);
    return items;
  }

  it('offers （三） after （二） when （ is typed, replacing what was typed', async () => {
    const items = await complete('一、总体情况\n（一）基本情况。正文。\n（二）主要做法。正文。\n（');
    expect(items[0].label).toBe('（三）');
    expect(items[0].textEdit).toEqual({ range: { start: at(3, 0), end: at(3, 1) }, newText: '（三）' });
    // The first child of （二） would be 1., and the next first-level heading 二、: neither starts with （.
    expect(items.map((i) => i.label)).toEqual(['（三）']);
  });

  it('accepts a half-width bracket and keeps indentation', async () => {
    const items = await complete('一、总体情况\n（一）基本情况\n1.第一项\n\u3000\u3000(');
    expect(items.map((i) => i.label)).toEqual(['（1）', '（二）']);
    expect(items[0].textEdit).toEqual({ range: { start: at(3, 2), end: at(3, 3) }, newText: '（1）' });
    expect(items[0].filterText).toBe('(1）');
  });

  it('offers the next marker of every open level at an empty line', async () => {
    const items = await complete('一、总体情况\n（一）基本情况\n1.第一项\n');
    expect(items.map((i) => i.label)).toEqual(['2.', '（1）', '（二）', '二、']);
    expect(items[0].detail).toBe('三级标题，接“1.第一项”');
  });

  it('offers nothing in the middle of a sentence', async () => {
    expect(await complete('一、总体情况\n今年以来（')).toEqual([]);
  });
});

describe('settings, locale and which files are checked', () => {
  it('speaks English to an English editor, and Chinese when the setting says so', async () => {
    const session = new LspSession({ locale: 'en' });
    await session.initialize();
    await session.open(SAMPLE_URI, SAMPLE_TEXT);
    const english = (await session.current(SAMPLE_URI)).diagnostics.find((d) => d.code === 'numbering-style')!;
    expect(english.message).toMatch(/^A second-level heading marker is written/);
    session.settings = { locale: 'zh' };
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const chinese = (p: PublishDiagnosticsParams) => /^二级标题序号应写作/.test(String(p.diagnostics.find((d) => d.code === 'numbering-style')?.message));
    await session.diagnostics(SAMPLE_URI, chinese);
    expect(chinese(await session.settled(SAMPLE_URI))).toBe(true);
    await session.dispose();
  });

  it('applies rule severities from gongwen.rules', async () => {
    const session = new LspSession({ settings: { rules: { 'placeholder-letters': 'off', 'numbering-style': 'error' } } });
    await session.initialize();
    await session.open(SAMPLE_URI, SAMPLE_TEXT);
    const { diagnostics } = await session.current(SAMPLE_URI);
    expect(codes(diagnostics)).not.toContain('placeholder-letters');
    expect(diagnostics.find((d) => d.code === 'numbering-style')!.severity).toBe(1);
    await session.dispose();
  });

  it('checks plain text and Markdown only when they look like a report, unless told otherwise', async () => {
    const session = new LspSession();
    await session.initialize();
    const note = 'file:///tmp/note.txt';
    await session.open(note, '购物清单：XX牌牛奶、鸡蛋\n明天记得买。\n', 'plaintext');
    expect((await session.current(note)).diagnostics).toEqual([]);
    const report = 'file:///tmp/report.md';
    await session.open(report, '## 一、主要做法\n\n今年完成了XX项任务。\n\n## 三、下一步打算\n\n继续努力。\n', 'markdown');
    expect(codes((await session.current(report)).diagnostics)).toEqual(expect.arrayContaining(['placeholder-letters', 'numbering-sequence']));
    await session.dispose();

    const never = new LspSession({ settings: { checkMarkdown: 'never' } });
    await never.initialize();
    await never.open(report, '## 一、主要做法\n\n今年完成了XX项任务。\n', 'markdown');
    expect((await never.current(report)).diagnostics).toEqual([]);
    const symbols = await never.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: report } });
    expect(symbols).toEqual([]);
    await never.dispose();
  });

  it('checks only on open and save when gongwen.run is onSave', async () => {
    const session = new LspSession({ settings: { run: 'onSave' } });
    await session.initialize();
    const uri = 'file:///tmp/on-save.gongwen';
    await session.open(uri, '一、总体情况\n');
    await session.settled(uri);
    await session.change(uri, [{ range: { start: at(1, 0), end: at(1, 0) }, newText: '三、问题\n' }]);
    // A request round trip later, no check has run for version 2.
    await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    expect(session.published.get(uri)!.map((p) => p.version)).not.toContain(2);
    await session.save(uri);
    expect(codes((await session.current(uri)).diagnostics)).toContain('numbering-sequence');
    await session.dispose();
  });
});

describe('debounce and superseded versions', () => {
  it('publishes once, for the last of a burst of edits', async () => {
    const session = new LspSession({ settings: { debounceMs: 200 } });
    await session.initialize();
    const uri = 'file:///tmp/burst.gongwen';
    await session.open(uri, '一、总体情况\n');
    await session.settled(uri);
    for (let i = 0; i < 10; i++) {
      await session.change(uri, [{ range: { start: at(1 + i, 0), end: at(1 + i, 0) }, newText: `XX${i}\n` }]);
    }
    const started = Date.now();
    const final = await session.current(uri);
    const latency = Date.now() - started;
    expect(final.version).toBe(11);
    expect(final.diagnostics.filter((d) => d.code === 'placeholder-letters')).toHaveLength(10);
    expect(session.published.get(uri)!.map((p) => p.version).filter((v) => v !== 1)).toEqual([11]);
    console.log(`diagnostics for the final version arrived ${latency} ms after the last edit was sent (debounce 200 ms)`);
    await session.dispose();
  });
});

describe('commands', () => {
  let session: LspSession;
  let dir: string;

  beforeAll(async () => {
    session = new LspSession();
    await session.initialize();
    dir = mkdtempSync(join(tmpdir(), 'gongwen-commands-'));
  });
  afterAll(async () => {
    await session.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renumbers the run of headings around the cursor through workspace/applyEdit', async () => {
    const uri = 'file:///tmp/renumber.gongwen';
    await session.open(uri, '一、甲\n（一）子\n（三）丑\n（三）寅\n二、乙\n（二）卯\n');
    const result = await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.server.renumber',
      arguments: [{ uri, position: at(3, 1) }],
    });
    expect(result).toEqual({ changed: 1, applied: true });
    expect(session.doc(uri).getText()).toBe('一、甲\n（一）子\n（二）丑\n（三）寅\n二、乙\n（二）卯\n');
  });

  it('lists a repeated formula\'s other occurrences with their line numbers on hover', async () => {
    const uri = 'file:///tmp/formula.gongwen';
    const formula = '学史明理、学史增信、学史崇德、学史力行';
    await session.open(uri, `一、主要做法\n围绕${formula}的要求开展工作。\n二、成效\n做到${formula}。\n三、打算\n继续${formula}。\n`);
    const { diagnostics } = await session.settled(uri);
    const repeated = diagnostics.filter((d) => d.code === 'repeated-formula');
    expect(repeated).toHaveLength(3);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: repeated[0].range.start });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('相关位置');
    expect(value).toContain('第 4 行');
    expect(value).toContain('第 6 行');
  });

  it('inserts a missing required section through workspace/applyEdit and says where its body starts', async () => {
    const uri = 'file:///tmp/insert.gongwen';
    const text = '2024年度工作总结\n一、主要做法\n完成了任务。\n二、下一步打算\n继续努力。\n';
    await session.open(uri, text);
    const result = (await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'gongwen.server.insertSection',
      arguments: [{ uri, name: '存在问题' }],
    })) as { applied: boolean; selection?: { start: { line: number; character: number }; end: { line: number; character: number } } };
    expect(result.applied).toBe(true);
    const after = session.doc(uri).getText();
    const lines = after.split('\n');
    expect(lines.slice(0, 3)).toEqual(['2024年度工作总结', '一、主要做法', '完成了任务。']);
    expect(lines[3]).toBe('二、存在问题');
    expect(after).toContain('三、下一步打算\n继续努力。');
    // The new section's placeholder body, right under its heading, is what the editor selects.
    const { start, end } = result.selection!;
    expect(start.line).toBe(4);
    expect(lines[4].slice(start.character, end.character)).toMatch(/^（此处填写.+）$/);
    expect(end.line).toBe(4);
    // Asking again for a section that is now present changes nothing.
    const again = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.server.insertSection', arguments: [{ uri, name: '存在问题' }] });
    expect(again).toEqual({ applied: false });
  });

  it('checks files on disk and publishes their problems; non-reports are skipped', async () => {
    const report = join(dir, '总结.txt');
    const note = join(dir, 'note.txt');
    writeFileSync(report, '一、主要做法\n完成XX项。\n');
    writeFileSync(note, 'hello\n');
    const fifo = join(dir, '管道.txt');
    execFileSync('mkfifo', [fifo]);
    const uris = [pathToFileURL(report).href, pathToFileURL(note).href, pathToFileURL(join(dir, 'missing.txt')).href, pathToFileURL(fifo).href];
    const result = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gongwen.server.checkFiles', arguments: [{ uris }] });
    expect(result).toMatchObject({ checked: 1, skipped: 1 });
    expect((result as { problems: number }).problems).toBeGreaterThanOrEqual(1);
    // One line each, in the writer's language, for the missing file and the FIFO (never opened: no hang).
    expect((result as { unreadable: string[] }).unreadable).toEqual(['missing.txt: 没有这个文件或文件夹', '管道.txt: 是命名管道（FIFO），不是文件，未读取']);
    const published = await session.diagnostics(uris[0]);
    expect(codes(published.diagnostics)).toContain('placeholder-letters');
  });
});

describe.skipIf(!SEEDS.length)('the seed reports', () => {
  let session: LspSession;
  beforeAll(async () => {
    session = new LspSession();
    await session.initialize();
  });
  afterAll(() => session.dispose());

  it('shows the numbering and placeholder problems of seed 003 and its outline', async () => {
    const seed = SEEDS.find((s) => s.name.startsWith('003'))!;
    await session.open(seed.uri, seed.text);
    const { diagnostics } = await session.current(seed.uri);
    const halfWidth = diagnostics.find((d: Diagnostic) => d.code === 'numbering-style' && d.range.start.line === lineOf(seed.text, '(五)'));
    expect(halfWidth).toBeDefined();
    expect(codes(diagnostics)).toContain('placeholder-letters');
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: seed.uri } })) as DocumentSymbol[];
    expect(symbols[0].name).toBe('一、开展的主要工作');
    expect(symbols[0].children!.length).toBeGreaterThanOrEqual(5);
  });
});

describe('word segmentation loading', () => {
  it('is ready for the first check: the first diagnostics already hold the rules that need words', async () => {
    const session = new LspSession();
    await session.initialize();
    const uri = 'file:///tmp/segmentation.gongwen';
    // XX needs no words; 的的 (a doubled character) is judged on word boundaries.
    await session.open(uri, '一、主要做法\n完成了XX项任务，提高了群众的的满意度。\n');
    const first = await session.diagnostics(uri);
    const settled = await session.settled(uri);
    expect(first.version).toBe(1);
    expect(codes(first.diagnostics)).toEqual(expect.arrayContaining(['placeholder-letters', 'doubled-character']));
    // Nothing was left for a second pass.
    expect(session.published.get(uri)).toEqual([first]);
    expect(settled).toBe(first);
    expect((await session.stats()).segmenter).toBe(expectedBackend);
    await session.dispose();
  });
});

describe('a server without nodejieba (a platform the native module was not built for)', () => {
  it('segments with jieba-js, from the dictionaries beside it, and warns of nothing', async () => {
    // The bundle and data/ as the .vsix lays them out, away from node_modules: require('nodejieba') cannot resolve.
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-no-native-'));
    mkdirSync(join(dir, 'dist'));
    mkdirSync(join(dir, 'data'));
    copyFileSync(join(ROOT, 'dist/server.js'), join(dir, 'dist', 'server.js'));
    for (const f of readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.utf8'))) copyFileSync(join(ROOT, 'data', f), join(dir, 'data', f));
    const session = new LspSession({ serverPath: join(dir, 'dist', 'server.js') });
    await session.initialize();
    const uri = 'file:///tmp/fallback.gongwen';
    await session.open(uri, '一、主要做法\n提高了群众的的满意度。\n');
    expect(codes((await session.settled(uri)).diagnostics)).toContain('doubled-character');
    expect((await session.stats()).segmenter).toBe('jieba-js');
    expect(session.messages).toEqual([]);
    await session.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a server without its dictionaries either', () => {
  it('falls back to the built-in segmenter and warns once', async () => {
    // The bundle alone, away from node_modules and data/.
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-no-jieba-'));
    copyFileSync(join(ROOT, 'dist/server.js'), join(dir, 'server.js'));
    const session = new LspSession({ serverPath: join(dir, 'server.js') });
    await session.initialize();
    const uri = 'file:///tmp/fallback.gongwen';
    await session.open(uri, '一、主要做法\n提高了群众的的满意度。\n');
    expect(codes((await session.settled(uri)).diagnostics)).toContain('doubled-character');
    await session.open('file:///tmp/fallback-2.gongwen', '一、主要做法\n群众的的满意度。\n');
    await session.settled('file:///tmp/fallback-2.gongwen');
    expect((await session.stats()).segmenter).toBe('intl');
    const warnings = session.messages.filter((m) => m.type === 2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/^Gongwen: word segmentation could not be loaded .*Intl\.Segmenter/);
    await session.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
});
