// The document analysis: everything a check knows about one document, computed once and read by
// every rule and editor feature (in the manner of vscode-markdown-languageservice's parsed
// document). The parse (`model`) is the text's make-up; each other fact is worked out on first
// use and kept for the rest of the check, never beyond it.

import type { Formula } from '../lexicons/repetition';
import type { DocumentFormat, DocumentModel } from '../model';
import { parse } from '../parse';
import { prepareSettings, type PreparedSettings } from '../prepare';
import type { Message } from '../rule';
import type { Settings } from '../settings';
import type { Span } from '../text';
import { analyseFrame, type DocumentFrame } from './frame';
import { findFormulas } from './formulas';
import { analyseParts, type ReportStructure } from './parts';
import { isInside, outermost, quotedSpans, type Quoted } from './quotes';
import { sentencesOf, type Sentence } from './sentences';
import { describeDecision, detectReportType, type TypeDecision } from './type';

export interface AnalysisOptions {
  format?: DocumentFormat;
  /** Settings prepared by the adapter (`prepareSettings`); prepared from `settings` when absent. */
  prepared?: PreparedSettings;
  settings?: Settings;
  /** The file's name or path, when known (report types can be chosen by file name). */
  fileName?: string;
}

export class DocumentAnalysis {
  #frame?: DocumentFrame;
  #type?: TypeDecision;
  #structure?: ReportStructure | null;
  #sentences?: Sentence[];
  #quoted?: Quoted[];
  #bookTitles?: Span[];
  #formulas?: Map<Formula, Span[]>;
  #markerOffsets?: Set<number>;

  constructor(
    readonly model: DocumentModel,
    readonly prepared: PreparedSettings = prepareSettings(),
    readonly fileName?: string,
  ) {}

  get text(): string {
    return this.model.text;
  }

  /** 版头, title, addressee, ending, attachment, and how the document travels. */
  get frame(): DocumentFrame {
    return (this.#frame ??= analyseFrame(this.model));
  }

  /** The report type and why; no template when none is recognised. */
  get type(): TypeDecision {
    return (this.#type ??= detectReportType(this.model, this.frame, this.prepared, this.fileName));
  }

  /** 按“工作总结”检查（标题含“总结”）: said in every type-dependent message. */
  get assumedType(): Message {
    return describeDecision(this.type);
  }

  /** A type-dependent message: the finding, then which type was assumed and why. */
  typed(zh: string, en: string): Message {
    const assumed = this.assumedType;
    return { zh: `${zh}；${assumed.zh}`, en: `${en}; ${assumed.en}` };
  }

  /** The report's parts read against its type's template, when a type is assumed. */
  get structure(): ReportStructure | undefined {
    if (this.#structure === undefined) {
      const template = this.type.template;
      this.#structure = template ? analyseParts(this.model, this.frame, template) : null;
    }
    return this.#structure ?? undefined;
  }

  /**
   * Whether the document owes what a sent document carries (an opening, a closing formula, a
   * signature): it goes to a 主送机关, or its type always does (请示) and it is no form or speech.
   */
  get sent(): boolean {
    const delivery = this.frame.delivery;
    return delivery === 'sent' || (delivery === 'unsent' && this.type.template?.sent === true);
  }

  get sentences(): Sentence[] {
    return (this.#sentences ??= sentencesOf(this.model));
  }

  /** Balanced “……” and 《……》 spans. */
  get quoted(): Quoted[] {
    return (this.#quoted ??= quotedSpans(this.model));
  }

  /** Whether a span lies inside 《》: another document's title. */
  inBookTitle(span: Span): boolean {
    return isInside((this.#bookTitles ??= outermost(this.quoted, 'title')), span);
  }

  /** Where each known formula (套话) occurs. */
  get formulas(): Map<Formula, Span[]> {
    return (this.#formulas ??= findFormulas(this.model, this.prepared.repetition.formulas));
  }

  /** Offsets inside heading markers such as (五) or （一）、: the numbering rules own how they are written. */
  get markerOffsets(): Set<number> {
    if (!this.#markerOffsets) {
      const offsets = new Set<number>();
      for (const h of this.model.headings) if (h.marker) for (let i = h.marker.span.start; i < h.marker.span.end; i++) offsets.add(i);
      this.#markerOffsets = offsets;
    }
    return this.#markerOffsets;
  }

  /**
   * Where a finding about the whole document goes: the title if there is one, else an empty span
   * at the start of the first line of text (an editor widens it to the word there).
   */
  get documentSpan(): Span {
    const title = this.frame.title;
    if (title) return title.span;
    const first = this.model.paragraphs[0];
    const at = !first ? 0 : first.heading !== undefined ? first.span.start : first.contentStart;
    return { start: at, end: at };
  }
}

/** Parses the text and returns its analysis. */
export function analyse(text: string, options: AnalysisOptions = {}): DocumentAnalysis {
  return new DocumentAnalysis(parse(text, { format: options.format }), options.prepared ?? prepareSettings(options.settings), options.fileName);
}
