// Findings as adapters show them: ranges as LSP positions, messages in one locale.

import type { Category, Finding, Fix, Locale, Message, Severity } from './rule';
import type { LineIndex, Range } from './text';

export interface PresentedEdit {
  range: Range;
  newText: string;
}

export interface PresentedFix {
  title: string;
  edits: PresentedEdit[];
}

export interface PresentedFinding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  range: Range;
  /** The mechanical fix (`--fix`, fix-all on save). */
  fix?: PresentedFix;
  /** Edits that change the writer's words, offered for the writer to pick. */
  suggestions?: PresentedFix[];
  related?: { range: Range; message: string }[];
}

export function localize(message: Message, locale: Locale): string {
  return locale === 'en' ? message.en : message.zh;
}

export function present(finding: Finding, lines: LineIndex, locale: Locale): PresentedFinding {
  const out: PresentedFinding = {
    rule: finding.rule,
    category: finding.category,
    severity: finding.severity,
    message: localize(finding.message, locale),
    range: lines.rangeOf(finding.span),
  };
  const presentFix = (f: Fix): PresentedFix => ({
    title: localize(f.title, locale),
    edits: f.edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText })),
  });
  if (finding.fix) out.fix = presentFix(finding.fix);
  if (finding.suggestions?.length) out.suggestions = finding.suggestions.map(presentFix);
  if (finding.related?.length) {
    out.related = finding.related.map((r) => ({ range: lines.rangeOf(r.span), message: localize(r.message, locale) }));
  }
  return out;
}
