// Word documents (.docx): "用 Gongwen 检查" opens a read-only view of the document's text (the
// `gongwen-docx:` scheme, its path the .docx file's), in the gongwen language, so the server checks
// it as any report: diagnostics, outline and the 报告结构 view. The server reads the file, keeps
// its layout for the layout rules and places each finding in Word (第N段); "保存带批注的副本…" has it
// write a copy with the view's findings as Word comments. A command and a text view rather than a
// custom editor: only a text editor shows diagnostics, the outline and hovers.

import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotateDocxRequestMethod, DocxTextRequestMethod, type AnnotateDocxParams, type AnnotateDocxResult, type DocxTextParams, type DocxTextResult } from '../../server/src/lsp/protocol';
import { t } from './locale';

export const DOCX_VIEW_SCHEME = 'gongwen-docx';

/** After a change on disk, the view is read again once the file has been quiet this long. */
const REREAD_DELAY_MS = 300;

/** The view of a .docx file. */
export function viewUriOf(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCX_VIEW_SCHEME, path: file.path });
}

function fileUriOf(view: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: 'file', path: view.path });
}

/** Serves the views' text from the server, and shows a view again when its file changes on disk. */
export class DocxViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly subscriptions: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    // A view is watched while it is open (a change of its language closes and opens it again).
    this.subscriptions = vscode.Disposable.from(
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.uri.scheme === DOCX_VIEW_SCHEME) this.watch(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        this.watchers.get(key)?.dispose();
        this.watchers.delete(key);
      }),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const params: DocxTextParams = { uri: uri.toString() };
    const result = (await this.client.sendRequest(DocxTextRequestMethod, params)) as DocxTextResult;
    // VS Code shows the error where the view would be, and the command that opened it says it too.
    if ('error' in result) throw new Error(t('Gongwen could not read {0}: {1}', basename(uri.path), result.error));
    return result.text;
  }

  /**
   * Watches the .docx's folder (a file saved by Word or LibreOffice is replaced, not written in
   * place) and shows the view again a moment after the file changes: a save writes in steps.
   */
  private watch(view: vscode.Uri): void {
    const key = view.toString();
    if (this.watchers.has(key)) return;
    const path = fileUriOf(view).fsPath;
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher;
    try {
      watcher = watchFolder(dirname(path), (_event, name) => {
        if (name !== null && name.toString() !== basename(path)) return;
        clearTimeout(timer);
        timer = setTimeout(() => this.changed.fire(view), REREAD_DELAY_MS);
      });
    } catch {
      return; // A folder that cannot be watched: the view is shown as it was read.
    }
    watcher.on('error', () => watcher.close());
    this.watchers.set(key, { dispose: () => (clearTimeout(timer), watcher.close()) });
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.subscriptions.dispose();
    this.changed.dispose();
  }
}

/** The .docx a command is run on: the one clicked in the explorer or editor title, else the active tab's, else one the writer picks. */
async function docxFileOf(resource: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const target = resource ?? activeTabUri();
  if (target?.scheme === DOCX_VIEW_SCHEME) return fileUriOf(target);
  if (target?.scheme === 'file' && extname(target.path).toLowerCase() === '.docx') return target;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] }, openLabel: t('Check with Gongwen') });
  return picked?.[0];
}

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input && typeof input === 'object' && 'uri' in input && input.uri instanceof vscode.Uri ? input.uri : undefined;
}

/** Opens the read-only view of a .docx; returns its document, or undefined when the file cannot be read (the writer is told why). */
export async function checkDocx(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const file = await docxFileOf(resource);
  if (!file) return undefined;
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(viewUriOf(file));
  } catch (e) {
    void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
    return undefined;
  }
  if (document.languageId !== 'gongwen') document = await vscode.languages.setTextDocumentLanguage(document, 'gongwen');
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Writes a copy of the .docx with every finding of its view as a Word comment: where the writer
 * says (beside the original by default, never over it), then offers to reveal it. `output` skips
 * the dialog (for scripts and tests). Returns the server's answer.
 */
export async function saveAnnotatedDocx(client: LanguageClient, resource?: vscode.Uri, output?: vscode.Uri): Promise<AnnotateDocxResult | undefined> {
  const file = await docxFileOf(resource);
  if (!file) return undefined;
  const view = viewUriOf(file);
  // From the explorer: the findings are those of the view, so it is opened (and checked) first.
  if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === view.toString()) && !(await checkDocx(file))) return undefined;
  const stem = basename(file.path, extname(file.path));
  const target =
    output ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(file, '..', t('{0}-annotated.docx', stem)),
      filters: { Word: ['docx'] },
      saveLabel: t('Save annotated copy'),
    }));
  if (!target) return undefined;
  const params: AnnotateDocxParams = { uri: view.toString(), output: target.fsPath };
  const result = (await client.sendRequest(AnnotateDocxRequestMethod, params)) as AnnotateDocxResult;
  if (!result.written) {
    void vscode.window.showErrorMessage(result.message);
    return result;
  }
  const reveal = t('Reveal');
  void vscode.window.showInformationMessage(result.message, reveal).then((chosen) => {
    if (chosen !== reveal) return;
    void vscode.commands.executeCommand(vscode.workspace.getWorkspaceFolder(target) ? 'revealInExplorer' : 'revealFileInOS', target);
  });
  return result;
}
