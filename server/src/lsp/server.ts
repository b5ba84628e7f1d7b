// The language server: a thin adapter between an LSP connection and the engine. It keeps the
// open documents (incremental sync), checks them on open, as the writer types (debounced; a newer
// version supersedes older work) and on save, and answers the editor's requests from the
// analysis of the version the editor holds.

import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readTextFile } from '../cli/files';
import { ConfigLoader, formatProblem, type FileConfiguration } from '../config';
import type { Locale } from '../engine';
import { analyze, filePathOf, type Analysis } from './analysis';
import { codeActions, FIX_ALL_KIND, workspaceEdit, type EditTarget } from './codeActions';
import { insertSectionEdits, languageOfPath, renumberEdits } from './commands';
import { markerCompletions, MARKER_TRIGGER_CHARACTERS } from './completion';
import { configProblemDiagnostics, toDiagnostic } from './diagnostics';
import { hoverAt } from './hover';
import { bodyCharacters, documentSymbols, foldingRanges, requiredSections, structureHeadings } from './outline';
import {
  ServerCommands,
  ServerStatsRequestMethod,
  StructureRequestMethod,
  WorkspaceTrustNotificationMethod,
  type CheckFilesArgs,
  type CheckFilesResult,
  type GongwenInitializationOptions,
  type InsertSectionArgs,
  type InsertSectionResult,
  type RenumberArgs,
  type RenumberResult,
  type ServerStats,
  type ServerStatsParams,
  type StructureParams,
  type StructureResult,
} from './protocol';
import { findRuleDocsFolder, ruleDocUrl } from './ruleDocs';
import type { SegmenterSource } from './segmentation';
import { DEFAULT_SETTINGS, editorOverrides, normalizeSettings, resolveLocale, type ServerSettings } from './settings';

export interface ServerOptions {
  version: string;
  /** The folder of the running server script, to find the rule docs shipped beside it. */
  serverDir: string;
  /** Word segmentation; `warn` tells the writer once when it falls back. */
  createSegmentation: (warn: (message: string) => void) => SegmenterSource;
}

