// The analysis worker: a worker thread that checks documents, so that the server's main thread
// stays free to answer the editor while a large document is being checked (a 5 MB report takes
// about a second). It loads word segmentation when it starts, reads `.gongwenrc.json` files,
// and keeps the last check of each open document for the commands that edit it. It does one task
// at a time, in the order the main thread sends them (see checker.ts); a check stops between two
// rules when the main thread marks it stale in the shared `stop` cell.

import type { Position, Range } from 'vscode-languageserver';
import type { MessagePort } from 'node:worker_threads';
import { readTextFile } from '../cli/files';
import { ConfigLoader, formatProblem, type FileConfiguration, type LocatedConfigProblem } from '../config';
import { localize, msg, type Locale, type Segmenter, type TextEdit } from '../engine';
import { analyze, filePathOf, resultOf, type AnalysisResult, type CheckedDocument, type DocumentInput } from './analysis';
import { fixAllEdits, insertSectionEdits, languageOfPath, renumberEdits } from './commands';
import { editorOverrides, type ServerSettings } from './settings';

export type WorkerTask =
  | { kind: 'analyze'; doc: DocumentInput; settings: ServerSettings; locale: Locale; trusted: boolean }
  | { kind: 'analyzeFile'; uri: string; settings: ServerSettings; locale: Locale; trusted: boolean }
  | { kind: 'renumber'; uri: string; version: number; position: Position }
  | { kind: 'insertSection'; uri: string; version: number; name: string }
  | { kind: 'fixAll'; uri: string; version: number }
  | { kind: 'forget'; uri: string }
  | { kind: 'clearConfigurations' }
  | { kind: 'memory'; collectGarbage: boolean };

/** A configuration file's own problems, to show on that file. */
export interface ConfigProblems {
  path: string;
  problems: LocatedConfigProblem[];
}

export interface AnalyzeReply {
  /** Absent when the check was stopped for a newer version. */
  result?: AnalysisResult;
  config?: ConfigProblems;
}

export interface AnalyzeFileReply extends AnalyzeReply {
  /** The file's text as read (the result's offsets refer to it), or why it could not be read. */
  text?: string;
  error?: string;
}

/** Edits for the version asked about; absent when the worker's last check is of another version. */
export interface CommandReply {
  edits?: TextEdit[];
  /** After the edits: what the editor selects (an inserted section's placeholder). */
  selection?: Range;
}

export interface MemoryReply {
  heapUsed: number;
  /** Checks kept for commands: one per open document at most. */
  keptChecks: number;
}

export type WorkerReply = AnalyzeReply | AnalyzeFileReply | CommandReply | MemoryReply | undefined;

export type ToWorker = { id: number; task: WorkerTask };
export type FromWorker =
  | { id: number; reply: WorkerReply }
  | { id: number; error: string }
  /** Word segmentation is loaded: its name (`nodejieba`, `intl`). */
  | { event: 'segmenter'; name: string }
  /** For the writer (a status message). */
  | { event: 'warn'; message: string }
  /** For the server's log. */
  | { event: 'log'; message: string };

export interface WorkerOptions {
  /** Loads word segmentation, ready to cut; `warn` tells the writer when it falls back. */
  createSegmenter: (warn: (message: string) => void) => Segmenter;
  /** Shared with the main thread: holds the id of a task to stop. */
  stop: Int32Array;
}

/** How problems in the editor settings are named in the log. */
const SETTINGS_NAME = 'gongwen (editor settings)';

export function runAnalysisWorker(port: MessagePort, options: WorkerOptions): void {
  const post = (message: FromWorker) => port.postMessage(message);
  const segmenter = options.createSegmenter((message) => post({ event: 'warn', message }));
  post({ event: 'segmenter', name: segmenter.name });

  const configs = new ConfigLoader();
  /** The last complete check of each open document. */
  const kept = new Map<string, CheckedDocument>();
  const reportedFailures = new Set<string>();

  /** Problems in the editor settings already written to the log. */
  const settingsProblemsLogged = new Set<string>();

  /**
   * The document's configuration: its `.gongwenrc.json` (for files on disk), with the editor
   * settings over it, validated alike. The file's problems are shown on the file itself (by the
   * main thread), the settings' in the log.
   */
  function configurationFor(uri: string, settings: ServerSettings, trusted: boolean, locale: Locale): FileConfiguration {
    const config = configs.forFile(filePathOf(uri), { trusted, overrides: editorOverrides(settings), overridesName: SETTINGS_NAME });
    const fromSettings = config.problems.filter((p) => p.file === SETTINGS_NAME);
    const key = JSON.stringify(fromSettings);
    if (fromSettings.length && !settingsProblemsLogged.has(key)) {
      settingsProblemsLogged.add(key);
      for (const p of fromSettings) post({ event: 'log', message: formatProblem(p, SETTINGS_NAME, locale) });
    }
    return config;
  }

  function check(doc: DocumentInput, settings: ServerSettings, trusted: boolean, locale: Locale, shouldStop?: () => boolean): { checked: CheckedDocument; config?: ConfigProblems } {
    const configuration = configurationFor(doc.uri, settings, trusted, locale);
    const checked = analyze(doc, settings, segmenter, configuration, shouldStop);
    for (const failure of checked.failures) {
      if (reportedFailures.has(failure.rule)) continue;
      reportedFailures.add(failure.rule);
      post({ event: 'log', message: `rule ${failure.rule} failed on ${doc.uri}: ${failure.error}` });
    }
    const path = configuration?.configPath;
    return { checked, config: path ? { path, problems: configuration.problems.filter((p) => p.file === path) } : undefined };
  }

  function perform(id: number, task: WorkerTask): WorkerReply {
    switch (task.kind) {
      case 'analyze': {
        const { checked, config } = check(task.doc, task.settings, task.trusted, task.locale, () => Atomics.load(options.stop, 0) === id);
        if (checked.stopped) return { config };
        kept.set(checked.uri, checked);
        return { result: resultOf(checked, task.locale), config };
      }
      case 'analyzeFile': {
        const path = filePathOf(task.uri);
        if (!path) return { error: localize(msg('不是磁盘上的文件', 'not a file on disk'), task.locale) };
        const read = readTextFile(path);
        if (!read.ok) return { error: localize(read.message, task.locale) };
        const { checked, config } = check({ uri: task.uri, languageId: languageOfPath(path), version: 0, text: read.text }, task.settings, task.trusted, task.locale);
        return { result: resultOf(checked, task.locale), config, text: read.text };
      }
      case 'renumber': {
        const checked = kept.get(task.uri);
        if (checked?.version !== task.version) return {};
        return { edits: checked.checked ? renumberEdits(checked.model, task.position) : [] };
      }
      case 'insertSection': {
        const checked = kept.get(task.uri);
        return checked?.version === task.version ? (insertSectionEdits(checked.document, task.name) ?? { edits: [] }) : {};
      }
      case 'fixAll': {
        const checked = kept.get(task.uri);
        return checked?.version === task.version ? { edits: fixAllEdits(checked, segmenter) } : {};
      }
      case 'forget':
        kept.delete(task.uri);
        return undefined;
      case 'clearConfigurations':
        configs.clear();
        return undefined;
      case 'memory':
        if (task.collectGarbage) (globalThis as { gc?: () => void }).gc?.();
        return { heapUsed: process.memoryUsage().heapUsed, keptChecks: kept.size };
    }
  }

  port.on('message', ({ id, task }: ToWorker) => {
    try {
      post({ id, reply: perform(id, task) });
    } catch (e) {
      post({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}
