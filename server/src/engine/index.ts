// The engine's public surface: text in, document model and findings out. No I/O, no editor API.

export { analyse, DocumentAnalysis, type AnalysisOptions } from './analysis/analysis';
export type { Delivery, DocumentFrame, EndingKind, EndingLine, HeadKind, HeadLine, Title } from './analysis/frame';
export type { ReportStructure, SectionHeading, SectionMatch, SectionState, SectionStatus } from './analysis/parts';
export { describeDecision, type TypeDecision, type TypeSource } from './analysis/type';
export { check, checkModel, type CheckOptions, type CheckResult, type RuleFailure, type RuleSetting } from './check';
export { prepareSettings, type PreparedSettings } from './prepare';
export { applyEdits, combineFixes, composeEdits, isWholeFix } from './edits';
export { fixesOf, fixText, type FixOptions, type FixResult } from './fix';
export { canonicalMarker } from './markers';
export type * from './model';
export { parse, type ParseOptions } from './parse';
export * from './rule';
export { allRules, findRule, rulesNamed } from './rules';
export { nearestNames } from './names';
export { firstStartingAfter, LineIndex, stripBom, type Position, type Range, type Span } from './text';
export { localize, present, type PresentedEdit, type PresentedFinding, type PresentedFix } from './present';
export type { Segmenter } from './segmenter';
export type { Settings } from './settings';
export * from './templates';
export { insertSections, renumberLevel, type SectionInsertion } from './structure-fixes';
export { readDirectives, type Directive, type DirectiveKind, type Directives } from './suppression';
export { renumberRun, siblingRuns } from './numbering';
export { compileGlob, compileIgnoreGlob, compilePathGlob, GLOB_LIMITS, PathGlobs, splitGlob, type CompiledGlob, type CompiledGlobResult } from './globs';
export { compileUserPattern, planPlaceholders, USER_PATTERN_LIMITS, type PlaceholderEntry, type PlaceholderPlan, type UserPattern } from './user-pattern';
export type { LevelSkipPolicy } from './rules/numbering/numbering-hierarchy';
export type { LexiconSettings } from './settings';
export { createIntlSegmenter, intlSegmenter } from './segmenter-intl';
