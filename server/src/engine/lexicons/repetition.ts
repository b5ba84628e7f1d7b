// The repetition lexicons: known formulas with their per-document limits, and the topic terms
// and proper names that are never counted as repeats. Shipped as data/lexicons/*.json, extended
// (or trimmed) by the user's `lexicons` settings.

import canonicalData from '../../../../data/lexicons/canonical.json';
import formulasData from '../../../../data/lexicons/formulas.json';
import topicData from '../../../../data/lexicons/topic-terms.json';
import { KnownTerms } from '../segmenter-intl';
import type { FormulaEntry, LexiconSettings } from '../settings';
import { codeUnitTable } from '../text';
import { array, strings } from './entries';

export interface Formula {
  /** The formula as written in the lexicon, for messages. */
  text: string;
  /** Its wordings, normalized with `normalizeFormula`. */
  forms: string[];
  /** Per-document limit, when the entry sets one. */
  limit?: number;
}

export interface RepetitionLexicon {
  formulas: Formula[];
  /** Topic terms and proper names (including the canonical expressions). */
  topicTerms: KnownTerms;
}

/** Characters formula matching ignores: quotation marks, list commas, commas and spaces. */
const IGNORED = codeUnitTable('“”‘’"\'「」『』、，, \u3000\u00a0\t');

/** Whether formula matching skips this UTF-16 code unit. */
export function isIgnoredInFormula(code: number): boolean {
  return IGNORED[code] === 1;
}

export function normalizeFormula(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!IGNORED[text.charCodeAt(i)]) out += text[i];
  return out;
}

/** The shipped lexicon with the user's additions (and removals) merged in. */
export function buildRepetitionLexicon(user: LexiconSettings | undefined): RepetitionLexicon {
  const disabled = new Set(strings(user?.disabled).map(normalizeFormula));
  const byKey = new Map<string, Formula>();
  for (const entry of [...formulasData.formulas, ...array(user?.formulas)]) {
    const formula = toFormula(entry);
    if (!formula) continue;
    const key = formula.forms[0];
    if (disabled.has(key)) continue;
    // A user entry with the text of a shipped one replaces it (to change its limit, say).
    byKey.set(key, formula);
  }
  const topic = [...topicData.terms, ...canonicalData.expressions.map((e) => e.canonical), ...strings(user?.topicTerms), ...array(user?.canonical).map((e) => (e as { canonical?: unknown })?.canonical)];
  return {
    formulas: [...byKey.values()],
    topicTerms: new KnownTerms(topic.filter((t): t is string => typeof t === 'string' && !disabled.has(normalizeFormula(t)))),
  };
}

/** A lexicon entry from JSON, or undefined when it is not one (user input is never trusted). */
function toFormula(entry: unknown): Formula | undefined {
  const e = entry as Partial<FormulaEntry> | null;
  if (!e || typeof e.text !== 'string') return undefined;
  const forms = [e.text, ...strings(e.variants)].map(normalizeFormula).filter((f) => f.length >= 2);
  if (!forms.length) return undefined;
  const limit = typeof e.limit === 'number' && Number.isFinite(e.limit) && e.limit >= 0 ? Math.floor(e.limit) : undefined;
  return { text: e.text, forms: [...new Set(forms)], limit };
}

