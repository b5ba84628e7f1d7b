// One document's check, and what the server keeps of it.
//
// The check runs in the analysis worker (worker.ts): settings and language decide whether the
// document is checked at all, the engine reads the writer's `gongwen-disable` comments, and word
// segmentation has a budget per check. What the editor's requests read of it crosses to the main
// thread as an `AnalysisResult` (plain data: findings, outline, structure) and becomes an
// `Analysis` there, with the text it was made from.

import { fileURLToPath } from 'node:url';
import type { FileConfiguration } from '../config';
import { placeOf, type DocxPlace } from '../docx';
import type { DocxText } from '../docx';
import { checkModel, findRule, LineIndex, msg, parse, readDirectives, type CheckOptions, type DocumentAnalysis, type DocumentFormat, type DocumentModel, type Directives, type LayoutFacts, type Finding, type Locale, type RuleFailure, type Segmenter } from '../engine';
import { SEGMENTATION_BUDGET_SPENT, withBudget } from '../segmentation';
import { bodyCharacters, outlineHeadings, requiredSections, type OutlineHeading } from './outline';
import type { StructureResult } from './protocol';
import { looksLikeReport } from './reportDetection';
import { checkOptionsFor, type ServerSettings } from './settings';

export interface DocumentInput {
  uri: string;
  languageId: string;
  version: number;
  text: string;
  /** The Word document a read-only view (`gongwen-docx:`) shows the text of. */
  word?: WordInput;
}

/** A Word document as the check needs it: its paragraphs (to place findings) and its layout facts (for the layout rules). */
export interface WordInput {
  /** Without `documentXml`: the worker needs the paragraphs, not the XML. */
  docx: DocxText;
  layout?: LayoutFacts;
}

/** The scheme of the read-only view of a Word document's text; its path is the .docx file's. */
export const DOCX_VIEW_SCHEME = 'gongwen-docx';

export function isDocxView(uri: string): boolean {
  return uri.startsWith(`${DOCX_VIEW_SCHEME}:`);
}

/**
 * Characters of text a check may have segmented into words (nodejieba cuts about 2.5 million a
 * second, Intl.Segmenter about half that): a rule that asks for more stands aside on this
 * document, and the writer is told. Reports are far below it; a document of several megabytes
 * with repeated-phrase turned on is not.
 */
const SEGMENTATION_BUDGET = 200_000;

/** The segmenter one check may use: SEGMENTATION_BUDGET characters of it. */
export function budgeted(segmenter: Segmenter): Segmenter {
  return withBudget(segmenter, SEGMENTATION_BUDGET);
}

/** A document as the check left it, kept in the worker for the commands that edit it (renumber, insert a section). */
export interface CheckedDocument {
  uri: string;
  version: number;
  text: string;
  checked: boolean;
  model: DocumentModel;
  document?: DocumentAnalysis;
  /** What the document was checked with, for the fix-all passes that check it again. */
  options?: CheckOptions;
  findings: Finding[];
  /** Rules that threw on this input: a bug in the rule, logged by the server. */
  failures: RuleFailure[];
  /** True when the check was stopped (a newer version arrived): nothing in it may be used. */
  stopped: boolean;
  /** For the view of a Word document: where each finding is in it (第N段, heading), in the order of `findings`. */
  places?: (DocxPlace | undefined)[];
}

/** What the main thread keeps of a check: plain data, sent from the worker. */
export interface AnalysisResult {
  uri: string;
  version: number;
  /** How the document was read: Markdown, or plain text (.txt, .gongwen and any other language). */
  format: DocumentFormat;
  checked: boolean;
  findings: Finding[];
  /** The headings, for the outline, folding, completion and the structure view. */
  headings: OutlineHeading[];
  /** The rest of what the structure view shows, in the locale of the check. */
  structure: Pick<StructureResult, 'bodyCharacters' | 'reportType' | 'typeDescription' | 'required'>;
  /** For the view of a Word document: where each finding is in it, in the order of `findings`. */
  places?: (DocxPlace | undefined)[];
}

/** A finished check on the main thread: the text it was made from and what requests read of it. */
export interface Analysis extends AnalysisResult {
  /** The writer's text, exactly as the editor held it for `version`. */
  text: string;
  lines: LineIndex;
  directives?: Directives;
}

