// Settings made ready for checking: the report templates in force, the lexicons with the
// user's additions merged in, and the path globs and placeholder patterns compiled as they are
// first used. Adapters prepare them once per configuration and pass them to
// every check; the engine keeps nothing between checks.

import { buildCanonicalLexicon, type Canonical } from './lexicons/canonical';
import { buildRepetitionLexicon, type RepetitionLexicon } from './lexicons/repetition';
import { PathGlobs } from './globs';
import { PlaceholderPlans } from './user-pattern';
import type { Settings } from './settings';
import { BUILTIN_REGISTRY, templateRegistry, type TemplateRegistry } from './templates/registry';

export interface PreparedSettings {
  settings: Settings;
  templates: TemplateRegistry;
  repetition: RepetitionLexicon;
  canonical: Canonical[];
  /** `reportTypeByPath` and the templates' `fileNamePatterns`, each compiled once for this configuration. */
  paths: PathGlobs;
  /** The office's placeholders (`placeholder-custom`), each list compiled once for this configuration. */
  placeholders: PlaceholderPlans;
}

/** The shipped lexicons, built once when the engine loads: data, the same for every check. */
const SHIPPED_REPETITION = buildRepetitionLexicon(undefined);
const SHIPPED_CANONICAL = buildCanonicalLexicon(undefined);

export function prepareSettings(settings: Settings = {}): PreparedSettings {
  const user = settings.lexicons && typeof settings.lexicons === 'object' ? settings.lexicons : undefined;
  return {
    settings,
    templates: settings.templates === undefined ? BUILTIN_REGISTRY : templateRegistry(settings),
    repetition: user ? buildRepetitionLexicon(user) : SHIPPED_REPETITION,
    canonical: user ? buildCanonicalLexicon(user) : SHIPPED_CANONICAL,
    paths: new PathGlobs(),
    placeholders: new PlaceholderPlans(),
  };
}
