// Settings shared by several rules of a category, as opposed to one rule's own options.
// Each field is owned by the rules that read it; the configuration layer fills them in.

export interface Settings {
  /** Report type to assume when the document does not say (used by the structure rules). */
  defaultReportType?: string;
  /** Report templates added or overridden by the user, in the template format (structure rules). */
  templates?: unknown[];
  /** Lexicon additions by the user (repetition and expression rules). */
  lexicons?: unknown;
}