interface CachedAnalysis {
  analysis: Analysis;
  settingsGeneration: number;
  segmenterReady: boolean;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const segmentation = options.createSegmentation((message) => {
    connection.console.warn(message);
    // A notification, not a request: there is nothing for the writer to choose.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Gongwen: ${message}` });
  });
  let clientLocale: string | undefined;
  let pullsConfiguration = false;
  let registersConfigurationChange = false;
  let editTarget: EditTarget = { versioned: false };
  let workspaceTrusted = true;
  let ruleDocsFolder: string | undefined;
  /** Settings pushed by clients that cannot be asked (no workspace/configuration). */
  let pushedSettings: ServerSettings = DEFAULT_SETTINGS;
  let settingsGeneration = 0;
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  const resolvedSettings = new Map<string, ServerSettings>();
  const cache = new Map<string, CachedAnalysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Files checked from disk by checkFiles: their problems stay listed after they are closed. */
  const checkedOnDisk = new Set<string>();
  const reportedFailures = new Set<string>();

  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!pullsConfiguration) return Promise.resolve(pushedSettings);
    let pending = settingsByUri.get(uri);
    if (!pending) {
      const generation = settingsGeneration;
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'gongwen' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS)
        .then((s) => {
          if (generation === settingsGeneration) resolvedSettings.set(uri, s);
          return s;
        });
      settingsByUri.set(uri, pending);
    }
    return pending;
  }

  const localeFor = (settings: ServerSettings): Locale => resolveLocale(settings.locale, clientLocale);
  const docUrlFor = (settings: ServerSettings) => (rule: string) => ruleDocUrl(rule, settings.ruleDocsUrl, ruleDocsFolder);
  // In an untrusted workspace the configuration's own patterns, globs and templates never run.
  const configs = new ConfigLoader();
  /** How problems in the editor settings are named in the log. */
  const SETTINGS_NAME = 'gongwen (editor settings)';
  /** What was last published for each configuration file's own problems. */
  const configProblemsShown = new Map<string, string>();
  /** Problems in the editor settings already written to the log. */
  const settingsProblemsLogged = new Set<string>();

  /**
   * The document's configuration: its `.gongwenrc.json` (for files on disk), with the editor
   * settings over it. The file's problems are shown on the file itself, the settings' in the log.
   */
  function configurationFor(uri: string, settings: ServerSettings): FileConfiguration {
    const config = configs.forFile(filePathOf(uri), { trusted: workspaceTrusted, overrides: editorOverrides(settings), overridesName: SETTINGS_NAME });
    if (config.configPath) showConfigProblems(config, localeFor(settings));
    const fromSettings = config.problems.filter((p) => p.file === SETTINGS_NAME);
    const key = JSON.stringify(fromSettings);
    if (fromSettings.length && !settingsProblemsLogged.has(key)) {
      settingsProblemsLogged.add(key);
      for (const p of fromSettings) connection.console.warn(formatProblem(p, SETTINGS_NAME, localeFor(settings)));
    }
    return config;
  }

  function showConfigProblems(config: FileConfiguration, locale: Locale): void {
    const path = config.configPath!;
    const own = config.problems.filter((p) => p.file === path);
    const key = JSON.stringify([locale, own]);
    if (configProblemsShown.get(path) === key) return;
    configProblemsShown.set(path, key);
    connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: configProblemDiagnostics(own, locale) });
  }

  /** The analysis of the document's current version, reusing the last one when nothing changed. */
  function analysisOf(doc: TextDocument, settings: ServerSettings): Analysis {
    const segmenter = segmentation.state();
    const segmenterReady = segmenter.status === 'ready';
    const cached = cache.get(doc.uri);
    if (
      cached &&
      cached.analysis.version === doc.version &&
      cached.settingsGeneration === settingsGeneration &&
      (cached.segmenterReady || !segmenterReady)
    ) {
      return cached.analysis;
    }
    const analysis = analyze({ uri: doc.uri, languageId: doc.languageId, version: doc.version, text: doc.getText() }, settings, segmenter, configurationFor(doc.uri, settings));
    cache.set(doc.uri, { analysis, settingsGeneration, segmenterReady });
    for (const failure of analysis.failures) {
      if (reportedFailures.has(failure.rule)) continue;
      reportedFailures.add(failure.rule);
      connection.console.error(`rule ${failure.rule} failed on ${doc.uri}: ${failure.error}`);
    }
    return analysis;
  }

  /** The analysis for a request: of the version the editor holds right now. */
  async function currentAnalysis(uri: string): Promise<{ analysis: Analysis; settings: ServerSettings } | undefined> {
    if (!documents.get(uri)) return undefined;
    const settings = await settingsFor(uri);
    const doc = documents.get(uri);
    return doc ? { analysis: analysisOf(doc, settings), settings } : undefined;
  }

  function publish(analysis: Analysis, settings: ServerSettings, version?: number): void {
    const locale = localeFor(settings);
    const docUrl = docUrlFor(settings);
    const sent = connection.sendDiagnostics({
      uri: analysis.uri,
      version,
      diagnostics: analysis.findings.map((f) => toDiagnostic(f, analysis.uri, analysis.lines, locale, docUrl(f.rule))),
    });
    // Load the segmenter once these diagnostics are written (loading blocks for about a second);
    // if rules that need words sat this pass out, check again with every rule.
    const loaded = sent.then(() => segmentation.whenReady());
    if (analysis.deferredRules.length) void loaded.then(() => schedule(analysis.uri, 0));
  }

  async function validate(uri: string): Promise<void> {
    const requested = documents.get(uri);
    if (!requested) return;
    const settings = await settingsFor(uri);
    const doc = documents.get(uri);
    // A newer version arrived while the settings were fetched: its own check is scheduled.
    if (!doc || doc.version !== requested.version) return;
    publish(analysisOf(doc, settings), settings, doc.version);
  }

  function schedule(uri: string, delayMs: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri).catch((e) => connection.console.error(`checking ${uri} failed: ${String(e)}`));
      }, delayMs),
    );
  }

  function recheckAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  async function checkOnDisk(uri: string): Promise<{ checked: boolean; problems: number; error?: string }> {
    const path = filePathOf(uri);
    if (!path) return { checked: false, problems: 0, error: 'not a file on disk' };
    const read = readTextFile(path);
    if (!read.ok) return { checked: false, problems: 0, error: read.error };
    const settings = await settingsFor(uri);
    const analysis = analyze({ uri, languageId: languageOfPath(path), version: 0, text: read.text }, settings, segmentation.state(), configurationFor(uri, settings));
    if (analysis.checked) checkedOnDisk.add(uri);
    else checkedOnDisk.delete(uri);
    publish(analysis, settings);
    return { checked: analysis.checked, problems: analysis.findings.length };
  }

  connection.onInitialize((params): InitializeResult => {
    const caps: ClientCapabilities = params.capabilities;
    clientLocale = params.locale;
    pullsConfiguration = Boolean(caps.workspace?.configuration);
    registersConfigurationChange = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration);
    editTarget = { versioned: Boolean(caps.workspace?.workspaceEdit?.documentChanges) };
    const init = (params.initializationOptions ?? {}) as GongwenInitializationOptions;
    workspaceTrusted = init.workspaceTrusted !== false;
    ruleDocsFolder = findRuleDocsFolder(typeof init.ruleDocsPath === 'string' ? init.ruleDocsPath : undefined, options.serverDir);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'Gongwen' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: MARKER_TRIGGER_CHARACTERS },
        executeCommandProvider: { commands: [ServerCommands.renumber, ServerCommands.checkFiles, ServerCommands.insertSection] },
      },
      serverInfo: { name: 'gongwen', version: options.version },
    };
  });

  connection.onInitialized(() => {
    if (registersConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsGeneration++;
    settingsByUri.clear();
    resolvedSettings.clear();
    if (!pullsConfiguration) {
      const all = change.settings as { gongwen?: unknown } | null | undefined;
      pushedSettings = normalizeSettings(all?.gongwen);
    }
    recheckAll();
  });

  // The client watches `**/.gongwenrc.json`: a configuration written, created or deleted.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      if (change.type !== FileChangeType.Deleted) continue;
      const path = filePathOf(change.uri);
      if (path) configProblemsShown.delete(path);
      connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
    }
    configs.clear();
    settingsGeneration++;
    recheckAll();
  });

  connection.onNotification(WorkspaceTrustNotificationMethod, () => {
    workspaceTrusted = true;
    settingsGeneration++;
    recheckAll();
  });

  /** didOpen also raises a content change; that one is checked at once, not debounced. */
  const justOpened = new Set<string>();

  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    schedule(document.uri, 0);
  });

  documents.onDidChangeContent(({ document }) => {
    if (justOpened.delete(document.uri)) return;
    const settings = resolvedSettings.get(document.uri) ?? DEFAULT_SETTINGS;
    if (settings.run === 'onType') schedule(document.uri, settings.debounceMs);
  });

  documents.onDidSave(({ document }) => schedule(document.uri, 0));

  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    justOpened.delete(uri);
    cache.delete(uri);
    settingsByUri.delete(uri);
    resolvedSettings.delete(uri);
    if (checkedOnDisk.has(uri)) void checkOnDisk(uri);
    else connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const current = await currentAnalysis(textDocument.uri);
    return current?.analysis.model ? documentSymbols(current.analysis.model) : [];
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const current = await currentAnalysis(textDocument.uri);
    return current?.analysis.model ? foldingRanges(current.analysis.model) : [];
  });

  connection.onCodeAction(async (params) => {
    const current = await currentAnalysis(params.textDocument.uri);
    if (!current) return [];
    return codeActions(current.analysis, params, localeFor(current.settings), editTarget, docUrlFor(current.settings));
  });

  connection.onHover(async ({ textDocument, position }) => {
    const current = await currentAnalysis(textDocument.uri);
    if (!current?.analysis.checked) return null;
    const { analysis, settings } = current;
    return hoverAt(analysis.findings, analysis.lines, position, localeFor(settings), docUrlFor(settings)) ?? null;
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const current = await currentAnalysis(textDocument.uri);
    if (!current?.analysis.model) return [];
    return markerCompletions(current.analysis.model, position, localeFor(current.settings));
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === ServerCommands.renumber) {
      const { uri, position } = (args?.[0] ?? {}) as Partial<RenumberArgs>;
      const current = uri && position ? await currentAnalysis(uri) : undefined;
      const edits = current ? renumberEdits(current.analysis, position!) : [];
      const result: RenumberResult = { changed: edits.length, applied: false };
      if (current && edits.length) {
        const applied = await connection.workspace.applyEdit({ label: '重新编号', edit: workspaceEdit(current.analysis, edits, editTarget) });
        result.applied = applied.applied;
      }
      return result;
    }
    if (command === ServerCommands.insertSection) {
      const { uri, name } = (args?.[0] ?? {}) as Partial<InsertSectionArgs>;
      const current = uri && typeof name === 'string' ? await currentAnalysis(uri) : undefined;
      const insertion = current ? insertSectionEdits(current.analysis, name!) : undefined;
      const result: InsertSectionResult = { applied: false };
      if (current && insertion) {
        const applied = await connection.workspace.applyEdit({ label: `插入“${name}”`, edit: workspaceEdit(current.analysis, insertion.edits, editTarget) });
        result.applied = applied.applied;
        if (applied.applied) result.cursor = insertion.cursor;
      }
      return result;
    }
    if (command === ServerCommands.checkFiles) {
      const { uris } = (args?.[0] ?? {}) as Partial<CheckFilesArgs>;
      const result: CheckFilesResult = { checked: 0, skipped: 0, problems: 0, unreadable: [] };
      for (const uri of Array.isArray(uris) ? uris : []) {
        const open = documents.get(uri);
        if (open) {
          const settings = await settingsFor(uri);
          const analysis = analysisOf(open, settings);
          publish(analysis, settings, open.version);
          if (analysis.checked) result.checked++;
          else result.skipped++;
          result.problems += analysis.findings.length;
          continue;
        }
        const outcome = await checkOnDisk(uri);
        if (outcome.error) result.unreadable.push(`${uri}: ${outcome.error}`);
        else if (outcome.checked) result.checked++;
        else result.skipped++;
        result.problems += outcome.problems;
      }
      return result;
    }
    return null;
  });

  connection.onRequest(StructureRequestMethod, async (params: StructureParams): Promise<StructureResult | null> => {
    const current = await currentAnalysis(params.textDocument.uri);
    if (!current) return null;
    const { analysis } = current;
    return {
      uri: analysis.uri,
      version: analysis.version,
      checked: analysis.checked,
      bodyCharacters: analysis.document ? bodyCharacters(analysis.document) : 0,
      headings: analysis.model ? structureHeadings(analysis.model) : [],
      ...(analysis.document ? requiredSections(analysis.document, localeFor(current.settings)) : {}),
    };
  });

  connection.onRequest(ServerStatsRequestMethod, (params: ServerStatsParams | undefined): ServerStats => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.collectGarbage && gc) gc();
    const memory = process.memoryUsage();
    const segmenter = segmentation.state();
    return {
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      openDocuments: documents.all().length,
      cachedAnalyses: cache.size,
      pendingChecks: timers.size,
      segmenter: segmenter.status === 'loading' ? 'loading' : (segmenter.segmenter?.name ?? 'built-in'),
    };
  });

  documents.listen(connection);
  connection.listen();
}
