// One document's check: settings and language decide whether it is checked at all; the
// engine reads the writer's `gongwen-disable` comments; the segmenter, while still loading, is
// replaced by a stand-in that makes the rules needing it stand aside for this pass.

import { checkModel, LineIndex, parse, type CheckOptions, type DocumentAnalysis, type DocumentModel, type Finding, type RuleFailure, type Segmenter } from '../engine';
import { readDirectives, type Directives } from '../engine';
import { looksLikeReport } from './reportDetection';
import type { SegmenterState } from './segmentation';
import { fileURLToPath } from 'node:url';
import type { FileConfiguration } from '../config';
import { checkOptionsFor, type ServerSettings } from './settings';

export interface DocumentInput {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

export interface Analysis {
  uri: string;
  version: number;
  /** The writer's text, exactly as the editor holds it. */
  text: string;
  lines: LineIndex;
  /** False: not a document Gongwen checks (see `shouldCheck`, and the configuration's `ignore`); model and findings are then empty. */
  checked: boolean;
  /** Parsed from the text with `gongwen-disable` comments blanked out (same offsets). */
  model?: DocumentModel;
  /** The options the document was checked with (settings, file name). */
  options?: CheckOptions;
  /** What the check knew of the document (frame, type, parts): the outline and the structure view read it. */
  document?: DocumentAnalysis;
  findings: Finding[];
  directives?: Directives;
  /** Rules left out because the segmenter was still loading; the document is checked again when it is ready. */
  deferredRules: string[];
  /** Rules that threw on this input: a bug in the rule, logged by the server. */
  failures: RuleFailure[];
}

const SEGMENTER_PENDING = 'gongwen: segmenter still loading';

/** Stands in for the segmenter while it loads: a rule that asks for words is left out of this pass. */
const pendingSegmenter: Segmenter = {
  name: 'pending',
  cut() {
    throw new Error(SEGMENTER_PENDING);
  },
};

export function shouldCheck(languageId: string, settings: ServerSettings, model: DocumentModel): boolean {
  if (!settings.enable) return false;
  if (languageId === 'gongwen') return true;
  const mode = languageId === 'markdown' ? settings.checkMarkdown : settings.checkPlainText;
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return looksLikeReport(model);
}

export function formatOf(languageId: string): 'markdown' | 'plaintext' {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/** `config`: the document's `.gongwenrc.json`, for documents on disk. */
export function analyze(doc: DocumentInput, settings: ServerSettings, segmenter: SegmenterState, config?: FileConfiguration): Analysis {
  const lines = new LineIndex(doc.text);
  const directives = readDirectives(doc.text);
  const format = formatOf(doc.languageId);
  const base = { uri: doc.uri, version: doc.version, text: doc.text, lines, deferredRules: [] as string[], failures: [] as RuleFailure[] };
  const model = parse(directives.visibleText, { format });
  if (config?.ignored || !shouldCheck(doc.languageId, settings, model)) return { ...base, checked: false, findings: [] };
  const options = checkOptionsFor(format, fileNameOf(doc.uri), config?.options);
  options.segmenter = segmenter.status === 'loading' ? pendingSegmenter : segmenter.segmenter;
  const result = checkModel(model, options, directives);
  return {
    ...base,
    checked: true,
    model,
    options,
    document: result.analysis,
    directives,
    findings: result.findings,
    deferredRules: result.failures.filter((f) => f.error === SEGMENTER_PENDING).map((f) => f.rule),
    failures: result.failures.filter((f) => f.error !== SEGMENTER_PENDING),
  };
}

/** The file's path on disk, for `file:` URIs. */
export function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The path or name the rules may use to choose a report type (`…自评报告.txt`), as the CLI passes it. */
function fileNameOf(uri: string): string | undefined {
  try {
    return filePathOf(uri) ?? decodeURIComponent(new URL(uri).pathname);
  } catch {
    return undefined;
  }
}
