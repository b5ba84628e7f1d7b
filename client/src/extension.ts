// The Gongwen extension: starts the language server and adds what LSP has no words for — the
// status bar, the "报告结构" view, the palette commands, the read-only views of Word documents, and what VS Code needs told: selecting
// the blank a quick fix inserted, showing rule docs rendered, suggesting the next heading marker
// when （ comes from an input method.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceTrustNotificationMethod } from '../../server/src/lsp/protocol';
import { checkWorkspace, goToNextPlaceholder, insertSection, renumber, select, showRuleDoc } from './commands';
import { checkDocx, DocxViews, DOCX_VIEW_SCHEME, saveAnnotatedDocx } from './docx';
import { createLanguageClient, RULE_DOC_COMMAND, SELECT_COMMAND } from './languageClient';
import { loadTranslations } from './locale';
import { watchMarkerOpeners } from './markerTrigger';
import { createStatusBar } from './statusBar';
import { StructureWatcher } from './structure';
import { StructureView } from './structureView';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  loadTranslations(context);
  client = createLanguageClient(context);
  const languageClient = client;
  const watcher = new StructureWatcher(languageClient);
  const view = new StructureView(watcher);
  const docxViews = new DocxViews(languageClient);
  const isChecked = (document: vscode.TextDocument) => watcher.current?.checked === true && watcher.current.uri === document.uri.toString();
  context.subscriptions.push(
    watcher,
    view,
    createStatusBar(watcher),
    vscode.window.registerTreeDataProvider('gongwen.structure', view),
    vscode.commands.registerCommand('gongwen.checkWorkspace', () => checkWorkspace(languageClient)),
    vscode.commands.registerCommand('gongwen.renumber', () => renumber(languageClient)),
    vscode.commands.registerCommand('gongwen.insertSection', (uri: string, name: string) => insertSection(languageClient, uri, name)),
    vscode.commands.registerCommand('gongwen.nextPlaceholder', goToNextPlaceholder),
    docxViews,
    vscode.workspace.registerTextDocumentContentProvider(DOCX_VIEW_SCHEME, docxViews),
    vscode.commands.registerCommand('gongwen.checkDocx', (resource?: vscode.Uri) => checkDocx(resource)),
    vscode.commands.registerCommand('gongwen.saveAnnotatedDocx', (resource?: vscode.Uri, output?: vscode.Uri) => saveAnnotatedDocx(languageClient, resource, output)),
    vscode.commands.registerCommand(SELECT_COMMAND, select),
    vscode.commands.registerCommand(RULE_DOC_COMMAND, (ruleId: string) => showRuleDoc(context.asAbsolutePath('docs/rules'), ruleId)),
    watchMarkerOpeners(isChecked),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void languageClient.sendNotification(WorkspaceTrustNotificationMethod)),
  );
  await languageClient.start();
  watcher.refreshSoon(0);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
