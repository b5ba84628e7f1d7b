// Hover on a diagnostic's range: what the rule finds, why, and the clause it rests on.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { findRule, localize, type Finding, type Locale } from '../engine';

const SEVERITY_NAMES: Record<Locale, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const LABELS = {
  zh: { basis: '依据', doc: '规则说明', related: '相关位置', line: (n: number) => `第 ${n} 行` },
  en: { basis: 'Basis', doc: 'Rule documentation', related: 'Related places', line: (n: number) => `line ${n}` },
};

/** Offsets and positions in the text the findings' spans refer to. */
export interface TextPositions {
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

/**
 * Whether a hover at `offset` concerns a finding: anywhere from its start to its end inclusive, as
 * VS Code shows the diagnostic itself there (a keyboard hover with the cursor just after the
 * flagged character must explain it too).
 */
export function hoverTouches(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function hoverAt(findings: readonly Finding[], lines: TextPositions, position: Position, locale: Locale, docUrl: (rule: string) => string | undefined): Hover | undefined {
  const offset = lines.offsetAt(position);
  const here = findings.filter((f) => hoverTouches(f.span, offset));
  if (!here.length) return undefined;
  const labels = LABELS[locale];
  const sections = here.map((f) => {
    const rule = findRule(f.rule);
    const url = docUrl(f.rule);
    // The editor shows the diagnostic's message itself; the hover adds what the rule is and why.
    const parts = [`**\`${f.rule}\`** · ${SEVERITY_NAMES[locale][f.severity]}`];
    if (rule) {
      parts.push(escapeMarkdown(localize(rule.doc, locale)));
      parts.push(`${labels.basis}${locale === 'zh' ? '：' : ': '}${escapeMarkdown(localize(rule.basis, locale))}`);
    }
    // A repeated phrase's other occurrences, the start of a numbering run …, with line numbers.
    if (f.related?.length) {
      const places = f.related.map((r) => `- ${labels.line(lines.positionAt(r.span.start).line + 1)}${locale === 'zh' ? '：' : ': '}${escapeMarkdown(localize(r.message, locale))}`);
      parts.push(`${labels.related}${locale === 'zh' ? '：' : ':'}\n\n${places.join('\n')}`);
    }
    if (url) parts.push(`[${labels.doc}](${url})`);
    return parts.join('\n\n');
  });
  const start = Math.min(...here.map((f) => f.span.start));
  const end = Math.max(...here.map((f) => f.span.end));
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: { start: lines.positionAt(start), end: lines.positionAt(end) } };
}

/** Messages quote the writer's text, which may hold `**`, `_` or brackets: show them literally. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (c) => `\\${c}`);
}
