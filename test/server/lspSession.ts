// An editor in miniature for the protocol tests: spawns the built server over stdio, keeps its
// own copy of each open document, sends incremental changes, answers workspace/configuration
// and workspace/applyEdit as VS Code does, and records every publishDiagnostics.

import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

import type { ServerStats } from '../../server/src/lsp/protocol';

export const ROOT = resolve(__dirname, '../..');
export const SERVER = resolve(ROOT, 'dist/server.js');

export interface SessionOptions {
  /** Settings returned for the `gongwen` section of workspace/configuration. */
  settings?: Record<string, unknown>;
  locale?: string;
  initializationOptions?: unknown;
  /** Extra Node flags for the server process (e.g. --expose-gc). */
  nodeArgs?: string[];
  /** Whether the client takes versioned `documentChanges` in workspace edits (VS Code does). */
  documentChanges?: boolean;
  /** Whether the client resolves a code action's edit when it is chosen (VS Code does). */
  resolvesCodeActions?: boolean;
  /** The server script; dist/server.js by default. */
  serverPath?: string;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  readonly documents = new Map<string, TextDocument>();
  /** window/showMessage notifications, in arrival order. */
  readonly messages: ShowMessageParams[] = [];
  /** Every publishDiagnostics, in arrival order, per URI. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private readonly process: ChildProcess;
  stderr = '';

  constructor(private readonly options: SessionOptions = {}) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverPath ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'gongwen' ? this.settings : null)));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, async (params) => {
      await this.applyWorkspaceEdit(params.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: this.options.documentChanges ?? true },
        applyEdit: true,
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          ...(this.options.resolvesCodeActions ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {}),
        },
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    };
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      locale: this.options.locale,
      initializationOptions: this.options.initializationOptions,
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  async open(uri: string, text: string, languageId = 'gongwen'): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, doc);
    // A reopened document starts a new life: versions from the last one mean nothing now.
    this.published.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /** Sends incremental changes (ranges in the current text, applied in order) as one didChange. */
  async change(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    const doc = this.doc(uri);
    const contentChanges = edits.map((e) => ({ range: e.range, text: e.newText }));
    const updated = TextDocument.update(doc, contentChanges, doc.version + 1);
    this.documents.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: updated.version }, contentChanges });
    return updated;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  doc(uri: string): TextDocument {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  }

  /** Applies a workspace edit as VS Code would (refusing a stale version) and sends the change. */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
    const byUri: [string, TextEdit[], number | null | undefined][] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) byUri.push([change.textDocument.uri, change.edits as TextEdit[], change.textDocument.version]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.push([uri, edits, undefined]);
    for (const [uri, edits, version] of byUri) {
      const doc = this.doc(uri);
      if (version !== undefined && version !== null && version !== doc.version) throw new Error(`stale edit: version ${version}, document at ${doc.version}`);
      assertNoOverlap(doc, edits);
      const newText = TextDocument.applyEdits(doc, edits);
      await this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, newText }]);
    }
  }

  /** Resolves with the first publish for `uri` (already received or to come) that passes `test`. */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const seen = this.published.get(uri)?.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Waits for the diagnostics of the document's current version. */
  current(uri: string, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    const version = this.doc(uri).version;
    return this.diagnostics(uri, (p) => p.version === version, timeoutMs);
  }

  stats(collectGarbage = false, includeWorker = false): Promise<ServerStats> {
    return this.connection.sendRequest('gongwen/serverStats', { collectGarbage, includeWorker });
  }

  /**
   * The diagnostics of the document's current version once nothing is left to do: the segmenter
   * has loaded (until then the rules that need words are left out) and no check is pending.
   */
  async settled(uri: string, timeoutMs = 30_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const stats = await this.stats();
      if (stats.segmenter !== 'loading' && stats.pendingChecks === 0) break;
      if (Date.now() > deadline) throw new Error(`server still busy after ${timeoutMs} ms: ${JSON.stringify(stats)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const version = this.doc(uri).version;
    await this.diagnostics(uri, (p) => p.version === version, timeoutMs);
    return this.published.get(uri)!.at(-1)!;
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server is gone already.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

function assertNoOverlap(doc: TextDocument, edits: TextEdit[]): void {
  const spans = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) throw new Error(`overlapping edits at offsets ${spans[i - 1]} and ${spans[i]}`);
  }
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}
