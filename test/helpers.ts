// Test helpers: run the engine and describe findings the way a writer sees them.

import { check, type CheckOptions } from '../server/src/engine';

export interface Seen {
  rule: string;
  /** The text the finding covers. */
  text: string;
  /** 1-based line and column, as an editor shows them. */
  line: number;
  column: number;
  message: string;
}

export function findings(text: string, options: CheckOptions = {}, rulePrefix?: string): Seen[] {
  const result = check(text, options);
  return result.findings
    .filter((f) => !rulePrefix || f.rule === rulePrefix || f.rule.startsWith(rulePrefix))
    .map((f) => {
      const pos = result.model.lines.positionAt(f.span.start);
      return { rule: f.rule, text: text.slice(f.span.start, f.span.end), line: pos.line + 1, column: pos.character + 1, message: f.message.zh };
    });
}

/** The texts a rule flags, in order. */
export function flagged(text: string, rule: string, options: CheckOptions = {}): string[] {
  return findings(text, options, rule).filter((f) => f.rule === rule).map((f) => f.text);
}

/** Findings of a category. */
export function ofCategory(text: string, category: string, options: CheckOptions = {}) {
  return check(text, options).findings.filter((f) => f.category === category);
}

/**
 * The writer's words: the text without punctuation, symbols, spaces and numerals. A mechanical fix
 * (punctuation width, marker forms, renumbering) leaves them exactly as they were.
 */
export function wordsOf(text: string): string {
  return text.replace(/[\p{P}\p{S}\p{Z}\s0-9０-９一二三四五六七八九十百零〇①-⑳⑴-⒇]/gu, '');
}
