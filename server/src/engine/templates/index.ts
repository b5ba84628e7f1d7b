// Report templates: the format, the built-in templates and the user's, merged into a registry.

export { BUILTIN_TEMPLATES, templateRegistry, type TemplateRegistry } from './registry';
export type { Formula, Recognition, ReportTemplate, SignatureSpec, TemplateInput, TemplateProblem, TemplateSection } from './types';
export { validateTemplates, type ValidationResult } from './validate';
