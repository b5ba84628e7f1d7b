// The canonical-expression lexicon: shipped as data/lexicons/canonical.json, extended (or
// trimmed) by the user's `lexicons` settings.

import canonicalData from '../../../../data/lexicons/canonical.json';
import type { CanonicalEntry, LexiconSettings } from '../settings';
import { strings } from './entries';

export interface Canonical {
  canonical: string;
  wrong: string[];
  nearMiss: boolean;
  /** Near misses count only as a whole title between 《 and 》 (中国共产党历史 is not a near miss of 中国共产党简史). */
  bookTitle: boolean;
  accepted: string[];
  note?: string;
}

/** The shipped lexicon with the user's additions (and removals) merged in. */
export function buildCanonicalLexicon(user: LexiconSettings | undefined): Canonical[] {
  const disabled = new Set(strings(user?.disabled));
  const byCanonical = new Map<string, Canonical>();
  for (const entry of [...canonicalData.expressions, ...(Array.isArray(user?.canonical) ? user.canonical : [])]) {
    const canonical = toCanonical(entry);
    // A user entry for a shipped canonical form replaces it.
    if (canonical && !disabled.has(canonical.canonical)) byCanonical.set(canonical.canonical, canonical);
  }
  return [...byCanonical.values()];
}

/** A lexicon entry from JSON, or undefined when it is not one (user input is never trusted). */
function toCanonical(entry: unknown): Canonical | undefined {
  const e = entry as Partial<CanonicalEntry> | null;
  if (!e || typeof e.canonical !== 'string' || e.canonical.length < 2) return undefined;
  return {
    canonical: e.canonical,
    wrong: strings(e.wrong).filter((w) => w !== e.canonical),
    nearMiss: e.nearMiss === true,
    bookTitle: e.bookTitle === true,
    accepted: strings(e.accepted),
    note: typeof e.note === 'string' && e.note ? e.note : undefined,
  };
}

