// Report templates: the format, the built-in and user templates, a document's type, and its
// structure read against its template. Adapters (the structure view, quick fixes) use these.

export { describeDecision, detectReportType, type TypeDecision, type TypeSource } from './detect';
export { BUILTIN_TEMPLATES, FALLBACK_REPORT_TYPE, templateRegistry, type TemplateRegistry } from './registry';
export {
  analyseStructure,
  containsPhrase,
  type EndingKind,
  type EndingLine,
  type ReportStructure,
  type SectionHeading,
  type SectionMatch,
  type SectionState,
  type SectionStatus,
} from './structure';
export type { Formula, Recognition, ReportTemplate, SignatureSpec, TemplateInput, TemplateProblem, TemplateSection } from './types';
export { validateTemplates, type ValidationResult } from './validate';
