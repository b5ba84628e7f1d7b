// The read-only view of a Word document, as any LSP client can have it: the client asks the server
// for the text of `gongwen-docx:<path of the .docx>` (gongwen/docxText), opens it in the gongwen
// language, and asks for an annotated copy (gongwen/annotateDocx). VS Code's side is in
// test/vscode/suite/extension.suite.ts.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { AnnotateDocxRequestMethod, DocxTextRequestMethod, type AnnotateDocxResult, type DocxTextResult } from '../../server/src/lsp/protocol';
import { LspSession, ROOT } from './lspSession';

const MADE = join(ROOT, 'test/docx/made');
const viewOf = (path: string) => `gongwen-docx:${pathToFileURL(path).pathname}`;

/** The CLI's findings on a file, as rule@line:character-line:character, sorted. */
function cliFindings(path: string): string[] {
  const out = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', path], { encoding: 'utf8' }).stdout;
  const [report] = JSON.parse(out) as { diagnostics: { rule: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[];
  return report.diagnostics.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

describe('the read-only view of a Word document (gongwen-docx:)', () => {
  let session: LspSession;
  let folder: string;
  let docx: string;
  let view: string;
  let text: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'gongwen-docx-view-'));
    docx = join(folder, '版式问题.docx');
    copyFileSync(join(MADE, 'layout-faults.docx'), docx);
    session = new LspSession({ locale: 'zh-cn' });
    await session.initialize();
    view = viewOf(docx);
    const read = (await session.connection.sendRequest(DocxTextRequestMethod, { uri: view })) as DocxTextResult;
    if (!('text' in read)) throw new Error(read.error);
    text = read.text;
    await session.open(view, text);
  });
  afterAll(async () => {
    await session.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is checked with the layout of the file: the same findings as the CLI, each placed in Word', async () => {
    const { diagnostics } = await session.settled(view);
    const key = (d: (typeof diagnostics)[number]) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
    expect(diagnostics.map(key).sort()).toEqual(cliFindings(docx));
    expect(diagnostics.some((d) => String(d.code).startsWith('layout-'))).toBe(true);
    for (const d of diagnostics) expect(d.message).toMatch(/\n第\d+段/);
  });

  it('offers no edits: no quick fixes, no disable comments', async () => {
    const { diagnostics } = await session.settled(view);
    for (const d of diagnostics) {
      const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: view }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      expect(actions).toEqual([]);
    }
  });

  it('writes an annotated copy with one comment per diagnostic, and never over the original', async () => {
    const { diagnostics } = await session.settled(view);
    const copy = join(folder, '版式问题-批注.docx');
    const written = (await session.connection.sendRequest(AnnotateDocxRequestMethod, { uri: view, output: copy })) as AnnotateDocxResult;
    expect(written).toMatchObject({ written: true, comments: diagnostics.length });
    const comments = strFromU8(unzipSync(readFileSync(copy))['word/comments.xml']).match(/<w:comment\b/g) ?? [];
    expect(comments.length).toBe(diagnostics.length);
    const original = readFileSync(docx);
    const over = (await session.connection.sendRequest(AnnotateDocxRequestMethod, { uri: view, output: docx })) as AnnotateDocxResult;
    expect(over.written).toBe(false);
    expect(over.message).toMatch(/不能写到原文档上/);
    expect(readFileSync(docx)).toEqual(original);
    const notOpen = (await session.connection.sendRequest(AnnotateDocxRequestMethod, { uri: viewOf(join(MADE, 'outline.docx')), output: join(folder, 'x.docx') })) as AnnotateDocxResult;
    expect(notOpen.written).toBe(false);
    expect(existsSync(join(folder, 'x.docx'))).toBe(false);
  });

  it('a file that is not a readable .docx gets one clear message', async () => {
    const damaged = join(folder, '坏文档.docx');
    writeFileSync(damaged, 'not a zip');
    const bad = (await session.connection.sendRequest(DocxTextRequestMethod, { uri: viewOf(damaged) })) as DocxTextResult;
    expect('error' in bad && bad.error).toBeTruthy();
    const old = (await session.connection.sendRequest(DocxTextRequestMethod, { uri: viewOf(join(MADE, 'features.doc')) })) as DocxTextResult;
    expect('error' in old && old.error).toMatch(/另存为.*\.docx/);
    const notView = (await session.connection.sendRequest(DocxTextRequestMethod, { uri: pathToFileURL(docx).href })) as DocxTextResult;
    expect('error' in notView).toBe(true);
  });
});
