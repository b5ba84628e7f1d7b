// Settings shared by several rules of a category, as opposed to one rule's own options.
// Each field is owned by the rules that read it; the configuration layer fills them in.

import type { TemplateInput } from './templates/types';

export interface Settings {
  /**
   * Report type to assume when neither the document, its path, its title nor its opening says
   * (structure rules): a template's type or alias, such as `工作总结`; `none` assumes no type.
   * Unset: no type is assumed.
   */
  defaultReportType?: string;
  /**
   * Report templates added by the user, or merged over the built-in one of the same type (the
   * fields given replace the built-in's). Users' JSON: the engine validates it, leaves bad
   * fields out and reports them through `templateRegistry(settings).problems`.
   */
  templates?: readonly TemplateInput[];
  /**
   * Report type by file path, tested against `fileName`; the first matching glob wins
   * (`[{ "glob": "述职/**", "type": "述职报告" }]`). A glob without `/` matches the base name; one
   * with `/` matches the path's trailing segments; `**` crosses folders.
   */
  reportTypeByPath?: readonly { glob: string; type: string }[];
  /** Lexicon additions by the user (repetition and expression rules); format in docs/lexicons.md. */
  lexicons?: LexiconSettings;
}

/** The user's additions to the shipped lexicons (data/lexicons/*.json), same entry formats. */
export interface LexiconSettings {
  /** Formula phrases (套话) with an optional per-document limit. */
  formulas?: FormulaEntry[];
  /** Canonical expressions (规范表述) with their wrong variants. */
  canonical?: CanonicalEntry[];
  /** Topic terms and proper names never counted as repeated phrases. */
  topicTerms?: string[];
  /** Shipped entries to switch off, by text: a formula, a canonical expression or a topic term. */
  disabled?: string[];
}

export interface FormulaEntry {
  /** The formula as it is usually written. */
  text: string;
  /** Other wordings that count as the same formula. */
  variants?: string[];
  /** How many times one document may use it (the rule's `defaultLimit` when absent). */
  limit?: number;
}

export interface CanonicalEntry {
  /** The canonical wording, offered as the fix. */
  canonical: string;
  /** Known wrong variants, flagged wherever they occur. */
  wrong?: string[];
  /** Also flag text one character off (missing, added or changed inside the phrase). */
  nearMiss?: boolean;
  /** A book title: near misses count only as a whole title between 《 and 》. */
  bookTitle?: boolean;
  /** Other wordings that are correct and never flagged. */
  accepted?: string[];
  /** Why the wording is fixed (shown to the writer). */
  note?: string;
}
