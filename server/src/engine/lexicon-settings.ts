// What the lexicon-backed rules share: merging the user's `lexicons` settings over the shipped
// data once per settings object, and reading loosely typed user entries.

import type { LexiconSettings, Settings } from './settings';

/**
 * Memoises a lexicon built from the user's additions: one build per settings object (held
 * weakly), and one shared build when the user added nothing.
 */
export function lexiconFor<T>(build: (user: LexiconSettings | undefined) => T): (settings: Settings) => T {
  const cache = new WeakMap<object, T>();
  let shippedOnly: T | undefined;
  return (settings) => {
    const user = settings.lexicons;
    if (!user || typeof user !== 'object') return (shippedOnly ??= build(undefined));
    let lexicon = cache.get(user);
    if (lexicon === undefined) {
      lexicon = build(user);
      cache.set(user, lexicon);
    }
    return lexicon;
  };
}

/** The non-empty strings of a user-supplied list; anything else is ignored. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}
