// Findings as LSP diagnostics: rule id as `code`, a link to the rule's doc, the other places a
// finding concerns as related information.

import { Diagnostic, DiagnosticSeverity, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { ConfigProblem } from '../config';
import { localize, type Finding, type LineIndex, type Locale, type Severity } from '../engine';

export const SOURCE = 'gongwen';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding, uri: string, lines: LineIndex, locale: Locale, docUrl: string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: lines.rangeOf(finding.span),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule,
    message: localize(finding.message, locale),
  };
  if (docUrl) diagnostic.codeDescription = { href: docUrl };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r): DiagnosticRelatedInformation => ({ location: { uri, range: lines.rangeOf(r.span) }, message: localize(r.message, locale) }),
    );
  }
  return diagnostic;
}

/** A configuration file's own problems (a bad field in `.gongwenrc.json`), shown on that file. */
export function configProblemDiagnostics(problems: readonly ConfigProblem[], locale: Locale): Diagnostic[] {
  return problems.map((p) => {
    // Problems carry 1-based lines and columns; 0 means "the file as a whole".
    const at = { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
    return {
      range: { start: at, end: { line: at.line, character: at.character + 1 } },
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: SOURCE,
      code: p.field || undefined,
      message: localize(p.message, locale),
    };
  });
}
