// The LanguageClient: the server runs as a Node module under VS Code's own Node (the extension
// host's Electron, as node) over IPC, for Gongwen files and for plain text and Markdown (the
// server decides which of those look like a report, per the gongwen.checkPlainText and
// gongwen.checkMarkdown settings).

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { GongwenInitializationOptions } from '../../server/src/lsp/protocol';

export const CHECKED_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: GongwenInitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    ruleDocsPath: context.asAbsolutePath('docs/rules'),
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: CHECKED_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions,
    // The server re-reads .gongwenrc.json and re-checks open reports when one changes.
    synchronize: { fileEvents: configWatcher },
    diagnosticCollectionName: 'gongwen',
    outputChannelName: 'Gongwen',
  };
  return new LanguageClient('gongwen', 'Gongwen', serverOptions, clientOptions);
}
