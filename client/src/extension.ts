// The Gongwen extension: starts the language server and adds what LSP has no words for — the
// status bar, the "报告结构" view and the palette commands.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceTrustNotificationMethod } from '../../server/src/lsp/protocol';
import { checkWorkspace, goToNextPlaceholder, insertSection, renumber } from './commands';
import { createLanguageClient } from './languageClient';
import { createStatusBar } from './statusBar';
import { StructureWatcher } from './structure';
import { StructureView } from './structureView';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  const languageClient = client;
  const watcher = new StructureWatcher(languageClient);
  const view = new StructureView(watcher);
  context.subscriptions.push(
    watcher,
    view,
    createStatusBar(watcher),
    vscode.window.registerTreeDataProvider('gongwen.structure', view),
    vscode.commands.registerCommand('gongwen.checkWorkspace', () => checkWorkspace(languageClient)),
    vscode.commands.registerCommand('gongwen.renumber', () => renumber(languageClient)),
    vscode.commands.registerCommand('gongwen.insertSection', (uri: string, name: string) => insertSection(languageClient, uri, name)),
    vscode.commands.registerCommand('gongwen.nextPlaceholder', goToNextPlaceholder),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void languageClient.sendNotification(WorkspaceTrustNotificationMethod)),
  );
  await languageClient.start();
  watcher.refreshSoon(0);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
