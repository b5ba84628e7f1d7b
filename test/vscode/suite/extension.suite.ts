/// <reference types="mocha" />
// The extension inside a real VS Code (code-server here, or a desktop VS Code through the same
// runTests call), through the API other extensions and the workbench use.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';

const workspace = () => vscode.workspace.workspaceFolders![0].uri;
const fileUri = (name: string) => vscode.Uri.joinPath(workspace(), name);

/** Waits for Gongwen's diagnostics on `uri` that satisfy `test` (the server answers asynchronously). */
async function diagnosticsOf(uri: vscode.Uri, test: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
  if (test(current())) return current();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics for ${uri.path} never matched; last: ${JSON.stringify(current().map((d) => d.code))}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (!test(current())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current());
    });
  });
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc);
}

suite('Gongwen in VS Code', () => {
  suiteSetup(async () => {
    await vscode.workspace.getConfiguration('gongwen').update('locale', 'zh', vscode.ConfigurationTarget.Global);
  });

  test('a .gongwen file opens in the gongwen language and the extension activates', async () => {
    const editor = await open('工作总结示例.gongwen');
    assert.equal(editor.document.languageId, 'gongwen');
    await diagnosticsOf(editor.document.uri, (d) => d.length > 0);
    assert.equal(vscode.extensions.getExtension('gongwen.gongwen')?.isActive, true);
  });

  test('diagnostics carry the rule id, a link that shows the rule doc rendered, and a Chinese message', async () => {
    const uri = fileUri('工作总结示例.gongwen');
    const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'numbering-style'));
    const halfWidth = diagnostics.find((d) => codeOf(d) === 'numbering-style')!;
    assert.equal(halfWidth.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(halfWidth.message, /^二级标题序号应写作“（三）”/);
    // The link is what the Problems panel and the hover open (command links are allowed there).
    assert.ok(typeof halfWidth.code === 'object', 'a code with a link');
    const link = (halfWidth.code as { target: vscode.Uri }).target;
    assert.equal(link.scheme, 'command', link.toString());
    await vscode.commands.executeCommand(link.path, ...(JSON.parse(link.query) as unknown[]));
    const preview = await waitFor(async () => {
      const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview'));
      return tab;
    });
    assert.match(preview.label, /numbering-style/);
    assert.ok(!vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith('numbering-style.md')), 'no tab of Markdown source');
    await vscode.window.tabGroups.close(preview);
    const codes = new Set(diagnostics.map(codeOf));
    for (const rule of ['placeholder-letters', 'placeholder-symbols', 'placeholder-date', 'numbering-sequence', 'heading-punctuation']) assert.ok(codes.has(rule), rule);
    const gap = diagnostics.find((d) => codeOf(d) === 'numbering-sequence')!;
    assert.equal(gap.relatedInformation?.[0].location.range.start.line, 3);
  });

  test('document symbols give the heading tree (Outline, breadcrumbs, Go to Symbol)', async () => {
    const uri = fileUri('工作总结示例.gongwen');
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri))!;
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、主要做法', '二、工作成效', '四、存在的问题', '五、下一步工作打算'],
    );
    assert.deepEqual(
      symbols[0].children.map((s) => s.name),
      ['（一）强化组织领导', '（二）深化“放管服”改革', '(三)提升政务服务效能'],
    );
    assert.ok(symbols[0].range.contains(symbols[0].children[2].range));
  });

  test('a quick fix changes the half-width marker and the diagnostic goes away', async () => {
    const editor = await open('工作总结示例.gongwen');
    const uri = editor.document.uri;
    const diagnostic = (await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'numbering-style'))).find((d) => codeOf(d) === 'numbering-style')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range))!;
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('改为“（三）”'), titles.join(' | '));
    assert.ok(titles.includes('在本行停用“numbering-style”检查'), titles.join(' | '));
    const fix = actions.find((a) => a.title === '改为“（三）”')!;
    const lineBefore = editor.document.lineAt(diagnostic.range.start.line).text;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.lineAt(diagnostic.range.start.line).text, lineBefore.replace('(三)', '（三）'));
    await diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'numbering-style'));
  });

  test('source.fixAll.gongwen renumbers the first-level headings', async () => {
    const editor = await open('工作总结示例.gongwen');
    const uri = editor.document.uri;
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.gongwen'))!;
    assert.equal(actions.length, 1);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    const text = editor.document.getText();
    assert.ok(text.includes('\n三、存在的问题\n') && text.includes('\n四、下一步工作打算\n'), text);
    await diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'numbering-sequence'));
  });

  test('fix-all on save fixes punctuation and numbering, and changes no word and inserts no section', async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll.gongwen': 'explicit' }, vscode.ConfigurationTarget.Global);
    try {
      const editor = await open('待保存的总结.gongwen');
      const uri = editor.document.uri;
      await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'required-section') && d.some((x) => codeOf(x) === 'informal-title'));
      await editor.edit((e) => e.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'));
      assert.ok(await editor.document.save());
      assert.equal(editor.document.getText(), '关于2023年工作的总结\n一、主要做法\n　　做了许多工作，习主席的重要讲话已认真学习。\n二、下一步打算\n　　继续努力。\n\n');
      // What needs the writer's judgement is still there to pick.
      const left = await diagnosticsOf(uri, (d) => !d.some((x) => codeOf(x) === 'halfwidth-punctuation'));
      assert.ok(left.some((x) => codeOf(x) === 'required-section') && left.some((x) => codeOf(x) === 'informal-title'), JSON.stringify(left.map(codeOf)));
    } finally {
      await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('completion offers the report skeletons and the next heading marker', async () => {
    const editor = await open('empty.gongwen');
    const skeletons = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 0)))!;
    const labels = skeletons.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const prefix of ['gzzj', 'zpbg', 'pgbg', 'szbg', 'dybg', 'gzjh', 'qs', 'yishi', 'tcbg']) assert.ok(labels.includes(prefix), `${prefix} in ${labels.join(' ')}`);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '一、总体情况\n（一）基本情况。正文。\n（二）主要做法。正文。\n（'));
    const markers = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(3, 1), '（'))!;
    const first = markers.items.find((i) => i.kind === vscode.CompletionItemKind.EnumMember)!;
    assert.equal(typeof first.label === 'string' ? first.label : first.label.label, '（三）');
  });

  test('inserting the 工作总结 snippet gives a report the outline and the checker understand', async () => {
    const editor = await open('empty.gongwen');
    await editor.edit((e) => e.delete(new vscode.Range(0, 0, editor.document.lineCount, 0)));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'gongwen', name: '工作总结' });
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s?.length === 4 ? s : undefined;
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、主要做法', '二、取得的成效', '三、存在的问题', '四、下一步工作打算'],
    );
    // The blanks are there to be filled: each is a placeholder the checker reports.
    const diagnostics = await diagnosticsOf(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'placeholder-brackets'));
    assert.ok(!diagnostics.some((d) => codeOf(d).startsWith('numbering')), diagnostics.map(codeOf).join());
  });

  test('a plain-text report is checked, a plain-text note is not', async () => {
    const report = await open('自查报告.txt');
    assert.equal(report.document.languageId, 'plaintext');
    const found = await diagnosticsOf(report.document.uri, (d) => d.length >= 2);
    for (const rule of ['numbering-sequence', 'placeholder-letters']) assert.ok(found.some((d) => codeOf(d) === rule), rule);
    const note = await open('note.txt');
    // The server answers every open document; a note gets an empty list.
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(vscode.languages.getDiagnostics(note.document.uri).filter((d) => d.source === 'gongwen'), []);
  });

  test('hover with the cursor just after a placeholder explains the rule and its basis', async () => {
    const editor = await open('自查报告.txt');
    const placeholder = (await diagnosticsOf(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'placeholder-letters'))).find((x) => codeOf(x) === 'placeholder-letters')!;
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, placeholder.range.end))!;
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /依据：/);
  });

  test('“在本行停用” in a .txt report writes the plain-text 〔〕 directive, which the checker honours', async () => {
    const editor = await open('停用.txt');
    const uri = editor.document.uri;
    const flagged = (await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'placeholder-letters'))).find((x) => codeOf(x) === 'placeholder-letters')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, flagged.range))!;
    const disable = actions.find((a) => a.title === '在本行停用“placeholder-letters”检查')!;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.equal(editor.document.lineAt(flagged.range.start.line).text, '〔gongwen-disable-next-line placeholder-letters〕');
    assert.ok(!editor.document.getText().includes('<!--'), editor.document.getText());
    await diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'placeholder-letters'));
  });

  test('the quick fix that inserts a missing section leaves its placeholder selected', async () => {
    const editor = await open('缺部分的总结.gongwen');
    const uri = editor.document.uri;
    const missing = (await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'required-section'))).find((x) => codeOf(x) === 'required-section')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range))!;
    const insert = actions.find((a) => a.title === '补上“存在问题”部分')!;
    // What VS Code does when the writer picks it: the edit, then the action's command.
    assert.ok(await vscode.workspace.applyEdit(insert.edit!));
    assert.ok(insert.command, 'the action selects the blank it inserts');
    await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(editor.document.getText(editor.selection), '（此处填写存在的问题和不足）');
    assert.equal(editor.document.lineAt(editor.selection.start.line - 1).text, '二、存在问题');
  });

  test('inserting a missing section from the 报告结构 view selects its placeholder', async () => {
    const editor = await open('缺部分的总结2.gongwen');
    const uri = editor.document.uri;
    await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'required-section'));
    await vscode.commands.executeCommand('gongwen.insertSection', uri.toString(), '存在问题');
    assert.equal(editor.document.getText(editor.selection), '（此处填写存在的问题和不足）');
  });

  test('report skeletons are offered in plain-text and Markdown documents, and both wrap long lines', async () => {
    for (const name of ['空白.txt', '空白.md']) {
      const editor = await open(name);
      const list = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 0)))!;
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('gzzj') && labels.includes('zpbg'), `${name}: ${labels.join(' ')}`);
      assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on', name);
    }
  });

  test('a Markdown report has one outline: Markdown\'s for # headings, Gongwen\'s for 一、 paragraphs', async () => {
    // Every provider's symbols, merged as the Outline merges them; `ready` says when the providers have answered.
    const names = async (name: string, ready: (names: string[]) => boolean) => {
      const editor = await open(name);
      await diagnosticsOf(editor.document.uri, (d) => d.length > 0);
      return waitFor(async () => {
        const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
        const all: string[] = [];
        const walk = (list: vscode.DocumentSymbol[]) => list.forEach((s) => (all.push(s.name), walk(s.children)));
        walk(symbols);
        return ready(all) ? all : undefined;
      });
    };
    // Markdown's own symbols are named "## 一、主要做法"; Gongwen's would be "一、主要做法" beside them.
    const withHashes = await names('井号标题.md', (all) => all.some((n) => n.startsWith('## ')));
    await new Promise((r) => setTimeout(r, 1000));
    const again = await names('井号标题.md', (all) => all.some((n) => n.startsWith('## ')));
    for (const all of [withHashes, again]) assert.deepEqual(all.filter((n) => n.includes('主要做法')), ['## 一、主要做法'], all.join(' | '));
    const plain = await names('无井号标题.md', (all) => all.length > 0);
    assert.deepEqual(plain.filter((n) => /主要做法|下一步打算/.test(n)), ['一、主要做法', '二、下一步打算']);
  });

  test('a report pasted into an untitled editor that VS Code took for Ini is checked; real Ini is not', async () => {
    const pasted = await vscode.workspace.openTextDocument({ language: 'ini', content: '关于2023年工作的总结\n一、主要做法\n今年完成XX项任务。\n三、下一步打算\n继续努力。\n' });
    await vscode.window.showTextDocument(pasted);
    await diagnosticsOf(pasted.uri, (d) => d.some((x) => codeOf(x) === 'placeholder-letters'));
    await waitFor(async () => (pasted.languageId === 'gongwen' ? true : undefined));
    const ini = await vscode.workspace.openTextDocument({ language: 'ini', content: '[server]\nhost=127.0.0.1\nport=8080\n' });
    await vscode.window.showTextDocument(ini);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(ini.languageId, 'ini');
    assert.deepEqual(vscode.languages.getDiagnostics(ini.uri).filter((d) => d.source === 'gongwen'), []);
  });

  test('跳到下一个占位符 selects the next unfilled placeholder', async () => {
    const editor = await open('自查报告.txt');
    await diagnosticsOf(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'placeholder-letters'));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'XX');
  });

  test('用 Gongwen 检查 shows a .docx as a read-only view of its text, with the findings the CLI gives, placed in Word', async () => {
    const file = fileUri('版式问题.docx');
    const document = (await vscode.commands.executeCommand<vscode.TextDocument>('gongwen.checkDocx', file))!;
    assert.equal(document.uri.scheme, 'gongwen-docx');
    assert.equal(document.languageId, 'gongwen');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.equal(document.getText(), docxText(file));
    // Every finding of the CLI's, the layout ones included, at the same place in the text.
    const expected = cliFindings(file);
    assert.ok(expected.some((f) => f.startsWith('layout-')), expected.join(' | '));
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.length === expected.length);
    assert.deepEqual(diagnostics.map(findingKey).sort(), expected);
    // Where the writer finds each in Word.
    for (const d of diagnostics) assert.match(d.message, /\n第\d+段/, d.message);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri))!;
    assert.ok(symbols.length > 0, 'the outline has the headings');
    // Its editor is read-only: what the writer types changes nothing. No fix or 停用 comment is offered as an edit.
    await vscode.commands.executeCommand('type', { text: '改动' });
    await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
    assert.equal(document.getText(), docxText(file));
    assert.equal(document.isDirty, false);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0].range))!;
    assert.deepEqual(actions.filter((a) => a.edit).map((a) => a.title), []);
  });

  test('保存带批注的副本 writes a copy with one Word comment for each diagnostic, and never over the original', async () => {
    const file = fileUri('版式问题.docx');
    const document = (await vscode.commands.executeCommand<vscode.TextDocument>('gongwen.checkDocx', file))!;
    const expected = cliFindings(file).length;
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.length === expected);
    const copy = fileUri('版式问题-批注.docx');
    const result = await vscode.commands.executeCommand<{ written: boolean; comments: number; message: string }>('gongwen.saveAnnotatedDocx', document.uri, copy);
    assert.equal(result?.written, true, result?.message);
    assert.equal(commentsIn(copy).length, diagnostics.length);
    assert.deepEqual(commentsIn(copy).map((c) => c.rule).sort(), diagnostics.map(codeOf).sort());
    const original = readFileSync(file.fsPath);
    const over = await vscode.commands.executeCommand<{ written: boolean; message: string }>('gongwen.saveAnnotatedDocx', document.uri, file);
    assert.equal(over?.written, false);
    assert.match(over!.message, /不能写到原文档上/);
    assert.deepEqual(readFileSync(file.fsPath), original);
    // From the explorer, on a .docx not opened yet: its view is opened and checked first.
    const outline = fileUri('提纲.docx');
    const outlineCopy = fileUri('提纲-批注.docx');
    const fromExplorer = await vscode.commands.executeCommand<{ written: boolean; comments: number }>('gongwen.saveAnnotatedDocx', outline, outlineCopy);
    assert.equal(fromExplorer?.written, true);
    assert.equal(commentsIn(outlineCopy).length, cliFindings(outline).length);
  });

  test('the view of a .docx follows the file when it changes on disk; a damaged .docx gets one clear message', async () => {
    const file = fileUri('会改动的.docx');
    const document = (await vscode.commands.executeCommand<vscode.TextDocument>('gongwen.checkDocx', file))!;
    assert.equal(document.getText(), docxText(file));
    await vscode.workspace.fs.writeFile(file, readFileSync(fileUri('提纲.docx').fsPath));
    await waitFor(async () => (document.getText() === docxText(file) ? true : undefined));
    const expected = cliFindings(file);
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.length === expected.length && d.every((x) => !codeOf(x).startsWith('layout-')));
    assert.deepEqual(diagnostics.map(findingKey).sort(), expected);
    const damaged = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('gongwen.checkDocx', fileUri('坏文档.docx'));
    assert.equal(damaged, undefined);
  });

  test('重新编号 renumbers the headings at the cursor', async () => {
    const editor = await open('自查报告.txt');
    editor.selection = new vscode.Selection(2, 1, 2, 1);
    await vscode.commands.executeCommand('gongwen.renumber');
    await waitFor(async () => (editor.document.lineAt(2).text === '二、下一步打算' ? true : undefined));
  });
});

