// The checker: parse, run every enabled rule, apply configured severities. Never throws on input.

import { DocumentAnalysis } from './analysis/analysis';
import type { LayoutFacts } from './layout';
import type { DocumentFormat, DocumentModel } from './model';
import { parse } from './parse';
import { prepareSettings, type PreparedSettings } from './prepare';
import type { Finding, Rule, Severity, SeveritySetting } from './rule';
import { allRules } from './rules';
import type { Segmenter } from './segmenter';
import type { Settings } from './settings';
import { readDirectives, type Directives } from './suppression';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface CheckOptions {
  format?: DocumentFormat;
  /** Per rule id: a severity, `off`, or severity and options. */
  rules?: Record<string, SeveritySetting | RuleSetting>;
  /** The rules to run; the built-in registry by default. */
  ruleSet?: readonly Rule[];
  settings?: Settings;
  /** `settings` prepared once by the adapter (`prepareSettings`); prepared for this check when absent. */
  prepared?: PreparedSettings;
  fileName?: string;
  segmenter?: Segmenter;
  /**
   * A Word document's formatting facts (paper, margins, grid, page numbers, each run's font and
   * size), read by the adapter (`readLayout`); the layout rules check them and say nothing without.
   */
  layout?: LayoutFacts;
  /**
   * Asked before each rule; true stops the check there and its result is `stopped` (findings
   * incomplete). The language server stops checking a version the writer has already changed.
   */
  shouldStop?: () => boolean;
}

export interface RuleFailure {
  rule: string;
  error: string;
}

export interface CheckResult {
  /** The document analysis the rules read: editor features read it too. */
  analysis: DocumentAnalysis;
  model: DocumentModel;
  findings: Finding[];
  /** Rules that failed on this input (a bug in the rule); the others' findings still stand. */
  failures: RuleFailure[];
  /** True when `shouldStop` ended the check before every rule ran: the findings are incomplete. */
  stopped?: boolean;
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const directives = readDirectives(typeof text === 'string' ? text : String(text ?? ''));
  const model = parse(directives.visibleText, { format: options.format });
  return checkModel(model, options, directives);
}

/**
 * Checks a parsed model. `directives` are the document's `gongwen-disable` comments (see
 * suppression.ts); when the model was parsed from the writer's text as is, they are read from it.
 */
export function checkModel(model: DocumentModel, options: CheckOptions = {}, directives: Directives = readDirectives(model.text)): CheckResult {
  const analysis = new DocumentAnalysis(model, options.prepared ?? prepareSettings(options.settings), options.fileName);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.ruleSet ?? allRules) {
    if (options.shouldStop?.()) return { analysis, model, findings: [], failures, stopped: true };
    const setting = resolveSetting(rule, options.rules?.[rule.id]);
    if (setting.severity === 'off') continue;
    try {
      for (const f of rule.check({ analysis, model, options: setting.options, segmenter: options.segmenter, layout: options.layout })) {
        findings.push({ ...f, rule: rule.id, category: rule.category, severity: setting.severity });
      }
    } catch (e) {
      failures.push({ rule: rule.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  // Inline `gongwen-disable` comments in the document win over the configuration.
  return { analysis, model, findings: directives.apply(oneFindingPerBlank(findings)), failures };
}

function resolveSetting(rule: Rule, setting: SeveritySetting | RuleSetting | undefined): { severity: Severity | 'off'; options: Record<string, unknown> } {
  const s: RuleSetting = typeof setting === 'string' ? { severity: setting } : (setting ?? {});
  return {
    severity: s.severity ?? (rule.enabledByDefault === false ? 'off' : rule.defaultSeverity),
    options: { ...(rule.defaultOptions ?? {}), ...(s.options ?? {}) },
  };
}

/**
 * A blank is one fault: a placeholder inside another one (待补充 inside 【待补充】, found by two
 * rules) is dropped in favour of the enclosing one. The order of `findings` is kept.
 */
function oneFindingPerBlank(findings: Finding[]): Finding[] {
  const blanks = findings.filter((f) => f.category === 'placeholder').sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const inner = new Set<Finding>();
  let enclosing: Finding | undefined;
  for (const f of blanks) {
    if (enclosing && f.span.end <= enclosing.span.end && f.rule !== enclosing.rule) inner.add(f);
    else if (!enclosing || f.span.end > enclosing.span.end) enclosing = f;
  }
  return inner.size ? findings.filter((f) => !inner.has(f)) : findings;
}
