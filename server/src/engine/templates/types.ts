// The report template format: what a type of report is called, how to recognise it, and which
// sections, formulas and signature it carries. Built-in templates are JSON files in `builtin/`;
// users add or override templates in their configuration. `schemas/template.schema.json`
// describes the same format for editors; `validate.ts` checks it at run time.

export interface ReportTemplate {
  /** The type's name, as writers call it: `工作总结`, `请示`. Unique; a user template with a built-in's name overrides it. */
  type: string;
  /** Other names accepted in a type marker (`type: 总结`) and in settings. */
  aliases: string[];
  /** One line for people choosing a type. */
  description: string;
  recognise: Recognition;
  /** Sections in their usual order. Empty for types whose body has no required headings (请示). */
  sections: TemplateSection[];
  /**
   * The sections are mandated as the top-level headings (政府信息公开工作年度报告): only a top-level
   * heading names one; second-level headings and body text do not stand for it.
   */
  fixedSections?: boolean;
  /**
   * The first year the sections apply to, for a format mandated from then on (2019 for the
   * 政府信息公开工作年度报告): a report whose title names an earlier year is held to none of them.
   */
  since?: number;
  /**
   * A document of this type always goes to an addressee (请示): its opening, closing formula and
   * signature are checked even where no 主送机关 line is found. Other types owe them only when
   * they are sent (a 主送机关 under the title, or a 版头 with a 文号).
   */
  sent?: boolean;
  opening?: Formula;
  closing?: Formula;
  /** The type ends with the issuer's name and the date (公文: 请示, 报告). */
  signature?: SignatureSpec;
}

export interface Recognition {
  /** Words that, in the title, name this type (`总结`, `述职报告`). Longer words win over shorter ones. */
  titleWords: string[];
  /** Words that name this type in the opening's announcing clause (`现将……总结如下`, `特制定本方案`). */
  openingWords: string[];
  /** Globs matched against the file's base name (`*述职*`). */
  fileNamePatterns: string[];
}

export interface TemplateSection {
  /** A stable key (`practice`, `problems`), used by the structure view and in settings. */
  key: string;
  /** The heading text inserted for the section, and its name in messages: `存在问题`. */
  name: string;
  /**
   * Words that recognise a first-level heading as this section. A word counts when it ends its
   * phrase (`存在的问题`, not `坚持问题导向`); a heading joined by 与/及/和/、 can name two sections.
   */
  words: string[];
  required: boolean;
  /**
   * Expected place in the report, from 1. Sections sharing a position may come in either order
   * (成效 before 做法 is as common as after); a section with a smaller position comes first.
   */
  position: number;
  /** Body text inserted under a new heading for this section: a prompt the writer replaces. */
  skeleton: string;
  /**
   * How a paragraph states the section without a heading of its own: phrases in which `…` stands
   * for any words within one sentence (`但…存在…问题`), and a leading `^` anchors the phrase at the
   * paragraph's start (`^下一步`). Empty: only headings name the section.
   */
  bodyCues: string[];
  /**
   * Headings that name no section, standing where this one belongs, count as this section:
   * reports often tell their work under topic headings (一、加强组织领导…) instead of `主要做法`.
   */
  topical: boolean;
}

export interface Formula {
  /** Whether a report of this type must have it. */
  required: boolean;
  /**
   * Accepted wordings. `…` stands for any words within one sentence (`现将…如下`). Matching
   * ignores spaces and punctuation, so `妥否，请批示` matches `妥否,请批示。`.
   */
  phrases: string[];
  /** Text inserted by the fix when it is missing. */
  skeleton: string;
}

export interface SignatureSpec {
  /** The issuer's name (发文机关署名) closes the report. */
  signer: boolean;
  /** The date (成文日期) closes the report. */
  date: boolean;
  /** Line inserted by the fix for a missing signer: a prompt the placeholder rules flag until it is filled. */
  signerSkeleton: string;
  /** Line inserted for a missing date: a blank date (年　月　日) that placeholder-date flags until it is filled. */
  dateSkeleton: string;
}

/**
 * A template as users write it in JSON (the shape `schemas/template.schema.json` describes):
 * only `type` is needed; other fields are defaulted, or inherited from the built-in of that type.
 * Settings may hold anything: `validate.ts` checks it at run time.
 */
export interface TemplateInput {
  $schema?: string;
  type: string;
  aliases?: string[];
  description?: string;
  recognise?: Partial<Recognition>;
  sections?: (Pick<TemplateSection, 'key' | 'name' | 'words'> & Partial<TemplateSection>)[];
  fixedSections?: boolean;
  since?: number;
  sent?: boolean;
  opening?: Pick<Formula, 'phrases'> & Partial<Formula>;
  closing?: Pick<Formula, 'phrases'> & Partial<Formula>;
  signature?: Partial<SignatureSpec>;
}

/** A problem in a user's template, for the configuration layer to show. Never thrown. */
export interface TemplateProblem {
  /** Where: `templates[2].sections[0].words`. */
  path: string;
  message: { zh: string; en: string };
}
