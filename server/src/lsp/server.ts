// The language server: a thin adapter between an LSP connection and the engine. The main thread
// keeps the open documents (incremental sync) and answers the editor; the checks run in the
// analysis worker (worker.ts), one at a time, newest version first: on open, as the writer types
// (debounced; a check of a version the writer has since changed is stopped between two rules)
// and on save. Diagnostics are published only for the version the editor holds. Requests read
// the last finished check: hover and completion also while a newer version is being checked
// (only what no edit since has touched), code actions and the outline only from the check of
// the version asked about. ARCHITECTURE.md draws the data flow.

import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { annotateRequestProblem, writeAnnotatedCopy } from '../cli/annotate';
import { readWordDocument } from '../cli/files';
import { docxPlace } from '../cli/messages';
import type { DocxText } from '../docx';
import { localize, msg, type Finding, type LayoutFacts, type Locale } from '../engine';
import { analysisOf, filePathOf, isDocxView, type Analysis, type WordInput } from './analysis';
import { ChangeMap } from './changeMap';
import { Checker } from './checker';
import { codeActions, fixAllAction, FIX_ALL_KIND, resolveCodeAction, wants, workspaceEdit, type EditTarget } from './codeActions';
import { markerCompletions, MARKER_TRIGGER_CHARACTERS } from './completion';
import { configProblemDiagnostics, toDiagnostic } from './diagnostics';
import { hoverAt, hoverTouches } from './hover';
import { documentSymbols, foldingRanges, structureHeadings, type OutlineHeading } from './outline';
import {
  AnnotateDocxRequestMethod,
  DocxTextRequestMethod,
  ServerCommands,
  ServerStatsRequestMethod,
  StructureRequestMethod,
  WorkspaceTrustNotificationMethod,
  type CheckFilesArgs,
  type CheckFilesResult,
  type AnnotateDocxParams,
  type AnnotateDocxResult,
  type DocxTextParams,
  type DocxTextResult,
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
import { DEFAULT_SETTINGS, normalizeSettings, resolveLocale, type ServerSettings } from './settings';
import type { AnalyzeFileReply, AnalyzeReply, CommandReply, ConfigProblems, MemoryReply, WorkerTask } from './worker';

export interface ServerOptions {
  version: string;
  /** The folder of the running server script, to find the rule docs shipped beside it. */
  serverDir: string;
  /** The script that runs the analysis worker (`runAnalysisWorker`): the server's own bundle. */
  workerScript: string;
}

/**
 * Up to this many characters (about 600 KB of Chinese text, checked in about a tenth of a second)
 * a code action or completion asked for a version not yet checked waits for its check, which
 * then starts at once. A larger document answers at once with nothing instead (its check takes
 * up to a second or more); the editor asks again when the new diagnostics arrive.
 */
const WAIT_FOR_CHECK_MAX_CHARS = 200_000;

/** A finished check, with what it was made with. */
interface Checked {
  analysis: Analysis;
  settings: ServerSettings;
  /** `settingsGeneration` when the check started: a later one means different settings. */
  generation: number;
}

/** One content change, in the offsets of the text it was made to, and the version it made. */
interface LoggedChange {
  version: number;
  start: number;
  end: number;
  length: number;
}

interface OpenDocument {
  /** The last finished check, of the current version or an older one. */
  last?: Checked;
  /** The content changes since `last` was checked, and their composition. */
  log: LoggedChange[];
  changes: ChangeMap;
  /** The debounce: when it runs out, the current version's diagnostics are published (checked first if need be). */
  timer?: NodeJS.Timeout;
  /** The current version is to be checked (queued). */
  due: boolean;
  /** Its diagnostics are to be published: it was opened, saved, or changed and the debounce ran out. */
  publish: boolean;
  /** The check of this document the worker is doing, of this version, with these settings. */
  running?: { id: number; version: number; generation: number };
  /** Requests waiting for the check of a version. */
  waiters: { version: number; resolve: (checked: Checked | undefined) => void }[];
  /** A version whose check failed (the worker died on it): not tried again. */
  failedVersion?: number;
}

/** A Word document shown in a read-only view (gongwen-docx:), as last read from disk. */
interface WordDocument {
  docx: DocxText;
  layout?: LayoutFacts;
  /** The file's bytes as read: the annotated copy is made of these, so its comments sit where the view's findings are. */
  bytes: Uint8Array;
}

const docxMessages = {
  notOpen: msg('请先用 Gongwen 打开这个 Word 文档的检查视图，再保存带批注的副本。', 'Open the Word document with Gongwen first, then save the annotated copy.'),
  changed: msg('检查视图中的文字与磁盘上的 Word 文档不一致（文档刚改动过）：请稍后再保存带批注的副本。', 'The view does not show the Word document as it is on disk (it has just changed): save the annotated copy again in a moment.'),
};

/** The file name in a URI, for messages. */
function nameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const open = new Map<string, OpenDocument>();
  /** The Word documents behind the read-only views, by view URI: read when the view asks for its text. */
  const wordDocuments = new Map<string, WordDocument>();
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, text) => TextDocument.create(uri, languageId, version, text),
    // Each change is logged in offsets before it is applied: hover and completion map the last
    // check's findings and headings through them.
    update: (document, changes, version) => {
      const state = open.get(document.uri);
      let updated = document;
      for (const change of changes) {
        const start = 'range' in change ? updated.offsetAt(change.range.start) : 0;
        const end = 'range' in change ? updated.offsetAt(change.range.end) : updated.getText().length;
        if (state) {
          state.log.push({ version, start, end, length: change.text.length });
          state.changes.replace(start, end, change.text.length);
        }
        updated = TextDocument.update(updated, [change], version);
      }
      return updated;
    },
  });
  let segmenterName: string | undefined;
  const checker = new Checker(options.workerScript, {
    segmenter: (name) => {
      segmenterName = name;
      // In the client's output channel: which of nodejieba, jieba-js (the same words) or intl cuts words.
      connection.console.info(`word segmentation: ${name}`);
    },
    // A notification, not a request: there is nothing for the writer to choose.
    warn: (message) => {
      connection.console.warn(message);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Gongwen: ${message}` });
    },
    log: (message) => connection.console.error(message),
  });
  let clientLocale: string | undefined;
  let pullsConfiguration = false;
  let registersConfigurationChange = false;
  let editTarget: EditTarget = { versioned: false };
  let workspaceTrusted = true;
  let ruleDocsFolder: string | undefined;
  let ruleDocCommand: string | undefined;
  /** Settings pushed by clients that cannot be asked (no workspace/configuration). */
  let pushedSettings: ServerSettings = DEFAULT_SETTINGS;
  let settingsGeneration = 0;
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  const resolvedSettings = new Map<string, ServerSettings>();
  /** Files checked from disk by checkFiles: their problems stay listed after they are closed. */
  const checkedOnDisk = new Set<string>();
  /** Checks of files on disk, waiting for the worker. */
  const fileChecks: { uri: string; resolve: (outcome: { checked: boolean; problems: number; error?: string }) => void }[] = [];
  /** The one worker task of the checking queue in flight (document or file), or settings being fetched for it. */
  let inFlight = false;
  let stoppedChecks = 0;

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
  const docUrlFor = (settings: ServerSettings) => (rule: string) => ruleDocUrl(rule, settings.ruleDocsUrl, ruleDocsFolder, ruleDocCommand);
  /** What was last published for each configuration file's own problems. */
  const configProblemsShown = new Map<string, string>();

  function showConfigProblems(config: ConfigProblems | undefined, locale: Locale): void {
    if (!config) return;
    const key = JSON.stringify([locale, config.problems]);
    if (configProblemsShown.get(config.path) === key) return;
    configProblemsShown.set(config.path, key);
    connection.sendDiagnostics({ uri: pathToFileURL(config.path).href, diagnostics: configProblemDiagnostics(config.problems, locale) });
  }

  function publish(analysis: Analysis, settings: ServerSettings, version?: number): void {
    const locale = localeFor(settings);
    const docUrl = docUrlFor(settings);
    connection.sendDiagnostics({
      uri: analysis.uri,
      version,
      diagnostics: analysis.findings.map((f, i) => {
        const diagnostic = toDiagnostic(f, analysis.uri, analysis.lines, locale, docUrl(f.rule));
        // In the view of a Word document, where the writer finds it in Word (the flagged words are the range already).
        const place = analysis.places?.[i];
        if (place) diagnostic.message += `\n${localize(docxPlace({ ...place, excerpt: '' }), locale)}`;
        return diagnostic;
      }),
    });
  }

  /** A task whose reply nothing waits for; if the worker dies meanwhile, that is logged already. */
  function tell(task: WorkerTask): void {
    checker.run(task).reply.catch(() => undefined);
  }

  /** The last check, if it is of the document's current version and settings. */
  function currentCheck(uri: string): Checked | undefined {
    const last = open.get(uri)?.last;
    const doc = documents.get(uri);
    return last && doc && last.analysis.version === doc.version && last.generation === settingsGeneration ? last : undefined;
  }

  // ---- The checking queue: one worker task at a time, the newest version of each document. ----

  /**
   * Asks for the diagnostics of the current version, now or once the writer has paused for
   * `delayMs`. A request may have the version checked sooner; its diagnostics still wait for this.
   */
  function requestCheck(uri: string, delayMs = 0): void {
    const state = open.get(uri);
    if (!state) return;
    clearTimeout(state.timer);
    state.timer = undefined;
    const due = () => {
      state.timer = undefined;
      state.publish = true;
      makeDue(uri);
    };
    if (delayMs > 0) state.timer = setTimeout(due, delayMs);
    else due();
  }

  /** Queues the check of the current version, unless it is done or running. */
  function makeDue(uri: string): void {
    const state = open.get(uri);
    const doc = documents.get(uri);
    if (!state || !doc) return;
    const current = currentCheck(uri);
    if (current) {
      finish(uri, current);
      return;
    }
    if (state.failedVersion === doc.version || isRunning(state, doc.version)) return;
    state.due = true;
    pump();
  }

  /** Whether the worker is checking `version` with the current settings. */
  function isRunning(state: OpenDocument, version: number): boolean {
    return state.running?.version === version && state.running.generation === settingsGeneration;
  }

  /** A check of the current version is there: publish it if asked for, answer who waits for it. */
  function finish(uri: string, checked: Checked): void {
    const state = open.get(uri)!;
    if (state.publish) {
      state.publish = false;
      publish(checked.analysis, checked.settings, checked.analysis.version);
    }
    const waiting = state.waiters.filter((w) => w.version === checked.analysis.version);
    state.waiters = state.waiters.filter((w) => w.version !== checked.analysis.version);
    for (const w of waiting) w.resolve(checked);
  }

  /** The next document to check: one a request waits for first, then in the order they fell due. */
  function nextDue(): string | undefined {
    let first: string | undefined;
    for (const [uri, state] of open) {
      if (!state.due) continue;
      if (state.waiters.length) return uri;
      first ??= uri;
    }
    return first;
  }

  function pump(): void {
    if (inFlight) return;
    const uri = nextDue();
    if (uri) {
      inFlight = true;
      void checkDocument(uri).finally(() => {
        inFlight = false;
        pump();
      });
      return;
    }
    const file = fileChecks.shift();
    if (file) {
      inFlight = true;
      void checkOnDisk(file.uri)
        .then(file.resolve, (e) => file.resolve({ checked: false, problems: 0, error: String(e) }))
        .finally(() => {
          inFlight = false;
          pump();
        });
    }
  }

  async function checkDocument(uri: string): Promise<void> {
    // The generation the settings are of: taken before they are awaited, since they may have been
    // fetched before a change of configuration that arrives meanwhile (the check is then stale).
    const generation = settingsGeneration;
    const settings = await settingsFor(uri);
    const state = open.get(uri);
    const doc = documents.get(uri);
    if (!state || !doc || !state.due) return;
    state.due = false;
    const version = doc.version;
    const text = doc.getText();
    const locale = localeFor(settings);
    const word = wordInputFor(uri, text);
    const task = checker.run({ kind: 'analyze', doc: { uri, languageId: doc.languageId, version, text, ...(word ? { word } : {}) }, settings, locale, trusted: workspaceTrusted });
    state.running = { id: task.id, version, generation };
    let reply: AnalyzeReply;
    try {
      reply = (await task.reply) as AnalyzeReply;
    } catch (e) {
      connection.console.error(`checking ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      const message = localize(msg(`Gongwen 未能检查这一版本的“${nameOf(uri)}”，详见输出面板；修改文档后会再检查。`, `Gongwen could not check this version of "${nameOf(uri)}" (see the output panel); it checks again after the next change.`), locale);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
      if (open.get(uri) === state) {
        state.running = undefined;
        state.failedVersion = version;
        abandonWaiters(state, version);
      }
      return;
    }
    showConfigProblems(reply.config, locale);
    // Closed meanwhile, or reopened as a new document: this check is of neither.
    if (open.get(uri) !== state) return;
    state.running = undefined;
    if (!reply.result) {
      stoppedChecks++;
      return;
    }
    const checked: Checked = { analysis: analysisOf(reply.result, text), settings, generation };
    if (!state.last || state.last.analysis.version <= version) {
      state.last = checked;
      state.log = state.log.filter((c) => c.version > version);
      state.changes = new ChangeMap();
      for (const c of state.log) state.changes.replace(c.start, c.end, c.length);
    }
    if (version !== documents.get(uri)?.version) return;
    if (generation === settingsGeneration) finish(uri, checked);
    // Checked with settings that changed meanwhile: check this version again with the new ones.
    else makeDue(uri);
  }

  /** What the worker needs of the Word document behind a view, if the view shows its text as last read. */
  function wordInputFor(uri: string, text: string): WordInput | undefined {
    const word = wordDocuments.get(uri);
    if (!word || word.docx.text !== text) return undefined;
    // The paragraphs place the findings; document.xml stays here (it may be megabytes).
    return { docx: { ...word.docx, documentXml: '' }, layout: word.layout };
  }

  /** Answers the requests waiting for `version` or an older one with nothing: there will be no check of them. */
  function abandonWaiters(state: OpenDocument, version: number): void {
    const done = state.waiters.filter((w) => w.version <= version);
    state.waiters = state.waiters.filter((w) => w.version > version);
    for (const w of done) w.resolve(undefined);
  }

  /**
   * The check of the document's current version, waiting for it (at most that one check, which
   * starts now) unless `maxChars` says the document is too large to wait for. Undefined when the
   * document changes or closes meanwhile, the request is cancelled, or it would not wait.
   */
  function checkOfCurrentVersion(uri: string, token?: CancellationToken, maxChars = Infinity): Promise<Checked | undefined> {
    const state = open.get(uri);
    const doc = documents.get(uri);
    if (!state || !doc) return Promise.resolve(undefined);
    const current = currentCheck(uri);
    if (current) return Promise.resolve(current);
    if (state.failedVersion === doc.version) return Promise.resolve(undefined);
    if (doc.getText().length > maxChars) {
      // Not waiting; but unless a check of this version is on its way, start one for the next request.
      if (!state.timer && !state.due && !isRunning(state, doc.version)) makeDue(uri);
      return Promise.resolve(undefined);
    }
    if (token?.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let cancelled: { dispose(): void } | undefined;
      const waiter = {
        version: doc.version,
        resolve: (checked: Checked | undefined) => {
          cancelled?.dispose();
          resolve(checked);
        },
      };
      cancelled = token?.onCancellationRequested(() => {
        state.waiters = state.waiters.filter((w) => w !== waiter);
        waiter.resolve(undefined);
      });
      state.waiters.push(waiter);
      makeDue(uri);
    });
  }

  function recheckAll(): void {
    for (const uri of open.keys()) requestCheck(uri);
  }

  async function checkOnDisk(uri: string): Promise<{ checked: boolean; problems: number; error?: string }> {
    const settings = await settingsFor(uri);
    const locale = localeFor(settings);
    const reply = (await checker.run({ kind: 'analyzeFile', uri, settings, locale, trusted: workspaceTrusted }).reply) as AnalyzeFileReply;
    showConfigProblems(reply.config, locale);
    if (!reply.result || reply.text === undefined) return { checked: false, problems: 0, error: reply.error ?? 'not checked' };
    const analysis = analysisOf(reply.result, reply.text);
    if (analysis.checked) checkedOnDisk.add(uri);
    else checkedOnDisk.delete(uri);
    // Opened meanwhile: the editor's text wins.
    if (!open.has(uri)) publish(analysis, settings);
    return { checked: analysis.checked, problems: analysis.findings.length };
  }

  function queueDiskCheck(uri: string): Promise<{ checked: boolean; problems: number; error?: string }> {
    return new Promise((resolve) => {
      fileChecks.push({ uri, resolve });
      pump();
    });
  }

  // ---- Answers from the last check. ----

  /** The last check's findings at `offset` of the current text that no edit since has touched, in current offsets. */
  function findingsAt(state: OpenDocument, offset: number): Finding[] {
    const analysis = state.last!.analysis;
    const changes = state.changes;
    const at = changes.toAnalysed(offset);
    if (at === undefined) return [];
    const out: Finding[] = [];
    for (const f of analysis.findings) {
      if (!hoverTouches(f.span, at) || !changes.untouched(f.span.start, f.span.end)) continue;
      const related = f.related?.filter((r) => changes.untouched(r.span.start, r.span.end));
      const moved = (span: { start: number; end: number }) => ({ start: changes.toCurrent(span.start)!, end: changes.toCurrent(span.end)! });
      out.push({ ...f, span: moved(f.span), related: related?.map((r) => ({ ...r, span: moved(r.span) })) });
    }
    return out;
  }

  /**
   * How many of the last check's headings lie above the line starting at `lineStart` of the
   * current text; undefined unless the edits since that check cannot have changed which headings
   * those are: above the line they may only have inserted line breaks and spaces, and not inside
   * a heading's line.
   */
  function headingsAbove(state: OpenDocument, text: string, lineStart: number): number | undefined {
    const headings: readonly OutlineHeading[] = state.last!.analysis.headings;
    for (const r of state.changes.changed) {
      if (r.newStart >= lineStart) break;
      if (r.oldStart !== r.oldEnd || /\S/.test(text.slice(r.newStart, Math.min(r.newEnd, lineStart)))) return undefined;
      if (headings.some((h) => h.lineStart <= r.oldStart && r.oldStart < h.lineEnd)) return undefined;
    }
    let above = 0;
    while (above < headings.length && state.changes.toCurrent(headings[above].lineStart)! < lineStart) above++;
    return above;
  }

  connection.onInitialize((params): InitializeResult => {
    const caps: ClientCapabilities = params.capabilities;
    clientLocale = params.locale;
    pullsConfiguration = Boolean(caps.workspace?.configuration);
    registersConfigurationChange = Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration);
    editTarget = {
      versioned: Boolean(caps.workspace?.workspaceEdit?.documentChanges),
      resolvesEdits: Boolean(caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit')),
    };
    const init = (params.initializationOptions ?? {}) as GongwenInitializationOptions;
    if (typeof init.selectCommand === 'string') editTarget.selectCommand = init.selectCommand;
    if (typeof init.ruleDocCommand === 'string') ruleDocCommand = init.ruleDocCommand;
    workspaceTrusted = init.workspaceTrusted !== false;
    ruleDocsFolder = findRuleDocsFolder(typeof init.ruleDocsPath === 'string' ? init.ruleDocsPath : undefined, options.serverDir);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'Gongwen' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
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

  connection.onShutdown(() => checker.dispose());

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
    tell({ kind: 'clearConfigurations' });
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
    const previous = open.get(document.uri);
    if (previous) forget(document.uri, previous);
    open.set(document.uri, { log: [], changes: new ChangeMap(), due: false, publish: false, waiters: [] });
    justOpened.add(document.uri);
    requestCheck(document.uri);
  });

  documents.onDidChangeContent(({ document }) => {
    if (justOpened.delete(document.uri)) return;
    const state = open.get(document.uri);
    if (!state) return;
    // The version checking or waited for is superseded: stop its check, answer its requests.
    if (state.running) checker.stop(state.running.id);
    abandonWaiters(state, document.version - 1);
    state.failedVersion = undefined;
    state.due = false;
    state.publish = false;
    clearTimeout(state.timer);
    state.timer = undefined;
    const settings = resolvedSettings.get(document.uri) ?? DEFAULT_SETTINGS;
    if (settings.run === 'onType') requestCheck(document.uri, settings.debounceMs);
  });

  documents.onDidSave(({ document }) => requestCheck(document.uri));

  function forget(uri: string, state: OpenDocument): void {
    clearTimeout(state.timer);
    if (state.running) checker.stop(state.running.id);
    abandonWaiters(state, Infinity);
    open.delete(uri);
    tell({ kind: 'forget', uri });
  }

  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    const state = open.get(uri);
    if (state) forget(uri, state);
    wordDocuments.delete(uri);
    justOpened.delete(uri);
    settingsByUri.delete(uri);
    resolvedSettings.delete(uri);
    if (checkedOnDisk.has(uri)) void queueDiskCheck(uri);
    else connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(async ({ textDocument }, token) => {
    const analysis = (await checkOfCurrentVersion(textDocument.uri, token))?.analysis;
    return analysis ? documentSymbols(analysis.headings, analysis.lines, analysis.format) : [];
  });

  connection.onFoldingRanges(async ({ textDocument }, token) => {
    const analysis = (await checkOfCurrentVersion(textDocument.uri, token))?.analysis;
    return analysis ? foldingRanges(analysis.headings, analysis.lines) : [];
  });

  connection.onCodeAction(async (params, token) => {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    // Fix-all (asked for on save) waits for the check of the version being saved, however long.
    const fixAll = Boolean(only && wants(only, FIX_ALL_KIND));
    // The view of a Word document is read-only: no fixes, no comments to turn a rule off (the writer edits in Word).
    if (isDocxView(uri)) return [];
    const checked = await checkOfCurrentVersion(uri, token, fixAll ? undefined : WAIT_FOR_CHECK_MAX_CHARS);
    if (!checked) return [];
    const locale = localeFor(checked.settings);
    const actions = codeActions(checked.analysis, params, locale, editTarget, docUrlFor(checked.settings));
    if (fixAll && checked.analysis.findings.some((f) => f.fix)) {
      // The passes re-check the document: that is the worker's work.
      const outcome = await commandEdits(uri, (version) => ({ kind: 'fixAll', uri, version }));
      if (outcome?.reply.edits?.length && outcome.checked.analysis.version === checked.analysis.version) actions.push(fixAllAction(checked.analysis, outcome.reply.edits, locale, editTarget));
    }
    return actions;
  });

  // "Fix all of this rule" is listed without its edit (see codeActions.ts); the edit is made here,
  // from the check of the version it was listed for, or not at all.
  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as { uri?: unknown } | undefined)?.uri;
    const checked = typeof uri === 'string' ? await checkOfCurrentVersion(uri) : undefined;
    return checked ? resolveCodeAction(checked.analysis, action, editTarget) : action;
  });

  connection.onHover(({ textDocument, position }) => {
    const state = open.get(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!state?.last?.analysis.checked || !doc) return null;
    const { settings } = state.last;
    return hoverAt(findingsAt(state, doc.offsetAt(position)), doc, position, localeFor(settings), docUrlFor(settings)) ?? null;
  });

  connection.onCompletion(async ({ textDocument, position }, token) => {
    const uri = textDocument.uri;
    const state = open.get(uri);
    const doc = documents.get(uri);
    if (!state || !doc || position.line >= doc.lineCount) return [];
    const text = doc.getText();
    const lineStart = doc.offsetAt({ line: position.line, character: 0 });
    const lineSoFar = text.slice(lineStart, doc.offsetAt(position));
    const last = state.last?.generation === settingsGeneration ? state.last : undefined;
    const above = last && headingsAbove(state, text, lineStart);
    if (last && above !== undefined) return completionsFrom(last, above);
    const checked = await checkOfCurrentVersion(uri, token, WAIT_FOR_CHECK_MAX_CHARS);
    return checked ? completionsFrom(checked, checked.analysis.headings.filter((h) => h.lineStart < lineStart).length) : [];

    function completionsFrom(checked: Checked, above: number) {
      if (!checked.analysis.checked) return [];
      return markerCompletions(checked.analysis.headings, above, lineSoFar, position, localeFor(checked.settings));
    }
  });

  /** Runs a command on the worker's check of the current version; undefined when the text moved on. */
  async function commandEdits(uri: string, command: (version: number) => WorkerTask): Promise<{ checked: Checked; reply: CommandReply } | undefined> {
    // The view of a Word document cannot take edits.
    if (isDocxView(uri)) return undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const checked = await checkOfCurrentVersion(uri);
      if (!checked) return undefined;
      const reply = (await checker.run(command(checked.analysis.version)).reply) as CommandReply;
      if (reply.edits) return { checked, reply };
      // The worker holds no check of this version although the main thread does: a new worker
      // was started since (the old one died). Check the version again, once, rather than answer
      // "nothing to do" (fix-all on save would silently fix nothing).
      const state = open.get(uri);
      if (!state || state.last !== checked) return undefined;
      state.last = undefined;
    }
    return undefined;
  }

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === ServerCommands.renumber) {
      const { uri, position } = (args?.[0] ?? {}) as Partial<RenumberArgs>;
      const outcome = uri && position ? await commandEdits(uri, (version) => ({ kind: 'renumber', uri, version, position })) : undefined;
      const edits = outcome?.reply.edits ?? [];
      const result: RenumberResult = { changed: edits.length, applied: false };
      if (outcome && edits.length) {
        const applied = await connection.workspace.applyEdit({ label: '重新编号', edit: workspaceEdit(outcome.checked.analysis, edits, editTarget) });
        result.applied = applied.applied;
      }
      return result;
    }
    if (command === ServerCommands.insertSection) {
      const { uri, name } = (args?.[0] ?? {}) as Partial<InsertSectionArgs>;
      const outcome = uri && typeof name === 'string' ? await commandEdits(uri, (version) => ({ kind: 'insertSection', uri, version, name })) : undefined;
      const result: InsertSectionResult = { applied: false };
      if (outcome?.reply.edits?.length) {
        const applied = await connection.workspace.applyEdit({ label: `插入“${name}”`, edit: workspaceEdit(outcome.checked.analysis, outcome.reply.edits, editTarget) });
        result.applied = applied.applied;
        if (applied.applied) result.selection = outcome.reply.selection;
      }
      return result;
    }
    if (command === ServerCommands.checkFiles) {
      const { uris } = (args?.[0] ?? {}) as Partial<CheckFilesArgs>;
      const result: CheckFilesResult = { checked: 0, skipped: 0, problems: 0, unreadable: [] };
      for (const uri of Array.isArray(uris) ? uris : []) {
        if (open.has(uri)) {
          const checked = await checkOfCurrentVersion(uri);
          if (!checked) continue;
          publish(checked.analysis, checked.settings, checked.analysis.version);
          if (checked.analysis.checked) result.checked++;
          else result.skipped++;
          result.problems += checked.analysis.findings.length;
          continue;
        }
        const outcome = await queueDiskCheck(uri);
        if (outcome.error) result.unreadable.push(`${nameOf(uri)}: ${outcome.error}`);
        else if (outcome.checked) result.checked++;
        else result.skipped++;
        result.problems += outcome.problems;
      }
      return result;
    }
    return null;
  });

  connection.onRequest(StructureRequestMethod, async (params: StructureParams, token: CancellationToken): Promise<StructureResult | null> => {
    const checked = await checkOfCurrentVersion(params.textDocument.uri, token);
    if (!checked) return null;
    const { analysis } = checked;
    return { uri: analysis.uri, version: analysis.version, checked: analysis.checked, headings: structureHeadings(analysis.headings, analysis.lines), ...analysis.structure };
  });

  connection.onRequest(DocxTextRequestMethod, async ({ uri }: DocxTextParams): Promise<DocxTextResult> => {
    const locale = localeFor(await settingsFor(uri));
    const path = isDocxView(uri) ? filePathOf(uri) : undefined;
    if (!path) return { error: localize(msg('不是磁盘上的 Word 文档', 'not a Word document on disk'), locale) };
    const read = readWordDocument(path);
    if (!read.ok) {
      wordDocuments.delete(uri);
      return { error: localize(read.message, locale) };
    }
    wordDocuments.set(uri, { docx: read.docx, layout: read.layout, bytes: read.bytes });
    // Read again after the file changed on disk: a new text comes as a change of the view and is
    // checked then; the same text with other formatting (a font, the margins) is checked now.
    const state = open.get(uri);
    if (state && documents.get(uri)?.getText() === read.text) {
      state.last = undefined;
      requestCheck(uri);
    }
    return { text: read.text };
  });

  connection.onRequest(AnnotateDocxRequestMethod, async ({ uri, output }: AnnotateDocxParams): Promise<AnnotateDocxResult> => {
    const locale = localeFor(await settingsFor(uri));
    const refused = (message: Parameters<typeof localize>[0]): AnnotateDocxResult => ({ written: false, message: localize(message, locale), comments: 0 });
    const input = isDocxView(uri) ? filePathOf(uri) : undefined;
    const checked = input && wordDocuments.has(uri) ? await checkOfCurrentVersion(uri) : undefined;
    const word = wordDocuments.get(uri);
    if (!input || !checked || !word || typeof output !== 'string') return refused(docxMessages.notOpen);
    // The comments are placed by the view's findings: they must be of the bytes the copy is made of.
    if (checked.analysis.text !== word.docx.text) return refused(docxMessages.changed);
    const problem = annotateRequestProblem([input], output, dirname(input));
    if (problem) return refused(problem.message);
    const findings = checked.analysis.checked ? checked.analysis.findings : [];
    const copy = writeAnnotatedCopy({ output, trackFixes: false, locale }, dirname(input), word.bytes, word.docx, findings);
    if (copy.failed) return refused(copy.failed);
    return { written: true, message: copy.told.map((m) => localize(m, locale)).join('；'), comments: findings.length };
  });

  connection.onRequest(ServerStatsRequestMethod, async (params: ServerStatsParams | undefined): Promise<ServerStats> => {
    const worker = params?.includeWorker ? ((await checker.run({ kind: 'memory', collectGarbage: Boolean(params.collectGarbage) }).reply) as MemoryReply) : undefined;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.collectGarbage && gc) gc();
    const memory = process.memoryUsage();
    let pendingChecks = fileChecks.length + (inFlight ? 1 : 0);
    for (const state of open.values()) if (state.timer || state.due) pendingChecks++;
    return {
      heapUsed: memory.heapUsed,
      workerHeapUsed: worker?.heapUsed,
      workerKeptChecks: worker?.keptChecks,
      rss: memory.rss,
      openDocuments: documents.all().length,
      cachedAnalyses: [...open.values()].filter((s) => s.last).length,
      pendingChecks,
      stoppedChecks,
      segmenter: segmenterName ?? 'loading',
    };
  });

  checker.start();
  documents.listen(connection);
  connection.listen();
}
