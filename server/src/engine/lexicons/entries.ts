// Reading loosely typed lexicon entries from users' settings: anything malformed is left out.

/** The non-empty strings of a user-supplied list; anything else is ignored. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

export function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
