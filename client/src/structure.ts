// The report structure of the active editor, fetched from the server (gongwen/structure) when
// the editor, its text or its diagnostics change, and shared by the status bar and the
// "报告结构" view.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StructureRequestMethod, type StructureParams, type StructureResult } from '../../server/src/lsp/protocol';
import { isSynced } from './languageClient';

/** Coalesces bursts of changes (typing) into one request. */
const REFRESH_DELAY_MS = 250;

export class StructureWatcher implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StructureResult | undefined>();
  readonly onDidChange = this.changed.event;
  current: StructureResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refreshSoon();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refreshSoon();
      }),
      // The status bar and the view speak gongwen.locale.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gongwen.locale')) this.refreshSoon();
      }),
    ];
    this.refreshSoon(0);
  }

  refreshSoon(delay = REFRESH_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    let result: StructureResult | undefined;
    if (doc && isSynced(doc) && this.client.isRunning()) {
      const params: StructureParams = { textDocument: { uri: doc.uri.toString() } };
      result = (await this.client.sendRequest<StructureResult | null>(StructureRequestMethod, params).catch(() => null)) ?? undefined;
    }
    // A reply for an editor the writer has left since is dropped.
    if (result && result.uri !== vscode.window.activeTextEditor?.document.uri.toString()) return;
    this.current = result;
    this.changed.fire(result);
    if (doc && result?.checked) this.adoptPastedReport(doc);
  }

  /** Untitled editors given the gongwen language once: a writer who picks another one keeps it. */
  private readonly adopted = new Set<string>();

  /**
   * A report pasted into an untitled editor, which VS Code took for another language (Ini …):
   * Gongwen checks it anyway, and gives it the gongwen language, so that it gets the report's
   * snippets, keys and word wrap.
   */
  private adoptPastedReport(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!doc.isUntitled || doc.languageId === 'gongwen' || doc.languageId === 'markdown' || this.adopted.has(key)) return;
    this.adopted.add(key);
    void vscode.languages.setTextDocumentLanguage(doc, 'gongwen');
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}