export function shouldCheck(languageId: string, settings: ServerSettings, model: DocumentModel): boolean {
  if (!settings.enable) return false;
  if (languageId === 'gongwen') return true;
  // Another language: an untitled buffer whose pasted text VS Code took for Ini, YAML …; checked,
  // as plain text, only when it reads as a report, so that real configuration or code never is.
  if (languageId !== 'plaintext' && languageId !== 'markdown') return settings.checkPlainText !== 'never' && looksLikeReport(model);
  const mode = languageId === 'markdown' ? settings.checkMarkdown : settings.checkPlainText;
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return looksLikeReport(model);
}

export function formatOf(languageId: string): 'markdown' | 'plaintext' {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/**
 * Checks one version of a document. `config`: the document's configuration (its `.gongwenrc.json`
 * for documents on disk, with the editor settings over it); `shouldStop`: asked between rules, true when this version is no longer wanted.
 */
export function analyze(doc: DocumentInput, settings: ServerSettings, segmenter: Segmenter, config: FileConfiguration, shouldStop?: () => boolean): CheckedDocument {
  const directives = readDirectives(doc.text);
  const model = parse(directives.visibleText, { format: formatOf(doc.languageId) });
  const base = { uri: doc.uri, version: doc.version, text: doc.text, model, failures: [] as RuleFailure[], stopped: false };
  if (config.ignored || !shouldCheck(doc.languageId, settings, model)) return { ...base, checked: false, findings: [] };
  const options: CheckOptions = checkOptionsFor(formatOf(doc.languageId), fileNameOf(doc.uri), config);
  options.segmenter = budgeted(segmenter);
  options.shouldStop = shouldStop;
  options.layout = doc.word?.layout;
  const result = checkModel(model, options, directives);
  const capped = result.failures.filter((f) => f.error === SEGMENTATION_BUDGET_SPENT).map((f) => f.rule);
  const findings = capped.length ? [...capped.map(cappedNotice), ...result.findings] : result.findings;
  const { word } = doc;
  return {
    ...base,
    checked: true,
    document: result.analysis,
    options: { ...options, shouldStop: undefined },
    findings,
    ...(word ? { places: findings.map((f) => placeOf(f, word.docx, model)) } : {}),
    failures: result.failures.filter((f) => f.error !== SEGMENTATION_BUDGET_SPENT),
    stopped: result.stopped === true,
  };
}

/** Says, at the top of the document, that a rule stood aside because the document is too large for it. */
function cappedNotice(ruleId: string): Finding {
  const budget = SEGMENTATION_BUDGET.toLocaleString('en');
  return {
    rule: ruleId,
    category: findRule(ruleId)?.category ?? 'repetition',
    severity: 'info',
    span: { start: 0, end: 0 },
    message: msg(
      `文档过大，“${ruleId}”检查需要分词的文字超过 ${budget} 字，本文档未做这项检查。`,
      `The document is too large for the "${ruleId}" check: it would segment more than ${budget} characters into words, so it was not run on this document.`,
    ),
  };
}

/** The plain data the main thread keeps of a check; the structure view's words in `locale`. */
export function resultOf(checked: CheckedDocument, locale: Locale): AnalysisResult {
  const { document } = checked;
  return {
    uri: checked.uri,
    version: checked.version,
    format: checked.model.format,
    checked: checked.checked,
    findings: checked.findings,
    headings: checked.checked ? outlineHeadings(checked.model) : [],
    structure: { bodyCharacters: document ? bodyCharacters(document) : 0, ...(document ? requiredSections(document, locale) : {}) },
    ...(checked.places ? { places: checked.places } : {}),
  };
}

/** The result of a check, on the main thread, with the text it was made from. */
export function analysisOf(result: AnalysisResult, text: string): Analysis {
  return { ...result, text, lines: new LineIndex(text), directives: result.checked ? readDirectives(text) : undefined };
}

/** The file's path on disk, for `file:` URIs and the views of Word documents (`gongwen-docx:`, the .docx's path). */
export function filePathOf(uri: string): string | undefined {
  try {
    if (isDocxView(uri)) return fileURLToPath(`file:${uri.slice(DOCX_VIEW_SCHEME.length + 1)}`);
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
