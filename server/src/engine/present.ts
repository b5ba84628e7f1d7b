// Findings as adapters show them: ranges as LSP positions, messages in one locale.

import type { Category, Finding, Locale, Message, Severity } from './rule';
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
  fixes?: PresentedFix[];
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
  if (finding.fixes?.length) {
    out.fixes = finding.fixes.map((f) => ({
      title: localize(f.title, locale),
      edits: f.edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText })),
    }));
  }
  if (finding.related?.length) {
    out.related = finding.related.map((r) => ({ range: lines.rangeOf(r.span), message: localize(r.message, locale) }));
  }
  return out;
}
