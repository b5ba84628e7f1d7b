// The engine's public surface: text in, document model and findings out. No I/O, no editor API.

export { check, checkModel, type CheckOptions, type CheckResult, type RuleFailure, type RuleSetting } from './check';
export { applyEdits, combineFixes, selectNonOverlapping } from './edits';
export { canonicalMarker } from './markers';
export type * from './model';
export { parse, type ParseOptions } from './parse';
export * from './rule';
export { allRules, findRule } from './rules';
export { LineIndex, stripBom, type Position, type Range, type Span } from './text';
export { localize, present, type PresentedEdit, type PresentedFinding, type PresentedFix } from './present';
export type { Segmenter } from './segmenter';
export type { Settings } from './settings';
export * from './templates';
export { insertSections, renumberLevel, type SectionInsertion } from './structure-fixes';
export { readDirectives, type Directive, type DirectiveKind, type Directives } from './suppression';
export { renumberRun, siblingRuns } from './rules/numbering/shared';
export {
  CONFIG_FILE_NAME,
  emptyConfig,
  formatProblem,
  mergeConfigs,
  readConfigText,
  toCheckOptions,
  validateConfig,
  type ConfigProblem,
  type GongwenConfig,
} from './config';
export { ignoredBy, matchesPath } from './path-glob';
export { createIntlSegmenter, intlSegmenter } from './segmenter-intl';
