// The templates in force: the built-in ones (JSON files bundled at build time), with the user's
// templates from settings added or merged over them.

import type { Settings } from '../settings';
import bulletin from './builtin/bulletin.json';
import duty from './builtin/duty-report.json';
import evaluation from './builtin/evaluation.json';
import infoDisclosure from './builtin/info-disclosure-report.json';
import lawBasedGovernment from './builtin/law-based-government-report.json';
import meetingPaper from './builtin/meeting-paper.json';
import letter from './builtin/letter.json';
import notice from './builtin/notice.json';
import plan from './builtin/plan.json';
import rectification from './builtin/rectification.json';
import report from './builtin/report.json';
import request from './builtin/request.json';
import research from './builtin/research.json';
import selfEvaluation from './builtin/self-evaluation.json';
import speech from './builtin/speech.json';
import workSummary from './builtin/work-summary.json';
import type { ReportTemplate, TemplateProblem } from './types';
import { validateTemplate, validateTemplates, type TemplateOverride } from './validate';

/** Values of `defaultReportType` that mean: assume no type (the default when it is unset). */
export const NO_DEFAULT_TYPE = new Set(['none', '无', '']);

const BUILTIN_SOURCES: unknown[] = [
  workSummary,
  selfEvaluation,
  evaluation,
  duty,
  research,
  rectification,
  plan,
  request,
  report,
  bulletin,
  notice,
  letter,
  meetingPaper,
  speech,
  infoDisclosure,
  lawBasedGovernment,
];

export interface TemplateRegistry {
  templates: ReportTemplate[];
  /** Problems in the user's templates (built-ins are checked by the tests). */
  problems: TemplateProblem[];
  /** The template named by a type or alias, if any. */
  find(name: string): ReportTemplate | undefined;
}

const builtinProblems: TemplateProblem[] = [];
/** The built-in templates, each validated like a user's (a problem here is a bug the tests catch). */
export const BUILTIN_TEMPLATES: readonly ReportTemplate[] = BUILTIN_SOURCES.map((source, i) =>
  validateTemplate(source, `builtin[${i}]`, builtinProblems),
)
  .filter((t): t is TemplateOverride => t !== undefined)
  .map(complete);

/** Problems found in the built-in templates: empty unless a data file is broken. */
export function builtinTemplateProblems(): readonly TemplateProblem[] {
  return builtinProblems;
}

/** The built-in templates alone, when the settings add none. */
export const BUILTIN_REGISTRY: TemplateRegistry = makeRegistry([...BUILTIN_TEMPLATES], []);

/** The templates for these settings: the built-ins, with the user's added or merged over them. */
export function templateRegistry(settings: Settings | undefined): TemplateRegistry {
  const user = settings?.templates;
  if (user === undefined || user === null) return BUILTIN_REGISTRY;
  if (typeof user !== 'object') return makeRegistry([...BUILTIN_TEMPLATES], validateTemplates(user).problems);
  return mergeTemplates(user);
}

function mergeTemplates(user: unknown): TemplateRegistry {
  const { templates: overrides, problems } = validateTemplates(user);
  const templates = [...BUILTIN_TEMPLATES];
  for (const override of overrides) {
    const i = templates.findIndex((t) => t.type === override.type);
    // A user template with a built-in's name replaces the fields it gives and keeps the others.
    if (i >= 0) templates[i] = { ...templates[i], ...override, recognise: { ...templates[i].recognise, ...override.recognise } };
    else templates.push(complete(override));
  }
  return makeRegistry(templates, problems);
}

function complete(t: TemplateOverride): ReportTemplate {
  return {
    ...t,
    type: t.type,
    aliases: t.aliases ?? [],
    description: t.description ?? '',
    recognise: { titleWords: [], openingWords: [], fileNamePatterns: [], ...t.recognise },
    sections: t.sections ?? [],
  };
}

function makeRegistry(templates: ReportTemplate[], problems: TemplateProblem[]): TemplateRegistry {
  return {
    templates,
    problems,
    find(name: string) {
      const wanted = name.trim();
      return templates.find((t) => t.type === wanted) ?? templates.find((t) => t.aliases.includes(wanted));
    },
  };
}