const extensionRoot = () => vscode.extensions.getExtension('gongwen.gongwen')!.extensionPath;

/** The text of a .docx as the library reads it (bundled beside the suite by runTests.mjs). */
function docxText(file: vscode.Uri): string {
  const { readDocx } = require(join(__dirname, 'docx.js')) as typeof import('../../../server/src/docx');
  const read = readDocx(readFileSync(file.fsPath));
  assert.ok(read.ok);
  return read.text;
}

/** The CLI's findings on a file (gongwen check --format json), as rule@start-end in the text, sorted. */
function cliFindings(file: vscode.Uri): string[] {
  // It exits 1 when it finds an error: the report on standard output is what counts.
  const out = spawnSync(process.execPath, [join(extensionRoot(), 'dist/cli.js'), 'check', '--format', 'json', file.fsPath], {
    // Under a desktop VS Code the extension host is Electron: run it as Node.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  }).stdout;
  const [report] = JSON.parse(out) as { diagnostics: { rule: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[];
  return report.diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

const findingKey = (d: vscode.Diagnostic) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

/** The comments in a .docx (word/comments.xml) with the rule each names. */
function commentsIn(file: vscode.Uri): { rule: string }[] {
  const parts = unzipSync(readFileSync(file.fsPath));
  const xml = strFromU8(parts['word/comments.xml'] ?? new Uint8Array());
  // Each comment ends with its signature: Gongwen · rule · severity.
  return [...xml.matchAll(/<w:comment\b[\s\S]*?<\/w:comment>/g)].map((m) => ({ rule: /Gongwen · ([a-z0-9-]+)/.exec(m[0].replace(/<[^>]+>/g, ''))?.[1] ?? '' }));
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
