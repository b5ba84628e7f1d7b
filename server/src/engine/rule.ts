// What a rule is, and what it reports.

import type { DocumentAnalysis } from './analysis/analysis';
import type { LayoutFacts } from './layout';
import type { DocumentModel } from './model';
import type { Segmenter } from './segmenter';
import type { Span } from './text';

export type Category = 'placeholder' | 'numbering' | 'structure' | 'repetition' | 'expression' | 'punctuation' | 'layout';
export const CATEGORIES: readonly Category[] = ['placeholder', 'numbering', 'structure', 'repetition', 'expression', 'punctuation', 'layout'];

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Locale = 'zh' | 'en';

/** Text for writers, in Chinese (the default) and English. */
export interface Message {
  zh: string;
  en: string;
}

/** An edit of the document text: replace [start, end) with `newText`. Offsets are UTF-16. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/**
 * Edits that resolve a finding, taken whole or not at all. A rule's `fix` is mechanical and safe to
 * apply unread (punctuation width, a marker's form, a doubled 。。, renumbering a level): fix-all
 * on save and `--fix` apply it. A `suggestion` adds, removes or changes the writer's words (a
 * section inserted, an expression reworded): it is offered for the writer to pick, never applied
 * unasked. The split is ESLint's.
 */
export interface Fix {
  title: Message;
  edits: TextEdit[];
  /**
   * What an editor selects once the fix is applied, in offsets of the text after it: the blank
   * the writer fills in next (an inserted section's 「（此处填写…）」), so that typing replaces it.
   */
  select?: Span;
}

/** Another place a finding concerns (the other occurrences of a phrase, the start of a run). */
export interface RelatedPlace {
  span: Span;
  message: Message;
}

/** What a rule reports, before severity and locale are applied. */
export interface RuleFinding {
  span: Span;
  message: Message;
  /** The mechanical fix, if there is one (see `Fix`). */
  fix?: Fix;
  /** Edits that change the writer's words, for the writer to choose from (see `Fix`). */
  suggestions?: Fix[];
  related?: RelatedPlace[];
}

/** The basis a reviewer would cite for a rule. */
export interface RuleBasis {
  zh: string;
  en: string;
}

export interface RuleContext {
  /** Everything known about the document: its parse, frame, type, parts, sentences, quotations … */
  analysis: DocumentAnalysis;
  /** The parse (`analysis.model`). */
  model: DocumentModel;
  /** Options for this rule from the configuration, already merged over the rule's defaults. */
  options: Record<string, unknown>;
  /** Word segmentation, for rules whose phrases must end on word boundaries. */
  segmenter?: Segmenter;
  /** A Word document's formatting facts (`CheckOptions.layout`): absent for text. */
  layout?: LayoutFacts;
}

export interface Rule {
  id: string;
  category: Category;
  /** The severity when the rule runs and the configuration gives none. */
  defaultSeverity: Severity;
  /**
   * False for a rule that runs only when the configuration turns it on (with a severity): one
   * whose precision on real reports is not yet good enough to run unasked.
   */
  enabledByDefault?: boolean;
  /** One paragraph: what the rule finds and why it matters. */
  doc: Message;
  basis: RuleBasis;
  /** The rule's findings may carry a mechanical `fix`. */
  fixable?: boolean;
  /** The rule's findings may carry `suggestions`. */
  hasSuggestions?: boolean;
  /** Default options, documented in the rule's doc page. */
  defaultOptions?: Record<string, unknown>;
  check(context: RuleContext): RuleFinding[];
}

/** A finding after the checker applied configuration: what adapters show. */
export interface Finding extends RuleFinding {
  rule: string;
  category: Category;
  severity: Severity;
}

export function msg(zh: string, en: string): Message {
  return { zh, en };
}
