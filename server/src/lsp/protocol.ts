// Requests, notifications and commands the Gongwen server adds to LSP. Shared by the server and
// the VS Code client, so this module imports nothing: plain types and method names only.

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** `gongwen/structure`: the report's section tree, for the "报告结构" view and the status bar. */
export const StructureRequestMethod = 'gongwen/structure';

export interface StructureParams {
  textDocument: { uri: string };
}

export interface StructureHeading {
  /** Marker and heading words as written, e.g. `（一）强化组织领导`. */
  name: string;
  /** 1-4 per GB/T 9704 (5 for circled numbers). */
  level: number;
  /** The whole section, from the heading line to the next heading of the same or a higher level. */
  range: LspRange;
  /** The heading line itself. */
  selectionRange: LspRange;
  children: StructureHeading[];
}

/** A section the report type requires, and whether the report has it. Filled in by the structure rules' data. */
export interface RequiredSection {
  name: string;
  present: boolean;
}

export interface StructureResult {
  uri: string;
  version: number;
  /** False when the document is not checked (a plain-text or Markdown file that is not a report, or checking is off). */
  checked: boolean;
  /** Characters of body text: everything but whitespace, the title and heading lines' markers and words. */
  bodyCharacters: number;
  headings: StructureHeading[];
  /** The report type that was assumed, when the structure rules know one. */
  reportType?: string;
  /** Which type the document is checked as and why, or that no type was recognised (按“工作总结”检查（标题含“总结”）). */
  typeDescription?: string;
  required?: RequiredSection[];
}

/** `gongwen/serverStats`: memory and cache sizes, for load tests and for diagnosing a slow editor. */
export const ServerStatsRequestMethod = 'gongwen/serverStats';

export interface ServerStatsParams {
  /** Run a full garbage collection first, when the server was started with --expose-gc. */
  collectGarbage?: boolean;
  /** Ask the analysis worker for its heap too (the answer then waits for the check it is doing). */
  includeWorker?: boolean;
}

export interface ServerStats {
  /** The main thread's heap: the open documents and what requests read of their last checks. */
  heapUsed: number;
  /** The analysis worker's heap (with `includeWorker`): the checks and what commands read of them. */
  workerHeapUsed?: number;
  /** Checks the worker keeps for commands (with `includeWorker`): one per open document at most. */
  workerKeptChecks?: number;
  rss: number;
  openDocuments: number;
  cachedAnalyses: number;
  pendingChecks: number;
  /** Checks stopped before they finished because the writer had changed the document again. */
  stoppedChecks: number;
  segmenter: string;
}

/** Sent by the client when the user trusts the workspace after the server started. */
export const WorkspaceTrustNotificationMethod = 'gongwen/workspaceTrusted';

/** `initializationOptions` the VS Code client sends. Other clients may send none. */
export interface GongwenInitializationOptions {
  /** VS Code's workspace trust: false in restricted mode. Clients that do not say are trusted. */
  workspaceTrusted?: boolean;
  /** Folder holding the rule docs (`<id>.md`), for diagnostics' codeDescription links. */
  ruleDocsPath?: string;
  /**
   * A client command taking a rule id that shows its doc rendered: links to the shipped docs
   * become `command:<it>?["<id>"]` (VS Code would open a file link as Markdown source).
   */
  ruleDocCommand?: string;
  /** A client command taking [uri, range] that selects the range: run after a code action whose fix leaves a blank to fill. */
  selectCommand?: string;
}

/** Server commands (workspace/executeCommand). Their ids differ from the client's palette commands. */
export const ServerCommands = {
  /** Args: [{ uri, position }]. Renumbers the sibling headings around the position; applies the edit. */
  renumber: 'gongwen.server.renumber',
  /** Args: [{ uris: string[] }]. Checks files on disk and publishes their diagnostics; returns CheckFilesResult. */
  checkFiles: 'gongwen.server.checkFiles',
  /** Args: [{ uri, name }]. Inserts the missing required section `name`; returns InsertSectionResult. */
  insertSection: 'gongwen.server.insertSection',
} as const;

export interface InsertSectionArgs {
  uri: string;
  /** The section's display name, as in StructureResult.required. */
  name: string;
}

export interface InsertSectionResult {
  applied: boolean;
  /** The new section's placeholder body once the edit is applied: the editor selects it, so typing replaces it. */
  selection?: LspRange;
}

export interface RenumberArgs {
  uri: string;
  position: LspPosition;
}

export interface RenumberResult {
  /** How many heading markers changed. */
  changed: number;
  applied: boolean;
}

export interface CheckFilesArgs {
  uris: string[];
}

export interface CheckFilesResult {
  checked: number;
  skipped: number;
  problems: number;
  /** One line for each file that could not be checked: its name and why, in the writer's language. */
  unreadable: string[];
}

/**
 * `gongwen/docxText`: the text of a Word document for its read-only view. `uri` is the view's
 * (`gongwen-docx:` + the .docx file's path); the server reads the file (at most 50 MB), keeps its
 * layout for the layout rules and its bytes for an annotated copy, and answers the text, or why
 * it cannot be read, in the writer's language.
 */
export const DocxTextRequestMethod = 'gongwen/docxText';

export interface DocxTextParams {
  uri: string;
}

export type DocxTextResult = { text: string } | { error: string };

/**
 * `gongwen/annotateDocx`: writes a copy of the Word document shown in the view `uri` with every
 * finding of the view's current check as a Word comment, to `output` (a .docx path, never the
 * original). Answers what was written or why not, in the writer's language.
 */
export const AnnotateDocxRequestMethod = 'gongwen/annotateDocx';

export interface AnnotateDocxParams {
  uri: string;
  /** The copy's path on disk. */
  output: string;
}

export interface AnnotateDocxResult {
  written: boolean;
  /** For the writer: what was written (with the comment count) or why nothing was. */
  message: string;
  /** How many comments the copy holds. */
  comments: number;
}
