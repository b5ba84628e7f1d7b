// The LanguageClient: the server runs as a Node module under VS Code's own Node (the extension
// host's Electron, as node) over IPC, for Gongwen files and for plain text and Markdown (the
// server decides which of those look like a report, per the gongwen.checkPlainText and
// gongwen.checkMarkdown settings), and for untitled editors of any language: VS Code guesses the
// language of pasted text, and takes a pasted report for Ini or YAML; the server checks such a
// buffer only if it reads as a report.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { GongwenInitializationOptions } from '../../server/src/lsp/protocol';
import { DOCX_VIEW_SCHEME } from './docx';

export const CHECKED_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

/** Client commands the server's answers name: select a blank after a quick fix, show a rule's doc rendered. */
export const SELECT_COMMAND = 'gongwen.select';
export const RULE_DOC_COMMAND = 'gongwen.showRuleDoc';

/** Documents the server is given: those it may check. */
export function isSynced(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === DOCX_VIEW_SCHEME) return document.languageId === 'gongwen';
  return document.uri.scheme === 'untitled' || (document.uri.scheme === 'file' && CHECKED_LANGUAGES.includes(document.languageId));
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: GongwenInitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    ruleDocsPath: context.asAbsolutePath('docs/rules'),
    ruleDocCommand: RULE_DOC_COMMAND,
    selectCommand: SELECT_COMMAND,
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.gongwenrc.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    // The read-only views of Word documents (docx.ts) are in the gongwen language.
    documentSelector: [...CHECKED_LANGUAGES.map((language) => ({ scheme: 'file', language })), { scheme: 'untitled' }, { scheme: DOCX_VIEW_SCHEME, language: 'gongwen' }],
    initializationOptions,
    // Hovers link to rule docs through the command that shows them rendered.
    markdown: { isTrusted: { enabledCommands: [RULE_DOC_COMMAND] } },
    // The server re-reads .gongwenrc.json and re-checks open reports when one changes.
    synchronize: { fileEvents: configWatcher },
    diagnosticCollectionName: 'gongwen',
    outputChannelName: 'Gongwen',
  };
  return new LanguageClient('gongwen', 'Gongwen', serverOptions, clientOptions);
}
